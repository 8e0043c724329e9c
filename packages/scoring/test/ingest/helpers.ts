import { readFileSync } from 'node:fs';
import type { ColumnTable } from 'arquero';
import { expect } from 'vitest';
import type { IngestResult } from '../../src/ingest/index.js';

/** The bytes of a committed fixture. */
export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
}

/** A table's rows as plain objects (arquero's objects() compiles code, which the suite forbids). */
export function tableRows(
  t: ColumnTable,
  columns: readonly string[] = t.columnNames(),
): Record<string, unknown>[] {
  const arrays = columns.map((c) => t.array(c) as ArrayLike<unknown>);
  const out: Record<string, unknown>[] = [];
  for (let i = 0; i < t.numRows(); i++) {
    out.push(Object.fromEntries(columns.map((c, j) => [c, arrays[j]![i] ?? null])));
  }
  return out;
}

/** One column as a plain array. */
export function column(t: ColumnTable, name: string): unknown[] {
  return Array.from(t.array(name) as ArrayLike<unknown>);
}

/** `row code column` of each problem, the compact form the tests compare. */
export function codes(problems: IngestResult['rejected']): string[] {
  return problems.map((p) => `${p.row ?? '-'} ${p.code} ${p.column ?? '-'}`);
}

/** The invariant of every read: read = accepted + rejected, and the tables agree. */
export function expectBalanced(r: IngestResult): void {
  expect(r.stats.read).toBe(r.stats.accepted + r.stats.rejected);
  expect(r.table.numRows()).toBe(r.stats.accepted);
  expect(r.rejectedRows.numRows()).toBe(r.stats.rejected);
  expect(
    new Set(r.rejected.filter((p) => p.row !== null).map((p) => `${p.file}:${p.row}`)).size,
  ).toBe(r.stats.rejected);
}
