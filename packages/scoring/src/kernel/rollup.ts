import type { Rollup } from '../rules/types.js';

/** Household values of one source: bytes for any/none (0/1), else doubles with NaN = missing. */
export type Values = Float64Array | Uint8Array;

/** Roll-ups in the order the record loop's switch numbers them. */
export const ROLLUPS: readonly Rollup[] = ['any', 'none', 'count', 'sum', 'max', 'min'];

/** The value of a household with no qualifying row: 0 for any/count, 1 for none, else missing. */
export function initial(rollup: Rollup, n: number): Values {
  if (rollup === 'any') return new Uint8Array(n);
  if (rollup === 'none') return new Uint8Array(n).fill(1);
  return new Float64Array(n).fill(rollup === 'count' ? 0 : Number.NaN);
}

/** Folds one qualifying row into its household. */
export function accumulate(out: Values, h: number, rollup: Rollup, value: number): void {
  const current = out[h] ?? Number.NaN;
  switch (rollup) {
    case 'any':
      out[h] = 1;
      return;
    case 'none':
      out[h] = 0;
      return;
    case 'count':
      out[h] = current + 1;
      return;
    case 'sum':
      if (!Number.isNaN(value)) out[h] = Number.isNaN(current) ? value : current + value;
      return;
    case 'max':
      if (!Number.isNaN(value) && !(current >= value)) out[h] = value;
      return;
    case 'min':
      if (!Number.isNaN(value) && !(current <= value)) out[h] = value;
      return;
  }
}
