/**
 * Where a file comes from: a File or Blob (an `<input type=file>` or a drop), bytes, text, or a
 * URL the host names. Everything becomes a stream of byte chunks so that big files are read a
 * piece at a time.
 */

/** A URL the host gives; ingest fetches exactly this URL and nothing else. */
export interface IngestUrl {
  readonly url: string | URL;
  /** The name used in problems; default the last part of the URL's path. */
  readonly name?: string;
}

/**
 * Anything ingest reads. A string is the file's text itself (never a URL: pass a `URL` or
 * `{ url }` for that), so a host's own CSV text cannot make the library fetch anything.
 */
export type IngestSource = Blob | ArrayBuffer | ArrayBufferView | string | URL | IngestUrl;

/** A source opened for reading. */
export interface OpenedSource {
  readonly name: string;
  /** Total bytes if known (a Blob's size, a Content-Length), else null. */
  readonly size: number | null;
  /** The text itself for string sources (no decoding needed), else null. */
  readonly text: string | null;
  /** Byte chunks from the start; for a URL source the response can be read once. */
  readonly chunks: () => AsyncIterable<Uint8Array>;
}

/** Options that opening a source needs. */
export interface OpenOptions {
  readonly fileName: string | undefined;
  readonly chunkSize: number;
  readonly fetch: typeof fetch | undefined;
  readonly signal: AbortSignal | undefined;
}

/** Failure to open or read a source, with the reason as text. */
export class SourceError extends Error {
  override readonly name = 'SourceError';
  constructor(
    message: string,
    /** The file name the source would have had. */
    readonly fileName: string,
  ) {
    super(message);
  }
}

/** Whether a source is fetched (a URL), so its body can be read only once. */
export function isUrlSource(s: IngestSource): s is URL | IngestUrl {
  return s instanceof URL || (typeof s === 'object' && 'url' in s && !ArrayBuffer.isView(s));
}

/**
 * Opens a source. A URL is fetched here with the host's `fetch` (or the global one); an HTTP
 * error becomes a {@link SourceError}.
 */
export async function openSource(source: IngestSource, o: OpenOptions): Promise<OpenedSource> {
  if (typeof source === 'string') {
    return {
      name: o.fileName ?? 'text',
      size: source.length,
      text: source,
      chunks: () => once(new Uint8Array(0)),
    };
  }
  if (typeof Blob !== 'undefined' && source instanceof Blob) {
    const name =
      o.fileName ?? ('name' in source && typeof source.name === 'string' ? source.name : 'blob');
    return {
      name,
      size: source.size,
      text: null,
      chunks: () => blobChunks(source, o.chunkSize, o.signal),
    };
  }
  if (source instanceof ArrayBuffer || ArrayBuffer.isView(source)) {
    const bytes =
      source instanceof ArrayBuffer
        ? new Uint8Array(source)
        : new Uint8Array(source.buffer, source.byteOffset, source.byteLength);
    return {
      name: o.fileName ?? 'bytes',
      size: bytes.byteLength,
      text: null,
      chunks: () => byteChunks(bytes, o.chunkSize),
    };
  }
  if (isUrlSource(source)) {
    const url = source instanceof URL ? source : source.url;
    const href = String(url);
    const name =
      o.fileName ?? (source instanceof URL ? undefined : source.name) ?? lastSegment(href);
    const f = o.fetch ?? globalThis.fetch;
    let response: Response;
    try {
      response = await f(href, o.signal ? { signal: o.signal } : {});
    } catch (e) {
      throw new SourceError(`${href}: ${e instanceof Error ? e.message : String(e)}`, name);
    }
    if (!response.ok)
      throw new SourceError(`${href}: HTTP ${response.status} ${response.statusText}`, name);
    const length = Number(response.headers.get('content-length'));
    const body = response.body;
    return {
      name,
      size: Number.isFinite(length) && length > 0 ? length : null,
      text: null,
      chunks: () => (body ? streamChunks(body, o.chunkSize) : once(new Uint8Array(0))),
    };
  }
  throw new TypeError(
    'ingest: a source must be a File, Blob, ArrayBuffer, typed array, string, URL or { url }',
  );
}

function lastSegment(href: string): string {
  const path = href.split(/[?#]/)[0] ?? href;
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1)) || href;
}

// eslint-disable-next-line @typescript-eslint/require-await
async function* once(bytes: Uint8Array): AsyncIterable<Uint8Array> {
  yield bytes;
}

// eslint-disable-next-line @typescript-eslint/require-await
async function* byteChunks(bytes: Uint8Array, size: number): AsyncIterable<Uint8Array> {
  if (bytes.byteLength === 0) yield bytes;
  for (let o = 0; o < bytes.byteLength; o += size) yield bytes.subarray(o, o + size);
}

// Slices rather than blob.stream(): each piece is read only when wanted, so a 100 MB File
// never sits in memory whole, and the pieces have the size we ask for.
async function* blobChunks(
  blob: Blob,
  size: number,
  signal: AbortSignal | undefined,
): AsyncIterable<Uint8Array> {
  if (blob.size === 0) yield new Uint8Array(0);
  for (let o = 0; o < blob.size; o += size) {
    signal?.throwIfAborted();
    yield new Uint8Array(await blob.slice(o, o + size).arrayBuffer());
  }
}

// A response arrives in pieces the network chose; they are cut into pieces of `size`, as a
// File's are, so that what is read (the delimiter sample, the encoding's first non-ASCII chunk)
// never depends on how the bytes travelled.
async function* streamChunks(
  body: ReadableStream<Uint8Array>,
  size: number,
): AsyncIterable<Uint8Array> {
  const reader = body.getReader();
  const held: Uint8Array[] = [];
  let heldBytes = 0;
  let pieces = 0;
  const take = (n: number): Uint8Array => {
    const out = new Uint8Array(n);
    let o = 0;
    while (o < n) {
      const first = held[0];
      if (!first) break;
      const k = Math.min(first.byteLength, n - o);
      out.set(first.subarray(0, k), o);
      o += k;
      if (k === first.byteLength) held.shift();
      else held[0] = first.subarray(k);
    }
    heldBytes -= n;
    return out;
  };
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      held.push(value);
      heldBytes += value.byteLength;
      for (; heldBytes >= size; pieces++) yield take(size);
    }
    // An empty body is one empty piece, as an empty File is.
    if (heldBytes > 0 || pieces === 0) yield take(heldBytes);
  } finally {
    reader.releaseLock();
  }
}
