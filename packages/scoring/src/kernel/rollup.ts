import type { Rollup } from '../rules/types.js';

/** Household values of one source: bytes for any/none (0/1), else doubles with NaN = missing. */
export type Values = Float64Array | Uint8Array;

/** The value of a household with no qualifying row: 0 for any/count, 1 for none, else missing. */
export function emptyValue(rollup: Rollup): number {
  if (rollup === 'none') return 1;
  return rollup === 'any' || rollup === 'count' ? 0 : Number.NaN;
}

/** A household column of {@link emptyValue}s: bytes for any/none, else numbers. */
export function initial(rollup: Rollup, n: number): Values {
  const empty = emptyValue(rollup);
  if (rollup === 'any' || rollup === 'none') return new Uint8Array(n).fill(empty);
  return new Float64Array(n).fill(empty);
}

/**
 * Folds one qualifying row's value into `out[at]`, by the roll-up's index in {@link ROLLUPS}
 * (callers look the index up once, not per row). Missing values (NaN) add nothing to a sum, max
 * or min.
 */
export function fold(out: Values, at: number, rollup: number, value: number): void {
  const current = out[at] ?? Number.NaN;
  switch (rollup) {
    case 0: // any
      out[at] = 1;
      return;
    case 1: // none
      out[at] = 0;
      return;
    case 2: // count
      out[at] = current + 1;
      return;
    case 3: // sum
      if (value === value) out[at] = current === current ? current + value : value;
      return;
    case 4: // max
      if (value === value && !(current >= value)) out[at] = value;
      return;
    default: // min
      if (value === value && !(current <= value)) out[at] = value;
  }
}
