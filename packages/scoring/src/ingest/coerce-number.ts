import type { IngestCode, ProblemDetail } from './problems.js';

/** A parsed number with the unit it carried, or the reason it is not one. */
export type NumberParse =
  | { readonly ok: true; readonly value: number; readonly unit: string | null }
  | { readonly ok: false; readonly code: IngestCode; readonly detail?: ProblemDetail };

const ASCII = /^[\x21-\x7e]*$/;
const UNIT = /(万元|元|万|%|人|口|户)$/;
const THOUSANDS_DOT = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const THOUSANDS_COMMA = /^[+-]?\d{1,3}(?:[. ]\d{3})+(?:,\d+)?$/;
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Reads a number the way departments write them: full-width digits, `¥`, thousands separators,
 * a unit suffix (元, 万元, 万, %, 人, 口, 户). Nothing is guessed: `1,2` with `decimal: '.'` is
 * ambiguous and refused, not read as 12 or 1.2. The unit is returned, not applied: the column
 * decides which units it accepts and what they mean.
 *
 * @param decimal - the decimal mark; default `.`, with `,` the thousands separator is `.` or a space
 * @example
 * parseNumberText('１，２００元'); // { ok: true, value: 1200, unit: '元' }
 * parseNumberText('1,2'); // { ok: false, code: 'number.ambiguous' }
 */
export function parseNumberText(text: string, decimal: '.' | ',' = '.'): NumberParse {
  const plain = plainNumberText(text, decimal);
  if (!Number.isNaN(plain)) return { ok: true, value: plain, unit: null };
  // Printable ASCII needs no width folding; anything else may hold full-width digits.
  let t = ASCII.test(text)
    ? text
    : text
        .normalize('NFKC')
        .replace(/\s+/g, decimal === ',' ? ' ' : '')
        .trim();
  t = t.replace(/^([+-]?)[¥$]/, '$1');
  const unitMatch = UNIT.exec(t);
  const unit = unitMatch ? (unitMatch[1] ?? null) : null;
  if (unit !== null) t = t.slice(0, -unit.length).trim();
  if (t === '') return { ok: false, code: 'number.invalid' };
  if (decimal === '.') {
    if (t.includes(',')) {
      if (THOUSANDS_DOT.test(t)) t = t.replace(/,/g, '');
      else if (/^[+-]?\d+(?:,\d+)+$/.test(t) || /^[+-]?\d+,\d+$/.test(t)) {
        return { ok: false, code: 'number.ambiguous' };
      } else return { ok: false, code: 'number.invalid' };
    }
  } else {
    if (THOUSANDS_COMMA.test(t)) t = t.replace(/[. ]/g, '');
    else if (t.includes('.')) return { ok: false, code: 'number.ambiguous' };
    t = t.replace(',', '.');
  }
  if (!DECIMAL.test(t)) return { ok: false, code: 'number.invalid' };
  const value = Number(t);
  if (!Number.isFinite(value)) return { ok: false, code: 'number.invalid' };
  return { ok: true, value, unit };
}

/**
 * The number the common forms spell, read by char codes without a regex or an allocation:
 * `-?\d+(\.\d+)?` (unless the decimal mark is `,` and the text has a `.`), and with `decimal: '.'`
 * thousands groups `[+-]?\d{1,3}(,\d{3})+(\.\d+)?`. NaN for any other text, which
 * {@link parseNumberText} reads the long way.
 *
 * @example
 * plainNumberText('-1,234.5'); // -1234.5
 */
export function plainNumberText(text: string, decimal: '.' | ','): number {
  const v = scanDigits(text, false);
  if (!Number.isNaN(v)) return decimal === '.' || !text.includes('.') ? v : NaN;
  return decimal === '.' ? scanDigits(text, true) : NaN;
}

const POW10 = Array.from({ length: 16 }, (_, k) => 10 ** k);

// Up to 15 digits, the digits make an exact integer and 10^k is exact, so one division rounds
// once, to the double nearest the decimal: what Number() gives. Longer texts go to Number().
function scanDigits(text: string, grouped: boolean): number {
  const n = text.length;
  let i = 0;
  const first = text.charCodeAt(0);
  const negative = first === 45; // -
  if (negative || (grouped && first === 43)) i++; // +
  let mantissa = 0;
  let digits = 0;
  let run = 0;
  let groups = 0;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      run++;
    } else if (grouped && c === 44) {
      if (groups === 0 ? run < 1 || run > 3 : run !== 3) return NaN;
      groups++;
      run = 0;
    } else break;
  }
  if (run === 0 || (grouped && (groups === 0 || run !== 3))) return NaN;
  let scale = 0;
  if (i < n) {
    if (text.charCodeAt(i) !== 46) return NaN; // .
    const start = ++i;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c < 48 || c > 57) return NaN;
      mantissa = mantissa * 10 + (c - 48);
      digits++;
    }
    scale = i - start;
    if (scale === 0) return NaN;
  }
  if (digits > 15) return Number(grouped ? text.replace(/,/g, '') : text);
  const v = scale === 0 ? mantissa : mantissa / (POW10[scale] ?? 1);
  return negative ? -v : v;
}

/** Multipliers of the units a money column accepts. */
export const moneyUnits: Readonly<Record<string, number>> = {
  元: 1,
  '元/年': 1, // yearly income is what the income fields hold
  '元/人': 1, // per-capita income, likewise
  万元: 10000,
  万: 10000,
};
/** Multipliers of the units a plain number column accepts. */
export const numberUnits: Readonly<Record<string, number>> = { '%': 0.01 };
/** Multipliers of the units a count column accepts. */
export const countUnits: Readonly<Record<string, number>> = { 人: 1, 口: 1, 户: 1 };
