import { NO_DATE } from '../kernel/dates.js';
import type { ScoreResult } from '../score.js';
import type { OrderFacts } from '../workorders/work-orders.js';
import type { AreaCounts } from './area-profile.js';
import { addReached, PairCounter, rate, type Count, type Rate } from './counts.js';
import type { RegionTree } from './regions.js';
import { stageDays, type StageDays } from './stage-days.js';

/** Work profile (工作画像) of one region. Counts are of orders, each as its household and people. */
export interface WorkFigures {
  /** Warnings pushed (预警推送), new orders of this run included. */
  readonly pushed: Count;
  readonly verified: Count;
  /** Verified by the verification deadline, of verified orders. */
  readonly verifiedInTime: Rate;
  /** Median days from push to verification: the first of `stageDays`. Null over 0 orders. */
  readonly medianDaysToVerify: number | null;
  /**
   * Median days of every step of the process, pushed → verified … measures → eliminated (STAGES
   * order), each with the number of orders it rests on.
   */
  readonly stageDays: readonly StageDays[];
  readonly confirmed: Count;
  readonly included: Count;
  /** Included ÷ confirmed. */
  readonly inclusionRate: Rate;
  /** Confirmed, not yet approved, not dismissed, still open: the review and approval backlog. */
  readonly backlog: Count;
  readonly overdue: Count;
  /** Measures ÷ monitored households (a household rate only: measures have no people). */
  readonly measuresPerMonitored: number | null;
  /** Orders whose risk was eliminated (风险消除): the elimination rate's numerator, split. */
  readonly eliminated: Count;
  /** Eliminated ÷ included. */
  readonly eliminationRate: Rate;
  /** Verifications answered "data error", of verified orders: a data-quality figure. */
  readonly dataErrorShare: Rate;
  /** Open orders per caseworker named in the region's orders; null when none is named. */
  readonly casesPerCaseworker: number | null;
}

const B = {
  pushed: 0,
  verified: 1,
  inTime: 2,
  confirmed: 3,
  included: 4,
  backlog: 5,
  overdue: 6,
  eliminated: 7,
  dataError: 8,
};
const BUCKETS = Object.keys(B).length;

/**
 * The distinct caseworkers named in each region's orders. Distinct counts do not add up, so
 * parents collect their children's sets.
 */
function caseworkers(tree: RegionTree, f: OrderFacts): Int32Array {
  const actors = tree.codes.map(() => new Set<unknown>());
  for (let o = 0; o < f.n; o++) {
    const h = f.household[o] ?? -1;
    const r = h < 0 ? -1 : (tree.householdRegion[h] ?? -1);
    const actor = f.actor[o];
    if (r >= 0 && actor !== null && actor !== undefined) actors[r]?.add(actor);
  }
  for (let r = 0; r < tree.codes.length; r++) {
    const p = tree.parent[r] ?? -1;
    if (p >= 0) for (const a of actors[r] ?? []) actors[p]?.add(a);
  }
  return Int32Array.from(actors, (set) => set.size);
}

/** One counted figure of the work profile. */
export type WorkCount = keyof typeof B;

/**
 * The work figures of every region of a tree, counted at once. As with {@link AreaCounts}, a
 * region's {@link WorkFigures} object is built the first time it is asked for, then kept; the
 * median days of every step and the caseworkers, which only those objects show, are worked out
 * for all regions at the first such read.
 */
export interface WorkCounts {
  /** The work figures of region `r` (tree order). */
  figures(r: number): WorkFigures;
  /** Households of one figure in region `r`, without building its figures (flags read these). */
  households(r: number, figure: WorkCount): number;
}

/** Counts the work figures of every region of the tree (see {@link WorkCounts}). */
export function workCounts(
  result: ScoreResult,
  tree: RegionTree,
  f: OrderFacts,
  area: AreaCounts,
): WorkCounts {
  const hh = result.kernel.data.households;
  const counter = new PairCounter(tree, BUCKETS);
  const open = new Float64Array(tree.codes.length);
  // A household with several orders counts once in each bucket its orders reach: counts are of
  // households (户) and people (人), not of orders.
  const reached = new Uint16Array(hh.n);
  for (let o = 0; o < f.n; o++) {
    const h = f.household[o] ?? -1;
    const r = h < 0 ? -1 : (tree.householdRegion[h] ?? -1);
    if (r < 0) continue;
    let bits = 0;
    if (f.pushed[o] !== NO_DATE) bits |= 1 << B.pushed;
    const verified = f.verified[o] ?? NO_DATE;
    if (verified !== NO_DATE) {
      bits |= 1 << B.verified;
      if (verified <= (f.verifyDue[o] ?? NO_DATE)) bits |= 1 << B.inTime;
      if (f.outcome[o] === 2) bits |= 1 << B.dataError;
    }
    if (f.outcome[o] === 0) {
      bits |= 1 << B.confirmed;
      const approved = result.kernel.orders.stageDay[o * 8 + 3];
      const waiting =
        (o >= result.kernel.orders.n || approved === NO_DATE) && f.included[o] === NO_DATE;
      if (waiting && f.open[o] === 1) bits |= 1 << B.backlog;
    }
    if (f.included[o] !== NO_DATE) bits |= 1 << B.included;
    if (f.eliminated[o] !== NO_DATE) bits |= 1 << B.eliminated;
    if ((f.overdue[o] ?? -1) >= 0) bits |= 1 << B.overdue;
    reached[h] = (reached[h] ?? 0) | bits;
    if (f.open[o] === 1) open[r] = (open[r] ?? 0) + 1;
  }
  addReached(counter.data, BUCKETS, reached, tree.householdRegion, hh.category, hh.size);
  counter.rollUp();
  for (let r = 0; r < tree.codes.length; r++) {
    const p = tree.parent[r] ?? -1;
    if (p >= 0) open[p] = (open[p] ?? 0) + (open[r] ?? 0);
  }
  // Medians of days and caseworkers feed only the figure objects: worked out at the first read.
  let steps: StageDays[][] | undefined;
  let staff: Int32Array | undefined;
  const build = (r: number): WorkFigures => {
    steps ??= stageDays(result, tree, f);
    staff ??= caseworkers(tree, f);
    const c = (b: number) => counter.count(r, b);
    const monitored = area.monitored(r);
    const measures = area.measures(r);
    const named = staff[r] ?? 0;
    return {
      pushed: c(B.pushed),
      verified: c(B.verified),
      verifiedInTime: rate('verified orders', c(B.inTime), c(B.verified)),
      medianDaysToVerify: steps[r]?.[0]?.medianDays ?? null,
      stageDays: steps[r] ?? [],
      confirmed: c(B.confirmed),
      included: c(B.included),
      inclusionRate: rate('confirmed verifications', c(B.included), c(B.confirmed)),
      backlog: c(B.backlog),
      overdue: c(B.overdue),
      measuresPerMonitored: monitored === 0 ? null : measures / monitored,
      eliminated: c(B.eliminated),
      eliminationRate: rate('included orders', c(B.eliminated), c(B.included)),
      dataErrorShare: rate('verified orders', c(B.dataError), c(B.verified)),
      casesPerCaseworker: named === 0 ? null : (open[r] ?? 0) / named,
    };
  };
  const built = new Array<WorkFigures | undefined>(tree.codes.length);
  return {
    figures: (r) => (built[r] ??= build(r)),
    households: (r, figure) => counter.households(r, B[figure]),
  };
}
