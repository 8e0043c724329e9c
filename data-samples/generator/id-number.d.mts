// Types for id-number.mjs (see sample.d.mts).
export declare function checkCharacter(first17: string): string;
export declare function isValidIdNumber(id: string): boolean;
