import { table as aqTable, type ColumnTable } from 'arquero';
import { TableAssembler } from './assemble.js';
import { csvRows, type CsvMeta, type RawRow } from './csv-reader.js';
import type { IngestEncoding } from './decode.js';
import { peek, sniffFormat, sniffTextFormat, type IngestFormat } from './format.js';
import { findHeader, headerLookups, planColumns } from './header.js';
import { jsonRows, JsonShapeError } from './json-reader.js';
import { knownKeySet } from './known-keys.js';
import { resolveOptions, type ReadTableOptions, type ResolvedOptions } from './options.js';
import {
  makeProblem,
  type IngestCode,
  type IngestProblem,
  type IngestTableName,
  type ProblemDetail,
} from './problems.js';
import { readAllBytes, readAllText } from './read-bytes.js';
import { derivable, ingestSchema } from './schema.js';
import { openSource, SourceError, type IngestSource, type OpenedSource } from './sources.js';
import { WorkbookError, xlsxSheets } from './xlsx-reader.js';
import { arrowRows } from './arrow-reader.js';

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

interface Part {
  readonly file: string;
  readonly rows: AsyncIterable<RawRow[]>;
  /** The header, for formats that have one by construction (JSON, Arrow). */
  readonly header: readonly string[] | null;
  readonly date1904: boolean;
}

class FileFailure extends Error {
  constructor(
    readonly code: IngestCode,
    readonly detail: ProblemDetail = {},
    readonly column: string | null = null,
  ) {
    super(code);
  }
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
): Promise<IngestResult> {
  const o = resolveOptions(options);
  let name = o.fileName ?? 'file';
  const state = {
    format: null as IngestFormat | null,
    encoding: null as IngestEncoding | null,
    bytes: 0,
    sheets: [] as string[],
  };
  const csvMeta: CsvMeta = { encoding: null, delimiter: null, blank: 0 };
  let asm: TableAssembler | null = null;
  let table: IngestTableName | null = o.table === 'auto' ? null : o.table;
  const fileProblems: IngestProblem[] = [];
  let headerRow: number | null = null;
  const columns: Record<string, string> = {};
  const extra: string[] = [];
  try {
    const opened = await open(source, o);
    name = opened.name;
    const parts = await partsOf(opened, o, state, csvMeta);
    for (const part of parts) {
      try {
        const r = await readPart(part, o, table, asm, state);
        asm = r.asm;
        table = asm.table;
        headerRow ??= r.headerRow;
        for (const p of r.plans) {
          if (p.field) columns[p.field] ??= p.header;
          else if (!extra.includes(p.header)) extra.push(p.header);
        }
      } catch (e) {
        if (!(e instanceof FileFailure)) throw e;
        fileProblems.push(
          makeProblem(
            { file: part.file, table, row: null, column: e.column, value: null },
            e.code,
            e.detail,
          ),
        );
      }
    }
  } catch (e) {
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
        makeProblem({ file: name, table, row: null, column: null, value: null }, 'file.fetch', {
          reason: e.message,
        }),
      );
    else throw e;
  }
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

async function open(source: IngestSource, o: ResolvedOptions): Promise<OpenedSource> {
  return openSource(source, {
    fileName: o.fileName ?? undefined,
    chunkSize: o.chunkSize,
    fetch: o.fetch ?? undefined,
    signal: o.signal ?? undefined,
  });
}

type State = {
  format: IngestFormat | null;
  encoding: IngestEncoding | null;
  bytes: number;
  sheets: string[];
};

async function partsOf(
  opened: OpenedSource,
  o: ResolvedOptions,
  state: State,
  csvMeta: CsvMeta,
): Promise<Part[]> {
  let src = opened;
  let format: IngestFormat;
  if (opened.text !== null)
    format = o.format === 'auto' ? sniffTextFormat(opened.text, opened.name) : o.format;
  else {
    const { head, all } = await peek(opened.chunks());
    src = { ...opened, chunks: () => all };
    format = o.format === 'auto' ? sniffFormat(head, opened.name) : o.format;
  }
  state.format = format;
  const progress = (bytes: number, rows = 0): void => {
    state.bytes = bytes;
    o.onProgress?.({ file: opened.name, bytes, totalBytes: opened.size, rows });
  };
  if (format === 'csv') {
    const opts = { encoding: o.encoding, delimiter: o.delimiter, chunkSize: o.chunkSize };
    return [
      {
        file: opened.name,
        rows: csvRows(src, opts, csvMeta, progress),
        header: null,
        date1904: false,
      },
    ];
  }
  if (format === 'json') {
    const { text, encoding } = await readAllText(src, o.encoding, progress);
    state.encoding = encoding;
    try {
      const { header, rows } = jsonRows(text);
      return [{ file: opened.name, rows: batches(rows), header, date1904: false }];
    } catch (e) {
      if (e instanceof JsonShapeError)
        throw new FileFailure('file.format', { reason: `JSON: ${e.message}` });
      throw e;
    }
  }
  const bytes = await readAllBytes(src, progress);
  if (format === 'arrow') {
    let parsed;
    try {
      parsed = arrowRows(bytes);
    } catch (e) {
      throw new FileFailure('file.format', {
        reason: `Arrow: ${e instanceof Error ? e.message : String(e)}`,
      });
    }
    return [
      { file: opened.name, rows: batches(parsed.rows), header: parsed.header, date1904: false },
    ];
  }
  const wanted =
    o.sheet === null
      ? null
      : Array.isArray(o.sheet)
        ? (o.sheet as (string | number)[])
        : [o.sheet as string | number];
  try {
    const sheets = xlsxSheets(bytes, wanted);
    state.sheets = sheets.map((s) => s.sheet);
    return sheets.map((s) => ({
      file: `${opened.name}#${s.sheet}`,
      rows: batches(s.rows),
      header: null,
      date1904: s.date1904,
    }));
  } catch (e) {
    if (e instanceof WorkbookError)
      throw new FileFailure(
        e.code,
        e.code === 'file.format' ? { reason: `workbook: ${e.message}` } : e.detail,
      );
    throw e;
  }
}

// eslint-disable-next-line @typescript-eslint/require-await
async function* batches(rows: RawRow[], size = 10000): AsyncIterable<RawRow[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

async function readPart(
  part: Part,
  o: ResolvedOptions,
  table: IngestTableName | null,
  asm: TableAssembler | null,
  state: State,
): Promise<{
  asm: TableAssembler;
  headerRow: number | null;
  plans: ReturnType<typeof planColumns>['plans'];
}> {
  const it = part.rows[Symbol.asyncIterator]();
  const buffered: RawRow[] = [];
  let ended = false;
  const want = o.headerRow === 'auto' ? o.headerScan : o.headerRow;
  while (
    !ended &&
    (part.header === null
      ? buffered.length < want || buffered.every((r) => r.row < want)
      : buffered.length === 0)
  ) {
    const r = await it.next();
    if (r.done) ended = true;
    else buffered.push(...r.value);
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
  const a = asm ?? new TableAssembler(table, o, refsOf(o));
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
  a.startPart(part.file, plans, part.date1904, part.header === null && state.format === 'csv');
  a.addRows(rest);
  for (let r = await it.next(); !r.done; r = await it.next()) {
    o.signal?.throwIfAborted();
    a.addRows(r.value);
  }
  return { asm: a, headerRow, plans };
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
