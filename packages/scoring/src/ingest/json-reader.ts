import type { RawCell } from './coerce.js';
import type { RawRow } from './csv-reader.js';

/** JSON that is not an array of records nor an object of equal-length columns. */
export class JsonShapeError extends Error {
  override readonly name = 'JsonShapeError';
}

/**
 * Reads JSON text as a header and rows. Two shapes: an array of records
 * (`[{ "户编号": "H1", … }, …]`; the header is every key in order of first appearance, a record
 * lacking a key gets null) or an object of columns (`{ "户编号": ["H1", …], … }`, equal
 * lengths). Row numbers count records from 1. Nested objects and arrays become their JSON text.
 *
 * @example
 * jsonRows('[{"a":1},{"b":2}]'); // { header: ['a', 'b'], rows: [{ row: 1, cells: [1, null] }, …] }
 */
export function jsonRows(text: string): { header: string[]; rows: RawRow[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new JsonShapeError(e instanceof Error ? e.message : String(e));
  }
  if (Array.isArray(data)) return fromRecords(data);
  if (data !== null && typeof data === 'object')
    return fromColumns(data as Record<string, unknown>);
  throw new JsonShapeError('expected an array of records or an object of columns');
}

function fromRecords(records: unknown[]): { header: string[]; rows: RawRow[] } {
  const index = new Map<string, number>();
  for (const r of records) {
    if (r === null || typeof r !== 'object' || Array.isArray(r)) {
      throw new JsonShapeError('an array of records holds only objects');
    }
    for (const k of Object.keys(r)) if (!index.has(k)) index.set(k, index.size);
  }
  const rows = records.map((r, i) => {
    const cells = new Array<RawCell>(index.size).fill(null);
    for (const [k, v] of Object.entries(r as Record<string, unknown>))
      cells[index.get(k) ?? 0] = jsonCell(v);
    return { row: i + 1, cells, fault: null };
  });
  return { header: [...index.keys()], rows };
}

function fromColumns(data: Record<string, unknown>): { header: string[]; rows: RawRow[] } {
  const header = Object.keys(data);
  const columns = header.map((k) => data[k]);
  if (!columns.every((c): c is unknown[] => Array.isArray(c))) {
    throw new JsonShapeError('an object of columns holds only arrays');
  }
  const n = columns[0]?.length ?? 0;
  if (!columns.every((c) => c.length === n))
    throw new JsonShapeError('the columns have different lengths');
  const rows: RawRow[] = [];
  for (let i = 0; i < n; i++)
    rows.push({ row: i + 1, cells: columns.map((c) => jsonCell(c[i])), fault: null });
  return { header, rows };
}

function jsonCell(v: unknown): RawCell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return JSON.stringify(v);
}
