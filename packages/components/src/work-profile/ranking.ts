import type { RegionProfile } from '@shouwang/scoring';
import type { RankingKey } from './work-profile.strings.js';

/** The ranking's columns in display order. */
export const RANKING_KEYS: readonly RankingKey[] = [
  'name',
  'pushed',
  'verifiedInTime',
  'medianDays',
  'overdue',
  'dataError',
  'backlog',
  'inclusionRate',
];

/** The value a ranking column sorts by: households where a count or rate has two bases. */
export function rankingValue(region: RegionProfile, key: RankingKey): number | string | null {
  const w = region.work;
  switch (key) {
    case 'name':
      return region.name ?? region.regionCode;
    case 'pushed':
      return w.pushed.households;
    case 'verifiedInTime':
      return w.verifiedInTime.households;
    case 'medianDays':
      return w.medianDaysToVerify;
    case 'overdue':
      return w.overdue.households;
    case 'dataError':
      return w.dataErrorShare.households;
    case 'backlog':
      return w.backlog.households;
    case 'inclusionRate':
      return w.inclusionRate.households;
  }
}

/**
 * Sub-regions sorted by one column. Missing values (a rate with a zero base, no median) go last
 * in either direction; ties keep code order, so the ranking is stable.
 */
export function sortRegions(
  regions: readonly RegionProfile[],
  key: RankingKey,
  descending: boolean,
): RegionProfile[] {
  const sign = descending ? -1 : 1;
  return [...regions].sort((a, b) => {
    const x = rankingValue(a, key);
    const y = rankingValue(b, key);
    if (x === null || y === null) {
      if (x !== y) return x === null ? 1 : -1;
      return a.regionCode.localeCompare(b.regionCode);
    }
    const order =
      typeof x === 'string' || typeof y === 'string'
        ? String(x).localeCompare(String(y), 'zh-CN')
        : x - y;
    return sign * order || a.regionCode.localeCompare(b.regionCode);
  });
}
