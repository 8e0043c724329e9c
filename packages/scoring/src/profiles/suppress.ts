/** A value with every small household or people count replaced by the text `<N`. */
export type Suppressed<T> = T extends number
  ? number | string
  : T extends readonly (infer U)[]
    ? Suppressed<U>[]
    : T extends object
      ? { [K in keyof T]: Suppressed<T[K]> }
      : T;

const COUNT_KEYS = new Set(['households', 'people']);

/**
 * Small-cell suppression for profiles that are published: every `households` or `people` count
 * from 1 to `threshold − 1` becomes the text `"<threshold"` (zero stays: it identifies no one).
 * Returns a deep copy; the input is untouched. Rates keep their values: publish them only for
 * regions whose counts are not suppressed.
 *
 * @example
 * suppressSmallCells(profiles(result), 5).regions[0].area.monitored.households; // '<5' or a number ≥ 5
 */
export function suppressSmallCells<T>(value: T, threshold: number): Suppressed<T> {
  if (!Number.isInteger(threshold) || threshold < 1) {
    throw new RangeError(
      `suppressSmallCells: threshold must be a whole number ≥ 1, got ${threshold}`,
    );
  }
  const walk = (v: unknown, key: string | null): unknown => {
    if (typeof v === 'number')
      return key !== null && COUNT_KEYS.has(key) && v > 0 && v < threshold ? `<${threshold}` : v;
    if (Array.isArray(v)) return v.map((x) => walk(x, null));
    if (typeof v === 'object' && v !== null) {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]));
    }
    return v;
  };
  return walk(value, null) as Suppressed<T>;
}
