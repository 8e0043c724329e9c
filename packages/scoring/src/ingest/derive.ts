import { birthDateOfPersonId, personIdValue } from './person-id.js';
import type { IngestTableName } from './problems.js';

/**
 * One row as {@link deriveValues} reads and fills it: `get` gives a value (null or undefined when
 * missing), `set` fills one and says what from, for the `value.derived` note.
 */
export interface DeriveRow {
  get(field: string): unknown;
  set(field: string, value: string | null, from: string): void;
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

/**
 * Fills values a row lacks but another of its values settles: a region's level (and, when the
 * file has no parent column, its parent) from its code, a member's birth date from the ID
 * number, a department record's key type from the key's shape. Each is filled through
 * `row.set`, so that each is reported.
 */
export function deriveValues(
  table: IngestTableName,
  row: DeriveRow,
  present: ReadonlySet<string>,
): void {
  if (table === 'regions') {
    const code = row.get('regionCode');
    if (typeof code !== 'string') return;
    if (row.get('level') == null) row.set('level', levelOfRegionCode(code), 'regionCode');
    if (!present.has('parentCode')) row.set('parentCode', parentOfRegionCode(code), 'regionCode');
  } else if (table === 'members') {
    const id = row.get('personId');
    if (row.get('birthDate') == null && typeof id === 'string')
      row.set('birthDate', birthDateOfPersonId(id), 'personId');
  } else if (table === 'departmentRecords') {
    const key = row.get('key');
    if (row.get('keyType') == null && typeof key === 'string')
      row.set('keyType', typeof personIdValue(key) === 'string' ? 'person' : 'household', 'key');
  }
}
