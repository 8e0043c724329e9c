// Synthetic village geometry inside a real county outline. Townships are Voronoi cells of seeds
// spread over the county in proportion to their village counts; each township is then cut into
// Voronoi cells of its villages. Because villages are cut from their own township, each
// township's villages are contiguous and the township border is exactly their union.
import { Delaunay } from 'd3-delaunay';
import { clipToConvex, contains, counterClockwise, signedArea2 } from './clip.mjs';

/** @typedef {[number, number]} Point */
/** @typedef {Point[]} Ring */
/** @typedef {import('./random.mjs').Random} Random */

/** Index of a point on a 1024×1024 Hilbert curve: nearby indices are nearby points. */
function hilbert(x, y) {
  let d = 0;
  for (let s = 512; s > 0; s >>= 1) {
    const rx = (x & s) > 0 ? 1 : 0;
    const ry = (y & s) > 0 ? 1 : 0;
    d += s * s * ((3 * rx) ^ ry);
    if (ry === 0) {
      if (rx === 1) {
        x = 1023 - x;
        y = 1023 - y;
      }
      [x, y] = [y, x];
    }
  }
  return d;
}

/** @param {Ring[]} rings */
function bounds(rings) {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of rings) {
    for (const [x, y] of ring) {
      x0 = Math.min(x0, x);
      y0 = Math.min(y0, y);
      x1 = Math.max(x1, x);
      y1 = Math.max(y1, y);
    }
  }
  return /** @type {[number, number, number, number]} */ ([x0, y0, x1, y1]);
}

/**
 * `count` points uniformly inside the rings (rejection sampling in the bounding box).
 * @param {Ring[]} rings @param {number} count @param {Random} random @returns {Point[]}
 */
export function samplePoints(rings, count, random) {
  const [x0, y0, x1, y1] = bounds(rings);
  /** @type {Point[]} */
  const points = [];
  for (let tries = 0; points.length < count && tries < count * 1000; tries++) {
    /** @type {Point} */
    const p = [x0 + random.next() * (x1 - x0), y0 + random.next() * (y1 - y0)];
    if (contains(rings, p)) points.push(p);
  }
  return points;
}

/**
 * Seeds for `weights.length` regions inside the rings, each region's share of the area about
 * its weight's share: sample points, order them along a Hilbert curve, cut the order into runs
 * by weight, and take from each run the point nearest its centroid (always inside the rings).
 * @param {Ring[]} rings @param {number[]} weights @param {Random} random @returns {Point[]}
 */
function seedsFor(rings, weights, random) {
  const total = weights.reduce((a, b) => a + b, 0);
  const samples = samplePoints(rings, Math.max(60 * weights.length, 200), random);
  const [x0, y0, x1, y1] = bounds(rings);
  const scale = 1023 / Math.max(x1 - x0, y1 - y0, 1e-9);
  const keyed = samples.map((p) => ({
    p,
    h: hilbert(Math.floor((p[0] - x0) * scale), Math.floor((p[1] - y0) * scale)),
  }));
  keyed.sort((u, v) => u.h - v.h);
  /** @type {Point[]} */
  const seeds = [];
  let from = 0;
  let cumulative = 0;
  for (const weight of weights) {
    cumulative += weight;
    const to = Math.max(from + 1, Math.round((cumulative / total) * keyed.length));
    const run = keyed.slice(from, Math.min(to, keyed.length));
    const cx = run.reduce((s, k) => s + k.p[0], 0) / run.length;
    const cy = run.reduce((s, k) => s + k.p[1], 0) / run.length;
    let best = /** @type {{p: Point}} */ (run[0]);
    let bestD = Infinity;
    for (const k of run) {
      const d = (k.p[0] - cx) ** 2 + (k.p[1] - cy) ** 2;
      if (d < bestD) [bestD, best] = [d, k];
    }
    seeds.push(best.p);
    from = Math.min(to, keyed.length - 1);
  }
  return seeds;
}

/**
 * Cuts the rings into Voronoi cells of the seeds.
 * @param {Ring[]} rings @param {Point[]} seeds @returns {Ring[][]}
 */
