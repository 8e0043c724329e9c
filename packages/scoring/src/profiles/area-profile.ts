import { MEASURE_KINDS, type MeasureKind } from '../kernel/encode.js';
import { dayNumber, isoDate, monthNumber, NO_DATE } from '../kernel/dates.js';
import { CAUSES, type Cause } from '../rules/types.js';
import type { ScoreResult } from '../score.js';
import {
  addPair,
  addReached,
  PairCounter,
  rate,
  rollUpBlocks,
  type Count,
  type Rate,
} from './counts.js';
import type { RegionTree } from './regions.js';

export { MEASURE_KINDS, type MeasureKind } from '../kernel/encode.js';

const INCOME = ['incomeWage', 'incomeProduction', 'incomeTransfer', 'incomeProperty'] as const;

/** Income structure of monitored households: yuan per year and shares of their sum. */
export interface IncomeStructure {
  readonly base: 'income of monitored households';
  readonly total: number;
  readonly yuan: Readonly<Record<'wage' | 'production' | 'transfer' | 'property', number>>;
  readonly shares: Readonly<Record<'wage' | 'production' | 'transfer' | 'property', number | null>>;
}

/** One month of the trend. */
export interface TrendMonth {
  readonly month: string;
  readonly newlyMonitored: Count;
  readonly pushed: Count;
  readonly eliminated: Count;
}

/** Area profile (区域画像) of one region. */
export interface AreaFigures {
  readonly population: Count;
  readonly monitored: Count;
  /** Households by lamps lit, index = lamps. */
  readonly lamps: readonly Count[];
  /** Households by risk level id. */
  readonly levels: Readonly<Record<string, Count>>;
  readonly scoreBins: readonly {
    readonly from: number;
    readonly to: number | null;
    readonly count: Count;
  }[];
  /** Monitored households whose risk is not eliminated. */
  readonly unresolved: Count;
  /** Unresolved households by the causes of their fired risks (a household may have several). */
  readonly unresolvedCauses: Readonly<Record<Cause, Count>>;
  readonly income: IncomeStructure;
  /** Measures as of asOf: how many, and how many households they reached, by kind. */
  readonly measures: Readonly<
    Record<MeasureKind, { readonly measures: number; readonly households: Count }>
  >;
  /** Monitored households with at least one measure, on households and on people. */
  readonly measureCoverage: Rate;
  readonly trend: readonly TrendMonth[];
  /** Households with an order whose risk was eliminated (风险消除) by asOf. */
  readonly eliminated: Count;
}

/** Settings of the area figures. */
export interface AreaSettings {
  readonly scoreBinWidth: number;
  readonly scoreBins: number;
  readonly trendMonths: number;
}

/**
 * The area figures of every region of a tree, counted at once. A region's {@link AreaFigures}
 * object is built from the counts the first time it is asked for, then kept: a county has
 * thousands of regions and a page reads a few of them. The monthly trend, which has a pass of its
 * own and only those objects show, is counted for all regions at the first such read.
 */
export interface AreaCounts {
  /** The area figures of region `r` (tree order). */
  figures(r: number): AreaFigures;
  /** Monitored households of region `r`, without building its figures. */
  monitored(r: number): number;
  /** Measures of every kind in region `r`, without building its figures. */
  measures(r: number): number;
}

