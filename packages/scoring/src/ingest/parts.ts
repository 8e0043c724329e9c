import { csvRows, type CsvMeta, type RawRow } from './csv-reader.js';
import type { IngestEncoding } from './decode.js';
import { peek, sniffFormat, sniffTextFormat, type IngestFormat } from './format.js';
import { jsonRows, JsonShapeError } from './json-reader.js';
import type { ResolvedOptions } from './options.js';
import type { IngestCode, ProblemDetail } from './problems.js';
import { readAllBytes, readAllText } from './read-bytes.js';
import { openSource, type IngestSource, type OpenedSource } from './sources.js';
import { WorkbookError, xlsxSheets } from './xlsx-reader.js';
import { arrowRows } from './arrow-reader.js';

/** One stream of rows with one header: a CSV or JSON file, one sheet of a workbook. */
export interface Part {
  readonly file: string;
  readonly rows: RowStream;
  /** The header, for formats that have one by construction (JSON, Arrow). */
  readonly header: readonly string[] | null;
  readonly date1904: boolean;
  /** Whether cells may hold U+FFFD from decoding (asked per row, so a stream can turn it on). */
  readonly replaced: () => boolean;
}

/**
 * Batches of rows that can be looked at before they are read: `peek` takes the first rows and
 * keeps them, and iterating hands those out first, then the rest of the batch they came from,
 * then the other batches. So readTables tells a file's table from its first rows and then reads
 * it, parsing it once, and a file waiting for its turn holds only the rows looked at.
 */
export class RowStream implements AsyncIterable<Iterable<RawRow>> {
  private ahead: RawRow[] = [];
  // The batch the rows looked at came from, if they did not take all of it.
  private rest: Iterator<RawRow> | null = null;
  private readonly source: AsyncIterator<Iterable<RawRow>>;
  private ended = false;

  constructor(rows: AsyncIterable<Iterable<RawRow>>) {
    this.source = rows[Symbol.asyncIterator]();
  }

  /** The first `n` rows (all of them if there are fewer), read ahead and kept for the reading. */
  async peek(n: number): Promise<RawRow[]> {
    while (this.ahead.length < n) {
      if (this.rest) {
        const r = this.rest.next();
        if (!r.done) {
          this.ahead.push(r.value);
          continue;
        }
        this.rest = null;
      }
      if (this.ended) break;
      const b = await this.source.next();
      if (b.done) this.ended = true;
      else this.rest = b.value[Symbol.iterator]();
    }
    return this.ahead.slice(0, n);
  }

  /**
   * Reads the rest of the batch rows were looked at in, for a part given up on after looking:
   * its rows are parsed, so that the file's progress counts them, as when a batch is read whole.
   */
  finishBatch(): void {
    const rest = this.rest;
    this.rest = null;
    if (rest) for (let r = rest.next(); !r.done; r = rest.next());
  }

  async *[Symbol.asyncIterator](): AsyncIterator<Iterable<RawRow>> {
    // What was looked at is handed out once and let go, so memory stays bounded.
    const ahead = this.ahead;
    this.ahead = [];
    if (ahead.length > 0) yield ahead;
    const rest = this.rest;
    this.rest = null;
    if (rest) yield { [Symbol.iterator]: () => rest };
    if (this.ended) return;
    for (let r = await this.source.next(); !r.done; r = await this.source.next()) yield r.value;
  }
}

/** A reason the whole file (or sheet) cannot be read: becomes a problem with row null. */
export class FileFailure extends Error {
  constructor(
    readonly code: IngestCode,
    readonly detail: ProblemDetail = {},
    readonly column: string | null = null,
  ) {
    super(code);
  }
}

/** Opens a source with the read's options. */
export async function open(source: IngestSource, o: ResolvedOptions): Promise<OpenedSource> {
  return openSource(source, {
    fileName: o.fileName ?? undefined,
    chunkSize: o.chunkSize,
    fetch: o.fetch ?? undefined,
    signal: o.signal ?? undefined,
  });
}

/** What the parts found out about the file, filled in as it is read. */
export type State = {
  format: IngestFormat | null;
  encoding: IngestEncoding | null;
  bytes: number;
  sheets: string[];
};

/**
 * Splits an opened source into parts by format (sniffed unless forced): CSV streams, the rest
 * is read whole and parsed. Reports progress in bytes.
 */
export async function partsOf(
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
        rows: new RowStream(csvRows(src, opts, csvMeta, progress)),
        replaced: () => csvMeta.replaced,
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
      const replaced = text.includes('\uFFFD');
      return [
        {
          file: opened.name,
          rows: new RowStream(batches(rows)),
          header,
          date1904: false,
          replaced: () => replaced,
        },
      ];
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
      {
        file: opened.name,
        rows: new RowStream(batches(parsed.rows)),
        header: parsed.header,
        date1904: false,
        replaced: () => false,
      },
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
      rows: new RowStream(batches(s.rows)),
      replaced: () => false,
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
