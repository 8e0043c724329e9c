import { StreamDecoder, type IngestEncoding } from './decode.js';
import type { OpenedSource } from './sources.js';

/**
 * Reads a whole source into one byte array, for formats that cannot be parsed in pieces
 * (a workbook is a zip; JSON and Arrow are parsed whole), reporting bytes as they arrive.
 */
export async function readAllBytes(
  source: OpenedSource,
  progress: (bytes: number) => void,
): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of source.chunks()) {
    parts.push(chunk);
    total += chunk.byteLength;
    progress(total);
  }
  if (parts.length === 1 && parts[0]) return parts[0];
  const out = new Uint8Array(total);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.byteLength;
  }
  return out;
}

/** Reads a whole source as text, detecting its encoding like the CSV reader does. */
export async function readAllText(
  source: OpenedSource,
  encoding: IngestEncoding,
  progress: (bytes: number) => void,
): Promise<{ text: string; encoding: IngestEncoding }> {
  if (source.text !== null) return { text: source.text.replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  const decoder = new StreamDecoder(encoding);
  let text = '';
  let total = 0;
  for await (const chunk of source.chunks()) {
    total += chunk.byteLength;
    text += decoder.decode(chunk, false);
    progress(total);
  }
  text += decoder.decode(new Uint8Array(0), true);
  return { text, encoding: decoder.encoding === 'auto' ? 'utf-8' : decoder.encoding };
}
