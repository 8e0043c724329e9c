import {
  OPS,
  ROLLUPS,
  type Condition,
  type DepartmentSource,
  type MemberSource,
  type Source,
} from '../rules/types.js';
import { passes } from './condition.js';
import { monthNumber } from './dates.js';
import type { EncodedInputs, EncodedRecords } from './encode.js';
import { readExpression, type ExpressionEvaluator } from './expression-source.js';
import { memberFilter, memberAges } from './member-filter.js';
import { scratch } from './scratch.js';
import { emptyValue, fold, initial, type Values } from './rollup.js';

/**
 * Reads every indicator source of a rule set into one array per distinct source (one value
 * per household, NaN = missing). Any/none roll-ups, the most common, take one byte per household
 * instead of eight, in buffers reused from the last scoring of the same inputs. A department
 * source reads only its data item's run of records (records are grouped by item when encoded);
 * identical sources (two tiers of the same item) are read once.
 */
export class SourceReader {
  private readonly cache = new Map<string, Values>();

  constructor(
    private readonly data: EncodedInputs,
    private readonly asOfDay: number,
    sources: readonly Source[],
    private readonly expressions?: ExpressionEvaluator,
  ) {
    const departmentSources = new Map<string, DepartmentSource>();
    const collect = (s: Source): void => {
      if (s.kind === 'department') departmentSources.set(JSON.stringify(s), s);
      if (s.kind === 'derived') s.of.forEach(collect);
    };
    sources.forEach(collect);
    this.readDepartments([...departmentSources.entries()]);
  }

  /** The household values of a source. */
  read(source: Source): Values {
    const key = JSON.stringify(source);
    let out = this.cache.get(key);
    if (!out) {
      out = this.compute(source);
      this.cache.set(key, out);
    }
    return out;
  }

  private compute(source: Source): Values {
    const h = this.data.households;
    switch (source.kind) {
      case 'household': {
        if (source.field !== 'incomeTotal') return h[source.field];
        const out = new Float64Array(h.n);
        for (let i = 0; i < h.n; i++)
          out[i] = (h.incomePerCapita[i] ?? Number.NaN) * (h.size[i] ?? Number.NaN);
        return out;
      }
      case 'member':
        return this.readMembers(source);
      case 'derived': {
        const a = this.read(source.of[0]);
        const b = this.read(source.of[1]);
        const out = new Float64Array(h.n);
        for (let i = 0; i < h.n; i++) {
          const x = a[i] ?? Number.NaN;
          const y = b[i] ?? Number.NaN;
          out[i] = source.op === 'difference' ? x - y : y === 0 ? Number.NaN : x / y;
        }
        return out;
      }
      case 'department':
        // Every department source is read in the constructor; this is only a safe default.
        return initial(source.rollup, h.n);
      case 'expression':
        return readExpression(this.data, this.asOfDay, source, this.expressions);
    }
  }

  private readMembers(source: MemberSource): Values {
    const m = this.data.members;
    // Without a members table nothing is known about members: missing, so the indicator cannot fire.
    if (!this.data.inputs.members) return new Float64Array(this.data.households.n).fill(Number.NaN);
    const out = initial(source.rollup, this.data.households.n);
    const keep = memberFilter(m, source.where, this.asOfDay);
    const ages = source.value === 'age' ? memberAges(m, this.asOfDay) : null;
    const rollup = ROLLUPS.indexOf(source.rollup);
    for (let i = 0; i < m.n; i++) {
      const h = m.household[i] ?? -1;
      if (h < 0 || keep[i] !== 1) continue;
      fold(out, h, rollup, ages ? (ages[i] ?? Number.NaN) : 1);
    }
    return out;
  }

