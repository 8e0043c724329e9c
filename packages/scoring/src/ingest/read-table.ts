import { table as aqTable, type ColumnTable } from 'arquero';
import type { SharedChecks, TableAssembler } from './assemble.js';
import type { CsvMeta } from './csv-reader.js';
import type { IngestEncoding } from './decode.js';
import type { IngestFormat } from './format.js';
import { resolveOptions, type ReadTableOptions, type ResolvedOptions } from './options.js';
import { makeProblem, type IngestProblem, type IngestTableName } from './problems.js';
import { FileFailure, open, partsOf, type Part, type State } from './parts.js';
import { readPart } from './read-part.js';
import { ingestSchema } from './schema.js';
import { SourceError, type IngestSource } from './sources.js';

/** What one read found out besides the rows. */
export interface IngestStats {
  readonly file: string;
  readonly table: IngestTableName | null;
  readonly format: IngestFormat | null;
  /** The text encoding used (detected or forced); null for binary formats. */
  readonly encoding: IngestEncoding | null;
  readonly delimiter: string | null;
  /** Sheets read, for workbooks. */
  readonly sheets: readonly string[];
  /** Row number of the header (of the first part). */
  readonly headerRow: number | null;
  /** Data rows read: always `accepted + rejected`. */
  readonly read: number;
  readonly accepted: number;
  readonly rejected: number;
  /** Blank lines skipped (not data rows). */
  readonly blank: number;
  /** Bytes read (characters for string sources). */
  readonly bytes: number;
  /** Which header each canonical column came from. */
  readonly columns: Readonly<Record<string, string>>;
  /** Columns kept under their own names. */
  readonly extraColumns: readonly string[];
  /** Warnings per code, counting those not listed one by one. */
  readonly warningCounts: Readonly<Record<string, number>>;
  /** True when the whole file was refused (see `rejected` for why); then read is 0. */
  readonly fileRejected: boolean;
}

/** The outcome of reading one file. */
export interface IngestResult {
  /** The accepted rows as a canonical table (docs/data-model.md) plus the file's other columns. */
  readonly table: ColumnTable;
  /** Why rows (or the file) were rejected: one problem per bad cell or record. */
  readonly rejected: readonly IngestProblem[];
  /** The rejected rows themselves, unchanged: `row`, `file`, then the file's columns. */
  readonly rejectedRows: ColumnTable;
  /** What was accepted but worth a look (converted units, month-only dates, derived values…). */
  readonly warnings: readonly IngestProblem[];
  readonly stats: IngestStats;
}

/**
 * Reads one file into a canonical table: CSV (RFC 4180, UTF-8 or GBK, any of `,` tab `;` `|`),
 * a workbook (.xlsx or .xls; one sheet or several), JSON (records or columns) or Arrow IPC,
 * from a File, Blob, bytes, text, or a URL the host names. Headers in Chinese or English are
 * mapped to canonical columns, title rows above the header skipped, values coerced without
 * guessing, ID numbers, codes, keys and references checked. Every data row ends up either in
 * `table` or in `rejectedRows` with its reasons in `rejected`; nothing is dropped.
 *
 * It never throws for bad data (a file it cannot read at all comes back with `fileRejected`
 * and the reason), only for bad options (a TypeError naming the option).
 *
 * @example
 * const { table, rejected, stats } = await readTable(fileInput.files[0], { table: 'households' });
 * // stats.read === stats.accepted + stats.rejected
 */
export async function readTable(
  source: IngestSource,
  options?: ReadTableOptions,
  /** @internal readTables' accepted keys of this table in earlier files, and reference sets. */
  shared?: SharedChecks,
): Promise<IngestResult> {
  const o = resolveOptions(options);
  return readOpened(await openFile(source, o), o, shared);
}

/** A file opened and split into parts, before any row is handed on (readTables peeks first). */
export interface OpenedFile {
  readonly name: string;
  readonly parts: readonly Part[];
  readonly state: State;
  readonly csvMeta: CsvMeta;
  /** Why the file cannot be read at all, found on opening it; reported when it is read. */
  readonly failure: FileFailure | SourceError | null;
}

/**
 * Opens a source and splits it into parts (a CSV stream, a parsed workbook's sheets…). A file
 * that cannot be opened or parsed comes back with its `failure`; other errors throw.
 */
export async function openFile(source: IngestSource, o: ResolvedOptions): Promise<OpenedFile> {
  const state: State = { format: null, encoding: null, bytes: 0, sheets: [] };
  const csvMeta: CsvMeta = { encoding: null, delimiter: null, blank: 0, replaced: false };
  let name = o.fileName ?? 'file';
  try {
    const opened = await open(source, o);
    name = opened.name;
    return { name, parts: await partsOf(opened, o, state, csvMeta), state, csvMeta, failure: null };
  } catch (e) {
    if (e instanceof FileFailure || e instanceof SourceError)
      return { name, parts: [], state, csvMeta, failure: e };
    throw e;
  }
}

/** Reads the parts of an opened file into one canonical table: {@link readTable} after opening. */
export async function readOpened(
  file: OpenedFile,
  o: ResolvedOptions,
  shared?: SharedChecks,
): Promise<IngestResult> {
  const { name, state, csvMeta } = file;
  let asm: TableAssembler | null = null;
  let table: IngestTableName | null = o.table === 'auto' ? null : o.table;
  const fileProblems: IngestProblem[] = [];
  let headerRow: number | null = null;
  const columns: Record<string, string> = {};
  const extra: string[] = [];
  for (const part of file.parts) {
    try {
      const r = await readPart(part, o, table, asm, state, shared);
      asm = r.asm;
      table = asm.table;
      headerRow ??= r.headerRow;
      for (const p of r.plans) {
        if (p.field) columns[p.field] ??= p.header;
        else if (!extra.includes(p.header)) extra.push(p.header);
      }
    } catch (e) {
      if (!(e instanceof FileFailure)) throw e;
      part.rows.finishBatch();
      fileProblems.push(
        makeProblem(
          { file: part.file, table, row: null, column: e.column, value: null },
          e.code,
          e.detail,
        ),
      );
    }
  }
  const e = file.failure;
  if (e instanceof FileFailure)
    fileProblems.push(
      makeProblem(
        { file: name, table, row: null, column: e.column, value: null },
        e.code,
        e.detail,
      ),
    );
  else if (e instanceof SourceError)
    fileProblems.push(
      makeProblem({ file: e.fileName, table, row: null, column: null, value: null }, 'file.fetch', {
        reason: e.message,
      }),
    );
  const done = asm?.finish();
  const warnings = done?.warnings ?? [];
  return {
    table: done?.table ?? emptyTable(table),
    rejected: [...fileProblems, ...(asm?.rejected ?? [])],
    rejectedRows: done?.rejectedRows ?? aqTable({ row: [], file: [] }),
    warnings,
    stats: {
      file: name,
      table,
      format: state.format,
      encoding: csvMeta.encoding ?? state.encoding,
      delimiter: csvMeta.delimiter,
      sheets: state.sheets,
      headerRow,
      read: asm?.read ?? 0,
      accepted: asm?.accepted ?? 0,
      rejected: asm?.rejectedCount ?? 0,
      blank: csvMeta.blank,
      bytes: state.bytes,
      columns,
      extraColumns: extra,
      warningCounts: asm?.warnings.byCode() ?? {},
      fileRejected: asm === null,
    },
  };
}

function emptyTable(table: IngestTableName | null): ColumnTable {
  return aqTable(Object.fromEntries((table ? ingestSchema[table] : []).map((f) => [f.name, []])));
}