function cells(rings, seeds) {
  const [x0, y0, x1, y1] = bounds(rings);
  const pad = Math.max(x1 - x0, y1 - y0);
  const voronoi = Delaunay.from(seeds).voronoi([x0 - pad, y0 - pad, x1 + pad, y1 + pad]);
  return seeds.map((_, i) => {
    const polygon = voronoi.cellPolygon(i);
    return clipToConvex(rings, /** @type {Ring} */ (polygon.slice(0, -1)));
  });
}

/**
 * A point to label and locate the region: the area centroid of its largest ring, or the seed
 * where a concave cell puts the centroid outside.
 * @param {Ring[]} rings @param {Point} seed @returns {Point}
 */
function centroidOf(rings, seed) {
  let largest = /** @type {Ring} */ (rings[0]);
  for (const ring of rings) {
    if (Math.abs(signedArea2(ring)) > Math.abs(signedArea2(largest))) largest = ring;
  }
  let [cx, cy, a] = [0, 0, 0];
  for (let i = 0; i < largest.length; i++) {
    const p = /** @type {Point} */ (largest[i]);
    const q = /** @type {Point} */ (largest[(i + 1) % largest.length]);
    const cross = p[0] * q[1] - q[0] * p[1];
    cx += (p[0] + q[0]) * cross;
    cy += (p[1] + q[1]) * cross;
    a += cross;
  }
  /** @type {Point} */
  const c = [cx / (3 * a), cy / (3 * a)];
  return contains(rings, c) ? c : seed;
}

/**
 * @typedef {{ code: string, rings: Ring[], centroid: Point }} Cell
 * @typedef {{ township: Cell, villages: Cell[] }} TownshipCells
 */

/**
 * Partitions a county. Works in a local plane (longitude scaled by cos latitude, so cells are
 * not stretched east–west) and returns longitude/latitude.
 * @param {{type: 'MultiPolygon', coordinates: number[][][][]}} outline the real county outline
 * @param {{code: string, villages: {code: string}[]}[]} townships
 * @param {Random} random
 * @returns {TownshipCells[]}
 */
export function partitionCounty(outline, townships, random) {
  const lat0 = outline.coordinates[0]?.[0]?.[0]?.[1] ?? 30;
  const k = Math.cos((lat0 * Math.PI) / 180);
  /** @param {number[]} p @returns {Point} */
  const project = (p) => [/** @type {number} */ (p[0]) * k, /** @type {number} */ (p[1])];
  /** @param {Point} p @returns {Point} */
  const unproject = (p) => [Math.round((p[0] / k) * 1e6) / 1e6, Math.round(p[1] * 1e6) / 1e6];
  /** @param {Cell} c @returns {Cell} */
  const toLonLat = (c) => ({
    code: c.code,
    rings: c.rings.map((r) => r.map(unproject)),
    centroid: unproject(c.centroid),
  });

  const county = outline.coordinates.map((polygon) =>
    counterClockwise(/** @type {number[][]} */ (polygon[0]).slice(0, -1).map(project)),
  );
  const townshipSeeds = seedsFor(
    county,
    townships.map((t) => t.villages.length),
    random,
  );
  const townshipRings = cells(county, townshipSeeds);
  return townships.map((township, t) => {
    const rings = /** @type {Ring[]} */ (townshipRings[t]);
    const seeds = seedsFor(
      rings,
      township.villages.map(() => 1),
      random,
    );
    const villageRings = township.villages.length === 1 ? [rings] : cells(rings, seeds);
    return {
      township: toLonLat({
        code: township.code,
        rings,
        centroid: centroidOf(rings, /** @type {Point} */ (townshipSeeds[t])),
      }),
      villages: township.villages.map((v, i) =>
        toLonLat({
          code: v.code,
          rings: /** @type {Ring[]} */ (villageRings[i]),
          centroid: centroidOf(
            /** @type {Ring[]} */ (villageRings[i]),
            /** @type {Point} */ (seeds[i]),
          ),
        }),
      ),
    };
  });
}
