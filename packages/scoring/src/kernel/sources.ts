import type { Condition, DepartmentSource, MemberSource, Source } from '../rules/types.js';
import { passes } from './condition.js';
import { monthNumber } from './dates.js';
import type { EncodedInputs } from './encode.js';
import { readExpression, type ExpressionEvaluator } from './expression-source.js';
import { memberFilter, memberAges } from './member-filter.js';
import { accumulate, initial, ROLLUPS, type Values } from './rollup.js';

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
    for (let i = 0; i < m.n; i++) {
      const h = m.household[i] ?? -1;
      if (h < 0 || keep[i] !== 1) continue;
      accumulate(out, h, source.rollup, ages ? (ages[i] ?? Number.NaN) : 1);
    }
    return out;
  }

  private readDepartments(list: [string, DepartmentSource][]): void {
    const r = this.data.records;
    const nH = this.data.households.n;
    const nInd = r.indicators.length;
    const asOfMonth = monthNumber(new Date(this.asOfDay * 86400000).toISOString());
    // Everything the record loop needs per source, as typed arrays: no objects in the hot loop.
    const m = list.length;
    const lo = new Int32Array(m);
    const person = new Uint8Array(m);
    const rollup = new Uint8Array(m);
    const outs: Values[] = [];
    const wheres: (Condition | undefined)[] = [];
    // Record filters as an op code and two operands, so the loop compares numbers, not strings.
    const whereOp = new Uint8Array(m);
    const whereA = new Float64Array(m);
    const whereB = new Float64Array(m);
    // slotsOf[department × nInd + indicator] lists the sources fed by that data item (CSR form).
    const pairs = r.departments.length * nInd;
    const fedBy: number[][] = Array.from({ length: pairs }, () => []);
    list.forEach(([key, s], i) => {
      const out = initial(s.rollup, nH);
      outs.push(out);
      this.cache.set(key, out);
      lo[i] = asOfMonth - (s.months ?? 12) + 1;
      person[i] = s.keyType === 'person' ? 1 : 0;
      rollup[i] = ROLLUPS.indexOf(s.rollup);
      wheres.push(s.where);
      whereOp[i] = s.where ? WHERE_OPS.indexOf(s.where.op) + 1 : 0;
      whereA[i] = s.where?.value ?? s.where?.min ?? Number.NaN;
      whereB[i] = s.where?.max ?? Number.NaN;
      const d = r.departments.indexOf(s.department);
      const k = r.indicators.indexOf(s.indicator);
      if (d >= 0 && k >= 0) fedBy[d * nInd + k]?.push(i);
    });
    const start = new Int32Array(pairs + 1);
    for (let p = 0; p < pairs; p++) start[p + 1] = (start[p] ?? 0) + (fedBy[p]?.length ?? 0);
    const slots = Int32Array.from(fedBy.flat());
    for (let row = 0; row < r.n; row++) {
      const pair = (r.department[row] ?? 0) * nInd + (r.indicator[row] ?? 0);
      const from = start[pair] ?? 0;
      const to = start[pair + 1] ?? 0;
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
        const out = outs[i] as Values;
        const current = out[h] ?? Number.NaN;
        switch (rollup[i]) {
          case 0: // any
            out[h] = 1;
            break;
          case 1: // none
            out[h] = 0;
            break;
          case 2: // count
            out[h] = current + 1;
            break;
          case 3: // sum
            if (value === value) out[h] = current === current ? current + value : value;
            break;
          case 4: // max
            if (value === value && !(current >= value)) out[h] = value;
            break;
          default: // min
            if (value === value && !(current <= value)) out[h] = value;
        }
      }
    }
  }
}

/** Record-filter operators in the order the record loop's switch numbers them (from 1). */
const WHERE_OPS = ['eq', 'ne', 'lt', 'le', 'gt', 'ge', 'between', 'in'] as const;
