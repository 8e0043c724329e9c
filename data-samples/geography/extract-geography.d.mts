// Types for extract-geography.mjs (its tests import shortName).
export declare function shortName(fullName: string): string;
