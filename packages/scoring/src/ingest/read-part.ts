import { TableAssembler, type SharedChecks } from './assemble.js';
import type { RawRow } from './csv-reader.js';
import { findHeader, headerLookups, planColumns } from './header.js';
import { knownKeySet } from './known-keys.js';
import type { ResolvedOptions } from './options.js';
import type { IngestCode, IngestTableName, ProblemDetail } from './problems.js';
import { derivable, ingestSchema } from './schema.js';
import { FileFailure, type Part, type State } from './parts.js';

/**
 * Reads one part: finds its header (skipping title rows), tells the table if not given, plans
 * the columns, reports header warnings, then feeds every row to the assembler (a new one for
 * the first part; later sheets append to it).
 */
export async function readPart(
  part: Part,
  o: ResolvedOptions,
  table: IngestTableName | null,
  asm: TableAssembler | null,
  state: State,
  shared?: SharedChecks,
): Promise<{
  asm: TableAssembler;
  headerRow: number | null;
  plans: ReturnType<typeof planColumns>['plans'];
}> {
  const it = part.rows[Symbol.asyncIterator]();
  const buffered: RawRow[] = [];
  let ended = false;
  const want = o.headerRow === 'auto' ? o.headerScan : o.headerRow;
  while (!ended && (part.header === null ? buffered.length < want : buffered.length === 0)) {
    const r = await it.next();
    if (r.done) ended = true;
    else for (const row of r.value) buffered.push(row);
  }
  const lookups = headerLookups(o.headers ?? undefined);
  let headerCells: readonly unknown[];
  let rest: RawRow[];
  let headerRow: number | null = null;
  if (part.header !== null) {
    headerCells = part.header;
    rest = buffered;
    if (part.header.length === 0 && buffered.length === 0) throw new FileFailure('file.empty');
    table ??= findHeader([part.header], lookups, null).table;
    if (table === null)
      throw new FileFailure('file.tableUnknown', { actual: candidatesOf([part.header], lookups) });
  } else {
    if (buffered.length === 0) throw new FileFailure('file.empty');
    let index: number;
    if (o.headerRow !== 'auto') {
      index = buffered.findIndex((r) => r.row === o.headerRow);
      if (index < 0) throw new FileFailure('file.noHeader', { count: o.headerRow });
      table ??= findHeader([buffered[index]?.cells ?? []], lookups, null).table;
    } else {
      const guess = findHeader(
        buffered.slice(0, o.headerScan).map((r) => r.cells),
        lookups,
        table,
      );
      if (guess.index < 0) throw new FileFailure('file.noHeader', { count: o.headerScan });
      index = guess.index;
      table ??= guess.table;
    }
    if (table === null)
      throw new FileFailure('file.tableUnknown', {
        actual: candidatesOf([buffered[index]?.cells ?? []], lookups),
      });
    const header = buffered[index];
    headerCells = header?.cells ?? [];
    headerRow = header?.row ?? null;
    rest = buffered.slice(index + 1);
  }
  const { plans, duplicates, blanks } = planColumns(headerCells, lookups[table]);
  const present = new Set(plans.flatMap((p) => (p.field ? [p.field] : [])));
  const missing = ingestSchema[table].filter(
    (f) => f.required && !present.has(f.name) && !(derivable[table] ?? []).includes(f.name),
  );
  if (missing[0]) throw new FileFailure('header.missingColumn', {}, missing[0].name);
  const a =
    asm ??
    new TableAssembler(table, o, {
      ...(shared?.refs ?? refsOf(o)),
      ...(shared?.claimed ? { claimed: shared.claimed } : {}),
    });
  const w = (column: string | null, code: IngestCode, detail: ProblemDetail = {}): void => {
    a.warnings.add(part.file, headerRow, column, null, code, detail);
  };
  if (headerRow !== null && rest.length < buffered.length - 1)
    w(null, 'header.titleRows', { actual: headerRow, count: buffered.length - rest.length - 1 });
  for (const d of duplicates) w(d.header, 'header.duplicate', { expected: d.field ?? '' });
  for (const b of blanks) w(b.header, 'header.blank');
  const absent = ingestSchema[table]
    .filter((f) => !present.has(f.name) && !(derivable[table] ?? []).includes(f.name))
    .map((f) => f.name);
  if (absent.length > 0) w(null, 'header.missingOptional', { actual: absent.join(', ') });
  a.startPart(
    part.file,
    plans,
    part.date1904,
    part.header === null && state.format === 'csv',
    part.replaced,
  );
  a.addRows(rest);
  for (let r = await it.next(); !r.done; r = await it.next()) {
    o.signal?.throwIfAborted();
    a.addRows(r.value);
    // Between batches, give the host's event loop a turn: bytes and strings are read without
    // any real waiting, and a chain of promises alone would never let a page repaint.
    await yieldToHost();
  }
  return { asm: a, headerRow, plans };
}

/** Resolves on a later task (not a microtask), so rendering and input can run in between. */
export function yieldToHost(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function refsOf(o: ResolvedOptions): ConstructorParameters<typeof TableAssembler>[2] {
  return {
    regions: knownKeySet(o.regions, 'regionCode'),
    households: knownKeySet(o.households, 'householdId'),
    members: knownKeySet(o.members, 'personId'),
  };
}

function candidatesOf(
  rows: (readonly unknown[])[],
  lookups: ReturnType<typeof headerLookups>,
): string {
  return findHeader(rows, lookups, null).candidates.join(', ') || '—';
}
