import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fireColumn, passes } from '../src/kernel/condition.js';
import type { Condition } from '../src/rules/types.js';

const conditions: Condition[] = [
  { op: 'eq', value: 1 },
  { op: 'eq', value: 0 },
  { op: 'ne', value: 1 },
  { op: 'ne', value: 0 },
  { op: 'ge', value: 1 },
  { op: 'lt', value: 1 },
  { op: 'gt', value: 2 },
  { op: 'le', value: 5 },
  { op: 'between', min: 0, max: 1 },
  { op: 'in', values: [1, 3] },
];

describe('fireColumn', () => {
  it('fires on 0/1 bytes (any/none roll-ups) exactly where passes() does, for every operator', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 64 }).map((a) => a.map((x) => x & 1)),
        (values) => {
          for (const c of conditions) {
            const out = new Uint8Array(values.length).fill(7);
            fireColumn(c, values, null, out);
            expect([...out]).toEqual([...values].map((x) => (passes(c, x) ? 1 : 0)));
          }
        },
      ),
    );
  });

  it('fires on doubles where passes() does; a missing value (NaN) never fires', () => {
    const values = Float64Array.from([0, 1, 2, 5, Number.NaN, 3]);
    for (const c of conditions) {
      const out = new Uint8Array(values.length);
      fireColumn(c, values, null, out);
      expect([...out]).toEqual([...values].map((x) => (passes(c, x) ? 1 : 0)));
      expect(out[4]).toBe(0);
    }
  });
});
