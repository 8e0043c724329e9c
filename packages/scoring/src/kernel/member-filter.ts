import { MEMBER_CODES, type MemberPredicate } from '../rules/types.js';
import { NO_DATE, yearsBefore } from './dates.js';
import type { EncodedMembers } from './encode.js';

/**
 * The age tests of a predicate as ranges of whole years `[from, to)`: an age passes when it lies
 * in any range. `ne 5` is `[0, 5) ∪ [6, ∞)`.
 */
function ageRanges(p: MemberPredicate): [number, number][] {
  const v = typeof p.value === 'number' ? p.value : Number.NaN;
  const inf = Number.POSITIVE_INFINITY;
  switch (p.op) {
    case 'eq':
      return [[v, v + 1]];
    case 'ne':
      return [
        [0, v],
        [v + 1, inf],
      ];
    case 'lt':
      return [[0, v]];
    case 'le':
      return [[0, v + 1]];
    case 'gt':
      return [[v + 1, inf]];
    case 'ge':
      return [[v, inf]];
    case 'between':
      return [[p.min ?? Number.NaN, p.max ?? Number.NaN]];
    case 'in':
      return (p.values ?? []).map((x) => [Number(x), Number(x) + 1]);
  }
}

/**
 * One byte per member: 1 when every clause of `where` passes. Ages become ranges of birth days
 * computed once from `asOf` (age a ≤ x < b ⟺ birth in (yearsBefore(b), yearsBefore(a)]), and
 * codes become a lookup table per field, so the loop compares integers only.
 */
export function memberFilter(
  m: EncodedMembers,
  where: readonly MemberPredicate[],
  asOfDay: number,
): Uint8Array {
  const keep = new Uint8Array(m.n).fill(1);
  for (const p of where) {
    if (p.field === 'age') {
      const ranges = ageRanges(p).map(([a, b]) => [
        b === Number.POSITIVE_INFINITY ? Number.NEGATIVE_INFINITY : yearsBefore(asOfDay, b),
        yearsBefore(asOfDay, a),
      ]);
      for (let i = 0; i < m.n; i++) {
        if (keep[i] === 0) continue;
        const birth = m.birth[i] ?? NO_DATE;
        let ok = false;
        if (birth !== NO_DATE)
          for (const [after, upTo] of ranges) ok ||= birth > (after ?? 0) && birth <= (upTo ?? 0);
        if (!ok) keep[i] = 0;
      }
      continue;
    }
    const codes: readonly string[] = MEMBER_CODES[p.field];
    const allowed = new Uint8Array(codes.length);
    const listed = p.op === 'in' ? (p.values ?? []) : [p.value];
    codes.forEach((code, i) => {
      const hit = listed.includes(code) ? 1 : 0;
      allowed[i] = p.op === 'ne' ? 1 - hit : hit;
    });
    const column = m.codes[p.field];
    for (let i = 0; i < m.n; i++) {
      const c = column[i] ?? -1;
      // An unknown or missing code passes no test, not even `ne`.
      if (c < 0 || allowed[c] === 0) keep[i] = 0;
    }
  }
  return keep;
}

/** Whole years of age of every member at `asOf` (NaN when the birth date is missing). */
export function memberAges(m: EncodedMembers, asOfDay: number): Float64Array {
  const ages = new Float64Array(m.n).fill(Number.NaN);
  // Birthdays for ages 0..120 computed once; then each age is a short search.
  const cut: number[] = [];
  for (let a = 0; a <= 120; a++) cut.push(yearsBefore(asOfDay, a));
  for (let i = 0; i < m.n; i++) {
    const birth = m.birth[i] ?? NO_DATE;
    if (birth === NO_DATE || birth > asOfDay) continue;
    let a = 0;
    while (a < 120 && birth <= (cut[a + 1] ?? Number.NEGATIVE_INFINITY)) a++;
    ages[i] = a;
  }
  return ages;
}
