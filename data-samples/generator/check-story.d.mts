// Types for check-story.mjs (see sample.d.mts).
export declare function flagsOf(
  tables: {
    households: Record<string, unknown>[];
    workEvents: Record<string, unknown>[];
    regions: Record<string, unknown>[];
  },
  lamps: Map<string, number>,
  asOf: string,
): { villages: Map<string, string[]>; townships: Map<string, string[]> };
