import { firedAt } from '../kernel/fired.js';
import { resolveOptions } from '../options.js';
import { rollUpBlocks } from '../profiles/counts.js';
import { LEVELS, regionTreeOf, type RegionLevel } from '../profiles/regions.js';
import type { ScoreResult } from '../score.js';

/** Options of {@link alkireFoster}. */
export interface AlkireFosterOptions {
  /** Population measures count `people` (households weigh by size) or `households`. Default `people`. */
  readonly weightBy?: 'people' | 'households';
}

/** The Alkire–Foster measures of one population (the whole input or one region). */
export interface AlkireFosterMeasures {
  /** Total weight: people (or households). */
  readonly population: number;
  /** Weight of the poor (deprivation score ≥ k). */
  readonly poor: number;
  /** Headcount ratio H = poor ÷ population. */
  readonly H: number | null;
  /** Intensity A = mean deprivation score of the poor. */
  readonly A: number | null;
  /** Adjusted headcount ratio M0 = H × A. */
  readonly M0: number | null;
  /** Censored headcount per indicator: share of the population poor and deprived in it. */
  readonly censoredHeadcounts: Readonly<Record<string, number | null>>;
}

/** The Alkire–Foster result: measures overall, by region, and each indicator's contribution to M0. */
export interface AlkireFosterResult extends AlkireFosterMeasures {
  readonly k: number;
  readonly weightBy: 'people' | 'households';
  /** Uncensored headcount per indicator: share deprived, poor or not. */
  readonly uncensoredHeadcounts: Readonly<Record<string, number | null>>;
  /** Share of M0 due to each indicator: weight × censored headcount ÷ M0 (sums to 1). */
  readonly contributions: Readonly<Record<string, number | null>>;
  /** Contributions summed by dimension. */
  readonly dimensions: Readonly<Record<string, number | null>>;
  readonly regions: readonly (AlkireFosterMeasures & {
    readonly regionCode: string;
    readonly level: RegionLevel;
  })[];
}

/**
 * The Alkire–Foster multidimensional poverty measures of a result scored with an `alkireFoster`
 * rule set: an indicator is deprived when its achievement is strictly below its cutoff (the
 * rule's `lt` condition), a household's deprivation score c is the sum of the weights of its
 * deprivations, and it is poor when c ≥ k. H = poor ÷ population, A = mean c of the poor,
 * M0 = H × A, each indicator's censored headcount counts the poor deprived in it, and M0
 * decomposes by region (population-weighted) and by indicator. Population measures count
 * people: a household weighs by its size.
 *
 * @example
 * const af = alkireFoster(score(inputs, presets['alkire-foster'], { asOf: '2025-06-30' }));
 * af.M0; af.contributions.schoolingYears;
 */
export function alkireFoster(
  result: ScoreResult,
  options: AlkireFosterOptions = {},
): AlkireFosterResult {
  const o = resolveOptions('alkireFoster', { weightBy: 'people' }, options);
  const rs = result.ruleSet;
  if (rs.method !== 'alkireFoster' || rs.k === undefined) {
    throw new TypeError(
      `alkireFoster: rule set ${rs.id} uses method ${rs.method}, not alkireFoster`,
    );
  }
  const k = result.kernel;
  const n = k.data.households.n;
  const m = rs.indicators.length;
  const tree = regionTreeOf(k.data);
  // Per region: population, poor, Σ weight·c over the poor, then per indicator censored and uncensored sums.
  const W = 3 + 2 * m;
  const acc = new Float64Array(tree.codes.length * W);
  const total = new Float64Array(W);
  for (let h = 0; h < n; h++) {
    const w = o.weightBy === 'people' ? (k.data.households.size[h] ?? 0) : 1;
    const r = tree.householdRegion[h] ?? -1;
    const poor = k.columns.alert[h] === 1;
    const add = (i: number, v: number) => {
      total[i] = (total[i] ?? 0) + v;
      if (r >= 0) acc[r * W + i] = (acc[r * W + i] ?? 0) + v;
    };
    add(0, w);
    // c is summed here from the weights, not read from the score column, which is rounded to 1e-9.
    let c = 0;
    for (let j = 0; j < m; j++) {
      if (!firedAt(k.fired, j, h)) continue;
      c += k.params.points[j] ?? 0;
      add(3 + m + j, w);
      if (poor) add(3 + j, w);
    }
    if (poor) {
      add(1, w);
      add(2, w * c);
    }
  }
  rollUpBlocks(tree, acc, W);
  const measures = (at: (i: number) => number): AlkireFosterMeasures => {
    const population = at(0);
    const poor = at(1);
    const H = population === 0 ? null : poor / population;
    const A = poor === 0 ? null : at(2) / poor;
    return {
      population,
      poor,
      H,
      A,
      M0: H === null ? null : A === null ? 0 : H * A,
      censoredHeadcounts: Object.fromEntries(
        rs.indicators.map((ind, j) => [ind.id, population === 0 ? null : at(3 + j) / population]),
      ),
    };
  };
  const overall = measures((i) => total[i] ?? 0);
  const contributions: Record<string, number | null> = {};
  const dimensions: Record<string, number | null> = {};
  rs.indicators.forEach((ind) => {
    const ch = overall.censoredHeadcounts[ind.id] ?? null;
    const share = ch === null || !overall.M0 ? null : ((ind.weight ?? 0) * ch) / overall.M0;
    contributions[ind.id] = share;
    const dim = ind.dimension ?? ind.id;
    dimensions[dim] = share === null ? null : (dimensions[dim] ?? 0) + share;
  });
  const population = total[0] ?? 0;
  return {
    ...overall,
    k: rs.k,
    weightBy: o.weightBy,
    uncensoredHeadcounts: Object.fromEntries(
      rs.indicators.map((ind, j) => [
        ind.id,
        population === 0 ? null : (total[3 + m + j] ?? 0) / population,
      ]),
    ),
    contributions,
    dimensions,
    regions: tree.codes.map((regionCode, r) => ({
      regionCode,
      level: LEVELS[tree.level[r] ?? 2] ?? 'county',
      ...measures((i) => acc[r * W + i] ?? 0),
    })),
  };
}
