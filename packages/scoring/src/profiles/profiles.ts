import { resolveOptions } from '../options.js';
import type { ScoreResult } from '../score.js';
import { workOrders, type WorkOrders } from '../workorders/work-orders.js';
import { areaCounts, type AreaFigures } from './area-profile.js';
import { regionFlags, type RegionFlag } from './flags.js';
import { LEVELS, regionTreeOf, type RegionLevel } from './regions.js';
import { workCounts, type WorkFigures } from './work-profile.js';

/** Options of {@link profiles}. */
export interface ProfileOptions {
  /** Width of a score bin. Default: 10 for points, 0.1 for alkireFoster. */
  readonly scoreBinWidth?: number;
  /** Number of score bins; the last is open. Default 10. */
  readonly scoreBins?: number;
  /** Months of trend, ending with the asOf month. Default 12. */
  readonly trendMonths?: number;
  /** Work orders already computed for this result (else computed here). Default null. */
  readonly orders?: WorkOrders | null;
}

/** The profiles of one region. */
export interface RegionProfile {
  readonly regionCode: string;
  readonly name: string | null;
  readonly level: RegionLevel;
  readonly parentCode: string | null;
  /** 区域画像. Counted with everything else; this object is built on first read, then kept. */
  readonly area: AreaFigures;
  /** 工作画像. Counted with everything else; built on first read, like `area`. */
  readonly work: WorkFigures;
}

/** The result of {@link profiles}. */
export interface Profiles {
  /** Every village, township and county, villages first. */
  readonly regions: readonly RegionProfile[];
  /** Flagged villages and townships with their reasons. */
  readonly flags: readonly RegionFlag[];
  readonly asOf: string;
  readonly ruleSetId: string;
}

/**
 * The area profile (区域画像) and work profile (工作画像) of every village, township and county,
 * and the red and yellow flags of villages and townships (DOMAIN §7).
 *
 * Everything is counted in one go. A region's `area` and `work` objects are built the first time
 * they are read (a county has thousands of regions; a page shows a few); they are own enumerable
 * properties, so spread, JSON and `postMessage` copy them.
 *
 * Every count is households and people, split by monitored category; every rate names its base
 * and is given on both. Regions come from the households' village codes and, where given, the
 * regions table (names, parents, empty villages). Publish with {@link suppressSmallCells}.
 *
 * @example
 * const { regions, flags } = profiles(score(inputs, presets['jiangxi-levels'], { asOf: '2025-06-30' }));
 * flags.filter((f) => f.flag === 'red').map((f) => f.regionCode);
 */
export function profiles(result: ScoreResult, options: ProfileOptions = {}): Profiles {
  const af = result.ruleSet.method === 'alkireFoster';
  const o = resolveOptions(
    'profiles',
    {
      scoreBinWidth: af ? 0.1 : 10,
      scoreBins: 10,
      trendMonths: 12,
      orders: null as WorkOrders | null,
    },
    options,
  );
  if (!(o.scoreBinWidth > 0)) throw new RangeError('profiles: scoreBinWidth must be > 0');
  if (!Number.isInteger(o.scoreBins) || o.scoreBins < 1)
    throw new RangeError('profiles: scoreBins must be a whole number ≥ 1');
  if (!Number.isInteger(o.trendMonths) || o.trendMonths < 1)
    throw new RangeError('profiles: trendMonths must be a whole number ≥ 1');
  const tree = regionTreeOf(result.kernel.data);
  const facts = (o.orders ?? workOrders(result)).facts;
  const area = areaCounts(result, tree, o);
  const work = workCounts(result, tree, facts, area);
  const regions = tree.codes.map((regionCode, r): RegionProfile => {
    const p = tree.parent[r] ?? -1;
    const region = {
      regionCode,
      name: tree.names[r] ?? null,
      level: LEVELS[tree.level[r] ?? 2] ?? 'county',
      parentCode: p < 0 ? null : (tree.codes[p] ?? null),
    };
    // Own, enumerable getters: built on first read, yet copied by spread, JSON and postMessage.
    return Object.defineProperties(region, {
      area: { enumerable: true, get: () => area.figures(r) },
      work: { enumerable: true, get: () => work.figures(r) },
    }) as typeof region & { readonly area: AreaFigures; readonly work: WorkFigures };
  });
  return {
    regions,
    flags: regionFlags(result, tree, facts, area, work),
    asOf: result.asOf,
    ruleSetId: result.ruleSet.id,
  };
}
