import type { ColumnTable } from 'arquero';
import type { IngestEncoding } from './decode.js';
import type { HeaderWords } from './header.js';
import { INGEST_TABLES, type IngestTableName } from './problems.js';

/** Progress of one read, reported after each chunk (CSV) or step (other formats). */
export interface IngestProgress {
  readonly file: string;
  /** Bytes read so far (characters, for a string source). */
  readonly bytes: number;
  /** Total bytes, if known. */
  readonly totalBytes: number | null;
  /** Data rows parsed so far. */
  readonly rows: number;
}

/** Known keys another table provides: a list of codes/ids, or a table with that column. */
export type KnownKeys = Iterable<string> | ColumnTable;

/** Options of {@link readTable}; every one is optional (see {@link readTableDefaults}). */
export interface ReadTableOptions {
  /** Which canonical table the file holds; `'auto'` tells it from the header. */
  table?: IngestTableName | 'auto';
  /** `'auto'` tells it from the file name, then the first bytes. */
  format?: 'auto' | 'csv' | 'xlsx' | 'json' | 'arrow';
  /** Text encoding; `'auto'` detects UTF-8 vs GBK/GB18030 (and BOMs). */
  encoding?: IngestEncoding;
  /** CSV delimiter; `'auto'` detects among `,` tab `;` `|`. */
  delimiter?: 'auto' | ',' | ';' | '\t' | '|';
  /** Decimal mark of numbers; with `','` the thousands separator is `.` or a space. */
  decimal?: '.' | ',';
  /** Workbook sheets: a name, a 0-based position, or several (read into one table). */
  sheet?: string | number | readonly (string | number)[] | null;
  /** The header's row number as the file shows it, or `'auto'` (scans the first `headerScan` rows). */
  headerRow?: number | 'auto';
  /** Rows scanned for the header. */
  headerScan?: number;
  /** Extra header words, `{ '户码': 'householdId' }`, for all tables (`'*'`) or one. */
  headers?: Readonly<Partial<Record<IngestTableName | '*', HeaderWords>>> | null;
  /** Extra code words by column, `{ health: { '残疾': 'chronic' } }`. */
  codes?: Readonly<Record<string, Readonly<Record<string, string>>>> | null;
  /** Cell texts that mean "no value" besides blank ones. */
  nullValues?: readonly string[];
  /** A month in a date column (`202404`): `'first'` reads the 1st with a warning; `'reject'`. */
  monthAsDate?: 'first' | 'reject';
  /** An invalid value in an optional column: `'reject'` the row, or set `'null'` with a warning. */
  onInvalid?: 'reject' | 'null';
  /** Region codes that exist; household and region codes are checked against them. */
  regions?: KnownKeys | null;
  /** Household ids that exist; references from other tables are checked against them. */
  households?: KnownKeys | null;
  /** ID numbers that exist; person records of departmentRecords are checked against them. */
  members?: KnownKeys | null;
  /** Show personal data whole in problems. */
  unmask?: boolean;
  /** The file's name in problems (default: the File's name, the URL's last segment). */
  fileName?: string | null;
  /** Bytes read at a time. */
  chunkSize?: number;
  /** Individual warnings listed per code and column; the rest are counted. */
  maxWarnings?: number;
  /** Called as the read progresses. */
  onProgress?: ((p: IngestProgress) => void) | null;
  /** The fetch used for URL sources (default the global one). */
  fetch?: typeof fetch | null;
  /** Aborts the read. */
  signal?: AbortSignal | null;
}

/**
 * The defaults of every {@link ReadTableOptions} option. `undefined` means the default; an
 * unknown option name is an error that names it.
 *
 * @example
 * readTableDefaults.chunkSize; // 1048576: files are read a mebibyte at a time
 */
export const readTableDefaults = Object.freeze({
  table: 'auto',
  format: 'auto',
  encoding: 'auto',
  delimiter: 'auto',
  decimal: '.',
  sheet: null,
  headerRow: 'auto',
  headerScan: 20,
  headers: null,
  codes: null,
  nullValues: ['NULL', 'null', 'N/A', '#N/A', 'NaN'],
  monthAsDate: 'first',
  onInvalid: 'reject',
  regions: null,
  households: null,
  members: null,
  unmask: false,
  fileName: null,
  chunkSize: 1 << 20,
  maxWarnings: 100,
  onProgress: null,
  fetch: null,
  signal: null,
} as const);

/** Options with every default filled in. */
export type ResolvedOptions = {
  -readonly [K in keyof ReadTableOptions]-?: Exclude<ReadTableOptions[K], undefined>;
};

const choices: Partial<Record<keyof ReadTableOptions, readonly unknown[]>> = {
  table: ['auto', ...INGEST_TABLES],
  format: ['auto', 'csv', 'xlsx', 'json', 'arrow'],
  encoding: ['auto', 'utf-8', 'gbk', 'gb18030', 'utf-16le', 'utf-16be'],
  delimiter: ['auto', ',', ';', '\t', '|'],
  decimal: ['.', ','],
  monthAsDate: ['first', 'reject'],
  onInvalid: ['reject', 'null'],
};

/**
 * Fills in defaults and checks names and choices, as Plot does: a misspelt option fails loudly
 * instead of being ignored.
 *
 * @example
 * resolveOptions({ delimter: ';' }); // TypeError: readTable: unknown option "delimter"
 */
export function resolveOptions(
  options: ReadTableOptions | undefined,
  extraKeys: readonly string[] = [],
): ResolvedOptions {
  const out: Record<string, unknown> = { ...readTableDefaults };
  for (const [key, value] of Object.entries(options ?? {})) {
    if (!(key in readTableDefaults) && !extraKeys.includes(key)) {
      throw new TypeError(`readTable: unknown option "${key}"`);
    }
    if (value === undefined) continue;
    const allowed = choices[key as keyof ReadTableOptions];
    if (allowed && !allowed.includes(value)) {
      throw new TypeError(
        `readTable: option "${key}" must be one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}, not ${JSON.stringify(value)}`,
      );
    }
    out[key] = value;
  }
  const r = out as ResolvedOptions;
  if (!(Number.isInteger(r.chunkSize) && r.chunkSize >= 1024))
    throw new TypeError('readTable: option "chunkSize" must be a whole number ≥ 1024');
  if (!(Number.isInteger(r.headerScan) && r.headerScan >= 1))
    throw new TypeError('readTable: option "headerScan" must be a whole number ≥ 1');
  if (r.headerRow !== 'auto' && !(Number.isInteger(r.headerRow) && r.headerRow >= 1)) {
    throw new TypeError('readTable: option "headerRow" must be "auto" or a row number from 1');
  }
  return r;
}
