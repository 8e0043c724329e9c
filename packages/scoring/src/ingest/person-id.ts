import type { IngestCode } from './problems.js';
import { digits } from '../kernel/dates.js';
import { isCalendarDate } from './coerce-date.js';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECKS = '10X98765432';

/** The outcome of checking an ID number: the normalised number and birth date, or why not. */
export type PersonIdCheck =
  | { readonly ok: true; readonly value: string; readonly birthDate: string }
  | { readonly ok: false; readonly code: IngestCode; readonly expected?: string };

/**
 * Checks a resident ID number (居民身份证号码) under GB 11643-1999: 18 characters, 17 digits
 * then a check character (a digit or X) from the ISO 7064 MOD 11-2 sum, with a calendar birth
 * date in positions 7–14. Full-width characters and a lower-case x are normalised. 15-digit
 * numbers of the first generation are refused: they carry no check digit.
 *
 * @example
 * checkPersonId('11010519491231002X'); // { ok: true, value: '11010519491231002X', birthDate: '1949-12-31' }
 */
export function checkPersonId(text: string): PersonIdCheck {
  const r = personIdValue(text);
  if (typeof r !== 'string') return { ...r };
  return {
    ok: true,
    value: r,
    birthDate: birthDateOfPersonId(r),
  };
}

/** The birth date `YYYY-MM-DD` that positions 7–14 of an 18-character ID number spell. */
export function birthDateOfPersonId(id: string): string {
  return `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
}

/**
 * Whether `date` is {@link birthDateOfPersonId} of `id`, compared character by character
 * instead of building that date for every member.
 */
export function isBirthDateOf(id: string, date: string): boolean {
  if (id.length < 14 || date.length !== 10) return false;
  if (date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return false;
  for (let i = 0; i < 4; i++) if (date.charCodeAt(i) !== id.charCodeAt(6 + i)) return false;
  for (let i = 0; i < 2; i++) {
    if (date.charCodeAt(5 + i) !== id.charCodeAt(10 + i)) return false;
    if (date.charCodeAt(8 + i) !== id.charCodeAt(12 + i)) return false;
  }
  return true;
}

/** Why a text is not an ID number (as {@link checkPersonId} says it). */
export type PersonIdFailure = Extract<PersonIdCheck, { ok: false }>;

const FORMAT: PersonIdFailure = Object.freeze({ ok: false, code: 'personId.format' });
const BIRTH_DATE: PersonIdFailure = Object.freeze({ ok: false, code: 'personId.birthDate' });

/**
 * {@link checkPersonId} without the birth date: the normalised number, or why it is not one.
 * An ID number already written as 17 ASCII digits and a check character, as nearly all are, is
 * checked by char codes, with no normalising, regex or allocation.
 */
export function personIdValue(text: string): string | PersonIdFailure {
  let t = text;
  const last = t.charCodeAt(17);
  // Already normal (NFKC, trimming and upper case would change nothing), or normalised here.
  if (!(t.length === 18 && digitsOnly(t, 17) && ((last >= 48 && last <= 57) || last === 88))) {
    t = text.normalize('NFKC').trim().toUpperCase();
    if (!/^\d{17}[\dX]$/.test(t)) return FORMAT;
  }
  const y = digits(t, 6, 10);
  if (!isCalendarDate(y, digits(t, 10, 12), digits(t, 12, 14)) || y < 1880) return BIRTH_DATE;
  const expected = personIdCheckChar(t);
  if (t[17] !== expected) return { ok: false, code: 'personId.checkDigit', expected };
  return t;
}

// True if the first `n` characters are ASCII digits.
function digitsOnly(t: string, n: number): boolean {
  for (let i = 0; i < n; i++) {
    const c = t.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * The check character GB 11643 gives the first 17 digits (any characters after them are
 * ignored): what {@link checkPersonId} compares, and how valid test numbers are written.
 *
 * @example
 * personIdCheckChar('11010519491231002'); // 'X'
 */
export function personIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * (WEIGHTS[i] ?? 0);
  return CHECKS[sum % 11] ?? '';
}
