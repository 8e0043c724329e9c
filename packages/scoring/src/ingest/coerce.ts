import { parseDateCell, parseMonthCell } from './coerce-date.js';
import { countUnits, moneyUnits, numberUnits, parseNumberText } from './coerce-number.js';
import { normalizeWord } from './codes.js';
import { checkPersonId } from './person-id.js';
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

const longest = new WeakMap<ReadonlySet<string>, number>();
function longestWord(words: ReadonlySet<string>): number {
  let n = longest.get(words);
  if (n === undefined) {
    n = 0;
    for (const w of words) n = Math.max(n, w.length);
    longest.set(words, n);
  }
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

/** True if a cell counts as empty: nothing, blanks, or one of the host's null words. */
export function isEmptyCell(cell: RawCell, nullValues: ReadonlySet<string>): boolean {
  if (cell === null || cell === undefined) return true;
  if (typeof cell !== 'string') return typeof cell === 'number' && Number.isNaN(cell);
  if (cell === '') return true;
  // Fast path: no blank at either end, so no trimming to do.
  if (cell.charCodeAt(0) > 32 && cell.charCodeAt(cell.length - 1) > 32) {
    // Null words are short; hashing every long cell to look it up would cost more than it finds.
    return cell.length <= longestWord(nullValues) && nullValues.has(cell);
  }
  const t = cell.trim();
  return t === '' || nullValues.has(t);
}

/**
 * Turns one cell into the canonical value of its column, or says why it cannot. An empty cell
 * is null (never 0 or ''); whether null is allowed is the caller's business.
 *
 * @example
 * coerceCell('1.2万元', { name: 'incomeWage', kind: 'money' }, ctx); // { ok: true, value: 12000, note: 'number.unitConverted', … }
 */
export function coerceCell(cell: RawCell, spec: FieldSpec, ctx: CoerceContext): CellOutcome {
  if (isEmptyCell(cell, ctx.nullValues)) return null;
  switch (spec.kind) {
    case 'text':
    case 'name':
    case 'phone':
      return cellText(cell).trim();
    case 'id':
      return coerceId(cell);
    case 'personId': {
      if (typeof cell === 'number') return lostDigits();
      const r = checkPersonId(cellText(cell));
      return r.ok
        ? r.value
        : {
            ok: false,
            code: r.code,
            detail: r.expected === undefined ? {} : { expected: r.expected },
          };
    }
    case 'regionCode': {
      const id = coerceId(cell);
      if (typeof id !== 'string') return id;
      const digits = spec.digits ?? [12];
      return /^\d+$/.test(id) && digits.includes(id.length)
        ? id
        : { ok: false, code: 'regionCode.invalid', detail: { expected: digits.join(' / ') } };
    }
    case 'integer':
    case 'number':
    case 'money':
    case 'lon':
    case 'lat':
      return coerceNumber(cell, spec, ctx);
    case 'value': {
      if (typeof cell === 'boolean') return cell ? 1 : 0;
      const w = typeof cell === 'string' ? normalizeWord(cell) : '';
      if (YES.has(w)) return 1;
      if (NO.has(w)) return 0;
      return coerceNumber(cell, spec, ctx);
    }
    case 'date': {
      if (typeof cell !== 'string' && typeof cell !== 'number' && !(cell instanceof Date))
        return { ok: false, code: 'date.invalid' };
      const r = parseDateCell(cell, ctx.monthOnly, ctx.date1904);
      if (!r.ok) return { ok: false, code: r.code };
      return r.note === null ? r.value : { ok: true, value: r.value, note: r.note };
    }
    case 'month': {
      if (typeof cell !== 'string' && typeof cell !== 'number' && !(cell instanceof Date))
        return { ok: false, code: 'month.invalid' };
      const r = parseMonthCell(cell, ctx.date1904);
      if (!r.ok) return { ok: false, code: r.code };
      return r.note === null ? r.value : { ok: true, value: r.value, note: r.note };
    }
    case 'code':
    case 'department': {
      const text = cellText(cell).trim();
      // Most words are already in normal form: try them as they are before normalising.
      const code = ctx.codes?.get(text) ?? ctx.codes?.get(normalizeWord(text));
      if (code !== undefined) return code;
      // Departments are open-ended: a code-like identifier a province invented is kept as is.
      if (spec.kind === 'department' && /^[A-Za-z][A-Za-z0-9]*$/.test(text)) return text;
      const accepted = ctx.codes ? [...new Set(ctx.codes.values())].join(', ') : '';
      return { ok: false, code: 'code.unknown', detail: { expected: accepted } };
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

function lostDigits(): CellResult {
  return {
    ok: false,
    code: 'id.invalid',
    detail: {
      reason:
        'stored as a number, its last digits are lost (format the column as text) / 以数字存储，末几位已丢失（请将该列设为文本格式）',
    },
  };
}

function coerceId(cell: RawCell): string | CellResult {
  if (typeof cell === 'number' || typeof cell === 'bigint') {
    if (typeof cell === 'bigint' || Number.isSafeInteger(cell)) return String(cell);
    return lostDigits();
  }
  const raw = cellText(cell);
  const t = isPrintableAscii(raw) ? raw : raw.normalize('NFKC').trim();
  // Excel turns long digit strings into 3.60121E+17 when a CSV is opened and saved.
  if (/^\d(?:\.\d+)?E\+\d+$/i.test(t)) return lostDigits();
  return t;
}

function coerceNumber(cell: RawCell, spec: FieldSpec, ctx: CoerceContext): number | CellResult {
  let value: number;
  let unit: string | null = null;
  if (typeof cell === 'number') value = cell;
  else if (typeof cell === 'bigint') value = Number(cell);
  else if (typeof cell === 'string') {
    const r = parseNumberText(cell, ctx.decimal);
    if (!r.ok)
      return r.detail === undefined
        ? { ok: false, code: r.code }
        : { ok: false, code: r.code, detail: r.detail };
    value = r.value;
    unit = r.unit;
  } else return { ok: false, code: 'number.invalid' };
  if (!Number.isFinite(value)) return { ok: false, code: 'number.invalid' };
  // A unit in the cell wins over the header's: `1200元` in a `收入（万元）` column is 1200 yuan.
  const applied = unit ?? ctx.headerUnit;
  let note: IngestCode | null = null;
  let reason: string | undefined;
  if (applied !== null) {
    const units = UNITS[spec.kind] ?? {};
    const factor = units[applied];
    if (factor === undefined)
      return { ok: false, code: 'number.unit', detail: { actual: applied } };
    if (factor !== 1) {
      value = factor === 0.01 ? value / 100 : value * factor;
      note = 'number.unitConverted';
      reason = factor === 0.01 ? `% ÷ 100` : `${applied} × ${factor}`;
    }
  }
  if (spec.kind === 'integer' && !Number.isInteger(value))
    return { ok: false, code: 'number.notInteger' };
  if (
    (spec.min !== undefined && value < spec.min) ||
    (spec.max !== undefined && value > spec.max)
  ) {
    return {
      ok: false,
      code: 'number.range',
      detail: { min: spec.min ?? -Infinity, max: spec.max ?? Infinity },
    };
  }
  return reason === undefined ? value : { ok: true, value, note, reason };
}
