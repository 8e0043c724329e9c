import type { ColumnTable } from 'arquero';
import { MEMBER_CODES, type MemberCodedField } from '../rules/types.js';
import { columnValues, encodeStrings, numbers, requireColumn, type Col } from './columns.js';
import { dayNumber, monthNumber } from './dates.js';

/**
 * The input tables of scoring, in the canonical shapes of docs/data-model.md. Only `households`
 * is required; a missing table counts as empty.
 */
export interface ScoringInputs {
  readonly households: ColumnTable;
  readonly members?: ColumnTable;
  readonly departmentRecords?: ColumnTable;
  readonly workEvents?: ColumnTable;
  readonly measures?: ColumnTable;
  readonly regions?: ColumnTable;
}

/** Kinds of assistance measures (帮扶措施), as data-model.md codes them. */
export const MEASURE_KINDS = [
  'industry',
  'employment',
  'finance',
  'health',
  'education',
  'socialSecurity',
  'insurance',
  'other',
] as const;
/** One measure kind. */
export type MeasureKind = (typeof MEASURE_KINDS)[number];

/** Monitored-household categories in code order; −1 = not monitored. */
export const CATEGORIES = ['unstable', 'marginal', 'sudden'] as const;

/** Households as typed arrays. */
export interface EncodedHouseholds {
  readonly n: number;
  readonly ids: Col;
  readonly index: ReadonlyMap<unknown, number>;
  /** Village code id per household, into `villages`. */
  readonly village: Int32Array;
  readonly villages: readonly string[];
  readonly size: Float64Array;
  /** Index into {@link CATEGORIES}, −1 when not monitored. */
  readonly category: Int8Array;
  readonly monitoredSince: Int32Array;
  readonly incomePerCapita: Float64Array;
  readonly incomeWage: Float64Array;
  readonly incomeProduction: Float64Array;
  readonly incomeTransfer: Float64Array;
  readonly incomeProperty: Float64Array;
}

/** Members as typed arrays; coded fields hold the index of the code in MEMBER_CODES, −1 if unknown. */
export interface EncodedMembers {
  readonly n: number;
  readonly household: Int32Array;
  readonly birth: Int32Array;
  readonly codes: Readonly<Record<MemberCodedField, Int32Array>>;
}

/**
 * Department records as typed arrays, grouped by data item: the records of item `id` are at
 * positions `itemStart[id]` to `itemStart[id + 1]`, in table order, and records that name no
 * item come last. Scoring reads one item's records as one run; `row` leads back to the table.
 */
export interface EncodedRecords {
  readonly n: number;
  /** Household index of the record (through the member for person keys), −1 when unknown. */
  readonly household: Int32Array;
  /** 1 for person-keyed records, 0 for household-keyed ones. */
  readonly personKey: Uint8Array;
  readonly month: Int32Array;
  readonly value: Float64Array;
  /** The data items the records name, in order of first appearance. */
  readonly items: readonly RecordItem[];
  /** First position of each item's records, then the first of those naming no item (items + 1 entries). */
  readonly itemStart: Int32Array;
  /** The table row of the record at each position. */
  readonly row: Int32Array;
}

/** A data item of the department records: one indicator of one department. */
export interface RecordItem {
  readonly department: string;
  readonly indicator: string;
}

/** Measures as typed arrays, read by work orders (measure dates) and profiles (kinds). */
export interface EncodedMeasures {
  readonly n: number;
  /** Household index, −1 when unknown. */
  readonly household: Int32Array;
  /** Day number, NO_DATE when missing or unreadable. */
  readonly day: Int32Array;
  /** Index into {@link MEASURE_KINDS}, −1 when unknown. */
  readonly kind: Int8Array;
}

/** All inputs encoded once: string keys to integer ids, dates to day and month numbers. */
export interface EncodedInputs {
  readonly inputs: ScoringInputs;
  readonly households: EncodedHouseholds;
  readonly members: EncodedMembers;
  readonly records: EncodedRecords;
  readonly measures: EncodedMeasures;
}

