import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Condition, DepartmentSource } from '../src/index.js';
import { ROLLUPS } from '../src/rules/types.js';
import { passes } from '../src/kernel/condition.js';
import { dayNumber } from '../src/kernel/dates.js';
import { encodeInputs } from '../src/kernel/encode.js';
import { SourceReader } from '../src/kernel/sources.js';
import { households, members, records } from './helpers/fixtures.js';

const DEPARTMENTS = ['民政', '医保', null] as const;
const INDICATORS = ['低保', '住院', null] as const;
const PERIODS = ['2024-05', '2024-07', '2025-01', '2025-06', '2025-07'];
const HOUSEHOLDS = ['H0', 'H1', 'H2', 'H3'];
const PERSONS = ['P0', 'P1', 'P2'];

const record = fc.record({
  department: fc.constantFrom(...DEPARTMENTS),
  indicator: fc.constantFrom(...INDICATORS),
  keyType: fc.constantFrom('household', 'person'),
  key: fc.constantFrom(...HOUSEHOLDS, ...PERSONS, 'unknown'),
  period: fc.constantFrom(...PERIODS),
  value: fc.oneof(fc.integer({ min: -2, max: 5 }), fc.constant(null)),
});

const where: fc.Arbitrary<Condition | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.record({
    op: fc.constantFrom('eq', 'ne', 'lt', 'le', 'gt', 'ge'),
    value: fc.integer({ min: -1, max: 4 }),
  }) as fc.Arbitrary<Condition>,
  fc.constant<Condition>({ op: 'between', min: 0, max: 3 }),
  fc.constant<Condition>({ op: 'in', values: [1, 4] }),
);

const source: fc.Arbitrary<DepartmentSource> = fc
  .record({
    department: fc.constantFrom('民政', '医保'),
    indicator: fc.constantFrom('低保', '住院'),
    keyType: fc.constantFrom('household' as const, 'person' as const),
    rollup: fc.constantFrom(...ROLLUPS),
    months: fc.constantFrom(1, 6, 12, 24),
    where,
  })
  .map(({ where: w, ...s }) => ({
    kind: 'department',
    values: { type: 'number' },
    ...s,
    ...(w ? { where: w } : {}),
  }));

type Rec = {
  department: string | null;
  indicator: string | null;
  keyType: string;
  key: string;
  period: string;
  value: number | null;
};

/** One source read the slow, obvious way: filter the records of each household, then fold. */
function naive(s: DepartmentSource, recs: readonly Rec[], personHousehold: Map<string, string>) {
  const asOf = 2025 * 12 + 5;
  return HOUSEHOLDS.map((h) => {
    const rows = recs.filter((r) => {
      const [y, m] = r.period.split('-').map(Number) as [number, number];
      const month = y * 12 + m - 1;
      const household = r.keyType === 'person' ? personHousehold.get(r.key) : r.key;
      return (
        r.department === s.department &&
        r.indicator === s.indicator &&
        r.keyType === s.keyType &&
        household === h &&
        month <= asOf &&
        month > asOf - (s.months ?? 12) &&
        (!s.where || passes(s.where, r.value ?? Number.NaN))
      );
    });
    const values = rows.map((r) => r.value).filter((v): v is number => v !== null);
    switch (s.rollup) {
      case 'any':
        return rows.length > 0 ? 1 : 0;
      case 'none':
        return rows.length > 0 ? 0 : 1;
      case 'count':
        return rows.length;
      case 'sum':
        return values.length ? values.reduce((a, b) => a + b, 0) : Number.NaN;
      case 'max':
        return values.length ? Math.max(...values) : Number.NaN;
      case 'min':
        return values.length ? Math.min(...values) : Number.NaN;
    }
  });
}

describe('department sources in one pass over the records', () => {
  it('read every roll-up, filter and window as filtering each household’s records would, several sources per data item included, whatever an earlier reading left', () => {
    const personHousehold = new Map([
      ['P0', 'H0'],
      ['P1', 'H0'],
      ['P2', 'H2'],
    ]);
    fc.assert(
      fc.property(
        fc.array(record, { maxLength: 40 }),
        fc.array(source, { minLength: 1, maxLength: 6 }),
        fc.array(source, { maxLength: 6 }),
        (recs, sources, before) => {
          const inputs = {
            households: households(HOUSEHOLDS.map((householdId) => ({ householdId }))),
            members: members(
              [...personHousehold].map(([personId, householdId]) => ({ personId, householdId })),
            ),
            departmentRecords: records(recs),
          };
          // An earlier reading of the same inputs leaves its values in the reused buffers.
          new SourceReader(encodeInputs(inputs), dayNumber('2025-06-30'), [...before, ...sources]);
          const reader = new SourceReader(encodeInputs(inputs), dayNumber('2025-06-30'), sources);
          for (const s of sources) {
            expect(Array.from(reader.read(s))).toEqual(naive(s, recs, personHousehold));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('records grouped by data item', () => {
  it('keeps every record once, each item’s records together in table order, unnamed items last', () => {
    const recs = [
      { key: 'H0', department: '医保', indicator: '住院', value: 1 },
      { key: 'H1', department: '民政', indicator: '低保', value: 2 },
      { key: 'H2', department: null, indicator: '低保', value: 3 },
      { key: 'H3', department: '医保', indicator: '住院', value: 4 },
      { key: 'H0', department: '民政', indicator: '低保', value: 5 },
    ];
    const r = encodeInputs({
      households: households(HOUSEHOLDS.map((householdId) => ({ householdId }))),
      departmentRecords: records(recs),
    }).records;
    expect(r.items).toEqual([
      { department: '医保', indicator: '住院' },
      { department: '民政', indicator: '低保' },
    ]);
    expect(Array.from(r.itemStart)).toEqual([0, 2, 4]);
    expect(Array.from(r.row)).toEqual([0, 3, 1, 4, 2]);
    expect(Array.from(r.value)).toEqual([1, 4, 2, 5, 3]);
    expect(Array.from(r.household)).toEqual([0, 3, 1, 0, 2]);
  });
});
