import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explain, score, type RuleSet } from '../src/index.js';
import { flagInputs, flagRuleSet } from './helpers/fixtures.js';

const asOf = '2025-06-30';

/** A random points rule set of 1–8 flag indicators and households firing random subsets. */
const world = fc
  .record({
    indicators: fc.array(
      fc.record({
        points: fc.double({ min: 0, max: 60, noNaN: true }),
        resilience: fc.boolean(),
        core: fc.boolean(),
      }),
      { minLength: 1, maxLength: 8 },
    ),
    pointsPerLamp: fc.integer({ min: 1, max: 40 }),
    maxLamps: fc.integer({ min: 1, max: 7 }),
    mode: fc.constantFrom('atLeast' as const, 'add' as const),
    threshold: fc.integer({ min: 0, max: 80 }),
    fired: fc.array(fc.array(fc.nat(7), { maxLength: 8 }), { minLength: 1, maxLength: 12 }),
  })
  .map((w) => {
    const ids = w.indicators.map((_, i) => `i${i}`);
    const ruleSet: RuleSet = flagRuleSet(
      w.indicators.map((ind, i) => ({
        id: ids[i]!,
        points: ind.points,
        class: ind.resilience ? ('resilience' as const) : ('risk' as const),
        core: ind.core && !ind.resilience,
      })),
      {
        lamps: {
          pointsPerLamp: w.pointsPerLamp,
          maxLamps: w.maxLamps,
          core: { mode: w.mode, lamps: 2 },
        },
        workOrderThreshold: w.threshold,
      },
    );
    const households = w.fired.map((f, h) => ({
      id: `H${h}`,
      fired: [...new Set(f.filter((j) => j < ids.length).map((j) => ids[j]!))],
    }));
    return { ruleSet, households, ids };
  });

function run(ruleSet: RuleSet, households: { id: string; fired: string[] }[]) {
  return score(flagInputs(households), ruleSet, { asOf });
}

describe('score laws', () => {
  it('adding a risk never lowers the score or the lamps', () => {
    fc.assert(
      fc.property(world, fc.nat(), fc.nat(), ({ ruleSet, households, ids }, hPick, iPick) => {
        const risks = ruleSet.indicators.filter((i) => i.class === 'risk').map((i) => i.id);
        if (risks.length === 0) return;
        const h = hPick % households.length;
        const extra = risks[iPick % risks.length]!;
        const more = households.map((x, k) =>
          k === h ? { ...x, fired: [...new Set([...x.fired, extra])] } : x,
        );
        const before = run(ruleSet, households).table;
        const after = run(ruleSet, more).table;
        expect(after.get('score', h)).toBeGreaterThanOrEqual(before.get('score', h) as number);
        expect(after.get('lamps', h)).toBeGreaterThanOrEqual(before.get('lamps', h) as number);
        expect(ids.length).toBeGreaterThan(0);
      }),
      { numRuns: 60 },
    );
  });

  it('never lights more than maxLamps', () => {
    fc.assert(
      fc.property(world, ({ ruleSet, households }) => {
        const lamps = Array.from(run(ruleSet, households).table.array('lamps') as Uint8Array);
        expect(Math.max(...lamps)).toBeLessThanOrEqual(ruleSet.lamps!.maxLamps);
      }),
      { numRuns: 60 },
    );
  });

  it('scoring twice gives identical output', () => {
    fc.assert(
      fc.property(world, ({ ruleSet, households }) => {
        const a = run(ruleSet, households).table;
        const b = run(ruleSet, households).table;
        for (const name of a.columnNames())
          expect(Array.from(b.array(name))).toEqual(Array.from(a.array(name)));
      }),
      { numRuns: 40 },
    );
  });

  it("a household's explanation sums to its score", () => {
    fc.assert(
      fc.property(world, ({ ruleSet, households }) => {
        const result = run(ruleSet, households);
        for (const { id } of households) {
          const why = explain(result, id)!;
          const sum = why.fired.reduce((s, f) => s + f.points, 0) + why.floorAdjustment;
          expect(Math.abs(sum - why.score)).toBeLessThanOrEqual(1e-8);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('the clearing change really clears the alert', () => {
    fc.assert(
      fc.property(world, ({ ruleSet, households }) => {
        const result = run(ruleSet, households);
        for (const h of households) {
          const change = explain(result, h.id)!.clearing;
          if (!change) continue;
          const fired =
            change.action === 'remove'
              ? h.fired.filter((f) => f !== change.indicatorId)
              : [...h.fired, change.indicatorId];
          const again = run(ruleSet, [{ id: h.id, fired }]).table;
          expect(again.get('alert', 0)).toBe(0);
        }
      }),
      { numRuns: 40 },
    );
  });
});
