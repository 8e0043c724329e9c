/**
 * Column builders: values go straight into their final storage as rows are accepted. Numeric
 * columns fill a growing Float64Array (8 bytes a value, no boxing), so a million-row file does
 * not hold a million number objects.
 */

/** A column being filled row by row. */
export interface ColumnBuilder {
  readonly length: number;
  push(value: unknown): void;
  /** Appends nulls up to `length` (a column the current sheet lacks). */
  padTo(length: number): void;
  /** The finished column: a Float64Array, or an array with nulls. */
  finish(): ArrayLike<unknown>;
}

/**
 * Numbers in a Float64Array. A missing value is held as NaN while filling; a column with any
 * missing value is handed out as an array with `null` there, because the data model says a
 * missing value is null, and arquero treats null and NaN alike as invalid.
 */
export class NumberColumn implements ColumnBuilder {
  private data = new Float64Array(1024);
  private n = 0;
  private nulls = 0;

  get length(): number {
    return this.n;
  }

  push(value: unknown): void {
    if (this.n === this.data.length) {
      const grown = new Float64Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    if (typeof value === 'number') this.data[this.n++] = value;
    else {
      this.data[this.n++] = NaN;
      this.nulls++;
    }
  }

  padTo(length: number): void {
    while (this.n < length) this.push(null);
  }

  finish(): ArrayLike<unknown> {
    if (this.nulls === 0) return this.data.slice(0, this.n);
    // A plain loop: Array.from with a mapping function walks the typed array as an iterator.
    const data = this.data;
    const out = new Array<number | null>(this.n);
    for (let i = 0; i < out.length; i++) {
      const v = data[i] ?? NaN;
      out[i] = Number.isNaN(v) ? null : v;
    }
    return out;
  }
}

/**
 * A copy of a string that does not keep the text it was cut from alive. Engines (V8 among them)
 * make a substring of 13 characters or more a view into its parent: a cell kept in the table
 * would then hold its whole megabyte chunk of decoded text, and the memory of a streamed read
 * would grow with the file instead of the table. Concatenating flattens into a fresh string;
 * elsewhere this is merely a copy.
 */
export function detach(text: string): string {
  return (' ' + text).slice(1);
}

/** Any values in a plain array. */
export class ValueColumn implements ColumnBuilder {
  private readonly data: unknown[] = [];

  get length(): number {
    return this.data.length;
  }

  push(value: unknown): void {
    this.data.push(
      typeof value === 'string' && value.length >= 13 ? detach(value) : (value ?? null),
    );
  }

  padTo(length: number): void {
    while (this.data.length < length) this.data.push(null);
  }

  finish(): ArrayLike<unknown> {
    return this.data;
  }
}

/** Builders by column name, kept in the order the columns first appeared. */
export class ColumnSet {
  readonly columns = new Map<string, ColumnBuilder>();
  rows = 0;

  /** The builder for `name`, made (and back-filled with nulls) on first use. */
  get(name: string, numeric: boolean): ColumnBuilder {
    let b = this.columns.get(name);
    if (!b) {
      b = numeric ? new NumberColumn() : new ValueColumn();
      b.padTo(this.rows);
      this.columns.set(name, b);
    }
    return b;
  }

  /**
   * Ends a row. With `pad`, every column not pushed to gets a null; without, the caller has
   * pushed to every column in use and pads the others with {@link padAll} when it switches.
   */
  endRow(pad = true): void {
    this.rows++;
    if (pad) this.padAll();
  }

  /** Pads every column to the row count. */
  padAll(): void {
    for (const b of this.columns.values()) if (b.length < this.rows) b.padTo(this.rows);
  }

  /** All columns, finished, in order. */
  finish(): Record<string, ArrayLike<unknown>> {
    const out: Record<string, ArrayLike<unknown>> = {};
    for (const [name, b] of this.columns) {
      b.padTo(this.rows);
      out[name] = b.finish();
    }
    return out;
  }
}
