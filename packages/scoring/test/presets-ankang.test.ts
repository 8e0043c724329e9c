import { describe, expect, it } from 'vitest';
import { explain, presets, score } from '../src/index.js';
import { households, members, records } from './helpers/fixtures.js';

const shaanxi = '610921100001';
const asOf = '2025-06-30';

// Hand-worked households under seed 004's rule set (points from the preset, each an assumption).
const inputs = {
  households: households([
    { householdId: 'H1', regionCode: shaanxi },
    { householdId: 'H2', regionCode: shaanxi, incomePerCapita: 8000 },
    { householdId: 'H3', regionCode: shaanxi },
    { householdId: 'H4', regionCode: shaanxi, incomeProduction: 30000 },
    { householdId: 'H5', regionCode: shaanxi },
  ]),
  members: members([
    { personId: 'P1', householdId: 'H1', health: 'serious', birthDate: '1985-03-01' },
    { personId: 'P2', householdId: 'H2' },
    {
      personId: 'P3',
      householdId: 'H2',
      relation: 'child',
      birthDate: '2014-09-01',
      schooling: 'dropout',
    },
    { personId: 'P4', householdId: 'H3' },
    { personId: 'P5', householdId: 'H4' },
    // Exactly 60 on asOf: no longer working age, so the illness of a labourer does not fire.
    { personId: 'P6', householdId: 'H5', health: 'serious', birthDate: '1965-06-30' },
    { personId: 'P7', householdId: 'H5', birthDate: '1990-01-01' },
  ]),
  departmentRecords: records([
    {
      key: 'P1',
      keyType: 'person',
      department: 'medicalInsurance',
      indicator: 'selfPaidMedical',
      value: 8000,
      period: '2025-03',
    },
    {
      key: 'P1',
      keyType: 'person',
      department: 'medicalInsurance',
      indicator: 'selfPaidMedical',
      value: 4000,
      period: '2024-07',
    },
    // Thirteen months back: outside the 12-month window.
    {
      key: 'P1',
      keyType: 'person',
      department: 'medicalInsurance',
      indicator: 'selfPaidMedical',
      value: 50000,
      period: '2024-06',
    },
    // After asOf: not yet known on that day.
    {
      key: 'P1',
      keyType: 'person',
      department: 'medicalInsurance',
      indicator: 'selfPaidMedical',
      value: 50000,
      period: '2025-07',
    },
    {
      key: 'P3',
      keyType: 'person',
      department: 'education',
      indicator: 'dropout',
      value: 1,
      period: '2025-05',
    },
    {
      key: 'P2',
      keyType: 'person',
      department: 'humanResources',
      indicator: 'stableEmployment',
      value: 1,
      period: '2025-06',
    },
    { key: 'H4', department: 'housing', indicator: 'safetyGrade', value: 2, period: '2024-12' },
    { key: 'H4', department: 'housing', indicator: 'safetyGrade', value: 4, period: '2025-04' },
    // Keyed by household but the source reads person records: ignored.
    { key: 'H3', department: 'education', indicator: 'dropout', value: 1 },
  ]),
};

describe('ankang-five-lamps on hand-worked households', () => {
  const result = score(inputs, presets['ankang-five-lamps'], { asOf });
  const col = (name: string) => Array.from(result.table.array(name) as ArrayLike<unknown>);

  it('scores each household as worked by hand', () => {
    // H1: medical 12,000 in the window (15, core) + ill labourer (15) = 30.
    // H2: income 8,000 < 1.5 × 7,500 (15) + dropout (20, core) − stable employment (10) = 25.
    // H4: grade D housing (20, core) − production share 30,000 / 60,000 ≥ 0.3 (5) = 15.
    // H5: the ill member is exactly 60; the 1990 member is full labour: nothing fires.
    expect(col('score')).toEqual([30, 25, 0, 15, 0]);
    expect(col('lamps')).toEqual([2, 2, 0, 2, 0]);
    expect(col('level')).toEqual(['medium', 'medium', 'none', 'medium', 'none']);
    expect(col('workOrderDue')).toEqual([1, 0, 0, 0, 0]);
  });

  it('names the fired indicators of a household', () => {
    expect(explain(result, 'H2')!.fired.map((f) => f.indicatorId)).toEqual([
      'dropout',
      'incomeBelowLine',
      'stableEmployment',
    ]);
    expect(result.table.array('causes')[0]).toEqual(['illness']);
    // docs/scoring/ankang-five-lamps.md works this household through: the 5-point resilience
    // of a minimum living allowance is a smaller change than removing a 15-point risk.
    expect(explain(result, 'H1')!.clearing).toEqual({
      action: 'add',
      indicatorId: 'lowIncomeAllowance',
      points: 5,
      scoreAfter: 25,
    });
  });

  it('fires the income line from the policy table at exactly the cutoff', () => {
    // 1.5 × 7,500 = 11,250: strictly below fires, equal does not. Without a members table the
    // member indicators (such as no working-age labour) stay silent, so only the income counts.
    const at = (income: number) =>
      score(
        {
          households: households([
            { householdId: 'X', regionCode: shaanxi, incomePerCapita: income },
          ]),
        },
        presets['ankang-five-lamps'],
        { asOf },
      ).table.get('score', 0) as number;
    expect([at(11249.99), at(11250)]).toEqual([15, 0]);
  });
});
