import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import type { RuleSet, ScoringInputs } from '../../src/index.js';

type Row = Record<string, unknown>;

/** A table from row objects; every row gets every column (missing = null), as ingest produces. */
export function rows(list: readonly Row[], columns: readonly string[]): ColumnTable {
  const data: Record<string, unknown[]> = {};
  for (const c of columns) data[c] = list.map((r) => (c in r ? r[c] : null));
  return aq.table(data);
}

const HOUSEHOLD_COLUMNS = [
  'householdId',
  'regionCode',
  'size',
  'category',
  'monitoredSince',
  'incomePerCapita',
  'incomeWage',
  'incomeProduction',
  'incomeTransfer',
  'incomeProperty',
];

/** Households with defaults: village 360121101001, size 3, not monitored, 20,000 yuan a head. */
export function households(list: readonly Row[]): ColumnTable {
  return rows(
    list.map((r) => ({ regionCode: '360121101001', size: 3, incomePerCapita: 20000, ...r })),
    HOUSEHOLD_COLUMNS,
  );
}

/** Members with defaults: an adult (born 1980) head, healthy, full labour, not in school. */
export function members(list: readonly Row[]): ColumnTable {
  return rows(
    list.map((r, i) => ({
      personId: `P${i}`,
      relation: 'head',
      birthDate: '1980-01-01',
      laborAbility: 'full',
      health: 'healthy',
      disability: 'none',
      schooling: 'none',
      ...r,
    })),
    [
      'personId',
      'householdId',
      'relation',
      'birthDate',
      'laborAbility',
      'health',
      'disability',
      'schooling',
    ],
  );
}

/** Department records with defaults: household key, period 2025-06, value 1. */
export function records(list: readonly Row[]): ColumnTable {
  return rows(
    list.map((r) => ({ keyType: 'household', period: '2025-06', value: 1, ...r })),
    ['key', 'keyType', 'department', 'indicator', 'value', 'period'],
  );
}

/** Work events. */
export function events(list: readonly Row[]): ColumnTable {
  return rows(list, ['orderId', 'householdId', 'stage', 'date', 'outcome', 'actor']);
}

/** Measures. */
export function measures(list: readonly Row[]): ColumnTable {
  return rows(list, ['householdId', 'kind', 'date', 'amount']);
}

/**
 * A small points rule set whose indicators each read one household-keyed department flag named
 * like the indicator, so a test fires an indicator by adding one record.
 */
export function flagRuleSet(
  indicators: readonly {
    id: string;
    points: number;
    class?: 'risk' | 'resilience';
    core?: boolean;
    cause?: string;
  }[],
  overrides: Partial<Record<keyof RuleSet, unknown>> = {},
): RuleSet {
  return {
    id: 'test',
    version: '0.0.1',
    effectiveFrom: '2025-01-01',
    label: { zh: '测试', en: 'test' },
    method: 'points',
    departments: [{ id: 'd', zh: '部门', en: 'department' }],
    indicators: indicators.map((i) => ({
      id: i.id,
      label: { zh: i.id, en: i.id },
      source: {
        kind: 'department',
        department: 'd',
        indicator: i.id,
        keyType: 'household',
        values: { type: 'flag' },
        rollup: 'any',
        where: { op: 'eq', value: 1 },
      },
      condition: { op: 'eq', value: 1 },
      class: i.class ?? 'risk',
      points: i.points,
      core: i.core ?? false,
      cause: (i.class ?? 'risk') === 'risk' ? (i.cause ?? 'other') : null,
    })),
    lamps: { pointsPerLamp: 20, maxLamps: 5, core: { mode: 'atLeast', lamps: 2 } },
    workOrderThreshold: 30,
    levels: {
      on: 'score',
      bands: [
        { id: 'none', label: { zh: '无', en: 'none' }, min: 0, max: 20 },
        { id: 'low', label: { zh: '低', en: 'low' }, min: 20, max: 30 },
        { id: 'high', label: { zh: '高', en: 'high' }, min: 30, max: null },
      ],
    },
    deadlines: { unit: 'calendar', verify: 7, decide: 15, measures: 7 },
    flags: { village: [], township: [] },
    ...overrides,
  } as RuleSet;
}

/** Inputs where household `id` has the flags `fired` (one record each, department d). */
export function flagInputs(
  list: readonly { id: string; fired: readonly string[]; region?: string }[],
  extra: Partial<ScoringInputs> = {},
): ScoringInputs {
  return {
    households: households(
      list.map((h) => ({ householdId: h.id, ...(h.region ? { regionCode: h.region } : {}) })),
    ),
    departmentRecords: records(
      list.flatMap((h) => h.fired.map((f) => ({ key: h.id, department: 'd', indicator: f }))),
    ),
    ...extra,
  };
}
