#!/usr/bin/env node
// `npm run samples` — the sample generator's command line.
//
//   node data-samples/generator/cli.mjs                    rewrite the committed samples
//   node data-samples/generator/cli.mjs --check            fail if they differ from a fresh run
//   node data-samples/generator/cli.mjs --households 250000 [--county 360121] [--out DIR]
//   node data-samples/generator/cli.mjs --city ankang [--households 770000] [--out DIR]
//
// Large runs go to data-samples/.generated/<name>/ (git-ignored) unless --out says otherwise.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { sampleFiles, SAMPLE } from './sample.mjs';
import { streamCounties } from './stream.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The ten counties of 安康市: 770k households and 2.5M people (seed 004). */
const ANKANG = [
  '610902',
  '610921',
  '610922',
  '610923',
  '610924',
  '610925',
  '610926',
  '610927',
  '610929',
  '610981',
];

const { values } = parseArgs({
  options: {
    households: { type: 'string' },
    county: { type: 'string', default: '360121' },
    city: { type: 'string' },
    out: { type: 'string' },
    seed: { type: 'string', default: SAMPLE.seed },
    check: { type: 'boolean', default: false },
  },
});

if (values.households === undefined && values.city === undefined) {
  const files = sampleFiles({ seed: values.seed });
  let differing = 0;
  for (const [path, content] of files) {
    const target = join(root, path);
    if (values.check) {
      let current = null;
      try {
        current = readFileSync(target);
      } catch {
        // missing counts as differing
      }
      if (!current?.equals(Buffer.from(content))) {
        console.error(`differs: data-samples/${path}`);
        differing += 1;
      }
    } else {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, content);
    }
  }
  console.log(
    values.check
      ? `${files.size - differing} of ${files.size} files match`
      : `wrote ${files.size} files under data-samples/`,
  );
  process.exit(differing > 0 ? 1 : 0);
}

if (values.city !== undefined && values.city !== 'ankang') {
  console.error(`unknown --city ${values.city}; known: ankang`);
  process.exit(2);
}
const households = Number(values.households ?? 770000);
if (!Number.isInteger(households) || households < 1) {
  console.error(`--households must be a positive whole number, not ${values.households}`);
  process.exit(2);
}
const codes = values.city === 'ankang' ? ANKANG : [values.county];
const name = values.city ?? `${values.county}-${households}`;
const out = resolve(values.out ?? join(root, '.generated', name));
const started = performance.now();
const counts = streamCounties({ codes, households, out, seed: values.seed });
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `${out}: ${Object.entries(counts)
    .map(([t, n]) => `${n} ${t}`)
    .join(', ')} in ${seconds} s`,
);
