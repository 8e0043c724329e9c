import type { IngestCode } from './problems.js';
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
  const t = text.normalize('NFKC').trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(t)) return { ok: false, code: 'personId.format' };
  const y = Number(t.slice(6, 10));
  const m = Number(t.slice(10, 12));
  const d = Number(t.slice(12, 14));
  if (!isCalendarDate(y, m, d) || y < 1880) return { ok: false, code: 'personId.birthDate' };
  const expected = personIdCheckChar(t);
  if (t[17] !== expected) return { ok: false, code: 'personId.checkDigit', expected };
  return {
    ok: true,
    value: t,
    birthDate: `${t.slice(6, 10)}-${t.slice(10, 12)}-${t.slice(12, 14)}`,
  };
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
