/**
 * The fired matrix: which indicator fired for which household, one bit per pair. Columns are
 * indicator-major and padded to whole 32-bit words, so one indicator's households are
 * contiguous: re-scoring reads only the columns whose points changed, and a word of 32
 * households where nothing fired is skipped with one test. Bits past the last household are 0.
 * At 770k households and 49 indicators the matrix takes 4.7 MB (one byte per pair took 38 MB,
 * and fresh memory is what starts the collector on a large heap).
 */
export interface FiredMatrix {
  /** Households. */
  readonly n: number;
  /** Indicators. */
  readonly m: number;
  /** 32-bit words per indicator column: ⌈n / 32⌉. */
  readonly words: number;
  /** Indicator j's bit for household h: `bits[j × words + (h >>> 5)] >>> (h & 31) & 1`. */
  readonly bits: Uint32Array;
}

/** An empty matrix: nothing fired. */
export function firedMatrix(m: number, n: number): FiredMatrix {
  const words = (n + 31) >>> 5;
  return { n, m, words, bits: new Uint32Array(m * words) };
}

/**
 * Whether indicator `j` (rule-set order) fired for household `h` (input order). A position outside
 * the matrix is a RangeError, not a bit of the neighbouring column.
 */
export function isFired(f: FiredMatrix, j: number, h: number): boolean {
  checkIndicator(f, j);
  if (!Number.isInteger(h) || h < 0 || h >= f.n)
    throw new RangeError(`isFired: household ${h} is not in 0…${f.n - 1}`);
  return firedAt(f, j, h);
}

/** {@link isFired} without the range checks, for the kernel's own loops. */
export function firedAt(f: FiredMatrix, j: number, h: number): boolean {
  return (((f.bits[j * f.words + (h >>> 5)] ?? 0) >>> (h & 31)) & 1) === 1;
}

function checkIndicator(f: FiredMatrix, j: number): void {
  if (!Number.isInteger(j) || j < 0 || j >= f.m)
    throw new RangeError(`fired matrix: indicator ${j} is not in 0…${f.m - 1}`);
}

/** Whether this platform stores numbers little-endian (all current ones do), as setColumn assumes. */
const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;

/**
 * Sets indicator `j`'s column from one byte per household, each 0 or 1 (1 = fired). Whole words
 * are packed from four bytes at a time, read as one 32-bit number; the rest byte by byte.
 */
export function setColumn(f: FiredMatrix, j: number, bytes: Uint8Array): void {
  const { bits, words, n } = f;
  const base = j * words;
  const whole = LITTLE_ENDIAN && bytes.byteOffset % 4 === 0 ? n >>> 5 : 0;
  if (whole > 0) packWords(new Uint32Array(bytes.buffer, bytes.byteOffset, whole * 8), bits, base);
  for (let w = whole; w < words; w++) {
    let word = 0;
    for (let h = w << 5; h < Math.min(n, (w + 1) << 5); h++)
      if (bytes[h] === 1) word |= 1 << (h & 31);
    bits[base + w] = word;
  }
}

/** Packs 0/1 bytes, read four at a time as one 32-bit number, into words from `bits[base]` on. */
function packWords(quads: Uint32Array, bits: Uint32Array, base: number): void {
  for (let w = 0, q = 0; q < quads.length; w++, q += 8) {
    let word = 0;
    for (let i = 0; i < 8; i++) {
      // Bytes b0…b3 (each 0 or 1) sit at bits 0, 8, 16, 24: gather them into bits 0…3.
      const x = quads[q + i] ?? 0;
      word |= ((x | (x >>> 7) | (x >>> 14) | (x >>> 21)) & 15) << (i << 2);
    }
    bits[base + w] = word;
  }
}

/** Indicator `j`'s column as one byte per household (1 = fired). */
export function firedColumn(f: FiredMatrix, j: number): Uint8Array {
  checkIndicator(f, j);
  const out = new Uint8Array(f.n);
  for (let h = 0; h < f.n; h++) out[h] = firedAt(f, j, h) ? 1 : 0;
  return out;
}

/**
 * Writes into `hits` the households in `[from, to)` for which indicator `j` fired, in order, and
 * returns how many. `from` must be a multiple of 32; `hits` must hold `to − from` entries. Takes
 * the matrix's `bits` and `words`, not the matrix, so that the loops that call it read no
 * property of an object made for one scoring (see "Hot loops" in docs/scoring/README.md).
 */
export function firedIn(
  bits: Uint32Array,
  words: number,
  j: number,
  from: number,
  to: number,
  hits: Int32Array,
): number {
  let k = 0;
  const base = j * words;
  const last = (to + 31) >>> 5;
  for (let w = from >>> 5; w < last; w++) {
    let x = bits[base + w] ?? 0;
    while (x !== 0) {
      const low = x & -x;
      const h = (w << 5) + 31 - Math.clz32(low);
      if (h < to) hits[k++] = h;
      x ^= low;
    }
  }
  return k;
}
