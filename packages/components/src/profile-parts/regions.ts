import type { Profiles, RegionFlag, RegionProfile } from '@shouwang/scoring';

const levelRank = { county: 0, township: 1, village: 2 } as const;

/**
 * The region a profile element shows: the one with `code`, or with an empty code the top of the
 * tree (the county, else the first region without a parent). `undefined` when there is none.
 */
export function findRegion(
  profiles: Profiles | undefined,
  code: string,
): RegionProfile | undefined {
  const regions = profiles?.regions ?? [];
  if (code) return regions.find((region) => region.regionCode === code);
  return [...regions]
    .filter((region) => region.parentCode === null)
    .sort((a, b) => levelRank[a.level] - levelRank[b.level])[0];
}

/** The regions directly under `region`, in code order. */
export function childrenOf(profiles: Profiles, region: RegionProfile): RegionProfile[] {
  return profiles.regions
    .filter((child) => child.parentCode === region.regionCode)
    .sort((a, b) => a.regionCode.localeCompare(b.regionCode));
}

/** The regions above `region`, from the top down (county, township). */
export function ancestorsOf(profiles: Profiles, region: RegionProfile): RegionProfile[] {
  const byCode = new Map(profiles.regions.map((r) => [r.regionCode, r]));
  const out: RegionProfile[] = [];
  let code = region.parentCode;
  // The depth bound guards against a cycle in a hand-written regions table.
  while (code !== null && out.length < 8) {
    const parent = byCode.get(code);
    if (!parent) break;
    out.unshift(parent);
    code = parent.parentCode;
  }
  return out;
}

/** The flag of one region, if it is flagged. */
export function flagOf(profiles: Profiles, code: string): RegionFlag | undefined {
  return profiles.flags.find((flag) => flag.regionCode === code);
}

/**
 * The flags of `region` and of every region under it, red first, then by level (townships
 * before villages) and code.
 */
export function flagsWithin(profiles: Profiles, region: RegionProfile): RegionFlag[] {
  const inside = new Set([region.regionCode]);
  // Regions come villages first, so walking parents up from each region is simplest.
  const parentOf = new Map(profiles.regions.map((r) => [r.regionCode, r.parentCode]));
  for (const r of profiles.regions) {
    let code: string | null | undefined = r.parentCode;
    for (let depth = 0; code && depth < 8; depth++) {
      if (code === region.regionCode) {
        inside.add(r.regionCode);
        break;
      }
      code = parentOf.get(code);
    }
  }
  return profiles.flags
    .filter((flag) => inside.has(flag.regionCode))
    .sort(
      (a, b) =>
        (a.flag === b.flag ? 0 : a.flag === 'red' ? -1 : 1) ||
        levelRank[a.level] - levelRank[b.level] ||
        a.regionCode.localeCompare(b.regionCode),
    );
}
