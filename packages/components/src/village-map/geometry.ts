import type { Geometry, Position } from 'geojson';

/** A bounding box as [west, south, east, north]. */
export type Bounds = [number, number, number, number];

function visit(coordinates: unknown, bounds: Bounds): void {
  if (!Array.isArray(coordinates)) return;
  if (typeof coordinates[0] === 'number') {
    const [x, y] = coordinates as Position;
    if (x === undefined || y === undefined) return;
    bounds[0] = Math.min(bounds[0], x);
    bounds[1] = Math.min(bounds[1], y);
    bounds[2] = Math.max(bounds[2], x);
    bounds[3] = Math.max(bounds[3], y);
    return;
  }
  for (const child of coordinates) visit(child, bounds);
}

/** The bounding box of some geometries, or undefined when they have no coordinates. */
export function boundsOf(geometries: Iterable<Geometry>): Bounds | undefined {
  const bounds: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
  for (const geometry of geometries) {
    if (geometry.type === 'GeometryCollection') {
      const inner = boundsOf(geometry.geometries);
      if (inner) visit([inner.slice(0, 2), inner.slice(2)], bounds);
    } else {
      visit(geometry.coordinates, bounds);
    }
  }
  return Number.isFinite(bounds[0]) ? bounds : undefined;
}
