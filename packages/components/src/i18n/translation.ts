import type { Cause, MeasureKind, Outcome, Stage } from '@shouwang/scoring';

/** Monitored-household category codes (docs/data-model.md). */
export type Category = 'unstable' | 'marginal' | 'sudden';

/** The languages Shouwang speaks: Simplified Chinese by default, English on `lang="en"`. */
export type LanguageCode = 'zh-CN' | 'en';

/**
 * Every user-visible string of every element, in one typed table per language, so that a missing
 * translation is a type error rather than a blank on screen.
 */
export interface Translation {
  readonly $code: LanguageCode;
  /** Accessible name of `<sw-lamps>`. */
  lampsLabel(lit: number, max: number): string;
  /** Short visible text beside the lamps. */
  lampsShort(lit: number, max: number): string;
  /** Word for a flag level, always shown beside its colour. */
  flagWord(level: 'red' | 'yellow'): string;
  /** Word for a village with no flag. */
  readonly noFlag: string;
  /** Accessible name of the map region of `<sw-village-map>`. */
  readonly mapLabel: string;
  /** Heading of the list of flagged villages beside the map. */
  readonly flaggedVillages: string;
  /** Shown in the list when no village is flagged. */
  readonly noFlaggedVillages: string;
  /** Shown while the map library loads. */
  readonly mapLoading: string;
  /** Shown when the map cannot be drawn (e.g. no WebGL). */
  mapError(reason: string): string;
  /** Shown when no village outlines were given. */
  readonly mapEmpty: string;
  /** Tooltip text for a cluster of household points. */
  householdCount(count: number): string;
  /** Button that goes back up one region level. */
  readonly upOneLevel: string;
  /** Accessible hint for the map's keyboard use. */
  readonly mapKeyboardHint: string;
  /** Risk causes (致贫返贫风险类型). */
  readonly cause: Readonly<Record<Cause, string>>;
  /** Monitored-household categories (监测对象类别). */
  readonly category: Readonly<Record<Category, string>>;
  /** Process stages of a work order. */
  readonly stage: Readonly<Record<Stage, string>>;
  /** Outcomes of home verification. */
  readonly outcome: Readonly<Record<Outcome, string>>;
  /** Assistance measure kinds (帮扶措施). */
  readonly measureKind: Readonly<Record<MeasureKind, string>>;
  /** A count of households with its unit, e.g. "12 户". */
  householdsUnit(count: string): string;
  /** A count of people with its unit, e.g. "35 人". */
  peopleUnit(count: string): string;
  /** Shown while an element waits for its data. */
  readonly loading: string;
  /** Shown when an element has no data to show. */
  readonly empty: string;
  /** Shown when an element cannot show its data. */
  error(reason: string): string;
  /** Unit word for 10,000 (万) where readers count in it; empty where they do not. */
  readonly tenThousand: string;
}
