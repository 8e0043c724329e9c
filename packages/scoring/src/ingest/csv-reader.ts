import { CsvParser, type CsvFault } from './csv-parse.js';
import { StreamDecoder, type IngestEncoding } from './decode.js';
import type { RawCell } from './coerce.js';
import type { OpenedSource } from './sources.js';

/** One row as a reader hands it over, numbered as the file shows it. */
export interface RawRow {
  readonly row: number;
  readonly cells: readonly RawCell[];
  /** A CSV record that could not be read cleanly. */
  readonly fault: CsvFault | null;
}

/** Delimiters ingest detects, in order of preference on a tie. */
export const CSV_DELIMITERS = [',', '\t', ';', '|'] as const;

/**
 * Picks the delimiter that splits the first records of a sample into the same number of
 * fields (more than one) most often. Quotes are respected, so commas inside quoted Chinese
 * addresses do not count. Falls back to `,` for a one-column file.
 *
 * @example
 * detectDelimiter('a;b;c\n1;"2,5";3\n'); // ';'
 */
export function detectDelimiter(
  sample: string,
  candidates: readonly string[] = CSV_DELIMITERS,
): string {
  let best = { delimiter: candidates[0] ?? ',', score: 0 };
  for (const d of candidates) {
    const records = new CsvParser(d)
      .push(sample, false)
      .filter((r) => r.fields.length > 1 || r.fields[0] !== '')
      .slice(0, 50);
    const counts = new Map<number, number>();
    for (const r of records) counts.set(r.fields.length, (counts.get(r.fields.length) ?? 0) + 1);
    for (const [fields, times] of counts) {
      const score = fields > 1 ? times * 1000 + fields : 0;
      if (score > best.score) best = { delimiter: d, score };
    }
  }
  return best.delimiter;
}

/** What the CSV reader found out about its file. */
export interface CsvMeta {
  encoding: IngestEncoding | null;
  delimiter: string | null;
  blank: number;
  /** True once decoded text held U+FFFD: only then are cells searched for it. */
  replaced: boolean;
}

/** Progress as a reader reports it: bytes consumed (or characters, for text) and rows. */
export type ReaderProgress = (bytes: number, rows: number) => void;

const SAMPLE = 64 * 1024;

// The parser builds the rows themselves: one object a record, not a record and then a row.
const toRow = (row: number, cells: string[], fault: CsvFault | null): RawRow => ({
  row,
  cells,
  fault,
});

/**
 * Streams a CSV source as batches of rows: decode a chunk, hand on its rows. Only the
 * unfinished tail of the text is kept between chunks, and a batch parses its rows as they are
 * taken, so memory stays bounded by one chunk's text, not all its rows; a batch's progress is
 * reported when it has been read to its end. Chunks that complete no row give no batch. Blank
 * lines are skipped and counted in `meta.blank`.
 */
export async function* csvRows(
  source: OpenedSource,
  options: { encoding: IngestEncoding; delimiter: string; chunkSize: number },
  meta: CsvMeta,
  progress: ReaderProgress,
): AsyncIterable<Iterable<RawRow>> {
  const decoder = new StreamDecoder(options.encoding);
  let parser: CsvParser<RawRow> | null = null;
  let pending = '';
  let bytes = 0;
  let rows = 0;
  // The next row of the text fed (blank lines counted and passed over), or null.
  const take = (): RawRow | null => {
    if (parser === null) return null;
    for (let r = parser.next(); r !== undefined; r = parser.next()) {
      if (r.cells.length === 1 && r.cells[0] === '' && r.fault === null) meta.blank++;
      else {
        rows++;
        return r;
      }
    }
    return null;
  };
  // Feeds a piece of text; its first row, or null if it completes none.
  const feed = (text: string, final: boolean): RawRow | null => {
    if (parser === null) {
      pending += text;
      if (pending.length < SAMPLE && !final) return null;
      meta.delimiter = options.delimiter === 'auto' ? detectDelimiter(pending) : options.delimiter;
      parser = new CsvParser(meta.delimiter, toRow);
      text = pending;
      pending = '';
    }
    if (!meta.replaced && text.includes('\uFFFD')) meta.replaced = true;
    parser.feed(text, final);
    return take();
  };
  // The rows of one piece of text, from its first, parsed as they are taken; then the progress
  // up to `at` bytes (or characters).
  function* batch(first: RawRow, at: number): Iterable<RawRow> {
    for (let r: RawRow | null = first; r !== null; r = take()) yield r;
    progress(at, rows);
  }
  if (source.text !== null) {
    const text = source.text.charCodeAt(0) === 0xfeff ? source.text.slice(1) : source.text;
    for (let o = 0; o < text.length || o === 0; o += options.chunkSize) {
      const end = o + options.chunkSize >= text.length;
      const first = feed(text.slice(o, o + options.chunkSize), end);
      const at = Math.min(text.length, o + options.chunkSize);
      if (first) yield batch(first, at);
      else progress(at, rows);
      if (end) break;
    }
    return;
  }
  for await (const chunk of source.chunks()) {
    bytes += chunk.byteLength;
    const first = feed(decoder.decode(chunk, false), false);
    meta.encoding = decoder.encoding;
    if (first) yield batch(first, bytes);
    else progress(bytes, rows);
  }
  const last = feed(decoder.decode(new Uint8Array(0), true), true);
  meta.encoding = decoder.encoding === 'auto' ? 'utf-8' : decoder.encoding;
  if (last) yield batch(last, bytes);
  else progress(bytes, rows);
}
