import * as aq from 'arquero';
import { describe, expect, it } from 'vitest';
import { explain, presets, score, whatIf, workOrders } from '../src/index.js';

// The worked example of docs/scoring/README.md: if this fails, fix the page too.
const inputs = {
  households: aq.table({
    householdId: ['H1', 'H2'],
    regionCode: ['360121101001', '360121101001'],
    size: [4, 2],
    category: [null, 'marginal'],
    incomePerCapita: [9800, 21000],
    incomeWage: [30000, 28000],
    incomeProduction: [5000, 14000],
    incomeTransfer: [4200, 0],
    incomeProperty: [0, 0],
  }),
  members: aq.table({
    personId: [
      '360121198001010011',
      '360121201409010023',
      '360121197502020031',
      '360121197703030048',
    ],
    householdId: ['H1', 'H1', 'H2', 'H2'],
    relation: ['head', 'child', 'head', 'spouse'],
    birthDate: ['1980-01-01', '2014-09-01', '1975-02-02', '1977-03-03'],
    laborAbility: ['full', 'none', 'full', 'full'],
    health: ['serious', 'healthy', 'healthy', 'healthy'],
    disability: ['none', 'none', 'none', 'none'],
    schooling: ['none', 'dropout', 'none', 'none'],
  }),
  departmentRecords: aq.table({
    key: ['360121198001010011', '360121201409010023'],
    keyType: ['person', 'person'],
    department: ['medicalInsurance', 'education'],
    indicator: ['selfPaidMedical', 'dropout'],
    value: [12000, 1],
    period: ['2025-04', '2025-05'],
  }),
};

describe('the worked example of docs/scoring/README.md', () => {
  const result = score(inputs, presets['ankang-five-lamps'], { asOf: '2025-06-30' });

  it('scores H1 65 with three lamps and H2 0', () => {
    expect(Array.from(result.table.array('score'))).toEqual([65, 0]);
    expect(Array.from(result.table.array('lamps'))).toEqual([3, 0]);
    expect(Array.from(result.table.array('level'))).toEqual(['medium', 'none']);
    expect(Array.from(result.table.array('workOrderDue'))).toEqual([1, 0]);
  });

  it('explains H1 and H2 as the page says', () => {
    const h1 = explain(result, 'H1')!;
    expect(h1.fired.map((f) => [f.indicatorId, f.points])).toEqual([
      ['selfPaidMedical', 15],
      ['seriousIllnessLabour', 15],
      ['dropout', 20],
      ['incomeBelowLine', 15],
    ]);
    expect(h1.litLamps.map((l) => l.rule)).toEqual(['points', 'points', 'points']);
    expect([h1.toNextLamp, h1.clearing]).toEqual([15, null]);
    const h2 = explain(result, 'H2')!;
    expect([h2.fired.map((f) => f.indicatorId), h2.floorAdjustment]).toEqual([
      ['productionIncomeShare'],
      5,
    ]);
  });

  it('opens an order due in a week and flips H1 at a threshold of 70', () => {
    const orders = workOrders(result).table;
    expect([orders.get('orderId', 0), orders.get('verifyDue', 0)]).toEqual([
      'ankang-five-lamps-2025-06-30-H1',
      '2025-07-07',
    ]);
    expect(whatIf(result, { workOrderThreshold: 70 }).flips.numRows()).toBe(1);
  });
});
