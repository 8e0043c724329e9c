import * as aq from 'arquero';
import { describe, expect, it } from 'vitest';
import { explain, score } from '../src/index.js';
import { flagInputs, flagRuleSet } from './helpers/fixtures.js';

const asOf = '2025-06-30';

/** Points 19.99, 0.01, 10, 9.99 let a test hit every boundary by choosing which fire. */
const rs = flagRuleSet([
  { id: 'a', points: 19.99 },
  { id: 'b', points: 0.01 },
  { id: 'c', points: 10 },
  { id: 'd', points: 9.99 },
  { id: 'e', points: 15, core: true, cause: 'illness' },
  { id: 'r', points: 40, class: 'resilience' },
]);

function scored(fired: string[][], ruleSet = rs) {
  const inputs = flagInputs(fired.map((f, i) => ({ id: `H${i}`, fired: f })));
  return score(inputs, ruleSet, { asOf });
}

describe('score at the boundaries', () => {
  it('lights lamps at 19.99 / 20 / 29.99 / 30 points and alerts from 30 inclusive', () => {
    const { table } = scored([['a'], ['a', 'b'], ['a', 'd'], ['a', 'b', 'c']]);
    expect(Array.from(table.array('score'))).toEqual([19.99, 20, 29.98, 30]);
    expect(Array.from(table.array('lamps'))).toEqual([0, 1, 1, 1]);
    expect(Array.from(table.array('level'))).toEqual(['none', 'low', 'low', 'high']);
    expect(Array.from(table.array('alert'))).toEqual([0, 0, 0, 1]);
    expect(Array.from(table.array('workOrderDue'))).toEqual([0, 0, 0, 1]);
  });

  it('treats 29.99 as under and exactly 30 as over the work-order threshold', () => {
    const { table } = scored([
      ['a', 'd', 'b'],
      ['a', 'c', 'b'],
    ]);
    expect(Array.from(table.array('score'))).toEqual([29.99, 30]);
    expect(Array.from(table.array('alert'))).toEqual([0, 1]);
  });

  it('floors the score at 0 when resilience outweighs risk', () => {
    const { table } = scored([['a', 'r'], ['r']]);
    expect(Array.from(table.array('score'))).toEqual([0, 0]);
  });

  it('lights at least two lamps for a core risk in atLeast mode', () => {
    const { table } = scored([['e'], ['e', 'a', 'c', 'd']]);
    // 15 points → 0 lamps from points, 2 from the core rule; 54.98 → 2 from points, still 2.
    expect(Array.from(table.array('lamps'))).toEqual([2, 2]);
    expect(table.array('causes')[0]).toEqual(['illness']);
  });

  it('adds two lamps for a core risk in add mode', () => {
    const add = flagRuleSet(
      [
        ...rs.indicators.map((i) => ({
          id: i.id,
          points: i.points ?? 0,
          class: i.class,
          core: i.core ?? false,
        })),
      ],
      {
        lamps: { pointsPerLamp: 20, maxLamps: 5, core: { mode: 'add', lamps: 2 } },
      },
    );
    // 15 → 0 + 2; 54.98 → 2 + 2; 54.99 is still 2 + 2 (a third lamp needs 60).
    const { table } = scored([['e'], ['e', 'a', 'c', 'd'], ['e', 'a', 'b', 'c', 'd']], add);
    expect(Array.from(table.array('lamps'))).toEqual([2, 4, 4]);
  });

  it('stamps every row with the rule set and the asOf date', () => {
    const { table } = scored([[], ['a']]);
    expect(Array.from(table.array('ruleSetId'))).toEqual(['test', 'test']);
    expect(Array.from(table.array('ruleSetVersion'))).toEqual(['0.0.1', '0.0.1']);
    expect(Array.from(table.array('asOf'))).toEqual([asOf, asOf]);
    // The stamps are columns like any other for arquero's readers and writers.
    expect(table.get('ruleSetId', 1)).toBe('test');
    const back = aq.fromArrow(aq.toArrowIPC(table, { columns: ['ruleSetId', 'asOf'] }));
    expect(Array.from(back.array('ruleSetId'))).toEqual(['test', 'test']);
    expect(Array.from(back.array('asOf'))).toEqual([asOf, asOf]);
    expect([...table.column('ruleSetVersion')!]).toEqual(['0.0.1', '0.0.1']);
  });

  it('fails on an unknown option, naming it', () => {
    const inputs = flagInputs([{ id: 'H0', fired: [] }]);
    expect(() => score(inputs, rs, { asOf, asof: asOf } as never)).toThrow(/unknown option asof/);
    expect(() => score(inputs, rs, {} as never)).toThrow(/option asOf is required/);
    expect(() => score(inputs, rs, { asOf: '30/06/2025' })).toThrow(/asOf must be a date/);
  });
});

describe('explain', () => {
  it('lists fired indicators whose points sum to the score', () => {
    const result = scored([['a', 'c', 'e']]);
    const why = explain(result, 'H0')!;
    expect(why.fired.map((f) => [f.indicatorId, f.points])).toEqual([
      ['a', 19.99],
      ['c', 10],
      ['e', 15],
    ]);
    expect(why.score).toBe(44.99);
    expect(why.floorAdjustment).toBe(0);
  });

  it('says which rule lit which lamp and how far the next lamp is', () => {
    const why = explain(scored([['e']]), 'H0')!;
    expect(why.litLamps).toEqual([
      { lamp: 1, rule: 'core', indicatorIds: ['e'] },
      { lamp: 2, rule: 'core', indicatorIds: ['e'] },
    ]);
    expect(why.toNextLamp).toBe(5);
  });

  it('finds the smallest single change that clears the alert', () => {
    // 19.99 + 10 + 15 = 44.99: removing c (10) leaves 34.99, still over; e (15) leaves 29.99.
    const why = explain(scored([['a', 'c', 'e']]), 'H0')!;
    expect(why.clearing).toEqual({
      action: 'remove',
      indicatorId: 'e',
      points: 15,
      scoreAfter: 29.99,
    });
  });

  it('offers adding a resilience indicator when that is the smaller change', () => {
    const withSmallR = flagRuleSet([
      { id: 'a', points: 50 },
      { id: 'r', points: 25, class: 'resilience' },
    ]);
    const why = explain(scored([['a']], withSmallR), 'H0')!;
    expect(why.clearing).toEqual({ action: 'add', indicatorId: 'r', points: 25, scoreAfter: 25 });
  });

  it('records the floor so that the explanation still sums to the score', () => {
    const why = explain(scored([['a', 'r']]), 'H0')!;
    expect(why.fired.reduce((s, f) => s + f.points, 0) + why.floorAdjustment).toBeCloseTo(
      why.score,
      9,
    );
    expect(why.clearing).toBeNull();
  });

  it('returns undefined for an unknown household', () => {
    expect(explain(scored([[]]), 'nobody')).toBeUndefined();
  });
});
