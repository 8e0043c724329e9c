import type { ColumnTable } from 'arquero';
import type { KnownKeys } from './options.js';

function isTable(x: KnownKeys): x is ColumnTable {
  return typeof (x as Partial<ColumnTable>).columnNames === 'function';
}

/**
 * The set of keys a host gives for reference checks: any iterable of strings, or a table read
 * earlier (its `column` is used).
 */
export function knownKeySet(keys: KnownKeys | null, column: string): ReadonlySet<string> | null {
  if (keys === null) return null;
  if (isTable(keys)) {
    if (!keys.columnNames().includes(column)) return new Set();
    return new Set(Array.from(keys.array(column) as ArrayLike<unknown>, (v) => String(v)));
  }
  return new Set(keys);
}