const cache = new WeakMap<ScoringInputs, EncodedInputs>();

/**
 * Encodes the input tables for the kernel. The result is cached per `inputs` object, so scoring
 * the same inputs with several rule sets encodes them once.
 *
 * @example
 * const encoded = encodeInputs({ households, members, departmentRecords });
 */
export function encodeInputs(inputs: ScoringInputs): EncodedInputs {
  const hit = cache.get(inputs);
  if (hit) return hit;
  const households = encodeHouseholds(inputs.households);
  const { members, personIndex } = encodeMembers(inputs.members, households.index);
  const records = encodeRecords(inputs.departmentRecords, households.index, personIndex);
  const measures = encodeMeasures(inputs.measures, households.index);
  const encoded = { inputs, households, members, records, measures };
  cache.set(inputs, encoded);
  return encoded;
}

function encodeMeasures(
  table: ColumnTable | undefined,
  households: ReadonlyMap<unknown, number>,
): EncodedMeasures {
  const n = table ? table.numRows() : 0;
  const household = new Int32Array(n);
  const day = new Int32Array(n);
  const kind = new Int8Array(n);
  if (table) {
    const ids = requireColumn(table, 'measures', 'householdId');
    const dates = columnValues(table, 'date');
    const kinds = columnValues(table, 'kind');
    const kindCodes = kinds ? encodeStrings(kinds, n, MEASURE_KINDS).codes : null;
    for (let i = 0; i < n; i++) {
      household[i] = households.get(ids[i]) ?? -1;
      day[i] = dayNumber(dates?.[i]);
      kind[i] = kindCodes?.[i] ?? -1;
    }
  }
  return { n, household, day, kind };
}

function encodeHouseholds(table: ColumnTable): EncodedHouseholds {
  const n = table.numRows();
  const ids = requireColumn(table, 'households', 'householdId');
  const index = new Map<unknown, number>();
  for (let i = 0; i < n; i++) {
    if (index.has(ids[i]))
      throw new TypeError(`households: duplicate householdId ${String(ids[i])} at row ${i + 1}`);
    index.set(ids[i], i);
  }
  const village = encodeStrings(requireColumn(table, 'households', 'regionCode'), n);
  const category = new Int8Array(n).fill(-1);
  const cat = columnValues(table, 'category');
  const since = new Int32Array(n);
  const sinceCol = columnValues(table, 'monitoredSince');
  for (let i = 0; i < n; i++) {
    if (cat) category[i] = (CATEGORIES as readonly unknown[]).indexOf(cat[i]);
    since[i] = dayNumber(sinceCol?.[i]);
  }
  const num = (name: string) => numbers(columnValues(table, name), n);
  return {
    n,
    ids,
    index,
    village: village.codes,
    villages: village.keys,
    size: num('size'),
    category,
    monitoredSince: since,
    incomePerCapita: num('incomePerCapita'),
    incomeWage: num('incomeWage'),
    incomeProduction: num('incomeProduction'),
    incomeTransfer: num('incomeTransfer'),
    incomeProperty: num('incomeProperty'),
  };
}

function encodeMembers(
  table: ColumnTable | undefined,
  households: ReadonlyMap<unknown, number>,
): { members: EncodedMembers; personIndex: Map<unknown, number> } {
  const n = table ? table.numRows() : 0;
  const household = new Int32Array(n);
  const birth = new Int32Array(n);
  const personIndex = new Map<unknown, number>();
  const codes = {} as Record<MemberCodedField, Int32Array>;
  for (const field of Object.keys(MEMBER_CODES) as MemberCodedField[]) {
    const values = table ? columnValues(table, field) : undefined;
    codes[field] = values
      ? encodeStrings(values, n, MEMBER_CODES[field]).codes
      : new Int32Array(n).fill(-1);
  }
  if (table) {
    const hh = requireColumn(table, 'members', 'householdId');
    const pid = columnValues(table, 'personId');
    const bd = columnValues(table, 'birthDate');
    let last: unknown = undefined;
    let lastIndex = -1;
    for (let i = 0; i < n; i++) {
      const key = hh[i];
      if (key !== last || i === 0) {
        lastIndex = households.get(key) ?? -1;
        last = key;
      }
      household[i] = lastIndex;
      birth[i] = dayNumber(bd?.[i]);
      if (pid) personIndex.set(pid[i], lastIndex);
    }
  }
  return { members: { n, household, birth, codes }, personIndex };
}

