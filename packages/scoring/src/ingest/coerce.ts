import { isIsoDate, isIsoMonth, parseDateCell, parseMonthCell } from './coerce-date.js';
import {
  countUnits,
  moneyUnits,
  numberUnits,
  parseNumberText,
  plainNumberText,
} from './coerce-number.js';
import { normalizeWord } from './codes.js';
import { personIdValue } from './person-id.js';
import type { IngestCode, ProblemDetail } from './problems.js';
import type { FieldSpec } from './schema.js';

/** A cell as a reader hands it over: text from CSV, typed values from XLSX, JSON and Arrow. */
export type RawCell = string | number | boolean | bigint | Date | null | undefined;

/**
 * What one cell became: the value itself (null when empty) in the common case, so that a
 * million cells allocate nothing; an object only when there is a note or a refusal.
 */
export type CellOutcome = string | number | null | CellResult;

/** A value with a note, or the reason a cell was refused. */
export type CellResult =
  | {
      readonly ok: true;
      readonly value: string | number | null;
      readonly note: IngestCode | null;
      readonly reason?: string;
    }
  | { readonly ok: false; readonly code: IngestCode; readonly detail?: ProblemDetail };

/** Settings one column's coercion needs. */
export interface CoerceContext {
  readonly decimal: '.' | ',';
  readonly monthOnly: 'first' | 'reject';
  readonly date1904: boolean;
  readonly nullValues: ReadonlySet<string>;
  /** Word → code for coded columns. */
  readonly codes: ReadonlyMap<string, string> | null;
  /** Multiplier a unit in the column's header gives, or null. */
  readonly headerUnit: string | null;
}

// Which units each numeric kind accepts; degrees take none.
const UNITS: Partial<Record<FieldSpec['kind'], Readonly<Record<string, number>>>> = {
  money: moneyUnits,
  integer: countUnits,
  number: numberUnits,
  value: { ...moneyUnits, ...numberUnits },
};

function longestWord(words: ReadonlySet<string>): number {
  let n = 0;
  for (const w of words) n = Math.max(n, w.length);
  return n;
}
const YES = new Set(['是', '有', 'y', 'yes', 'true', '√', '✓', '1']);
const NO = new Set(['否', '无', 'n', 'no', 'false', '×', '✗', '0']);

/** The text of a cell, for text columns and for reports. */
export function cellText(cell: RawCell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString();
  return String(cell);
}

/**
 * True if a cell counts as empty: nothing, blanks, or one of the host's null words (the longest
 * of which is `longestNull` characters).
 */
export function isEmptyCell(
  cell: RawCell,
  nullValues: ReadonlySet<string>,
  longestNull: number,
): boolean {
  if (cell === null || cell === undefined) return true;
  if (typeof cell !== 'string') return typeof cell === 'number' && Number.isNaN(cell);
  if (cell === '') return true;
  // Fast path: no blank at either end, so no trimming to do.
  if (cell.charCodeAt(0) > 32 && cell.charCodeAt(cell.length - 1) > 32) {
    // Null words are short; hashing every long cell to look it up would cost more than it finds.
    return cell.length <= longestNull && nullValues.has(cell);
  }
  const t = cell.trim();
  return t === '' || nullValues.has(t);
}

/** One column's coercion: a cell in, what it became out (see {@link compileCoercer}). */
export type Coercer = (cell: RawCell) => CellOutcome;

const NUMBER_INVALID: CellResult = Object.freeze({ ok: false, code: 'number.invalid' });
const NOT_INTEGER: CellResult = Object.freeze({ ok: false, code: 'number.notInteger' });
const LOST_DIGITS: CellResult = Object.freeze({
  ok: false,
  code: 'id.invalid',
  detail: Object.freeze({
    reason:
      'stored as a number, its last digits are lost (format the column as text) / 以数字存储，末几位已丢失（请将该列设为文本格式）',
  }),
});
const DATE_INVALID: CellResult = Object.freeze({ ok: false, code: 'date.invalid' });
const MONTH_INVALID: CellResult = Object.freeze({ ok: false, code: 'month.invalid' });

