import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readTable } from '../../src/ingest/index.js';
import { column } from './helpers.js';

// Characters GBK can encode: ASCII (the delimiters, quotes and line breaks included) and a
// spread of Chinese, full-width punctuation and the symbols exports carry.
const gbkChars = [
  ...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)),
  '\n',
  '\r',
  '\t',
  ...Array.from(
    '户编号村代码魏李张王刘陈东西南北镇乡县组号元万，。；：“”（）《》、！？…—－１２３ＡＢ①②αβ',
  ),
];
const gbkText = fc.string({ unit: fc.constantFrom(...gbkChars), maxLength: 12 });
const anyText = fc.string({ unit: 'binary', maxLength: 12 });

function toCsv(rows: string[][], eol: string, quoteAll: boolean): string {
  const field = (v: string): string =>
    quoteAll || /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
  return rows.map((r) => r.map(field).join(',')).join(eol) + eol;
}

async function roundTrip(
  notes: [string, string][],
  eol: string,
  quoteAll: boolean,
  encode: (s: string) => Uint8Array,
) {
  const rows = [
    ['户编号', '村代码', 'noteA', 'noteB'],
    ...notes.map(([a, b], i) => [`H${i}`, '360121101001', a, b]),
  ];
  const r = await readTable(encode(toCsv(rows, eol, quoteAll)), quoteAll ? {} : { delimiter: ',' });
  expect(r.stats.rejected).toBe(0);
  expect(column(r.table, 'householdId')).toEqual(notes.map((_, i) => `H${i}`));
  // An empty cell is null, never '' (data-model.md); everything else comes back as written.
  expect(column(r.table, 'noteA')).toEqual(notes.map(([a]) => (a === '' ? null : a)));
  expect(column(r.table, 'noteB')).toEqual(notes.map(([, b]) => (b === '' ? null : b)));
  return r;
}

const eol = fc.constantFrom('\n', '\r\n', '\r');

describe('CSV round trip (property)', () => {
  it('reads back any table written as UTF-8', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(anyText, anyText), { minLength: 1, maxLength: 30 }),
        eol,
        fc.boolean(),
        async (notes, e, q) => {
          const r = await roundTrip(notes, e, q, (s) => new TextEncoder().encode(s));
          expect(r.stats.encoding).toBe('utf-8');
        },
      ),
      { numRuns: 100 },
    );
  });

  it('reads back any table written as GBK (iconv-lite), detecting the encoding', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(gbkText, gbkText), { minLength: 1, maxLength: 30 }),
        eol,
        fc.boolean(),
        async (notes, e, q) => {
          const r = await roundTrip(notes, e, q, (s) => new Uint8Array(iconv.encode(s, 'gbk')));
          expect(r.stats.encoding).toBe('gb18030');
        },
      ),
      { numRuns: 100 },
    );
  });

  it('gives the same table whatever the chunk size', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(gbkText, gbkText), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1024, max: 4096 }),
        async (notes, chunkSize) => {
          const rows = [
            ['户编号', '村代码', 'noteA', 'noteB'],
            ...notes.map(([a, b], i) => [`H${i}`, '360121101001', a, b]),
          ];
          const bytes = new Uint8Array(iconv.encode(toCsv(rows, '\r\n', true), 'gbk'));
          const small = await readTable(new Blob([bytes]), { chunkSize });
          const whole = await readTable(bytes);
          expect(column(small.table, 'noteA')).toEqual(column(whole.table, 'noteA'));
          expect(column(small.table, 'noteB')).toEqual(column(whole.table, 'noteB'));
        },
      ),
      { numRuns: 25 },
    );
  });
});
