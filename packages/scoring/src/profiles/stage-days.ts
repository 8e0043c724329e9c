import { NO_DATE } from '../kernel/dates.js';
import type { ScoreResult } from '../score.js';
import { STAGES, type Stage } from '../workorders/events.js';
import type { OrderFacts } from '../workorders/work-orders.js';
import type { RegionTree } from './regions.js';

/** The stages of the process in order, without `dismissed` (which ends a case, not a step). */
const STEP_STAGES = STAGES.filter((stage) => stage !== 'dismissed');

/** One step of the process: from a stage to the next, pushed → verified … measures → eliminated. */
export interface StageStep {
  readonly from: Stage;
  readonly to: Stage;
}

/** The six steps of the process, in STAGES order (DOMAIN §6). */
export const STAGE_STEPS: readonly StageStep[] = STEP_STAGES.slice(1).map((to, i) => ({
  from: STEP_STAGES[i] as Stage,
  to,
}));

/** The median days of one step of the process in a region, and how many orders it rests on. */
export interface StageDays extends StageStep {
  /** Median days from `from` to `to` over the orders that reached both; null over 0 orders. */
  readonly medianDays: number | null;
  /** Orders that reached both stages: the base of the median. */
  readonly orders: number;
}

/**
 * The day each order reached each step stage (`NO_DATE` if not), in STAGE_STEPS stage order.
 * Pushed, verified, included and eliminated are the orders' own dates; reviewed and approved come
 * from the folded events (new orders have neither); measures is the order's first measure, as
 * work orders date it (the `measures` stage or the first measure on or after inclusion).
 */
function stageDayOf(result: ScoreResult, f: OrderFacts): (order: number, stage: number) => number {
  const ev = result.kernel.orders;
  const S = STAGES.length;
  const folded = (o: number, stage: Stage) =>
    o < ev.n ? (ev.stageDay[o * S + STAGES.indexOf(stage)] ?? NO_DATE) : NO_DATE;
  const columns: ((o: number) => number)[] = STEP_STAGES.map((stage) => {
    switch (stage) {
      case 'pushed':
        return (o) => f.pushed[o] ?? NO_DATE;
      case 'verified':
        return (o) => f.verified[o] ?? NO_DATE;
      case 'included':
        return (o) => f.included[o] ?? NO_DATE;
      case 'measures':
        return (o) => f.measured[o] ?? NO_DATE;
      case 'eliminated':
        return (o) => f.eliminated[o] ?? NO_DATE;
      default:
        return (o) => folded(o, stage);
    }
  });
  return (o, s) => columns[s]?.(o) ?? NO_DATE;
}

/**
 * Median days of every step of the process (pushed → verified, verified → reviewed, reviewed →
 * approved, approved → included, included → measures, measures → eliminated) per region of the
 * tree, in tree order, each with the number of orders it rests on. An order counts in a step
 * when it reached both of its stages, the later not dated before the earlier (out-of-order
 * events are a data problem, not a negative duration). Medians do not add up, so every region collects the days
 * of the orders of its villages.
 *
 * @example
 * const steps = stageDays(result, tree, workOrders(result).facts);
 * steps[0].map((s) => `${s.from}→${s.to}: ${s.medianDays ?? '—'} (${s.orders})`);
 */
export function stageDays(result: ScoreResult, tree: RegionTree, f: OrderFacts): StageDays[][] {
  const day = stageDayOf(result, f);
  const lists = tree.codes.map(() => STAGE_STEPS.map(() => [] as number[]));
  for (let o = 0; o < f.n; o++) {
    const h = f.household[o] ?? -1;
    const r = h < 0 ? -1 : (tree.householdRegion[h] ?? -1);
    if (r < 0) continue;
    STAGE_STEPS.forEach((_, s) => {
      const from = day(o, s);
      const to = day(o, s + 1);
      // Events out of order (a stage dated before the one it follows) give no duration.
      if (from !== NO_DATE && to !== NO_DATE && to >= from) lists[r]?.[s]?.push(to - from);
    });
  }
  for (let r = 0; r < tree.codes.length; r++) {
    const p = tree.parent[r] ?? -1;
    if (p < 0) continue;
    lists[r]?.forEach((days, s) => {
      for (const d of days) lists[p]?.[s]?.push(d);
    });
  }
  return lists.map((steps) =>
    STAGE_STEPS.map((step, s) => {
      const days = steps[s] ?? [];
      if (days.length === 0) return NO_ORDERS[s] as StageDays;
      return { from: step.from, to: step.to, medianDays: median(days), orders: days.length };
    }),
  );
}

/** Each step with no orders, shared (and frozen) by the many regions where no order reached it. */
const NO_ORDERS: readonly StageDays[] = STAGE_STEPS.map((step) =>
  Object.freeze({ from: step.from, to: step.to, medianDays: null, orders: 0 }),
);

/** The median of a list of numbers (the mean of the middle two for an even count); null when empty. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? null)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
