import type { ColumnTable } from 'arquero';

/** A column as the kernel reads it: indexable by row. */
export type Col = ArrayLike<unknown>;

/**
 * The values of a column, without a copy where arquero allows it.
 *
 * An unfiltered, unordered table whose column is a plain or typed array hands that array out as
 * is (zero-copy), and an Arrow-backed one converts with its own `toArray`; any other column is
 * materialised with `table.array`. All three are CSP-safe.
 * A missing column gives undefined, so callers decide whether it is optional.
 */
export function columnValues(table: ColumnTable, name: string): Col | undefined {
  const column = table.column(name) as unknown;
  if (column === undefined) return undefined;
  if (!table.isFiltered() && !table.isOrdered()) {
    if (Array.isArray(column) || ArrayBuffer.isView(column)) return column as Col;
    // Arrow-backed columns (fromArrow) convert in one call, much faster than a per-row scan.
    const toArray = (column as { toArray?: () => unknown }).toArray;
    if (typeof toArray === 'function') {
      const values = toArray.call(column);
      if (Array.isArray(values) || ArrayBuffer.isView(values)) return values as Col;
    }
  }
  return table.array(name) as Col;
}

/** Like {@link columnValues}, but a missing column is an error that names the table and column. */
export function requireColumn(table: ColumnTable, tableName: string, name: string): Col {
  const values = columnValues(table, name);
  if (values === undefined) {
    throw new TypeError(`${tableName} has no column ${name} (see docs/data-model.md)`);
  }
  return values;
}

/** A numeric column as Float64Array, null and non-numbers as NaN (missing). */
export function numbers(values: Col | undefined, rows: number): Float64Array {
  if (values instanceof Float64Array) return values;
  const out = new Float64Array(rows).fill(Number.NaN);
  if (values === undefined) return out;
  for (let i = 0; i < rows; i++) {
    const v = values[i];
    if (typeof v === 'number') out[i] = v;
  }
  return out;
}

/**
 * Encodes a column of strings to integer codes through a dictionary, once, so that the hot loops
 * compare integers. Unknown values (not in `known`, when given) and nulls get −1.
 */
export function encodeStrings(
  values: Col,
  rows: number,
  known?: readonly string[],
): { codes: Int32Array; keys: string[] } {
  const keys: string[] = known ? [...known] : [];
  const map = new Map<unknown, number>(keys.map((k, i) => [k, i]));
  const codes = new Int32Array(rows);
  let last: unknown = undefined;
  let lastCode = -1;
  for (let i = 0; i < rows; i++) {
    const v = values[i];
    // Exports are usually sorted, so the same value comes in runs: skip the map lookup then.
    if (v === last && i > 0) {
      codes[i] = lastCode;
      continue;
    }
    // A code such as a disability grade may arrive as the number 2 instead of the text '2'.
    let code = map.get(v) ?? (typeof v === 'number' ? map.get(String(v)) : undefined);
    if (code === undefined) {
      if (known || typeof v !== 'string') code = -1;
      else {
        code = keys.length;
        keys.push(v);
        map.set(v, code);
      }
    }
    codes[i] = code;
    last = v;
    lastCode = code;
  }
  return { codes, keys };
}

/**
 * A column holding one value in every row (a result's rule-set id, version and asOf): arquero's
 * column interface (`length`, `at`, iteration, `toArray`) without a copy of the value per row.
 */
export class ConstantColumn<T> {
  constructor(
    readonly value: T,
    readonly length: number,
  ) {}

  at(_row: number): T {
    return this.value;
  }

  *[Symbol.iterator](): Iterator<T> {
    for (let i = 0; i < this.length; i++) yield this.value;
  }

  toArray(): T[] {
    return new Array<T>(this.length).fill(this.value);
  }
}

/**
 * A column of small integer codes read through `decode` (a result's level band and causes): the
 * same column interface as {@link ConstantColumn}, one byte or two per row instead of a value, so a
 * result over a city adds no array of a million objects to the heap. `decode` should return the
 * same value for the same code (memoise where it builds one).
 */
export class CodedColumn<T> {
  readonly length: number;

  constructor(
    readonly codes: Uint8Array | Uint16Array,
    private readonly decode: (code: number) => T,
  ) {
    this.length = codes.length;
  }

  at(row: number): T {
    return this.decode(this.codes[row] ?? 0);
  }

  *[Symbol.iterator](): Iterator<T> {
    for (let i = 0; i < this.length; i++) yield this.at(i);
  }

  toArray(): T[] {
    return Array.from({ length: this.length }, (_, i) => this.at(i));
  }
}
