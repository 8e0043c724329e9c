import { table as aqTable, type ColumnTable } from 'arquero';
import { KeyClaims } from './assemble.js';
import { findHeader, headerLookups } from './header.js';
import { knownKeySet } from './known-keys.js';
import {
  resolveOptions,
  type KnownKeys,
  type ReadTableOptions,
  type ResolvedOptions,
} from './options.js';
import {
  INGEST_TABLES,
  makeProblem,
  type IngestProblem,
  type IngestTableName,
} from './problems.js';
import {
  openFile,
  readOpened,
  readTable,
  type IngestResult,
  type OpenedFile,
} from './read-table.js';
import { SourceError, type IngestSource } from './sources.js';

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
  // A file of a list is opened and parsed once: its first rows tell its table, and the rows
  // looked at are kept for the reading (a file by table is opened only when its turn comes).
  const jobs: { source: IngestSource; file: OpenedFile | null; table: IngestTableName | null }[] =
    [];
  const failed: IngestProblem[] = [];
  if (Array.isArray(input)) {
    const lookups = headerLookups(o.headers ?? undefined);
    for (const source of input as readonly IngestSource[]) {
      const file = await openFile(source, o);
      if (file.failure instanceof SourceError) {
        failed.push(
          makeProblem(
            {
              file: file.failure.fileName,
              table: null,
              row: null,
              column: null,
              value: null,
            },
            'file.fetch',
            { reason: file.failure.message },
          ),
        );
      } else jobs.push({ source, file, table: await probeTable(file, o, lookups) });
    }
  } else {
    for (const [table, sources] of Object.entries(
      input as Record<IngestTableName, IngestSource | IngestSource[]>,
    )) {
      if (!(INGEST_TABLES as readonly string[]).includes(table))
        throw new TypeError(`readTables: unknown table "${table}"`);
      for (const source of Array.isArray(sources) ? sources : [sources])
        jobs.push({ source, file: null, table: table as IngestTableName });
    }
  }
  const rank = (t: IngestTableName | null): number =>
    t === null ? INGEST_TABLES.length : INGEST_TABLES.indexOf(t);
  jobs.sort((a, b) => rank(a.table) - rank(b.table));
  const results: IngestResult[] = [];
  const byTable: Partial<Record<IngestTableName, ColumnTable[]>> = {};
  // The reference sets of regions, households and members: from the options until a file of
  // that table is accepted, then that file's keys, and each later file's keys added to them.
  // Made once and grown, not rebuilt from the stacked table after every file.
  const REF_COLUMNS = { regions: 'regionCode', households: 'householdId', members: 'personId' };
  const known = new Map<IngestTableName, Set<string> | null>();
  const keysOf = (t: keyof typeof REF_COLUMNS, given: KnownKeys | null) => {
    if (!known.has(t)) known.set(t, knownKeySet(given, REF_COLUMNS[t]) as Set<string> | null);
    return known.get(t) ?? null;
  };
  const accept = (t: IngestTableName, table: ColumnTable): void => {
    const first = !byTable[t];
    (byTable[t] ??= []).push(table);
    if (!(t in REF_COLUMNS)) return;
    const keys =
      knownKeySet(table, REF_COLUMNS[t as keyof typeof REF_COLUMNS]) ?? new Set<string>();
    const set = first ? null : known.get(t);
    if (set) for (const k of keys) set.add(k);
    else known.set(t, new Set(keys));
  };
  // One set of accepted keys per table, so that a key repeated in a later file is a duplicate.
  const claims: Partial<Record<IngestTableName, KeyClaims>> = {};
  for (const job of jobs) {
    const jobOptions: ReadTableOptions = { ...options, table: job.table ?? 'auto' };
    const shared = {
      refs: {
        regions: keysOf('regions', o.regions),
        households: keysOf('households', o.households),
        members: keysOf('members', o.members),
      },
      ...(job.table ? { claimed: (claims[job.table] ??= new KeyClaims()) } : {}),
    };
    const r = job.file
      ? await readOpened(job.file, resolveOptions(jobOptions), shared)
      : await readTable(job.source, jobOptions, shared);
    job.file = null; // Its rows are in the result now.
    results.push(r);
    const t = r.stats.table;
    if (t && !r.stats.fileRejected) accept(t, r.table);
  }
  const tables: Partial<Record<IngestTableName, ColumnTable>> = {};
  for (const t of INGEST_TABLES) {
    const list = byTable[t];
    if (list) tables[t] = concatTables(list);
  }
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

/**
 * Which canonical table an opened file holds, from its first rows (kept for the reading), or
 * null if none or several fit, or the file could not be opened.
 */
async function probeTable(
  file: OpenedFile,
  o: ResolvedOptions,
  lookups: ReturnType<typeof headerLookups>,
): Promise<IngestTableName | null> {
  const part = file.parts[0];
  if (file.failure || !part) return null;
  if (part.header) return findHeader([part.header], lookups, null).table;
  const rows = await part.rows.peek(o.headerScan);
  return findHeader(
    rows.map((r) => r.cells),
    lookups,
    null,
  ).table;
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
