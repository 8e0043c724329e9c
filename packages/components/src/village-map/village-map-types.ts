import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';

/** Properties every village feature carries. */
export interface VillageProperties {
  /** 12-digit village code (村代码). */
  regionCode: string;
  /** Village name. */
  name: string;
  /** 12-digit code of the township the village belongs to. */
  townshipCode?: string;
}

/** Village outlines, one feature per village. */
export type VillageCollection = FeatureCollection<Polygon | MultiPolygon, VillageProperties>;

/** Township borders, one feature per township. */
export type TownshipCollection = FeatureCollection<
  Polygon | MultiPolygon,
  { regionCode: string; name: string }
>;

/** A household position; only households with coordinates are drawn. */
export type HouseholdPoint = Feature<Point, { householdId: string; lamps?: number }>;

/** Red (urgent action) or yellow (attention) village flag (红色村 / 黄色村). */
export type FlagLevel = 'red' | 'yellow';

/**
 * One flagged village, with the reasons shown in the tooltip and the list. `RegionFlag` from
 * `@shouwang/scoring` (the `flags` of `profiles()`) is one, so results pass straight in.
 */
export interface VillageFlag {
  readonly regionCode: string;
  readonly flag: FlagLevel;
  /** Why, in both languages. Rendered as text, never HTML. */
  readonly reasons?: readonly { readonly message: { readonly zh: string; readonly en: string } }[];
}

/** Detail of `sw-village-select`. */
export interface VillageSelectDetail {
  regionCode: string;
  name: string;
  flag: FlagLevel | null;
}

/** Detail of `sw-household-open`. */
export interface HouseholdOpenDetail {
  householdId: string;
}
