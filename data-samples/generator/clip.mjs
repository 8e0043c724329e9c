// Clips polygons to convex cells. d3 has no polygon clipping, and Sutherland–Hodgman leaves
// zero-width bridges when a concave county outline leaves a cell in two pieces, which show as
// stray lines on a map. Splitting by one half-plane at a time and re-pairing the crossings along
// the cutting line gives separate, closed rings instead.

/** @typedef {[number, number]} Point */
/** @typedef {Point[]} Ring  open: the first point is not repeated */

/** Twice the signed area; positive when counter-clockwise (y up). @param {Ring} ring */
export function signedArea2(ring) {
  let sum = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const p = /** @type {Point} */ (ring[i]);
    const q = /** @type {Point} */ (ring[(i + 1) % n]);
    sum += p[0] * q[1] - q[0] * p[1];
  }
  return sum;
}

/** @param {Ring} ring @returns {Ring} the ring, counter-clockwise */
export function counterClockwise(ring) {
  return signedArea2(ring) < 0 ? [...ring].reverse() : ring;
}

/**
 * Keeps the part of a counter-clockwise ring left of the directed line a→b.
 * @param {Ring} ring @param {Point} a @param {Point} b @returns {Ring[]}
 */
function clipRing(ring, a, b) {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const side = ring.map((p) => dx * (p[1] - a[1]) - dy * (p[0] - a[0]));
  const start = side.findIndex((s) => s < 0);
  if (start < 0) return [ring];
  if (side.every((s) => s < 0)) return [];
  /** @type {{points: Point[], sIn: number, sOut: number}[]} */
  const chains = [];
  /** @type {{points: Point[], sIn: number, sOut: number} | null} */
  let chain = null;
  const n = ring.length;
  for (let k = 0; k < n; k++) {
    const i = (start + k) % n;
    const j = (i + 1) % n;
    const p = /** @type {Point} */ (ring[i]);
    const q = /** @type {Point} */ (ring[j]);
    const sp = /** @type {number} */ (side[i]);
    const sq = /** @type {number} */ (side[j]);
    const pInside = sp >= 0;
    const qInside = sq >= 0;
    if (pInside !== qInside) {
      const t = sp / (sp - sq);
      /** @type {Point} */
      const x = [p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])];
      const s = (x[0] - a[0]) * dx + (x[1] - a[1]) * dy;
      if (qInside) {
        chain = { points: [x], sIn: s, sOut: 0 };
      } else if (chain) {
        chain.points.push(x);
        chain.sOut = s;
        chains.push(chain);
        chain = null;
      }
    }
    if (qInside && chain) chain.points.push(q);
  }
  // Along the line, each exit is followed (in +s order) by the entry its ring continues with.
  const crossings = chains.flatMap((c, index) => [
    { s: c.sIn, index, exit: false },
    { s: c.sOut, index, exit: true },
  ]);
  crossings.sort((u, v) => u.s - v.s);
  /** @type {number[]} */
  const nextChain = new Array(chains.length).fill(-1);
  crossings.forEach((c, k) => {
    const following = crossings[k + 1];
    if (c.exit && following && !following.exit) nextChain[c.index] = following.index;
  });
  const used = new Uint8Array(chains.length);
  /** @type {Ring[]} */
  const rings = [];
  for (let first = 0; first < chains.length; first++) {
    if (used[first]) continue;
    /** @type {Ring} */
    const out = [];
    let current = first;
    while (current >= 0 && !used[current]) {
      used[current] = 1;
      out.push(.../** @type {{points: Point[]}} */ (chains[current]).points);
      current = /** @type {number} */ (nextChain[current]);
    }
    if (out.length >= 3) rings.push(out);
  }
  return rings;
}

/**
 * Intersects polygons (outer rings, counter-clockwise, no holes) with a convex polygon.
 * @param {Ring[]} rings @param {Ring} convex @returns {Ring[]}
 */
export function clipToConvex(rings, convex) {
  const cell = counterClockwise(convex);
  let result = rings;
  for (let i = 0; i < cell.length && result.length > 0; i++) {
    const a = /** @type {Point} */ (cell[i]);
    const b = /** @type {Point} */ (cell[(i + 1) % cell.length]);
    result = result.flatMap((ring) => clipRing(ring, a, b));
  }
  return result.filter((ring) => Math.abs(signedArea2(ring)) > 1e-12);
}

/** Even–odd point-in-polygon over several rings. @param {Point} p @param {Ring[]} rings */
export function contains(rings, p) {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = /** @type {Point} */ (ring[i]);
      const [xj, yj] = /** @type {Point} */ (ring[j]);
      if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) {
        inside = !inside;
      }
    }
  }
  return inside;
}
