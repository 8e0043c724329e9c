import type { ColumnTable } from 'arquero';
import { columnValues } from '../kernel/columns.js';
import type { EncodedHouseholds, EncodedInputs } from '../kernel/encode.js';

/** The three levels profiles roll up to. */
export const LEVELS = ['village', 'township', 'county'] as const;
/** One level. */
export type RegionLevel = (typeof LEVELS)[number];

/** Regions in roll-up order: every village before its township, every township before its county. */
export interface RegionTree {
  readonly codes: readonly string[];
  readonly names: readonly (string | null)[];
  /** Index into LEVELS. */
  readonly level: Uint8Array;
  /** Index of the parent region, −1 for a county. */
  readonly parent: Int32Array;
  /** Village region index of every household. */
  readonly householdRegion: Int32Array;
}

/** The township code of a 12-digit village code (`360121101001` → `360121101000`). */
function townshipOf(code: string): string {
  return `${code.slice(0, 9)}000`;
}

/**
 * Builds the region tree from the villages households live in, and from the regions table where
 * given (names, parents, and villages with no households). Without a regions table the parent
 * comes from the code itself: county = first 6 digits, township = first 9 digits + `000`.
 */
export function regionTree(households: EncodedHouseholds, regions?: ColumnTable): RegionTree {
  const names = new Map<string, string | null>();
  const parents = new Map<string, string | null>();
  const levels = new Map<string, RegionLevel>();
  if (regions) {
    const code = columnValues(regions, 'regionCode');
    const name = columnValues(regions, 'name');
    const level = columnValues(regions, 'level');
    const parent = columnValues(regions, 'parentCode');
    for (let r = 0; r < regions.numRows(); r++) {
      const c = code?.[r];
      if (typeof c !== 'string') continue;
      names.set(c, typeof name?.[r] === 'string' ? (name[r] as string) : null);
      const p = parent?.[r];
      parents.set(c, typeof p === 'string' ? p : null);
      const l = level?.[r];
      if (l === 'village' || l === 'township' || l === 'county') levels.set(c, l);
    }
  }
  const villages = new Set(households.villages);
  for (const [c, l] of levels) if (l === 'village') villages.add(c);
  const parentOf = (c: string, l: RegionLevel): string | null => {
    if (parents.has(c)) return parents.get(c) ?? null;
    if (l === 'village') return townshipOf(c);
    if (l === 'township') return c.slice(0, 6);
    return null;
  };
  const byLevel: string[][] = [[...villages].sort(), [], []];
  for (let l = 0; l < 2; l++) {
    const up = new Set<string>();
    for (const c of byLevel[l] ?? []) {
      const p = parentOf(c, LEVELS[l] ?? 'county');
      if (p !== null) up.add(p);
    }
    byLevel[l + 1] = [...up].sort();
  }
  const codes = byLevel.flat();
  const index = new Map(codes.map((c, i) => [c, i]));
  const level = new Uint8Array(codes.length);
  const parent = new Int32Array(codes.length).fill(-1);
  let i = 0;
  byLevel.forEach((list, l) => {
    for (const c of list) {
      level[i] = l;
      const p = l < 2 ? parentOf(c, LEVELS[l] ?? 'county') : null;
      parent[i] = p === null ? -1 : (index.get(p) ?? -1);
      i++;
    }
  });
  const villageIndex = households.villages.map((c) => index.get(c) ?? -1);
  const householdRegion = new Int32Array(households.n);
  for (let h = 0; h < households.n; h++)
    householdRegion[h] = villageIndex[households.village[h] ?? -1] ?? -1;
  return { codes, names: codes.map((c) => names.get(c) ?? null), level, parent, householdRegion };
}

const trees = new WeakMap<EncodedInputs, RegionTree>();

/**
 * The region tree of encoded inputs (their households and regions table), built once per inputs
 * object and shared by profiles, what-if and Alkire–Foster, as the encoding itself is.
 */
export function regionTreeOf(data: EncodedInputs): RegionTree {
  let tree = trees.get(data);
  if (!tree) {
    tree = regionTree(data.households, data.inputs.regions);
    trees.set(data, tree);
  }
  return tree;
}
