/** The file formats ingest reads. */
export type IngestFormat = 'csv' | 'xlsx' | 'json' | 'arrow';

const BY_EXTENSION: Readonly<Record<string, IngestFormat>> = {
  csv: 'csv',
  tsv: 'csv',
  txt: 'csv',
  xlsx: 'xlsx',
  xlsm: 'xlsx',
  xls: 'xlsx',
  et: 'xlsx',
  json: 'json',
  arrow: 'arrow',
  arrows: 'arrow',
  feather: 'arrow',
  ipc: 'arrow',
};

/**
 * Tells a file's format from its first bytes, then its name: a zip (`PK`) or an OLE compound
 * file (`D0 CF 11 E0`, old .xls) is a workbook, `ARROW1` or an IPC stream's continuation
 * marker is Arrow, text starting `[` or `{` is JSON; the name's extension settles the rest;
 * anything else is CSV.
 *
 * @example
 * sniffFormat(new TextEncoder().encode('[{"a":1}]'), 'x.txt'); // 'json'
 */
export function sniffFormat(head: Uint8Array, name: string): IngestFormat {
  const b = head;
  if (b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04) return 'xlsx';
  if (b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0) return 'xlsx';
  if (String.fromCharCode(...b.subarray(0, 6)) === 'ARROW1') return 'arrow';
  if (b[0] === 0xff && b[1] === 0xff && b[2] === 0xff && b[3] === 0xff) return 'arrow';
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  const byName = ext ? BY_EXTENSION[ext] : undefined;
  if (byName === 'csv' || byName === 'json') return byName;
  let i = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  while (i < b.length && (b[i] === 0x20 || b[i] === 0x0a || b[i] === 0x0d || b[i] === 0x09)) i++;
  if (b[i] === 0x5b || b[i] === 0x7b) return 'json';
  return byName ?? 'csv';
}

/** The same for a string source: JSON if it starts with `[` or `{`, else CSV. */
export function sniffTextFormat(text: string, name: string): IngestFormat {
  if (/\.json$/i.test(name)) return 'json';
  return /^\uFEFF?\s*[[{]/.test(text) ? 'json' : 'csv';
}

/** Splits a stream into its first chunk (to sniff) and the whole stream again. */
export async function peek(
  chunks: AsyncIterable<Uint8Array>,
): Promise<{ head: Uint8Array; all: AsyncIterable<Uint8Array> }> {
  const it = chunks[Symbol.asyncIterator]();
  const first = await it.next();
  const head = first.done ? new Uint8Array(0) : first.value;
  async function* all(): AsyncIterable<Uint8Array> {
    if (!first.done) yield head;
    for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
  }
  return { head, all: all() };
}
