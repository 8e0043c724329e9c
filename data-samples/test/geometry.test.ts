import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contains, signedArea2, type Point } from '../generator/clip.mjs';
import { streamCounties } from '../generator/stream.mjs';
import { shortName } from '../geography/extract-geography.mjs';
import { simplifyRing } from '../geography/simplify.mjs';

const root = join(import.meta.dirname, '..');

interface Feature {
  id: string;
  properties: { level: string; parentCode: string | null; lon?: number; lat?: number };
  geometry: { coordinates: Point[][][] };
}

/** Outer rings without the closing point. */
const rings = (f: Feature): Point[][] => f.geometry.coordinates.map((p) => p[0]!.slice(0, -1));
const area = (f: Feature): number => rings(f).reduce((a, r) => a + signedArea2(r) / 2, 0);

describe.each(['nanchang', 'hanyin'])('%s geometry', (dir) => {
  const { features } = JSON.parse(readFileSync(join(root, dir, 'regions.geojson'), 'utf8')) as {
    features: Feature[];
  };
  const villages = features.filter((f) => f.properties.level === 'village');
  const townships = features.filter((f) => f.properties.level === 'township');
  const county = features.find((f) => f.properties.level === 'county')!;

  it('has counter-clockwise exterior rings', () => {
    expect(
      features.filter((f) => rings(f).some((r) => signedArea2(r) <= 0)).map((f) => f.id),
    ).toEqual([]);
  });

  // Coordinates are rounded to 1e-6°, so areas agree to about a millionth, not exactly.
  it('tiles each township with its villages and the county with its townships', () => {
    for (const t of townships) {
      const sum = villages
        .filter((v) => v.properties.parentCode === t.id)
        .reduce((a, v) => a + area(v), 0);
      expect(Math.abs(sum - area(t)) / area(t), t.id).toBeLessThan(1e-4);
    }
    const sum = townships.reduce((a, t) => a + area(t), 0);
    expect(Math.abs(sum - area(county)) / area(county)).toBeLessThan(1e-4);
  });

  it('puts each village label point and each household inside its village', () => {
    const byCode = new Map(villages.map((v) => [v.id, rings(v)]));
    expect(
      villages
        .filter((v) => !contains(rings(v), [v.properties.lon!, v.properties.lat!]))
        .map((v) => v.id),
    ).toEqual([]);
    const lines = readFileSync(join(root, dir, 'households.csv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1);
    const outside = lines.filter((line) => {
      const cells = line.split(',');
      return !contains(byCode.get(cells[1]!)!, [Number(cells[12]), Number(cells[13])]);
    });
    expect(outside).toEqual([]);
  });
});

describe('benchmark sizes', () => {
  it('streams a requested number of households to CSV, sizes reconciling', () => {
    const out = mkdtempSync(join(tmpdir(), 'shouwang-samples-'));
    try {
      const counts = streamCounties({ codes: ['610921'], households: 2000, out, seed: 'stream' });
      expect(counts.households).toBe(2000);
      const households = readFileSync(join(out, 'households.csv'), 'utf8')
        .trim()
        .split('\n')
        .slice(1);
      const people = households.reduce((n, line) => n + Number(line.split(',')[4]), 0);
      expect(counts.members).toBe(people);
      expect(readFileSync(join(out, 'members.csv'), 'utf8').trim().split('\n')).toHaveLength(
        people + 1,
      );
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('geography extraction', () => {
  it('shortens committee names as portals show them', () => {
    expect(shortName('八一村委会')).toBe('八一村');
    expect(shortName('象南社区居委会')).toBe('象南社区');
    expect(shortName('幽兰街居委会')).toBe('幽兰街社区');
    expect(shortName('陈家营村委会（大）')).toBe('陈家营村（大）');
    expect(shortName('蔬菜场生活区')).toBe('蔬菜场生活区');
  });

  it('simplifies a staircase outline to its corners, still closed', () => {
    const ring: [number, number][] = [];
    for (let i = 0; i <= 100; i++) ring.push([i / 100, (i % 2) * 0.0001]);
    ring.push([1, 1], [0, 1], [0, 0]);
    const simple = simplifyRing(ring, 0.001);
    expect(simple[0]).toEqual(simple.at(-1));
    expect(simple.length).toBeLessThan(8);
  });
});