/**
 * Makes the coercion of one column, once per file: what depends only on the column (its kind,
 * units, bounds, code words, the refusals it can give) is settled here, so that each cell runs
 * only its own checks. An empty cell is null (never 0 or ''); whether null is allowed is the
 * caller's business. The refusals are shared objects: read them, do not change them.
 *
 * @example
 * compileCoercer({ name: 'incomeWage', kind: 'money' }, ctx)('1.2万元'); // { ok: true, value: 12000, note: 'number.unitConverted', … }
 */
export function compileCoercer(spec: FieldSpec, ctx: CoerceContext): Coercer {
  const nulls = ctx.nullValues;
  const longestNull = longestWord(nulls);
  const empty = (cell: RawCell): boolean => isEmptyCell(cell, nulls, longestNull);
  switch (spec.kind) {
    case 'text':
    case 'name':
    case 'phone':
      return (cell) => (empty(cell) ? null : cellText(cell).trim());
    case 'id':
      return (cell) => (empty(cell) ? null : coerceId(cell));
    case 'personId':
      return (cell) => {
        if (empty(cell)) return null;
        if (typeof cell === 'number') return LOST_DIGITS;
        const r = personIdValue(cellText(cell));
        if (typeof r === 'string') return r;
        return {
          ok: false,
          code: r.code,
          detail: r.expected === undefined ? {} : { expected: r.expected },
        };
      };
    case 'regionCode': {
      const allowed = spec.digits ?? [12];
      const invalid: CellResult = Object.freeze({
        ok: false,
        code: 'regionCode.invalid',
        detail: Object.freeze({ expected: allowed.join(' / ') }),
      });
      return (cell) => {
        if (empty(cell)) return null;
        const id = coerceId(cell);
        if (typeof id !== 'string') return id;
        return asciiDigits(id, 0) && allowed.includes(id.length) ? id : invalid;
      };
    }
    case 'integer':
    case 'number':
    case 'money':
    case 'lon':
    case 'lat': {
      const num = numberCoercer(spec, ctx);
      return (cell) => (empty(cell) ? null : num(cell));
    }
    case 'value': {
      const num = numberCoercer(spec, ctx);
      return (cell) => {
        if (empty(cell)) return null;
        if (typeof cell === 'boolean') return cell ? 1 : 0;
        // Printable ASCII has nothing for NFKC or the blank-stripping to change.
        const w =
          typeof cell !== 'string'
            ? ''
            : isPrintableAscii(cell)
              ? cell.toLowerCase()
              : normalizeWord(cell);
        if (YES.has(w)) return 1;
        if (NO.has(w)) return 0;
        return num(cell);
      };
    }
    case 'date': {
      const { monthOnly, date1904 } = ctx;
      return (cell) => {
        if (empty(cell)) return null;
        if (typeof cell === 'string' && isIsoDate(cell)) return cell;
        if (typeof cell !== 'string' && typeof cell !== 'number' && !(cell instanceof Date))
          return DATE_INVALID;
        const r = parseDateCell(cell, monthOnly, date1904);
        if (!r.ok) return r.code === 'date.invalid' ? DATE_INVALID : { ok: false, code: r.code };
        return r.note === null ? r.value : { ok: true, value: r.value, note: r.note };
      };
    }
    case 'month': {
      const { date1904 } = ctx;
      return (cell) => {
        if (empty(cell)) return null;
        if (typeof cell === 'string' && isIsoMonth(cell)) return cell;
        if (typeof cell !== 'string' && typeof cell !== 'number' && !(cell instanceof Date))
          return MONTH_INVALID;
        const r = parseMonthCell(cell, date1904);
        if (!r.ok) return r.code === 'month.invalid' ? MONTH_INVALID : { ok: false, code: r.code };
        return r.note === null ? r.value : { ok: true, value: r.value, note: r.note };
      };
    }
    case 'code':
    case 'department': {
      const codes = ctx.codes;
      const department = spec.kind === 'department';
      const unknown: CellResult = Object.freeze({
        ok: false,
        code: 'code.unknown',
        detail: Object.freeze({ expected: codes ? [...new Set(codes.values())].join(', ') : '' }),
      });
      return (cell) => {
        if (empty(cell)) return null;
        const text = cellText(cell).trim();
        // Most words are already in normal form: try them as they are before normalising.
        const code = codes?.get(text) ?? codes?.get(normalizeWord(text));
        if (code !== undefined) return code;
        // Departments are open-ended: a code-like identifier a province invented is kept as is.
        return department && isIdentifier(text) ? text : unknown;
      };
    }
  }
}

