// Types of the generator modules the tests import (the generator is plain .mjs, run without a build).
export declare const SAMPLE: { seed: string; householdsPerVillage: number; counties: string[] };
export type Row = Record<string, unknown>;
export declare function sampleFiles(options?: {
  seed?: string | number;
  householdsPerVillage?: number;
}): Map<string, string | Buffer>;
export interface CountySample {
  code: string;
  dir: string;
  tables: Record<
    'regions' | 'households' | 'members' | 'departmentRecords' | 'workEvents' | 'measures',
    Row[]
  >;
  story: {
    county: string;
    villages: {
      regionCode: string;
      name: string;
      township: string;
      role: string;
      reason: string;
    }[];
    manyPushesTownship: { regionCode: string; name: string };
    scenarios: {
      householdId: string;
      village: string;
      title: string;
      score: number;
      lamps: number;
    }[];
  };
  scores: { householdId: string; score: number; lamps: number }[];
}
export declare function generateSample(options?: {
  seed?: string | number;
  householdsPerVillage?: number;
}): {
  files: Map<string, string | Buffer>;
  counties: CountySample[];
  asOf: string;
};
