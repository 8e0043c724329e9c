// Douglas–Peucker simplification of one closed ring, iterative so a 2,500-point outline cannot
// overflow the stack. Used once, at extraction, to keep committed outlines small.

/** @typedef {[number, number]} Point */

/**
 * Squared distance from `p` to the segment `a`–`b`.
 * @param {Point} p @param {Point} a @param {Point} b
 */
function segmentDistance2(p, a, b) {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const length2 = dx * dx + dy * dy;
  const t =
    length2 === 0
      ? 0
      : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2));
  const x = a[0] + t * dx - p[0];
  const y = a[1] + t * dy - p[1];
  return x * x + y * y;
}

/**
 * Simplifies a closed ring (first point = last point), keeping points farther than `tolerance`
 * from the simplified line. The result is closed too.
 * @param {Point[]} ring @param {number} tolerance degrees
 * @returns {Point[]}
 */
export function simplifyRing(ring, tolerance) {
  const open = ring.slice(0, -1);
  if (open.length < 4) return ring;
  // Split the ring at its farthest point from the first, so both halves are open polylines.
  let far = 0;
  let best = -1;
  open.forEach((p, i) => {
    const d = (p[0] - open[0][0]) ** 2 + (p[1] - open[0][1]) ** 2;
    if (d > best) [best, far] = [d, i];
  });
  const keep = new Uint8Array(open.length + 1);
  const points = [...open, open[0]];
  keep[0] = keep[far] = keep[open.length] = 1;
  const stack = [
    [0, far],
    [far, open.length],
  ];
  const tolerance2 = tolerance * tolerance;
  while (stack.length > 0) {
    const [first, last] = /** @type {[number, number]} */ (stack.pop());
    let index = -1;
    let max = tolerance2;
    for (let i = first + 1; i < last; i++) {
      const d = segmentDistance2(points[i], points[first], points[last]);
      if (d > max) [max, index] = [d, i];
    }
    if (index >= 0) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}
