import type { IngestCode, ProblemDetail } from './problems.js';

/** A parsed number with the unit it carried, or the reason it is not one. */
export type NumberParse =
  | { readonly ok: true; readonly value: number; readonly unit: string | null }
  | { readonly ok: false; readonly code: IngestCode; readonly detail?: ProblemDetail };

const PLAIN = /^-?\d+(?:\.\d+)?$/;
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
  if (PLAIN.test(text) && (decimal === '.' || !text.includes('.'))) {
    return { ok: true, value: Number(text), unit: null };
  }
  if (decimal === '.' && THOUSANDS_DOT.test(text))
    return { ok: true, value: Number(text.replace(/,/g, '')), unit: null };
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
