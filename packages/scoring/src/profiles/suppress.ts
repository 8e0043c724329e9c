import { resolveOptions } from '../options.js';

/** A value with every small household or people count replaced by the text `<N`. */
export type Suppressed<T> = T extends number
  ? number | string
  : T extends readonly (infer U)[]
    ? Suppressed<U>[]
    : T extends object
      ? { [K in keyof T]: Suppressed<T[K]> }
      : T;

const COUNT_KEYS = new Set(['households', 'people']);

/** Options of {@link suppressSmallCells}. */
export interface SuppressOptions {
  /** Keep zero counts as 0 (a zero identifies no one). Default true; false shows them as `<N` too. */
  readonly keepZeros?: boolean;
}

/**
 * Small-cell suppression for profiles that are published: every `households` or `people` count
 * under `threshold` becomes the text `"<threshold"`, except zeros unless `keepZeros: false`.
 * Returns a deep copy; the input is untouched. Rates keep their values: publish them only for
 * regions whose counts are not suppressed.
 *
 * @example
 * suppressSmallCells(profiles(result), 5).regions[0].area.monitored.households; // '<5' or a number ≥ 5
 */
export function suppressSmallCells<T>(
  value: T,
  threshold: number,
  options: SuppressOptions = {},
): Suppressed<T> {
  const o = resolveOptions('suppressSmallCells', { keepZeros: true }, options);
  if (!Number.isInteger(threshold) || threshold < 1) {
    throw new RangeError(
      `suppressSmallCells: threshold must be a whole number ≥ 1, got ${threshold}`,
    );
  }
  const floor = o.keepZeros ? 0 : -1;
  const walk = (v: unknown, key: string | null): unknown => {
    if (typeof v === 'number')
      return key !== null && COUNT_KEYS.has(key) && v > floor && v < threshold
        ? `<${threshold}`
        : v;
    if (Array.isArray(v)) return v.map((x) => walk(x, null));
    if (typeof v === 'object' && v !== null) {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]));
    }
    return v;
  };
  return walk(value, null) as Suppressed<T>;
}
