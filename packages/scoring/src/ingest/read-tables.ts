import type { KeyClaims } from './assemble.js';
import { table as aqTable, type ColumnTable } from 'arquero';
import type { CsvMeta, RawRow } from './csv-reader.js';
import { findHeader, headerLookups } from './header.js';
import { resolveOptions, type ReadTableOptions, type ResolvedOptions } from './options.js';
import { open, partsOf, type State } from './parts.js';
import {
  INGEST_TABLES,
  makeProblem,
  type IngestProblem,
  type IngestTableName,
} from './problems.js';
import { readAllBytes } from './read-bytes.js';
import { readTable, type IngestResult } from './read-table.js';
import { isUrlSource, SourceError, type IngestSource } from './sources.js';

/** Files for {@link readTables}: a list (each table told from its header) or files by table. */
export type IngestInput =
  | readonly IngestSource[]
  | Readonly<Partial<Record<IngestTableName, IngestSource | readonly IngestSource[]>>>;

/** Options of {@link readTables}: those of readTable except `table` and `fileName`. */
export type ReadTablesOptions = Omit<ReadTableOptions, 'table' | 'fileName'>;

/** Everything a set of files became. */
export interface IngestBundle {
  /** One canonical table per table name present, files of the same table concatenated. */
  readonly tables: Readonly<Partial<Record<IngestTableName, ColumnTable>>>;
  /** The result of each file, in the order read (regions, households, members, then the rest). */
  readonly results: readonly IngestResult[];
  /** Every file's rejections, then every file's warnings. */
  readonly rejected: readonly IngestProblem[];
  readonly warnings: readonly IngestProblem[];
  /** Totals over the files: read = accepted + rejected. */
  readonly stats: {
    readonly files: number;
    readonly read: number;
    readonly accepted: number;
    readonly rejected: number;
  };
}

/**
 * Reads a set of department files into the canonical tables in one call. The files are read
 * in dependency order (regions, households, members, then records, work events and measures)
 * so each is checked against the ones before: households' village codes against the regions
 * read, members, records, work events and measures against the households read. Reference
 * sets the host passes in options are used where the set has no file of that table.
 *
 * @example
 * const { tables, rejected, stats } = await readTables([...input.files]);
 * tables.households?.numRows();
 */
export async function readTables(
  input: IngestInput,
  options?: ReadTablesOptions,
): Promise<IngestBundle> {
  for (const k of ['table', 'fileName']) {
    if (options && k in options)
      throw new TypeError(`readTables: option "${k}" is per file; pass files by table instead`);
  }
  const o = resolveOptions(options);
  const jobs: { source: IngestSource; table: IngestTableName | null }[] = [];
  const failed: IngestProblem[] = [];
  if (Array.isArray(input)) {
    for (const raw of input as readonly IngestSource[]) {
      try {
        const source = await rereadable(raw, o);
        jobs.push({ source, table: await probeTable(source, o) });
      } catch (e) {
        if (!(e instanceof SourceError)) throw e;
        failed.push(
          makeProblem(
            {
              file: e.fileName,
              table: null,
              row: null,
              column: null,
              value: null,
            },
            'file.fetch',
            { reason: e.message },
          ),
        );
      }
    }
  } else {
    for (const [table, sources] of Object.entries(
      input as Record<IngestTableName, IngestSource | IngestSource[]>,
    )) {
      if (!(INGEST_TABLES as readonly string[]).includes(table))
        throw new TypeError(`readTables: unknown table "${table}"`);
      for (const source of Array.isArray(sources) ? sources : [sources])
        jobs.push({ source, table: table as IngestTableName });
    }
  }
  const rank = (t: IngestTableName | null): number =>
    t === null ? INGEST_TABLES.length : INGEST_TABLES.indexOf(t);
  jobs.sort((a, b) => rank(a.table) - rank(b.table));
  const results: IngestResult[] = [];
  const byTable: Partial<Record<IngestTableName, ColumnTable[]>> = {};
  // One set of accepted keys per table, so that a key repeated in a later file is a duplicate.
  const claims: Partial<Record<IngestTableName, KeyClaims>> = {};
  for (const job of jobs) {
    const got = (t: IngestTableName): ColumnTable | undefined =>
      byTable[t] ? concatTables(byTable[t]) : undefined;
    const r = await readTable(
      job.source,
      {
        ...options,
        table: job.table ?? 'auto',
        regions: got('regions') ?? o.regions,
        households: got('households') ?? o.households,
        members: got('members') ?? o.members,
      },
      job.table ? (claims[job.table] ??= new Map()) : undefined,
    );
    results.push(r);
    if (r.stats.table && !r.stats.fileRejected) (byTable[r.stats.table] ??= []).push(r.table);
  }
  const tables: Partial<Record<IngestTableName, ColumnTable>> = {};
  for (const t of INGEST_TABLES) if (byTable[t]) tables[t] = concatTables(byTable[t]);
  const sum = (k: 'read' | 'accepted' | 'rejected'): number =>
    results.reduce((n, r) => n + r.stats[k], 0);
  return {
    tables,
    results,
    rejected: [...failed, ...results.flatMap((r) => r.rejected)],
    warnings: results.flatMap((r) => r.warnings),
    stats: {
      files: results.length + failed.length,
      read: sum('read'),
      accepted: sum('accepted'),
      rejected: sum('rejected'),
    },
  };
}