/** Counts the area figures of every region of the tree (see {@link AreaCounts}). */
export function areaCounts(result: ScoreResult, tree: RegionTree, s: AreaSettings): AreaCounts {
  const k = result.kernel;
  const lampsMax = result.ruleSet.lamps?.maxLamps ?? 0;
  const bands = result.ruleSet.levels.bands;
  const base = new PairCounter(tree, 4); // population, monitored, unresolved, eliminated
  const lamps = new PairCounter(tree, lampsMax + 1);
  const levels = new PairCounter(tree, bands.length);
  const bins = new PairCounter(tree, s.scoreBins);
  const causes = new PairCounter(tree, CAUSES.length);
  const income = new Float64Array(tree.codes.length * INCOME.length);
  countHouseholds(result, tree.householdRegion, { base, lamps, levels, bins, causes }, income, s);
  for (const counter of [base, lamps, levels, bins, causes]) counter.rollUp();
  rollUpBlocks(tree, income, INCOME.length);
  const measures = measureCounts(result, tree);
  // The trend has a pass of its own and feeds only the figure objects: counted at the first read.
  let trend: PairCounter | undefined;
  const firstMonth = monthNumber(isoDate(k.asOfDay)) - s.trendMonths + 1;
  const K = MEASURE_KINDS.length;
  const build = (r: number): AreaFigures => {
    const months = (trend ??= trendCounts(result, tree, s.trendMonths));
    const monitored = base.count(r, 1);
    const yuan = (i: number) => income[r * INCOME.length + i] ?? 0;
    const total = yuan(0) + yuan(1) + yuan(2) + yuan(3);
    const share = (i: number) => (total === 0 ? null : yuan(i) / total);
    return {
      population: base.count(r, 0),
      monitored,
      lamps: Array.from({ length: lampsMax + 1 }, (_, l) => lamps.count(r, l)),
      levels: Object.fromEntries(bands.map((b, i) => [b.id, levels.count(r, i)])),
      scoreBins: Array.from({ length: s.scoreBins }, (_, i) => ({
        from: i * s.scoreBinWidth,
        to: i === s.scoreBins - 1 ? null : (i + 1) * s.scoreBinWidth,
        count: bins.count(r, i),
      })),
      unresolved: base.count(r, 2),
      unresolvedCauses: Object.fromEntries(
        CAUSES.map((cause, i) => [cause, causes.count(r, i)]),
      ) as Record<Cause, Count>,
      income: {
        base: 'income of monitored households',
        total,
        yuan: { wage: yuan(0), production: yuan(1), transfer: yuan(2), property: yuan(3) },
        shares: { wage: share(0), production: share(1), transfer: share(2), property: share(3) },
      },
      measures: Object.fromEntries(
        MEASURE_KINDS.map((kind, i) => [
          kind,
          {
            measures: measures.numbers[r * MEASURE_KINDS.length + i] ?? 0,
            households: measures.households.count(r, i),
          },
        ]),
      ) as AreaFigures['measures'],
      measureCoverage: rate(
        'monitored households',
        measures.households.count(r, MEASURE_KINDS.length),
        monitored,
      ),
      trend: Array.from({ length: s.trendMonths }, (_, m) => ({
        month: monthLabel(firstMonth + m),
        newlyMonitored: months.count(r, m * 3),
        pushed: months.count(r, m * 3 + 1),
        eliminated: months.count(r, m * 3 + 2),
      })),
      eliminated: base.count(r, 3),
    };
  };
  const built = new Array<AreaFigures | undefined>(tree.codes.length);
  return {
    figures: (r) => (built[r] ??= build(r)),
    monitored: (r) => base.households(r, 1),
    measures: (r) => {
      let sum = 0;
      for (let i = 0; i < K; i++) sum += measures.numbers[r * K + i] ?? 0;
      return sum;
    },
  };
}

/** The counters of {@link areaCounts} that one pass over the households fills. */
interface HouseholdCounters {
  readonly base: PairCounter;
  readonly lamps: PairCounter;
  readonly levels: PairCounter;
  readonly bins: PairCounter;
  readonly causes: PairCounter;
}

/**
 * The one pass over the households: population, monitored, unresolved and eliminated (base
 * buckets 0–3), lamps, levels, score bins, unresolved causes and monitored income per region.
 * A function of its own, with nothing of its caller's scope, so that its compiled loop is kept
 * from one profiles call to the next.
 */
function countHouseholds(
  result: ScoreResult,
  region: Int32Array,
  counters: HouseholdCounters,
  income: Float64Array,
  s: AreaSettings,
): void {
  const hh = result.kernel.data.households;
  const { category, size } = hh;
  const { lamps, level, score, causeMask } = result.kernel.columns;
  const eliminated = eliminatedHouseholds(result);
  const { incomeWage, incomeProduction, incomeTransfer, incomeProperty } = hh;
  // Each counter as its numbers and buckets: the loop reads no property of a counter.
  const base = counters.base.data;
  const baseBuckets = counters.base.buckets;
  const lampData = counters.lamps.data;
  const lampBuckets = counters.lamps.buckets;
  const levelData = counters.levels.data;
  const levelBuckets = counters.levels.buckets;
  const binData = counters.bins.data;
  const causeData = counters.causes.data;
  const lastBin = s.scoreBins - 1;
  const binWidth = s.scoreBinWidth;
  const causeCount = CAUSES.length;
  for (let h = 0; h < hh.n; h++) {
    const r = region[h] ?? -1;
    if (r < 0) continue;
    const cat = category[h] ?? -1;
    const people = size[h] ?? 0;
    addPair(base, baseBuckets, r, 0, cat, people);
    addPair(lampData, lampBuckets, r, lamps[h] ?? 0, cat, people);
    addPair(levelData, levelBuckets, r, level[h] ?? 0, cat, people);
    // `| 0` keeps the bin a small integer like every other bucket, so that the counters' index
    // arithmetic stays in integers.
    const bin = Math.floor((score[h] ?? 0) / binWidth + 1e-9) | 0;
    addPair(binData, lastBin + 1, r, bin < lastBin ? bin : lastBin, cat, people);
    if (eliminated[h] === 1) addPair(base, baseBuckets, r, 3, cat, people);
    if (cat < 0) continue;
    addPair(base, baseBuckets, r, 1, cat, people);
    addIncome(income, r * 4, incomeWage[h] ?? Number.NaN);
    addIncome(income, r * 4 + 1, incomeProduction[h] ?? Number.NaN);
    addIncome(income, r * 4 + 2, incomeTransfer[h] ?? Number.NaN);
    addIncome(income, r * 4 + 3, incomeProperty[h] ?? Number.NaN);
    if (eliminated[h] === 1) continue;
    addPair(base, baseBuckets, r, 2, cat, people);
    const mask = causeMask[h] ?? 0;
    for (let b = 0; b < causeCount; b++)
      if ((mask & (1 << b)) !== 0) addPair(causeData, causeCount, r, b, cat, people);
  }
}