  private readDepartments(list: [string, DepartmentSource][]): void {
    const r = this.data.records;
    const nH = this.data.households.n;
    const asOfMonth = monthNumber(new Date(this.asOfDay * 86400000).toISOString());
    // All any/none sources share one byte buffer and all others one number buffer, each source
    // a run of nH values: every loop below writes through one array of one type. Both are
    // reused from the last scoring of these inputs (see scratch), and set to empty values here.
    const isByte = list.map(([, s]) => s.rollup === 'any' || s.rollup === 'none');
    const byteSources = isByte.filter(Boolean).length;
    const { bytes, numbers } = scratch(
      this.data,
      nH * byteSources,
      nH * (list.length - byteSources),
    );
    const itemId = new Map(r.items.map((x, id) => [itemKey(x.department, x.indicator), id]));
    // Positions of one run's qualifying records: as long as the longest run.
    let longest = 0;
    for (let id = 0; id < r.items.length; id++)
      longest = Math.max(longest, (r.itemStart[id + 1] ?? 0) - (r.itemStart[id] ?? 0));
    const picked = new Int32Array(longest);
    let nBytes = 0;
    let nNumbers = 0;
    list.forEach(([key, s], i) => {
      const at = (isByte[i] ? nBytes++ : nNumbers++) * nH;
      const out = isByte[i] ? bytes.subarray(at, at + nH) : numbers.subarray(at, at + nH);
      out.fill(emptyValue(s.rollup));
      this.cache.set(key, out);
      const id = itemId.get(itemKey(s.department, s.indicator));
      if (id === undefined) return; // no record names the item: every household stays empty
      const run: RecordRun = {
        from: r.itemStart[id] ?? 0,
        to: r.itemStart[id + 1] ?? 0,
        firstMonth: asOfMonth - (s.months ?? 12) + 1,
        lastMonth: asOfMonth,
        person: s.keyType === 'person' ? 1 : 0,
        where: s.where,
      };
      const count = selectRun(r, run, picked);
      if (out instanceof Uint8Array)
        markPicked(out, r.household, picked, count, s.rollup === 'any' ? 1 : 0);
      else foldPicked(out, r.household, r.value, picked, count, ROLLUPS.indexOf(s.rollup));
    });
  }
}

/** The records one department source reads: one item's positions, its window and key type. */
interface RecordRun {
  readonly from: number;
  readonly to: number;
  readonly firstMonth: number;
  readonly lastMonth: number;
  readonly person: number;
  readonly where: Condition | undefined;
}

/*
 * The loops below read only typed arrays and numbers, never a property of an object made for
 * one scoring (a run, a filter): see "Hot loops" in docs/scoring/README.md.
 */

/** Writes into `picked` the positions of the run's records that qualify; returns how many. */
function selectRun(r: EncodedRecords, run: RecordRun, picked: Int32Array): number {
  const { household, month, personKey, value } = r;
  const { from, to, firstMonth, lastMonth, person, where } = run;
  const op = where ? OPS.indexOf(where.op) + 1 : 0;
  const a = where?.value ?? where?.min ?? Number.NaN;
  const b = where?.max ?? Number.NaN;
  let count = 0;
  for (let k = from; k < to; k++) {
    const h = household[k] ?? -1;
    const m = month[k] ?? 0;
    if (h < 0 || m < firstMonth || m > lastMonth || personKey[k] !== person) continue;
    if (passesWhere(op, a, b, where, value[k] ?? Number.NaN)) picked[count++] = k;
  }
  return count;
}

/** Sets the household byte of every picked record to `mark` (1 for any, 0 for none). */
function markPicked(
  out: Uint8Array,
  household: Int32Array,
  picked: Int32Array,
  count: number,
  mark: number,
): void {
  for (let t = 0; t < count; t++) out[household[picked[t] ?? 0] ?? 0] = mark;
}

/** Folds every picked record's value into its household (count, sum, max, min). */
function foldPicked(
  out: Float64Array,
  household: Int32Array,
  value: Float64Array,
  picked: Int32Array,
  count: number,
  rollup: number,
): void {
  for (let t = 0; t < count; t++) {
    const k = picked[t] ?? 0;
    fold(out, household[k] ?? 0, rollup, value[k] ?? Number.NaN);
  }
}

/**
 * Whether a record's value passes its filter, the operator given by its code (0 = no filter,
 * else 1 + its index in OPS) and operands: {@link passes} by numbers, without strings.
 */
function passesWhere(
  op: number,
  a: number,
  b: number,
  where: Condition | undefined,
  value: number,
): boolean {
  switch (op) {
    case 0:
      return true;
    case 1:
      return value === a;
    case 2:
      return value !== a && value === value;
    case 3:
      return value < a;
    case 4:
      return value <= a;
    case 5:
      return value > a;
    case 6:
      return value >= a;
    case 7:
      return value >= a && value < b;
    default:
      return passes(where as Condition, value);
  }
}

/** One string for a department and indicator pair, whatever characters they hold. */
function itemKey(department: string, indicator: string): string {
  return JSON.stringify([department, indicator]);
}
