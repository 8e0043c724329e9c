/**
 * Dates as whole numbers, so that the kernel compares integers instead of strings and never
 * reads a clock or a time zone: a day is days since 1970-01-01 (UTC calendar), a month is
 * `year × 12 + month − 1`.
 */

/** Marks a missing or unreadable date in an Int32Array of day or month numbers. */
export const NO_DATE = -2147483648;

/** The number the digits `s[from, to)` spell, or −1 if any is not a digit. */
export function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * The day number of an ISO date `YYYY-MM-DD` (extra characters after it are ignored), or
 * {@link NO_DATE} for anything else.
 *
 * @example
 * dayNumber('1970-01-02'); // 1
 */
export function dayNumber(value: unknown): number {
  if (typeof value !== 'string' || value.length < 10) return NO_DATE;
  const y = digits(value, 0, 4);
  const m = digits(value, 5, 7);
  const d = digits(value, 8, 10);
  if (y < 0 || m < 1 || m > 12 || d < 1 || d > 31) return NO_DATE;
  // Date.UTC is arithmetic on the proleptic Gregorian calendar; it reads no clock.
  return Date.UTC(y, m - 1, d) / 86400000;
}

/**
 * The month number of `YYYY-MM` (or of the month of a `YYYY-MM-DD`), or {@link NO_DATE}.
 *
 * @example
 * monthNumber('2025-06') - monthNumber('2024-06'); // 12
 */
export function monthNumber(value: unknown): number {
  if (typeof value !== 'string' || value.length < 7) return NO_DATE;
  const y = digits(value, 0, 4);
  const m = digits(value, 5, 7);
  if (y < 0 || m < 1 || m > 12) return NO_DATE;
  return y * 12 + m - 1;
}

/**
 * The ISO date of a day number.
 *
 * @example
 * isoDate(0); // '1970-01-01'
 */
export function isoDate(day: number): string {
  let text = isoMemo.get(day);
  if (text === undefined) {
    text = new Date(day * 86400000).toISOString().slice(0, 10);
    // Tables repeat few distinct dates; formatting each once keeps output columns cheap.
    if (isoMemo.size > 100000) isoMemo.clear();
    isoMemo.set(day, text);
  }
  return text;
}

const isoMemo = new Map<number, string>();

/**
 * The day number of the date `years` whole years before `day`: someone born on or before it is
 * at least `years` old on `day`. A 29 February birthday turns a year older on 1 March.
 *
 * @example
 * yearsBefore(dayNumber('2025-06-30'), 16) === dayNumber('2009-06-30'); // true
 */
export function yearsBefore(day: number, years: number): number {
  const d = new Date(day * 86400000);
  const y = d.getUTCFullYear() - years;
  const m = d.getUTCMonth();
  const dd = d.getUTCDate();
  const candidate = Date.UTC(y, m, dd) / 86400000;
  // Date.UTC rolls 29 Feb of a common year over to 1 Mar; step back so the birthday counts.
  return new Date(candidate * 86400000).getUTCMonth() !== m ? candidate - 1 : candidate;
}

/** Checks a `YYYY-MM-DD` option and returns its day number; throws naming the option otherwise. */
export function requireDay(value: unknown, name: string): number {
  const day = dayNumber(value);
  if (day === NO_DATE || typeof value !== 'string' || value.length !== 10) {
    throw new TypeError(`${name} must be a date YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
  return day;
}
