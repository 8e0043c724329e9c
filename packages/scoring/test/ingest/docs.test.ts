import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ingestCodeWords,
  ingestHeaderWords,
  ingestMessages,
  readTableDefaults,
} from '../../src/ingest/index.js';

const doc = readFileSync(new URL('../../../../docs/ingest.md', import.meta.url), 'utf8');

describe('docs/ingest.md', () => {
  it('lists every problem code', () => {
    for (const code of Object.keys(ingestMessages)) expect(doc).toContain(`\`${code}\``);
  });

  it('lists every option', () => {
    for (const option of Object.keys(readTableDefaults)) expect(doc).toContain(`\`${option}\``);
  });

  it('lists every header word and code word', () => {
    for (const columns of Object.values(ingestHeaderWords)) {
      for (const words of Object.values(columns)) for (const w of words) expect(doc).toContain(w);
    }
    for (const codes of Object.values(ingestCodeWords)) {
      for (const words of Object.values(codes)) for (const w of words) expect(doc).toContain(w);
    }
  });
});
