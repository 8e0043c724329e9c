import { digits } from '../kernel/dates.js';
import type { IngestCode } from './problems.js';

/** A parsed date (`YYYY-MM-DD`) or month (`YYYY-MM`), with what was noticed on the way. */
export type DateParse =
  | {
      readonly ok: true;
      readonly value: string;
      /** `date.monthOnly`, `date.time` or `date.serial` when the text needed a decision. */
      readonly note: IngestCode | null;
    }
  | { readonly ok: false; readonly code: IngestCode };

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** True if y-m-d is a calendar date (years 1800–2200: anything else is a typo here). */
export function isCalendarDate(y: number, m: number, d: number): boolean {
  if (y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  if (m === 2) return d <= ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28);
  return d <= (m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31);
}

/**
 * Converts an Excel date serial to `YYYY-MM-DD`, or null if it names no date. Excel counts
 * days from 1900-01-00 and believes 1900 was a leap year, so serial 60 (1900-02-29) does not
 * exist and serials below it are one day off; the 1904 system (old Mac workbooks) starts later.
 * Pure arithmetic in UTC: the machine's time zone never shifts a date.
 *
 * @example
 * excelSerialToIso(45383); // '2024-04-01'
 */
export function excelSerialToIso(serial: number, date1904 = false): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) return null;
  let days = Math.floor(serial) + (date1904 ? 1462 : 0);
  if (!date1904) {
    if (days === 60) return null;
    if (days < 60) days += 1;
  }
  const d = new Date((days - 25569) * 86400000);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/**
 * True if the text is a calendar date written `YYYY-MM-DD`, as most files write them: read digit
 * by digit, so that the common case needs no regex; {@link parseDateCell} reads it as itself.
 *
 * @example
 * isIsoDate('2024-02-30'); // false
 */
export function isIsoDate(text: string): boolean {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  const y = digits(text, 0, 4);
  const m = digits(text, 5, 7);
  const d = digits(text, 8, 10);
  return y >= 0 && m >= 0 && d >= 0 && isCalendarDate(y, m, d);
}

/**
 * True if the text is a month written `YYYY-MM`, which {@link parseMonthCell} reads as itself.
 *
 * @example
 * isIsoMonth('2024-04'); // true
 */
export function isIsoMonth(text: string): boolean {
  if (text.length !== 7 || text.charCodeAt(4) !== 45) return false;
  const y = digits(text, 0, 4);
  const m = digits(text, 5, 7);
  return y >= 0 && m >= 0 && isCalendarDate(y, m, 1);
}

const YMD =
  /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]+(\d{1,2})[:时](\d{1,2})(?:[:分](\d{1,2})(?:\.\d+)?秒?)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?$/;
const YMD8 = /^(\d{4})(\d{2})(\d{2})$/;
const YM = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/;
const YM6 = /^(\d{4})(\d{2})$/;
const SERIAL = /^\d{5}(?:\.\d+)?$/;

function ymd(y: number, m: number, d: number, note: IngestCode | null): DateParse {
  return isCalendarDate(y, m, d)
    ? { ok: true, value: `${pad(y, 4)}-${pad(m)}-${pad(d)}`, note }
    : { ok: false, code: 'date.invalid' };
}

/**
 * Reads a date written any of the ways department exports write them: `2024-04-01`,
 * `2024/4/1`, `2024.4.1`, `2024年4月1日`, `20240401`, an Excel serial (a number, or five digits
 * of text), an ISO date-time (the time is dropped and noted), a `Date` (read in UTC). A month
 * without a day (`2024-04`, `2024年4月`, `202404`) is refused, or read as the 1st with a note
 * when `monthOnly` is `'first'`.
 *
 * @example
 * parseDateCell('2024年4月1日'); // { ok: true, value: '2024-04-01', note: null }
 * parseDateCell('202404', 'first'); // { ok: true, value: '2024-04-01', note: 'date.monthOnly' }
 */
export function parseDateCell(
  cell: string | number | Date,
  monthOnly: 'first' | 'reject' = 'first',
  date1904 = false,
): DateParse {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return { ok: false, code: 'date.invalid' };
    const time = cell.getUTCHours() + cell.getUTCMinutes() + cell.getUTCSeconds() > 0;
    return ymd(
      cell.getUTCFullYear(),
      cell.getUTCMonth() + 1,
      cell.getUTCDate(),
      time ? 'date.time' : null,
    );
  }
  if (typeof cell === 'number') return parseNumericDate(cell, monthOnly, date1904);
  if (isIsoDate(cell)) return { ok: true, value: cell, note: null };
  const t = cell.normalize('NFKC').trim();
  let m = YMD.exec(t);
  if (m) {
    const time = Number(m[4] ?? 0) + Number(m[5] ?? 0) + Number(m[6] ?? 0) > 0;
    return ymd(Number(m[1]), Number(m[2]), Number(m[3]), time ? 'date.time' : null);
  }
  if ((m = YMD8.exec(t))) return ymd(Number(m[1]), Number(m[2]), Number(m[3]), null);
  if ((m = YM.exec(t) ?? YM6.exec(t))) {
    if (monthOnly === 'reject') return { ok: false, code: 'date.monthOnly' };
    return ymd(Number(m[1]), Number(m[2]), 1, 'date.monthOnly');
  }
  if (SERIAL.test(t)) return parseNumericDate(Number(t), monthOnly, date1904, 'date.serial');
  return { ok: false, code: 'date.invalid' };
}

function parseNumericDate(
  n: number,
  monthOnly: 'first' | 'reject',
  date1904: boolean,
  note: IngestCode | null = null,
): DateParse {
  // Numbers in a date column: 20240401 and 202404 as digits, else an Excel serial.
  if (Number.isInteger(n) && n >= 18000101 && n <= 22001231) {
    return parseDateCell(String(n), monthOnly, date1904);
  }
  if (Number.isInteger(n) && n >= 180001 && n <= 220012)
    return parseDateCell(String(n), monthOnly, date1904);
  const iso = excelSerialToIso(n, date1904);
  if (iso === null) return { ok: false, code: 'date.invalid' };
  return { ok: true, value: iso, note: n % 1 !== 0 ? 'date.time' : note };
}

/**
 * Reads a month (`YYYY-MM`): `2024-04`, `2024/4`, `2024年4月`, `202404`, or any date
 * {@link parseDateCell} reads (its day is dropped: a period is a month).
 *
 * @example
 * parseMonthCell('2024年4月'); // { ok: true, value: '2024-04', note: null }
 */
export function parseMonthCell(cell: string | number | Date, date1904 = false): DateParse {
  if (typeof cell === 'string') {
    if (isIsoMonth(cell)) return { ok: true, value: cell, note: null };
    const t = cell.normalize('NFKC').trim();
    const m = YM.exec(t) ?? YM6.exec(t);
    if (m) {
      const y = Number(m[1]);
      const mo = Number(m[2]);
      return isCalendarDate(y, mo, 1)
        ? { ok: true, value: `${pad(y, 4)}-${pad(mo)}`, note: null }
        : { ok: false, code: 'month.invalid' };
    }
  }
  const d = parseDateCell(cell, 'first', date1904);
  if (!d.ok) return { ok: false, code: 'month.invalid' };
  return { ok: true, value: d.value.slice(0, 7), note: d.note === 'date.serial' ? d.note : null };
}
