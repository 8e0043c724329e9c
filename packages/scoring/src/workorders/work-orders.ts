import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { isoDate, NO_DATE } from '../kernel/dates.js';
import { resolveOptions } from '../options.js';
import { deadlinesFor } from '../policy/policy.js';
import type { ScoreResult } from '../score.js';
import { WorkCalendar } from './calendar.js';
import { OUTCOMES, STAGES } from './events.js';

/** Options of {@link workOrders}. */
export interface WorkOrderOptions {
  /** Prefix of the ids of new orders, followed by `-asOf-householdId`. Default: the rule set id. */
  readonly idPrefix?: string;
}

/** The overdue step of an order: verification, the inclusion decision, or the first measure. */
export const OVERDUE_STEPS = ['verify', 'decide', 'measures'] as const;

/** Every order as typed arrays, existing ones first, then the new ones. */
export interface OrderFacts {
  readonly n: number;
  readonly orderId: readonly unknown[];
  readonly household: Int32Array;
  readonly isNew: Uint8Array;
  readonly open: Uint8Array;
  /** Index into STAGES of the furthest stage reached. */
  readonly stage: Int8Array;
  readonly outcome: Int8Array;
  readonly pushed: Int32Array;
  readonly verified: Int32Array;
  readonly decided: Int32Array;
  readonly included: Int32Array;
  readonly measured: Int32Array;
  readonly eliminated: Int32Array;
  readonly verifyDue: Int32Array;
  readonly decideDue: Int32Array;
  readonly measuresDue: Int32Array;
  /** Index into OVERDUE_STEPS, −1 when not overdue. */
  readonly overdue: Int8Array;
  readonly daysOverdue: Int32Array;
  readonly actor: readonly unknown[];
}

/** The result of {@link workOrders}. */
export interface WorkOrders {
  /** One row per order (see docs/scoring/result.md for the columns). */
  readonly table: ColumnTable;
  readonly facts: OrderFacts;
}

const S = STAGES.length;

/**
 * Verification work orders (核实工单) as of the result's `asOf`: every existing order folded
 * from workEvents, plus a new order (stage `pushed`, dated `asOf`) for each household whose score
 * reached the threshold with no open order. Each order gets its deadlines (verification and
 * decision counted from the push, the first measure from inclusion; calendar or working days as
 * the province's policy row or else the rule set says), whether it is overdue as of `asOf`, by how
 * many days, and its stage durations. A first measure is the `measures` stage or the first row
 * of the measures table on or after inclusion.
 *
 * @example
 * const { table } = workOrders(score(inputs, presets['ankang-five-lamps'], { asOf: '2025-06-30' }));
 */
export function workOrders(result: ScoreResult, options: WorkOrderOptions = {}): WorkOrders {
  const o = resolveOptions('workOrders', { idPrefix: result.ruleSet.id }, options);
  const facts = orderFacts(result, o.idPrefix);
  return { table: ordersTable(result, facts), facts };
}

function orderFacts(result: ScoreResult, idPrefix: string): OrderFacts {
  const k = result.kernel;
  const ev = k.orders;
  const hh = k.data.households;
  const due = k.columns.due;
  const newOnes: number[] = [];
  for (let h = 0; h < hh.n; h++) if (due[h] === 1) newOnes.push(h);
  const n = ev.n + newOnes.length;
  const day = () => new Int32Array(n).fill(NO_DATE);
  const f = {
    n,
    orderId: [
      ...ev.orderIds,
      ...newOnes.map((h) => `${idPrefix}-${result.asOf}-${String(hh.ids[h])}`),
    ],
    household: Int32Array.from([...ev.household, ...newOnes]),
    isNew: new Uint8Array(n).fill(1, ev.n),
    open: new Uint8Array(n).fill(1, ev.n),
    stage: new Int8Array(n),
    outcome: new Int8Array(n).fill(-1),
    pushed: day(),
    verified: day(),
    decided: day(),
    included: day(),
    measured: day(),
    eliminated: day(),
    verifyDue: day(),
    decideDue: day(),
    measuresDue: day(),
    overdue: new Int8Array(n).fill(-1),
    daysOverdue: new Int32Array(n),
    actor: [...ev.actor, ...newOnes.map(() => null)],
  };
  f.open.set(ev.open);
  f.outcome.set(ev.outcome);
  const firstMeasure = measureDays(result);
  const calendar = new WorkCalendar(k.policy);
  const asOf = k.asOfDay;
  const { stageDay } = ev;
  for (let o = 0; o < n; o++) {
    const at = (s: number) => stageDayOf(stageDay, ev.n, asOf, o, s);
    let furthest = 0;
    for (let s = 0; s < S; s++) if (at(s) !== NO_DATE) furthest = s;
    f.stage[o] = furthest;
    const pushed = at(0);
    f.pushed[o] = pushed;
    f.verified[o] = at(1);
    f.included[o] = at(4);
    f.eliminated[o] = at(6);
    const included = at(4);
    const dismissed = at(7);
    f.decided[o] = included !== NO_DATE ? included : dismissed;
    const h = f.household[o] ?? -1;
    f.measured[o] = earliest(
      at(5),
      included === NO_DATE ? NO_DATE : firstOnOrAfter(firstMeasure.get(h), included),
    );
    if (pushed === NO_DATE || h < 0) continue;
    const village = hh.villages[hh.village[h] ?? -1] ?? '';
    const d = deadlinesFor(k.policy, result.ruleSet, village.slice(0, 2));
    f.verifyDue[o] = calendar.due(pushed, d.verify, d.unit);
    f.decideDue[o] = calendar.due(pushed, d.decide, d.unit);
    if (included !== NO_DATE) f.measuresDue[o] = calendar.due(included, d.measures, d.unit);
    if (f.open[o] !== 1) continue;
    // The step the order waits for decides which deadline can be missed.
    const step =
      f.verified[o] === NO_DATE ? 0 : included === NO_DATE ? 1 : f.measured[o] === NO_DATE ? 2 : -1;
    const dueDay =
      step === 0
        ? f.verifyDue[o]
        : step === 1
          ? f.decideDue[o]
          : step === 2
            ? f.measuresDue[o]
            : NO_DATE;
    if (dueDay !== undefined && dueDay !== NO_DATE && asOf > dueDay) {
      f.overdue[o] = step;
      f.daysOverdue[o] = asOf - dueDay;
    }
  }
  return f;
}

