import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { score, whatIf } from '../../src/index.js';
import { flagInputs, flagRuleSet } from '../helpers/fixtures.js';

const asOf = '2025-06-30';
const rs = flagRuleSet([
  { id: 'a', points: 25 },
  { id: 'b', points: 10 },
]);
const inputs = flagInputs([
  { id: 'H0', fired: ['a'], region: '360121101001' },
  { id: 'H1', fired: ['a', 'b'], region: '360121101001' },
  { id: 'H2', fired: ['b'], region: '360121102001' },
  { id: 'H3', fired: [], region: '360121102001' },
]);
const result = score(inputs, rs, { asOf });

describe('whatIf', () => {
  it('lists the households a lower threshold pushes into a work order', () => {
    const w = whatIf(result, { workOrderThreshold: 25 });
    expect(Array.from(w.flips.array('householdId'))).toEqual(['H0']);
    expect(Array.from(w.flips.array('dueBefore'))).toEqual([0]);
    expect(Array.from(w.flips.array('dueAfter'))).toEqual([1]);
    const county = w.regions.find((r) => r.level === 'county')!;
    expect([county.flipped.households, county.newlyDue.households, county.flipped.people]).toEqual([
      1, 1, 3,
    ]);
  });

  it('re-weights an indicator and counts lamps up and down per township', () => {
    // b: 10 → 20 lights a lamp for H2 (20) and a second one for H1 (45).
    const w = whatIf(result, { points: { b: 20 } });
    expect(Array.from(w.flips.array('householdId'))).toEqual(['H1', 'H2']);
    expect(Array.from(w.flips.array('lampsAfter'))).toEqual([2, 1]);
    const towns = w.regions
      .filter((r) => r.level === 'township')
      .map((r) => [r.regionCode, r.lampsUp.households]);
    expect(towns).toEqual([
      ['360121101000', 1],
      ['360121102000', 1],
    ]);
    expect(w.ruleSet.version).toBe('0.0.1+whatif');
  });

  it('refuses unknown changes, unknown indicators and invalid values', () => {
    expect(() => whatIf(result, { threshold: 3 } as never)).toThrow(/unknown change threshold/);
    expect(() => whatIf(result, { points: { zz: 3 } })).toThrow(/unknown indicator zz/);
    expect(() => whatIf(result, { points: { a: -3 } })).toThrow(
      /indicators\[0\]\.points: must not be negative/,
    );
  });

  it('agrees with scoring the changed rule set from scratch', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 50, noNaN: true }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 1, max: 30 }),
        (b, threshold, per) => {
          const w = whatIf(result, {
            points: { b },
            workOrderThreshold: threshold,
            lamps: { pointsPerLamp: per, maxLamps: 5, core: { mode: 'atLeast', lamps: 2 } },
          });
          const fresh = score(inputs, w.ruleSet, { asOf }).table;
          expect(Array.from(w.columns.lamps)).toEqual(Array.from(fresh.array('lamps')));
          expect(Array.from(w.columns.due)).toEqual(Array.from(fresh.array('workOrderDue')));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('flips nothing when nothing changes', () => {
    expect(whatIf(result, {}).flips.numRows()).toBe(0);
  });
});
