import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firedIn, firedWords } from '../src/kernel/fired-scan.js';

/** The plain byte-by-byte scan the word-skipping one must match. */
function naive(fired: Uint8Array, start: number, end: number): number[] {
  const out: number[] = [];
  for (let i = start; i < end; i++) if (fired[i] === 1) out.push(i);
  return out;
}

function scan(fired: Uint8Array, start: number, end: number): number[] {
  const hits = new Int32Array(Math.max(0, end - start));
  const count = firedIn(fired, firedWords(fired), start, end, hits);
  return [...hits.subarray(0, count)];
}

describe('firedIn', () => {
  it('finds the set bytes of any range, aligned or not, as a byte-by-byte scan does', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 0, maxLength: 200 }).map((a) => a.map((x) => (x < 40 ? 1 : 0))),
        fc.nat(),
        fc.nat(),
        (fired, a, b) => {
          const start = fired.length === 0 ? 0 : a % (fired.length + 1);
          const end = start + (fired.length === 0 ? 0 : b % (fired.length - start + 1));
          expect(scan(fired, start, end)).toEqual(naive(fired, start, end));
        },
      ),
    );
  });

  it('finds a single fired household in each position of an 8-byte group and at the ends', () => {
    for (let at = 0; at < 37; at++) {
      const fired = new Uint8Array(37);
      fired[at] = 1;
      expect(scan(fired, 0, 37)).toEqual([at]);
      expect(scan(fired, 3, 29)).toEqual(at >= 3 && at < 29 ? [at] : []);
    }
  });

  it('scans bytes one by one when the memory is not 4-byte aligned', () => {
    const buffer = new Uint8Array(41);
    const fired = buffer.subarray(1);
    fired.set([0, 0, 0, 0, 0, 0, 0, 1, 1], 16);
    expect(firedWords(fired)).toBeNull();
    expect(scan(fired, 0, 40)).toEqual([23, 24]);
  });
});
