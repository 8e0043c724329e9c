// Dates as day numbers (days since 1970-01-01 on the UTC calendar) so arithmetic is exact and
// no clock or time zone is read. The sample's window is the 12 months that end with `asOf`.

/** @param {string} iso YYYY-MM-DD */
export function day(iso) {
  return Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86400000;
}

/** @param {number} dayNumber @returns {string} YYYY-MM-DD */
export function iso(dayNumber) {
  return new Date(dayNumber * 86400000).toISOString().slice(0, 10);
}

/** @param {number} dayNumber @returns {string} YYYY-MM */
export function monthOf(dayNumber) {
  return iso(dayNumber).slice(0, 7);
}

/**
 * The `count` months ending with the month of `asOf`, oldest first, as YYYY-MM, with the day
 * number of each month's first day.
 * @param {string} asOf @param {number} count
 * @returns {{month: string, first: number, last: number}[]}
 */
export function monthsEnding(asOf, count) {
  const y = +asOf.slice(0, 4);
  const m = +asOf.slice(5, 7) - 1;
  return Array.from({ length: count }, (_, i) => {
    const first = Date.UTC(y, m - count + 1 + i, 1) / 86400000;
    const last = Date.UTC(y, m - count + 2 + i, 1) / 86400000 - 1;
    return { month: monthOf(first), first, last };
  });
}

/** Whole years between a birth date and a day. @param {string} birthDate @param {number} at */
export function ageAt(birthDate, at) {
  const [y, m, d] = iso(at).split('-').map(Number);
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const age = /** @type {number} */ (y) - /** @type {number} */ (by);
  return /** @type {number} */ (m) * 100 + /** @type {number} */ (d) <
    /** @type {number} */ (bm) * 100 + /** @type {number} */ (bd)
    ? age - 1
    : age;
}