/** True if the text is printable ASCII without spaces: nothing to normalise or trim. */
export function isPrintableAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 32 || c >= 127) return false;
  }
  return true;
}

// True if the text from `from` on is one or more ASCII digits.
function asciiDigits(text: string, from: number): boolean {
  if (from >= text.length) return false;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

// An ASCII letter, then ASCII letters and digits: /^[A-Za-z][A-Za-z0-9]*$/.
function isIdentifier(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 32; // lower case for letters
    const letter = c >= 97 && c <= 122;
    if (!letter && (i === 0 || text.charCodeAt(i) < 48 || text.charCodeAt(i) > 57)) return false;
  }
  return true;
}

// What Excel makes of a long digit string when a CSV is opened and saved: 3.60121E+17, i.e.
// /^\d(?:\.\d+)?E\+\d+$/i, read by char codes.
function isExcelExponent(t: string): boolean {
  const n = t.length;
  if (n < 4) return false;
  let c = t.charCodeAt(0);
  if (c < 48 || c > 57) return false;
  let i = 1;
  if (t.charCodeAt(i) === 46) {
    const start = ++i;
    while (i < n && (c = t.charCodeAt(i)) >= 48 && c <= 57) i++;
    if (i === start) return false;
  }
  c = t.charCodeAt(i);
  if ((c !== 69 && c !== 101) || t.charCodeAt(i + 1) !== 43) return false;
  return asciiDigits(t, i + 2);
}

function coerceId(cell: RawCell): string | CellResult {
  if (typeof cell === 'number' || typeof cell === 'bigint') {
    if (typeof cell === 'bigint' || Number.isSafeInteger(cell)) return String(cell);
    return LOST_DIGITS;
  }
  const raw = cellText(cell);
  const t = isPrintableAscii(raw) ? raw : raw.normalize('NFKC').trim();
  // Excel turns long digit strings into 3.60121E+17 when a CSV is opened and saved.
  return isExcelExponent(t) ? LOST_DIGITS : t;
}

// A number column's coercion: units, bounds and refusals settled once for the column.
function numberCoercer(spec: FieldSpec, ctx: CoerceContext): (cell: RawCell) => CellOutcome {
  const { decimal, headerUnit } = ctx;
  const units = UNITS[spec.kind] ?? {};
  const integer = spec.kind === 'integer';
  const min = spec.min ?? -Infinity;
  const max = spec.max ?? Infinity;
  const range: CellResult = Object.freeze({
    ok: false,
    code: 'number.range',
    detail: Object.freeze({ min, max }),
  });
  const finish = (parsed: number, unit: string | null): CellOutcome => {
    let value = parsed;
    if (!Number.isFinite(value)) return NUMBER_INVALID;
    // A unit in the cell wins over the header's: `1200元` in a `收入（万元）` column is 1200 yuan.
    const applied = unit ?? headerUnit;
    let reason: string | undefined;
    if (applied !== null) {
      const factor = units[applied];
      if (factor === undefined)
        return { ok: false, code: 'number.unit', detail: { actual: applied } };
      if (factor !== 1) {
        value = factor === 0.01 ? value / 100 : value * factor;
        reason = factor === 0.01 ? `% ÷ 100` : `${applied} × ${factor}`;
      }
    }
    if (integer && !Number.isInteger(value)) return NOT_INTEGER;
    if (value < min || value > max) return range;
    return reason === undefined ? value : { ok: true, value, note: 'number.unitConverted', reason };
  };
  return (cell) => {
    if (typeof cell === 'number') return finish(cell, null);
    if (typeof cell === 'bigint') return finish(Number(cell), null);
    if (typeof cell !== 'string') return NUMBER_INVALID;
    const plain = plainNumberText(cell, decimal);
    if (!Number.isNaN(plain)) return finish(plain, null);
    const r = parseNumberText(cell, decimal);
    if (!r.ok)
      return r.detail === undefined
        ? { ok: false, code: r.code }
        : { ok: false, code: r.code, detail: r.detail };
    return finish(r.value, r.unit);
  };
}
