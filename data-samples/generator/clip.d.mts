// Types for clip.mjs (see sample.d.mts).
export type Point = [number, number];
export declare function signedArea2(ring: Point[]): number;
export declare function contains(rings: Point[][], p: Point): boolean;
