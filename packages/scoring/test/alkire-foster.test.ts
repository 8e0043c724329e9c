import { describe, expect, it } from 'vitest';
import { alkireFoster, presets, score } from '../src/index.js';
import { households, members, records } from './helpers/fixtures.js';

const asOf = '2025-06-30';
const V = '360121101001';
const rs = presets['alkire-foster'];

function inputs(yearsOfA = 5) {
  return {
    households: households([
      { householdId: 'A', regionCode: V, size: 4 },
      { householdId: 'B', regionCode: V, size: 2, incomePerCapita: 7000 },
      { householdId: 'C', regionCode: '360121102001', size: 5, incomePerCapita: 5000 },
      { householdId: 'D', regionCode: '360121102001', size: 1 },
    ]),
    members: members([
      { personId: 'a1', householdId: 'A' },
      {
        personId: 'a2',
        householdId: 'A',
        relation: 'child',
        birthDate: '2015-01-01',
        schooling: 'dropout',
      },
      { personId: 'b1', householdId: 'B' },
      { personId: 'c1', householdId: 'C' },
      { personId: 'd1', householdId: 'D' },
    ]),
    departmentRecords: records([
      {
        key: 'a1',
        keyType: 'person',
        department: 'education',
        indicator: 'yearsOfSchooling',
        value: yearsOfA,
      },
      { key: 'B', department: 'water', indicator: 'safeDrinkingWater', value: 0 },
      { key: 'B', department: 'housing', indicator: 'sanitaryToilet', value: 0 },
      {
        key: 'c1',
        keyType: 'person',
        department: 'medicalInsurance',
        indicator: 'insured',
        value: 0,
      },
      { key: 'C', department: 'housing', indicator: 'safetyGrade', value: 3 },
      { key: 'C', department: 'housing', indicator: 'sanitaryToilet', value: 0 },
    ]),
  };
}

describe('alkire-foster', () => {
  it('scores weighted deprivations and calls poor from k = 1/3 inclusive', () => {
    // A: schooling 1/6 + attendance 1/6 = 1/3 (poor, exactly at k). B: 3 × 1/12 = 1/4 (not poor).
    // C: insurance 1/6 + income, housing, sanitation 3 × 1/12 = 5/12 (poor). D: 0.
    const { table } = score(inputs(), rs, { asOf });
    const c = Array.from(table.array('score') as Float64Array);
    [1 / 3, 1 / 4, 5 / 12, 0].forEach((x, i) => {
      expect(c[i]).toBeCloseTo(x, 9);
    });
    expect(Array.from(table.array('level'))).toEqual(['poor', 'notPoor', 'poor', 'notPoor']);
  });

  it('counts people: H, A, M0 and censored headcounts weigh households by size', () => {
    const af = alkireFoster(score(inputs(), rs, { asOf }));
    expect(af.population).toBe(12);
    expect(af.H).toBe(0.75);
    expect(af.A).toBeCloseTo((4 / 3 + (5 * 5) / 12) / 9, 12);
    expect(af.M0).toBeCloseTo((4 / 3 + (5 * 5) / 12) / 12, 12);
    expect(af.censoredHeadcounts.income).toBeCloseTo(5 / 12, 12);
    expect(af.uncensoredHeadcounts.income).toBeCloseTo(7 / 12, 12);
    expect(af.censoredHeadcounts.safeWater).toBe(0); // B is deprived but not poor: censored out
  });

  it('decomposes M0 into indicator contributions that sum to 1', () => {
    const af = alkireFoster(score(inputs(), rs, { asOf }));
    const sum = Object.values(af.contributions).reduce<number>((s, x) => s + (x ?? 0), 0);
    expect(sum).toBeCloseTo(1, 12);
    expect(Object.keys(af.dimensions).sort()).toEqual(['education', 'health', 'livingStandard']);
  });

  it('breaks M0 down by region, population-weighted to the county', () => {
    const af = alkireFoster(score(inputs(), rs, { asOf }));
    const towns = af.regions.filter((r) => r.level === 'township');
    expect(towns.map((t) => [t.regionCode, t.population, t.H])).toEqual([
      ['360121101000', 6, 4 / 6],
      ['360121102000', 6, 5 / 6],
    ]);
    const weighted = towns.reduce((s, t) => s + (t.M0 ?? 0) * t.population, 0) / af.population;
    expect(weighted).toBeCloseTo(af.M0!, 12);
  });

  it('is not deprived at exactly the cutoff (strictly below)', () => {
    const { table } = score(inputs(6), rs, { asOf });
    expect(table.get('score', 0)).toBeCloseTo(1 / 6, 9);
  });

  it('can count households instead of people', () => {
    expect(alkireFoster(score(inputs(), rs, { asOf }), { weightBy: 'households' }).H).toBe(0.5);
  });

  it('refuses a points rule set', () => {
    const result = score(inputs(), presets['ankang-five-lamps'], { asOf });
    expect(() => alkireFoster(result)).toThrow(/uses method points/);
  });
});
