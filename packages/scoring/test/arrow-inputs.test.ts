import * as aq from 'arquero';
import { describe, expect, it } from 'vitest';
import { presets, score } from '../src/index.js';
import { households, members, records } from './helpers/fixtures.js';

// Inputs read from Arrow files arrive as arquero tables over Arrow columns (dictionary-encoded
// strings, not plain arrays): scoring must read them the same, under the CSP flag.
describe('inputs from Arrow', () => {
  const plain = {
    households: households([
      { householdId: 'H1', regionCode: '610921100001', incomePerCapita: 8000 },
      { householdId: 'H2', regionCode: '610921100001' },
    ]),
    members: members([
      { personId: 'P1', householdId: 'H1' },
      { personId: 'P2', householdId: 'H2', health: 'serious', birthDate: '1990-05-05' },
    ]),
    departmentRecords: records([
      { key: 'P2', keyType: 'person', department: 'education', indicator: 'dropout', value: 1 },
    ]),
  };
  const viaArrow = Object.fromEntries(
    Object.entries(plain).map(([name, table]) => [name, aq.fromArrow(aq.toArrowIPC(table))]),
  ) as typeof plain;

  it('scores Arrow-backed tables exactly as plain ones', () => {
    const a = score(plain, presets['ankang-five-lamps'], { asOf: '2025-06-30' }).table;
    const b = score(viaArrow, presets['ankang-five-lamps'], { asOf: '2025-06-30' }).table;
    expect(Array.from(b.array('score'))).toEqual(Array.from(a.array('score')));
    expect(Array.from(b.array('lamps'))).toEqual(Array.from(a.array('lamps')));
    // H1: income 8,000 < 11,250 (15); H2: dropout (20, core) + ill labourer (15).
    expect(Array.from(a.array('score'))).toEqual([15, 35]);
  });

  it('returns a result that converts to Arrow for a worker to post', () => {
    const result = score(viaArrow, presets['ankang-five-lamps'], { asOf: '2025-06-30' });
    const back = aq.fromArrow(
      aq.toArrowIPC(result.table.select('householdId', 'score', 'lamps', 'level')),
    );
    expect(back.numRows()).toBe(2);
    expect(back.get('level', 1)).toBe('medium');
  });
});
