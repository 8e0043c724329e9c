import { checkPersonId } from './person-id.js';
import type { IngestTableName } from './problems.js';

/** A derived value and what it was derived from, for the `value.derived` note. */
export interface Derived {
  readonly field: string;
  readonly value: string | null;
  readonly from: string;
}

/**
 * The level a region code implies: 6 digits or `xxxxxx000000` a county, `xxxxxxxxx000` a
 * township, other 12-digit codes a village (the statistical code's layout, DOMAIN §2).
 *
 * @example
 * levelOfRegionCode('360121101000'); // 'township'
 */
export function levelOfRegionCode(code: string): 'county' | 'township' | 'village' {
  if (code.length === 6 || code.endsWith('000000')) return 'county';
  return code.endsWith('000') ? 'township' : 'village';
}

/**
 * The enclosing region of a code: a village's township (`xxxxxxxxx000`), a township's county
 * (6 digits), none for a county.
 *
 * @example
 * parentOfRegionCode('360121101001'); // '360121101000'
 */
export function parentOfRegionCode(code: string): string | null {
  const level = levelOfRegionCode(code);
  if (level === 'county') return null;
  return level === 'township' ? code.slice(0, 6) : `${code.slice(0, 9)}000`;
}

const NONE: readonly Derived[] = [];

/**
 * Fills values a row lacks but another of its values settles: a region's level (and, when the
 * file has no parent column, its parent) from its code, a member's birth date from the ID
 * number, a department record's key type from the key's shape. Mutates `rec`; returns what it
 * filled so that each is reported.
 */
export function deriveValues(
  table: IngestTableName,
  rec: Record<string, unknown>,
  present: ReadonlySet<string>,
): readonly Derived[] {
  if (table !== 'regions' && table !== 'members' && table !== 'departmentRecords') return NONE;
  const out: Derived[] = [];
  const set = (field: string, value: string | null, from: string): void => {
    rec[field] = value;
    out.push({ field, value, from });
  };
  if (table === 'regions' && typeof rec.regionCode === 'string') {
    if (rec.level == null) set('level', levelOfRegionCode(rec.regionCode), 'regionCode');
    if (!present.has('parentCode'))
      set('parentCode', parentOfRegionCode(rec.regionCode), 'regionCode');
  } else if (table === 'members' && rec.birthDate == null && typeof rec.personId === 'string') {
    set(
      'birthDate',
      `${rec.personId.slice(6, 10)}-${rec.personId.slice(10, 12)}-${rec.personId.slice(12, 14)}`,
      'personId',
    );
  } else if (table === 'departmentRecords' && rec.keyType == null && typeof rec.key === 'string') {
    set('keyType', checkPersonId(rec.key).ok ? 'person' : 'household', 'key');
  }
  return out;
}
