// Types for simplify.mjs.
export declare function simplifyRing(
  ring: [number, number][],
  tolerance: number,
): [number, number][];