/** The day order `o` reached stage `s`: its folded events, or (a new order) pushed on asOf. */
function stageDayOf(
  stageDay: Int32Array,
  known: number,
  asOf: number,
  o: number,
  s: number,
): number {
  if (o < known) return stageDay[o * S + s] ?? NO_DATE;
  return s === 0 ? asOf : NO_DATE;
}

function earliest(a: number, b: number): number {
  if (a === NO_DATE) return b;
  if (b === NO_DATE) return a;
  return Math.min(a, b);
}

function firstOnOrAfter(days: number[] | undefined, from: number): number {
  let best = NO_DATE;
  for (const d of days ?? []) if (d >= from && (best === NO_DATE || d < best)) best = d;
  return best;
}

/** Measure days per household index, as of the result's date (profiles count them too). */
function measureDays(result: ScoreResult): Map<number, number[]> {
  const out = new Map<number, number[]>();
  const m = result.kernel.data.measures;
  for (let i = 0; i < m.n; i++) {
    const h = m.household[i] ?? -1;
    const d = m.day[i] ?? NO_DATE;
    if (h < 0 || d === NO_DATE || d > result.kernel.asOfDay) continue;
    const list = out.get(h);
    if (list) list.push(d);
    else out.set(h, [d]);
  }
  return out;
}

function ordersTable(result: ScoreResult, f: OrderFacts): ColumnTable {
  const hh = result.kernel.data.households;
  // Orders share their days (every new order is pushed on asOf): format each day once.
  const dates = new Map<number, string>();
  const iso = (a: Int32Array) =>
    Array.from(a, (d) => {
      if (d === NO_DATE) return null;
      let text = dates.get(d);
      if (text === undefined) dates.set(d, (text = isoDate(d)));
      return text;
    });
  const span = (to: Int32Array, from: Int32Array) =>
    Array.from(to, (d, o) => (d === NO_DATE || from[o] === NO_DATE ? null : d - (from[o] ?? 0)));
  return aq.table({
    orderId: f.orderId,
    householdId: Array.from(f.household, (h) => (h < 0 ? null : hh.ids[h])),
    regionCode: Array.from(f.household, (h) =>
      h < 0 ? null : (hh.villages[hh.village[h] ?? -1] ?? null),
    ),
    isNew: f.isNew,
    open: f.open,
    stage: Array.from(f.stage, (s) => STAGES[s] ?? null),
    outcome: Array.from(f.outcome, (x) => OUTCOMES[x] ?? null),
    pushed: iso(f.pushed),
    verified: iso(f.verified),
    decided: iso(f.decided),
    included: iso(f.included),
    measured: iso(f.measured),
    eliminated: iso(f.eliminated),
    verifyDue: iso(f.verifyDue),
    decideDue: iso(f.decideDue),
    measuresDue: iso(f.measuresDue),
    overdue: Array.from(f.overdue, (x) => OVERDUE_STEPS[x] ?? null),
    daysOverdue: f.daysOverdue,
    daysToVerify: span(f.verified, f.pushed),
    daysToDecide: span(f.decided, f.pushed),
    daysToMeasures: span(f.measured, f.included),
    daysToEliminate: span(f.eliminated, f.included),
    actor: f.actor,
  });
}