// A URL's body can be read once, but a list of files is read twice (probe, then read): fetch
// it into memory first, under the name the URL gives it.
async function rereadable(source: IngestSource, o: ResolvedOptions): Promise<IngestSource> {
  if (!isUrlSource(source)) return source;
  const opened = await open(source, o);
  const bytes = await readAllBytes(opened, () => undefined);
  return new File([bytes as BlobPart], opened.name);
}

/**
 * Which canonical table a file holds, from its first rows, or null if none or several fit.
 *
 * @example
 * await probeTable(file, resolveOptions({})); // 'members'
 */
export async function probeTable(
  source: IngestSource,
  o: ResolvedOptions,
): Promise<IngestTableName | null> {
  const state: State = { format: null, encoding: null, bytes: 0, sheets: [] };
  const meta: CsvMeta = { encoding: null, delimiter: null, blank: 0, replaced: false };
  const lookups = headerLookups(o.headers ?? undefined);
  try {
    const parts = await partsOf(
      await open(source, { ...o, onProgress: null }),
      { ...o, onProgress: null },
      state,
      meta,
    );
    const part = parts[0];
    if (!part) return null;
    if (part.header) return findHeader([part.header], lookups, null).table;
    const rows: RawRow[] = [];
    for await (const batch of part.rows) {
      for (const row of batch) rows.push(row);
      if (rows.length >= o.headerScan) break;
    }
    return findHeader(
      rows.slice(0, o.headerScan).map((r) => r.cells),
      lookups,
      null,
    ).table;
  } catch {
    return null; // The full read reports why.
  }
}

/**
 * Stacks tables with the union of their columns (arquero's concat keeps only the first
 * table's), filling a column a table lacks with nulls. Code-free, like every ingest step.
 *
 * @example
 * concatIngestTables([aq.table({ a: [1] }), aq.table({ a: [2], b: ['x'] })]); // a: [1, 2], b: [null, 'x']
 */
export function concatTables(tables: readonly ColumnTable[]): ColumnTable {
  if (tables.length === 1 && tables[0]) return tables[0];
  const names: string[] = [];
  for (const t of tables) for (const c of t.columnNames()) if (!names.includes(c)) names.push(c);
  const columns: Record<string, unknown[]> = {};
  for (const c of names) {
    const out: unknown[] = [];
    for (const t of tables) {
      if (t.columnNames().includes(c)) {
        const a = t.array(c) as ArrayLike<unknown>;
        for (let i = 0; i < a.length; i++) out.push(a[i]);
      } else for (let i = 0; i < t.numRows(); i++) out.push(null);
    }
    columns[c] = out;
  }
  return aqTable(columns);
}
