import { fromArrow } from 'arquero';
import type { RawCell } from './coerce.js';
import type { RawRow } from './csv-reader.js';

/**
 * Reads Arrow IPC bytes (stream or file format) as a header and rows, through arquero's
 * `fromArrow`, which compiles nothing. Dates arrive as `Date` (read in UTC by the date
 * columns), 64-bit integers as bigint or number.
 */
export function arrowRows(bytes: Uint8Array): { header: string[]; rows: RawRow[] } {
  const t = fromArrow(bytes);
  const header = t.columnNames();
  const columns = header.map((name) => t.array(name) as ArrayLike<unknown>);
  const n = t.numRows();
  const rows: RawRow[] = new Array<RawRow>(n);
  for (let i = 0; i < n; i++) {
    rows[i] = { row: i + 1, cells: columns.map((c) => arrowCell(c[i])), fault: null };
  }
  return { header, rows };
}

function arrowCell(v: unknown): RawCell {
  if (v === null || v === undefined) return null;
  if (
    typeof v === 'string' ||
    typeof v === 'number' ||
    typeof v === 'boolean' ||
    typeof v === 'bigint' ||
    v instanceof Date
  )
    return v;
  return JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? String(x) : x));
}