/** Adds a known income (not NaN) into its region's slot; the four slots follow {@link INCOME}. */
function addIncome(income: Float64Array, at: number, yuan: number): void {
  if (yuan === yuan) income[at] = (income[at] ?? 0) + yuan;
}

function monthLabel(month: number): string {
  return `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
}

/** The month of the trend window a day falls in (`starts` are the months' first days), −1 outside. */
function monthOf(day: number, starts: readonly number[], asOfDay: number): number {
  if (day === NO_DATE || day > asOfDay || day < (starts[0] ?? 0)) return -1;
  let m = starts.length - 1;
  while (m > 0 && day < (starts[m] ?? 0)) m--;
  return m;
}

/** 1 for households with an order eliminated by asOf. */
export function eliminatedHouseholds(result: ScoreResult): Uint8Array {
  const { orders, data } = result.kernel;
  const out = new Uint8Array(data.households.n);
  for (let o = 0; o < orders.n; o++) {
    const h = orders.household[o] ?? -1;
    if (h >= 0 && orders.stageDay[o * 8 + 6] !== NO_DATE) out[h] = 1;
  }
  return out;
}

/** Measures per region and kind, households reached per kind, and (bucket 8) monitored households with any measure. */
function measureCounts(
  result: ScoreResult,
  tree: RegionTree,
): { numbers: Float64Array; households: PairCounter } {
  const K = MEASURE_KINDS.length;
  const numbers = new Float64Array(tree.codes.length * K);
  const households = new PairCounter(tree, K + 1);
  const m = result.kernel.data.measures;
  const hh = result.kernel.data.households;
  // Bit k: the household got a measure of kind k; bit K: a monitored household got any measure.
  const reached = new Uint16Array(hh.n);
  for (let i = 0; i < m.n; i++) {
    const h = m.household[i] ?? -1;
    const kind = m.kind[i] ?? -1;
    const day = m.day[i] ?? NO_DATE;
    if (h < 0 || kind < 0 || day === NO_DATE || day > result.kernel.asOfDay) continue;
    const r = tree.householdRegion[h] ?? -1;
    if (r < 0) continue;
    numbers[r * K + kind] = (numbers[r * K + kind] ?? 0) + 1;
    const monitored = (hh.category[h] ?? -1) >= 0 ? 1 << K : 0;
    reached[h] = (reached[h] ?? 0) | (1 << kind) | monitored;
  }
  addReached(households.data, K + 1, reached, tree.householdRegion, hh.category, hh.size);
  rollUpBlocks(tree, numbers, K);
  return { numbers, households: households.rollUp() };
}

/** Newly monitored, pushed and eliminated households per month of the trend window. */
function trendCounts(result: ScoreResult, tree: RegionTree, months: number): PairCounter {
  const { orders, data, asOfDay } = result.kernel;
  const hh = data.households;
  const counter = new PairCounter(tree, months * 3);
  const first = monthNumber(isoDate(asOfDay)) - months + 1;
  // Month starts as day numbers, so that bucketing a date is integer comparisons, not formatting.
  const starts = Array.from({ length: months }, (_, m) => dayNumber(`${monthLabel(first + m)}-01`));
  const { data: counts, buckets } = counter;
  const { category, size, monitoredSince } = hh;
  const region = tree.householdRegion;
  const firstDay = starts[0] ?? 0;
  // Most households were monitored before the window, or never: the test comes first.
  for (let h = 0; h < hh.n; h++) {
    const day = monitoredSince[h] ?? NO_DATE;
    if (day === NO_DATE || day < firstDay) continue;
    const m = monthOf(day, starts, asOfDay);
    const r = region[h] ?? -1;
    if (m >= 0 && r >= 0) addPair(counts, buckets, r, m * 3, category[h] ?? -1, size[h] ?? 0);
  }
  for (let o = 0; o < orders.n; o++) {
    const h = orders.household[o] ?? -1;
    const r = h < 0 ? -1 : (region[h] ?? -1);
    if (r < 0) continue;
    const pushed = monthOf(orders.stageDay[o * 8] ?? NO_DATE, starts, asOfDay);
    const eliminated = monthOf(orders.stageDay[o * 8 + 6] ?? NO_DATE, starts, asOfDay);
    const cat = category[h] ?? -1;
    if (pushed >= 0) addPair(counts, buckets, r, pushed * 3 + 1, cat, size[h] ?? 0);
    if (eliminated >= 0) addPair(counts, buckets, r, eliminated * 3 + 2, cat, size[h] ?? 0);
  }
  return counter.rollUp();
}
