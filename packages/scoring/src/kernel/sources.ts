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
 * instead of eight: at 770k households and 40 sources that is 30 MB instead of 250 MB of fresh
 * memory per scoring, and fresh memory is what costs (page faults). Department sources are read in a single pass over the records;
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
        // Read in the constructor's single pass; reaching here means no record matched at all.
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
      if (out instanceof Uint8Array) markRun(r, run, out, s.rollup === 'any' ? 1 : 0);
      else foldRun(r, run, out, ROLLUPS.indexOf(s.rollup));
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

/** Sets `out[household]` to `mark` for every household with a record of the run that qualifies (any/none). */
function markRun(r: EncodedRecords, run: RecordRun, out: Uint8Array, mark: number): void {
  const test = recordTest(run.where);
  for (let k = run.from; k < run.to; k++) {
    const h = qualifying(r, run, test, k);
    if (h >= 0) out[h] = mark;
  }
}

/** Folds every qualifying record of the run into its household (count, sum, max, min). */
function foldRun(r: EncodedRecords, run: RecordRun, out: Float64Array, rollup: number): void {
  const test = recordTest(run.where);
  for (let k = run.from; k < run.to; k++) {
    const h = qualifying(r, run, test, k);
    if (h >= 0) fold(out, h, rollup, r.value[k] ?? Number.NaN);
  }
}

/**
 * The household of the record at position `k` when the record counts for the run (a known
 * household, in the window, of the run's key type, passing its filter), else −1.
 */
function qualifying(r: EncodedRecords, run: RecordRun, test: RecordTest, k: number): number {
  const h = r.household[k] ?? -1;
  const month = r.month[k] ?? 0;
  if (h < 0 || month < run.firstMonth || month > run.lastMonth) return -1;
  if (r.personKey[k] !== run.person || !passesTest(test, r.value[k] ?? Number.NaN)) return -1;
  return h;
}

/** A record filter as an operator code (0 = none, else 1 + its index in OPS) and two operands. */
interface RecordTest {
  readonly op: number;
  readonly a: number;
  readonly b: number;
  readonly where: Condition | undefined;
}

function recordTest(where: Condition | undefined): RecordTest {
  return {
    op: where ? OPS.indexOf(where.op) + 1 : 0,
    a: where?.value ?? where?.min ?? Number.NaN,
    b: where?.max ?? Number.NaN,
    where,
  };
}

/** Whether a record's value passes its filter: {@link passes} by numbers, without strings. */
function passesTest(t: RecordTest, value: number): boolean {
  switch (t.op) {
    case 0:
      return true;
    case 1:
      return value === t.a;
    case 2:
      return value !== t.a && value === value;
    case 3:
      return value < t.a;
    case 4:
      return value <= t.a;
    case 5:
      return value > t.a;
    case 6:
      return value >= t.a;
    case 7:
      return value >= t.a && value < t.b;
    default:
      return passes(t.where as Condition, value);
  }
}

/** One string for a department and indicator pair, whatever characters they hold. */
function itemKey(department: string, indicator: string): string {
  return JSON.stringify([department, indicator]);
}
