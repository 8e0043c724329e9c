// Types for stream.mjs (see sample.d.mts).
export declare function streamCounties(options: {
  codes: string[];
  households: number;
  out: string;
  seed: string | number;
}): Record<string, number>;
