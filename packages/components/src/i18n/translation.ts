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
  /** Unit word for 10,000 (万) where readers count in it; empty where they do not. */
  readonly tenThousand: string;
}
