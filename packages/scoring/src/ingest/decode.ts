/**
 * Text decoding with encoding detection. Department systems still export GBK (GB 2312/GB18030)
 * beside UTF-8; the only reliable sign is whether the bytes are valid UTF-8, so that is the test.
 */

/** Encodings a host can force; `auto` detects. `gbk` is decoded as GB18030, its superset. */
export type IngestEncoding = 'auto' | 'utf-8' | 'gbk' | 'gb18030' | 'utf-16le' | 'utf-16be';

/**
 * The encoding a byte prefix announces with a byte-order mark, or null.
 *
 * @example
 * bomEncoding(Uint8Array.of(0xef, 0xbb, 0xbf, 0x61)); // 'utf-8'
 */
export function bomEncoding(b: Uint8Array): Exclude<IngestEncoding, 'auto' | 'gbk'> | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  if (b[0] === 0x84 && b[1] === 0x31 && b[2] === 0x95 && b[3] === 0x33) return 'gb18030';
  return null;
}

function isAscii(b: Uint8Array): boolean {
  for (let i = 0; i < b.length; i++) if ((b[i] ?? 0) > 0x7f) return false;
  return true;
}

/**
 * A streaming decoder that settles the encoding from the first bytes that are not ASCII: valid
 * UTF-8 there means UTF-8, anything else GB18030 (which decodes GBK and GB2312). ASCII before
 * that decodes the same either way, so a GBK file whose first megabyte is English is still
 * detected. A byte-order mark wins; the host's choice wins over everything. The BOM itself is
 * dropped from the text.
 *
 * @example
 * const d = new StreamDecoder('auto');
 * d.decode(bytes, false) + d.decode(new Uint8Array(0), true);
 * d.encoding; // 'gb18030' for a GBK file
 */
export class StreamDecoder {
  /** The encoding in use; `auto` until the first non-ASCII byte (or the end). */
  encoding: IngestEncoding;
  private decoder: TextDecoder | null = null;
  private started = false;
  private textStarted = false;

  constructor(encoding: IngestEncoding = 'auto') {
    this.encoding = encoding === 'gbk' ? 'gb18030' : encoding;
    if (this.encoding !== 'auto') this.decoder = new TextDecoder(this.encoding);
  }

  /** Decodes the next chunk; `final` flushes a character split across the end. */
  decode(bytes: Uint8Array, final: boolean): string {
    if (!this.started) {
      this.started = true;
      const bom = bomEncoding(bytes);
      if (bom !== null && this.encoding === 'auto') {
        this.encoding = bom;
        this.decoder = new TextDecoder(bom);
      }
      if (bom === 'gb18030' && this.encoding === 'gb18030') bytes = bytes.subarray(4);
    }
    if (this.decoder === null) {
      if (isAscii(bytes)) {
        if (final) this.encoding = 'utf-8';
        return this.strip(new TextDecoder('utf-8').decode(bytes));
      }
      this.encoding = validUtf8(bytes, final) ? 'utf-8' : 'gb18030';
      this.decoder = new TextDecoder(this.encoding);
    }
    return this.strip(this.decoder.decode(bytes, { stream: !final }));
  }

  // Only the very first character can be a byte-order mark; U+FEFF later is text.
  private strip(text: string): string {
    if (this.textStarted || text === '') return text;
    this.textStarted = true;
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }
}

function validUtf8(bytes: Uint8Array, final: boolean): boolean {
  try {
    // stream: true lets a character cut at the chunk's end pass; it is checked with the next.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: !final });
    return true;
  } catch {
    return false;
  }
}
