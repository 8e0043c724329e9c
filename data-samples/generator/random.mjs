// The only source of randomness in the generator: a seeded PRNG (sfc32), so the same seed writes
// the same bytes. No Math.random, no clock. Each part of a sample draws from its own stream
// (`stream(seed, 'members', villageCode)`), so changing one part does not reshuffle the others.

/**
 * Hashes a string to four 32-bit words (cyrb128), the state of a new stream.
 * @param {string} text
 * @returns {[number, number, number, number]}
 */
function hash128(text) {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  return [(h1 ^ h2 ^ h3 ^ h4) >>> 0, (h2 ^ h1) >>> 0, (h3 ^ h1) >>> 0, (h4 ^ h1) >>> 0];
}

/** A seeded random stream with the few draws the generator needs. */
export class Random {
  /** @param {string} key */
  constructor(key) {
    [this.a, this.b, this.c, this.d] = hash128(key);
    for (let i = 0; i < 12; i++) this.next();
  }

  /** A float in [0, 1). */
  next() {
    // sfc32 (Chris Doty-Humphrey): fast, passes PractRand, 32-bit integer arithmetic only.
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** An integer in [0, n). @param {number} n */
  int(n) {
    return Math.floor(this.next() * n);
  }

  /** An integer in [min, max], both included. @param {number} min @param {number} max */
  between(min, max) {
    return min + this.int(max - min + 1);
  }

  /** True with probability `p`. @param {number} p */
  chance(p) {
    return this.next() < p;
  }

  /** @template T @param {readonly T[]} items @returns {T} */
  pick(items) {
    return /** @type {T} */ (items[this.int(items.length)]);
  }

  /**
   * Picks by weight: `[[value, weight], …]`.
   * @template T @param {readonly (readonly [T, number])[]} table @returns {T}
   */
  weighted(table) {
    let total = 0;
    for (const [, w] of table) total += w;
    let r = this.next() * total;
    for (const [value, w] of table) {
      r -= w;
      if (r < 0) return value;
    }
    return /** @type {readonly [T, number]} */ (table[table.length - 1])[0];
  }

  /** A standard normal draw (Box–Muller). */
  normal() {
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** Fisher–Yates, in place. @template T @param {T[]} items @returns {T[]} */
  shuffle(items) {
    for (let i = items.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      [items[i], items[j]] = [/** @type {T} */ (items[j]), /** @type {T} */ (items[i])];
    }
    return items;
  }
}

/**
 * A stream named by the sample's seed and a path of parts.
 * @param {string | number} seed @param {...(string | number)} parts
 */
export function stream(seed, ...parts) {
  return new Random([seed, ...parts].join('\u0000'));
}
