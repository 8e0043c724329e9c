import { describe, expect, it } from 'vitest';
import { explain, presets, profiles, score, whatIf, workOrders } from '../src/index.js';
import { households, members, records } from './helpers/fixtures.js';

const asOf = '2025-06-30';
const V = '360121101001';
const rs = presets['jiangxi-levels'];

/** Person P<h> belongs to household H<h>; `items` are [department, indicator, value, keyType?]. */
function county(list: [string, string, number, ('person' | 'household')?][][]) {
  return {
    households: households(list.map((_, h) => ({ householdId: `H${h}`, regionCode: V }))),
    members: members(list.map((_, h) => ({ personId: `P${h}`, householdId: `H${h}` }))),
    departmentRecords: records(
      list.flatMap((items, h) =>
        items.map(([department, indicator, value, keyType = 'person']) => ({
          key: keyType === 'person' ? `P${h}` : `H${h}`,
          keyType,
          department,
          indicator,
          value,
        })),
      ),
    ),
  };
}

const ill: [string, string, number][] = [['health', 'seriousIllness', 1]]; // 15
const medical: [string, string, number][] = [['medicalInsurance', 'selfPaidMedical', 20000]]; // 20, core
const dropout: [string, string, number][] = [['education', 'dropout', 1]]; // 20, core
const newCert: [string, string, number][] = [['disabledFederation', 'newCertificate', 1]]; // 5

describe('jiangxi-levels on hand-worked households', () => {
  const inputs = county([
    [],
    [
      ...newCert,
      ['health', 'chronicDisease', 1],
      ['humanResources', 'insuranceLapsed', 1],
      ['finance', 'subsidyStopped', 1, 'household'],
    ], // 5 + 0 (one chronic) + 5 + 5 = 15
    [...ill, ...newCert], // 20: low
    [...ill, ...medical, ...newCert], // 40: medium
    [...ill, ...medical, ...dropout], // 55: medium
    [...ill, ...medical, ...dropout, ...newCert], // 60: high, pushed
    [...ill, ...medical, ...dropout, ...newCert, ['bank', 'depositBalance', 50000, 'household']], // 60 − 10 = 50
  ]);
  const result = score(inputs, rs, { asOf });

  it('assigns levels at the 20, 40 and 60 boundaries and pushes from 60', () => {
    expect(Array.from(result.table.array('score'))).toEqual([0, 15, 20, 40, 55, 60, 50]);
    expect(Array.from(result.table.array('level'))).toEqual([
      'none',
      'none',
      'low',
      'medium',
      'medium',
      'high',
      'medium',
    ]);
    expect(Array.from(result.table.array('workOrderDue'))).toEqual([0, 0, 0, 0, 0, 1, 0]);
  });

  it('counts bank deposits from the bank department as resilience', () => {
    expect(explain(result, 'H6')!.fired.map((f) => [f.indicatorId, f.points])).toEqual([
      ['seriousIllness', 15],
      ['selfPaidMedical', 20],
      ['newDisability', 5],
      ['dropout', 20],
      ['bankDeposits', -10],
    ]);
  });

  it('clears the push of the 60-point household by its smallest risk', () => {
    expect(explain(result, 'H5')!.clearing).toEqual({
      action: 'remove',
      indicatorId: 'newDisability',
      points: 5,
      scoreAfter: 55,
    });
  });
});

describe('every preset runs the whole job', () => {
  const inputs = county([
    [...ill, ...medical, ...dropout, ...newCert],
    [],
    [['education', 'yearsOfSchooling', 3]],
  ]);
  it.each(Object.keys(presets) as (keyof typeof presets)[])(
    '%s: score, work orders, profiles, what-if',
    (id) => {
      const result = score(inputs, presets[id], { asOf });
      const orders = workOrders(result);
      const p = profiles(result, { orders });
      expect(result.table.numRows()).toBe(3);
      expect(p.regions.find((r) => r.level === 'county')!.area.population.households).toBe(3);
      const threshold =
        presets[id].method === 'alkireFoster' ? { k: 0.5 } : { workOrderThreshold: 1 };
      expect(whatIf(result, threshold).regions.length).toBe(p.regions.length);
    },
  );
});
