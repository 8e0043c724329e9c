/**
 * Finding the set bytes of the fired matrix quickly. Most indicators fire for few households, so
 * most of a column is zero bytes; reading it eight bytes at a time through an Int32 view of the
 * same memory skips eight households with two loads when none of them fired.
 */

/** A 32-bit view of the fired matrix (null when its memory is not 4-byte aligned). */
export function firedWords(fired: Uint8Array): Int32Array | null {
  if (fired.byteOffset % 4 !== 0) return null;
  return new Int32Array(fired.buffer, fired.byteOffset, fired.length >> 2);
}

/**
 * Writes into `hits` the positions `i` in `[start, end)` where `fired[i] === 1`, in order, and
 * returns how many there are. `hits` must hold `end − start` entries.
 */
export function firedIn(
  fired: Uint8Array,
  words: Int32Array | null,
  start: number,
  end: number,
  hits: Int32Array,
): number {
  let k = 0;
  // Whole 8-byte groups between the aligned bounds; single bytes before and after.
  const from8 = words ? Math.min(end, (start + 7) & ~7) : end;
  const to8 = words ? Math.max(from8, end & ~7) : end;
  for (let i = start; i < from8; i++) if (fired[i] === 1) hits[k++] = i;
  if (words) {
    for (let w = from8 >> 2; w < to8 >> 2; w += 2) {
      if (((words[w] ?? 0) | (words[w + 1] ?? 0)) === 0) continue;
      for (let i = w << 2, e = i + 8; i < e; i++) if (fired[i] === 1) hits[k++] = i;
    }
  }
  for (let i = to8; i < end; i++) if (fired[i] === 1) hits[k++] = i;
  return k;
}
