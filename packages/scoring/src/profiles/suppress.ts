import { resolveOptions } from '../options.js';

/** A value with every small household or people count replaced by the text `<N`. */
export type Suppressed<T> = T extends number
  ? number | string
  : T extends readonly (infer U)[]
    ? Suppressed<U>[]
    : T extends object
      ? { [K in keyof T]: Suppressed<T[K]> }
      : T;

/** Numbers that count people, households, work orders or measures: small ones identify someone. */
const COUNT_KEYS = new Set(['households', 'people', 'orders', 'measures']);

/** Options of {@link suppressSmallCells}. */
export interface SuppressOptions {
  /** Keep zero counts as 0 (a zero identifies no one). Default true; false shows them as `<N` too. */
  readonly keepZeros?: boolean;
}

/**
 * Small-cell suppression for profiles that are published: every `households`, `people`, `orders`
 * or `measures` count under `threshold` becomes the text `"<threshold"`, except zeros unless
 * `keepZeros: false`. A median of days over fewer than `threshold` orders would give those
 * households' own durations away, so it becomes null (a step's `medianDays`, and the work
 * profile's `medianDaysToVerify` with its first step). Returns a deep copy; the input is
 * untouched. Rates keep their values: publish them only for regions whose counts are not
 * suppressed.
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
      return key !== null && COUNT_KEYS.has(key) && small(v) ? `<${threshold}` : v;
    if (Array.isArray(v)) return v.map((x) => walk(x, null));
    if (typeof v === 'object' && v !== null) {
      const out = Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]));
      if ('medianDays' in out && small((v as { orders?: unknown }).orders)) out.medianDays = null;
      const first = (v as { stageDays?: readonly { orders?: unknown }[] }).stageDays?.[0];
      if ('medianDaysToVerify' in out && first && small(first.orders))
        out.medianDaysToVerify = null;
      return out;
    }
    return v;
  };
  /** A count under the threshold that is shown (zeros stay unless keepZeros is false). */
  function small(n: unknown): boolean {
    return typeof n === 'number' && n > floor && n < threshold;
  }
  return walk(value, null) as Suppressed<T>;
}