function encodeRecords(
  table: ColumnTable | undefined,
  households: ReadonlyMap<unknown, number>,
  persons: ReadonlyMap<unknown, number>,
): EncodedRecords {
  const n = table ? table.numRows() : 0;
  const household = new Int32Array(n);
  const personKey = new Uint8Array(n);
  const month = new Int32Array(n);
  const value = new Float64Array(n);
  const row = new Int32Array(n);
  if (!table)
    return { n, household, personKey, month, value, items: [], itemStart: new Int32Array(1), row };
  const key = requireColumn(table, 'departmentRecords', 'key');
  const keyType = requireColumn(table, 'departmentRecords', 'keyType');
  const period = requireColumn(table, 'departmentRecords', 'period');
  const values = numbers(requireColumn(table, 'departmentRecords', 'value'), n);
  const { item, items } = encodeItems(table, n);
  // A counting sort by item: `next[id]` is where item id's next record goes; no item goes last.
  const itemStart = new Int32Array(items.length + 1);
  for (let i = 0; i < n; i++) {
    const id = item[i] ?? -1;
    if (id >= 0) itemStart[id + 1] = (itemStart[id + 1] ?? 0) + 1;
  }
  for (let id = 0; id < items.length; id++)
    itemStart[id + 1] = (itemStart[id + 1] ?? 0) + (itemStart[id] ?? 0);
  const next = Int32Array.from(itemStart);
  let lastKey: unknown = undefined;
  let lastPerson = false;
  let lastIndex = -1;
  let lastPeriod: unknown = undefined;
  let lastMonth = 0;
  for (let i = 0; i < n; i++) {
    const id = item[i] ?? -1;
    const at = id < 0 ? (next[items.length] ?? 0) : (next[id] ?? 0);
    next[id < 0 ? items.length : id] = at + 1;
    const k = key[i];
    const person = keyType[i] === 'person';
    if (k !== lastKey || person !== lastPerson || i === 0) {
      lastIndex = (person ? persons.get(k) : households.get(k)) ?? -1;
      lastKey = k;
      lastPerson = person;
    }
    household[at] = lastIndex;
    personKey[at] = person ? 1 : 0;
    const p = period[i];
    if (p !== lastPeriod || i === 0) {
      lastMonth = monthNumber(p);
      lastPeriod = p;
    }
    month[at] = lastMonth;
    value[at] = values[i] ?? Number.NaN;
    row[at] = i;
  }
  return { n, household, personKey, month, value, items, itemStart, row };
}

/** The data item of every record: its department and indicator as one id, numbered as first seen. */
function encodeItems(table: ColumnTable, n: number): { item: Int32Array; items: RecordItem[] } {
  const department = encodeStrings(requireColumn(table, 'departmentRecords', 'department'), n);
  const indicator = encodeStrings(requireColumn(table, 'departmentRecords', 'indicator'), n);
  const nInd = indicator.keys.length;
  const idOfPair = new Int32Array(department.keys.length * nInd).fill(-1);
  const items: RecordItem[] = [];
  const item = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const d = department.codes[i] ?? -1;
    const k = indicator.codes[i] ?? -1;
    if (d < 0 || k < 0) {
      item[i] = -1;
      continue;
    }
    const pair = d * nInd + k;
    let id = idOfPair[pair] ?? -1;
    if (id < 0) {
      id = items.length;
      idOfPair[pair] = id;
      items.push({ department: department.keys[d] ?? '', indicator: indicator.keys[k] ?? '' });
    }
    item[i] = id;
  }
  return { item, items };
}
