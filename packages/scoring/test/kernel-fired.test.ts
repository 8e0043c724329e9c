import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firedColumn, firedIn, firedMatrix, isFired, setColumn } from '../src/kernel/fired.js';

/** The households of a byte column that fired in [from, to), by a plain scan. */
function naive(bytes: Uint8Array, from: number, to: number): number[] {
  const out: number[] = [];
  for (let h = from; h < to; h++) if (bytes[h] === 1) out.push(h);
  return out;
}

describe('the fired matrix', () => {
  it('keeps each column as set, one bit per household, and lists its hits in any 32-aligned range', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 130 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer(),
        (n, m, seed) => {
          const f = firedMatrix(m, n);
          const columns = Array.from({ length: m }, (_, j) =>
            Uint8Array.from({ length: n }, (_, h) =>
              (seed ^ (h * 7919 + j * 104729)) % 5 === 0 ? 1 : 0,
            ),
          );
          columns.forEach((bytes, j) => {
            setColumn(f, j, bytes);
          });
          columns.forEach((bytes, j) => {
            expect(Array.from(firedColumn(f, j))).toEqual(Array.from(bytes));
            for (const [from, to] of [
              [0, n],
              [32, Math.min(n, 70)],
              [64, n],
            ] as const) {
              if (from > to) continue;
              const hits = new Int32Array(Math.max(0, to - from));
              const count = firedIn(f.bits, f.words, j, from, to, hits);
              expect(Array.from(hits.subarray(0, count))).toEqual(naive(bytes, from, to));
            }
          });
        },
      ),
    );
  });

  it('reads every bit of a word, the 32nd (sign) bit included, and nothing past the last household', () => {
    const f = firedMatrix(2, 40);
    const bytes = new Uint8Array(40);
    for (const h of [0, 31, 32, 39]) bytes[h] = 1;
    setColumn(f, 1, bytes);
    expect([0, 31, 32, 39].map((h) => isFired(f, 1, h))).toEqual([true, true, true, true]);
    expect(isFired(f, 0, 31) || isFired(f, 1, 30)).toBe(false);
    const hits = new Int32Array(40);
    expect(Array.from(hits.subarray(0, firedIn(f.bits, f.words, 1, 0, 40, hits)))).toEqual([
      0, 31, 32, 39,
    ]);
    expect(Array.from(hits.subarray(0, firedIn(f.bits, f.words, 1, 0, 32, hits)))).toEqual([0, 31]);
    expect(f.bits.length).toBe(2 * 2);
  });

  it('packs a column the same from a view at any byte offset (whole words are read four bytes at a time)', () => {
    const n = 100;
    const pattern = Uint8Array.from({ length: n }, (_, h) => (h % 3 === 0 || h === 31 ? 1 : 0));
    for (const offset of [0, 1, 2, 4, 7]) {
      const buffer = new Uint8Array(n + 8).fill(1);
      buffer.set(pattern, offset);
      const f = firedMatrix(1, n);
      setColumn(f, 0, buffer.subarray(offset, offset + n));
      expect(Array.from(firedColumn(f, 0))).toEqual(Array.from(pattern));
    }
  });

  it('refuses a position outside the matrix instead of reading the next column', () => {
    const f = firedMatrix(2, 40);
    f.bits[2] = 1; // column 1, household 0
    expect(() => isFired(f, 0, 64)).toThrow(/household 64 is not in 0…39/);
    expect(() => isFired(f, 2, 0)).toThrow(/indicator 2 is not in 0…1/);
    expect(() => firedColumn(f, -1)).toThrow(RangeError);
    expect(isFired(f, 1, 0)).toBe(true);
  });
});
