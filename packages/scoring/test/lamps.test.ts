import * as aq from 'arquero';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultLampRule, lampsColumn, lampsFor, withLamps, type LampRule } from '../src/index.js';
import { finishScores } from '../src/kernel/score-core.js';

const addRule: LampRule = { ...defaultLampRule, core: { mode: 'add', lamps: 2 } };

describe('lampsFor and the score loop', () => {
  it('light the same lamps for any score, core risk and core rule', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: -10, max: 130, noNaN: true }), fc.boolean()), {
          minLength: 1,
          maxLength: 40,
        }),
        fc.constantFrom<'atLeast' | 'add'>('atLeast', 'add'),
        (rows, mode) => {
          const rule: LampRule = { pointsPerLamp: 20, maxLamps: 5, core: { mode, lamps: 2 } };
          const sums = Float64Array.from(rows, ([x]) => x);
          const core = Uint8Array.from(rows, ([, c]) => (c ? 1 : 0));
          const params = {
            points: new Float64Array(0),
            core: new Uint8Array(0),
            causeBit: new Uint16Array(0),
            lamps: rule,
            threshold: null,
            levelOn: 'score' as const,
            bandMins: Float64Array.of(0),
          };
          const loop = finishScores(sums, core, new Uint16Array(rows.length), params, null);
          expect(Array.from(loop.lamps)).toEqual(
            rows.map(([x, c]) => lampsFor(Math.round(Math.max(0, x) * 1e9) / 1e9, c, rule)),
          );
        },
      ),
    );
  });
});

describe('lampsFor', () => {
  it('lights one lamp for every 20 points, at the boundary inclusive', () => {
    expect([0, 19.99, 20, 39.99, 40, 99.99, 100].map((s) => lampsFor(s, false))).toEqual([
      0, 0, 1, 1, 2, 4, 5,
    ]);
  });

  it('never lights more than five lamps', () => {
    expect(lampsFor(1000, true, addRule)).toBe(5);
  });

  it('treats a negative score as zero', () => {
    expect(lampsFor(-40, false)).toBe(0);
  });

  it('lights at least two lamps for a core risk in atLeast mode', () => {
    expect([0, 19.99, 45, 60].map((s) => lampsFor(s, true))).toEqual([2, 2, 2, 3]);
  });

  it('adds two lamps for a core risk in add mode', () => {
    expect([0, 19.99, 45, 60].map((s) => lampsFor(s, true, addRule))).toEqual([2, 2, 4, 5]);
  });
});

describe('lampsColumn', () => {
  it('scores a column like lampsFor scores each row', () => {
    expect(Array.from(lampsColumn(Float64Array.of(0, 20, 45), Uint8Array.of(0, 0, 1)))).toEqual([
      0, 1, 2,
    ]);
  });

  it('refuses columns of different lengths, naming both', () => {
    expect(() => lampsColumn([1, 2], [0])).toThrow(/2 rows but coreRisk has 1/);
  });
});

describe('withLamps', () => {
  it('adds a lamps column without code generation', () => {
    const table = aq.table({ householdId: ['a', 'b'], score: [31, 5], coreRisk: [0, 1] });
    expect(Array.from(withLamps(table).array('lamps'))).toEqual([1, 2]);
  });
});

describe('lamp laws', () => {
  const score = fc.double({ min: -100, max: 500, noNaN: true });
  const rule = fc.record({
    pointsPerLamp: fc.integer({ min: 1, max: 50 }),
    maxLamps: fc.integer({ min: 1, max: 9 }),
    core: fc.record({
      mode: fc.constantFrom('atLeast' as const, 'add' as const),
      lamps: fc.integer({ min: 0, max: 3 }),
    }),
  });

  it('never exceed maxLamps and never go below zero', () => {
    fc.assert(
      fc.property(score, fc.boolean(), rule, (s, core, r) => {
        const lamps = lampsFor(s, core, r);
        return lamps >= 0 && lamps <= r.maxLamps;
      }),
    );
  });

  it('never fall when the score or a core risk is added', () => {
    fc.assert(
      fc.property(score, fc.double({ min: 0, max: 100, noNaN: true }), rule, (s, extra, r) => {
        return (
          lampsFor(s + extra, false, r) >= lampsFor(s, false, r) &&
          lampsFor(s, true, r) >= lampsFor(s, false, r)
        );
      }),
    );
  });
});
