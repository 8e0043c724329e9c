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
import type { EncodedInputs } from './encode.js';
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
    // Everything the record loop needs per source, as typed arrays: no objects in the hot loop.
    const m = list.length;
    const lo = new Int32Array(m);
    const person = new Uint8Array(m);
    const rollup = new Uint8Array(m);
    const wheres: (Condition | undefined)[] = [];
    // Record filters as an op code and two operands, so the loop compares numbers, not strings.
    const whereOp = new Uint8Array(m);
    const whereA = new Float64Array(m);
    const whereB = new Float64Array(m);
    // All any/none sources share one byte buffer and all others one number buffer, source i
    // at `offset[i]`: the loop writes through two arrays of one type each, never a mix. Both are
    // reused from the last scoring of these inputs (see scratch), and set to empty values below.
    const offset = new Int32Array(m);
    const isByte = list.map(([, s]) => s.rollup === 'any' || s.rollup === 'none');
    const byteSources = isByte.filter(Boolean).length;
    const { bytes, numbers } = scratch(this.data, nH * byteSources, nH * (m - byteSources));
    // slots[start[item] … start[item + 1]] are the sources fed by that data item (CSR form).
    const itemId = new Map(r.items.map((x, id) => [itemKey(x.department, x.indicator), id]));
    const fedBy: number[][] = r.items.map(() => []);
    let nBytes = 0;
    let nNumbers = 0;
    list.forEach(([key, s], i) => {
      const at = (isByte[i] ? nBytes++ : nNumbers++) * nH;
      offset[i] = at;
      const out = isByte[i] ? bytes.subarray(at, at + nH) : numbers.subarray(at, at + nH);
      out.fill(emptyValue(s.rollup));
      this.cache.set(key, out);
      lo[i] = asOfMonth - (s.months ?? 12) + 1;
      person[i] = s.keyType === 'person' ? 1 : 0;
      rollup[i] = ROLLUPS.indexOf(s.rollup);
      wheres.push(s.where);
      whereOp[i] = s.where ? OPS.indexOf(s.where.op) + 1 : 0;
      whereA[i] = s.where?.value ?? s.where?.min ?? Number.NaN;
      whereB[i] = s.where?.max ?? Number.NaN;
      const id = itemId.get(itemKey(s.department, s.indicator));
      if (id !== undefined) fedBy[id]?.push(i);
    });
    const start = new Int32Array(fedBy.length + 1);
    fedBy.forEach((fed, id) => (start[id + 1] = (start[id] ?? 0) + fed.length));
    const slots = Int32Array.from(fedBy.flat());
    for (let row = 0; row < r.n; row++) {
      const item = r.item[row] ?? -1;
      if (item < 0) continue;
      const from = start[item] ?? 0;
      const to = start[item + 1] ?? 0;
      if (from === to) continue;
      const h = r.household[row] ?? -1;
      const month = r.month[row] ?? 0;
      if (h < 0 || month > asOfMonth) continue;
      const value = r.value[row] ?? Number.NaN;
      const isPerson = r.personKey[row] ?? 0;
      for (let k = from; k < to; k++) {
        const i = slots[k] ?? 0;
        if (month < (lo[i] ?? 0) || isPerson !== person[i]) continue;
        const a = whereA[i] ?? 0;
        switch (whereOp[i]) {
          case 0:
            break;
          case 1:
            if (!(value === a)) continue;
            break;
          case 2:
            if (!(value !== a && value === value)) continue;
            break;
          case 3:
            if (!(value < a)) continue;
            break;
          case 4:
            if (!(value <= a)) continue;
            break;
          case 5:
            if (!(value > a)) continue;
            break;
          case 6:
            if (!(value >= a)) continue;
            break;
          case 7:
            if (!(value >= a && value < (whereB[i] ?? 0))) continue;
            break;
          default:
            if (!passes(wheres[i] as Condition, value)) continue;
        }
        const at = (offset[i] ?? 0) + h;
        // any and none only set a byte; counts, sums, maxima and minima fold a number.
        const code = rollup[i] ?? 0;
        if (code < 2) bytes[at] = code === 0 ? 1 : 0;
        else fold(numbers, at, code, value);
      }
    }
  }
}

/** One string for a department and indicator pair, whatever characters they hold. */
function itemKey(department: string, indicator: string): string {
  return JSON.stringify([department, indicator]);
}
