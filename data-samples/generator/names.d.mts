// Types for names.mjs (see sample.d.mts).
export declare const SEED_NAMES: string[];
