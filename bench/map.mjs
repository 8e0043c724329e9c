// Benchmark of <sw-village-map> in headless Chromium (software WebGL), on the built IIFE bundle
// (run `npm run build` first): time to the first `idle` for 471 villages (南昌县) and 3,000
// villages, the median time to recolour, and the bytes the map adds. Prints figures; asserts none.
import { statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { launchChromium } from '../scripts/lib/browser.mjs';
import { serveStatic } from '../scripts/lib/static-server.mjs';

const server = await serveStatic('bench', { mounts: { '/dist/': 'packages/components/dist' } });
const browser = await launchChromium();
console.log('sw-village-map benchmark (headless Chromium, SwiftShader WebGL, 1200×800)');
// 南昌县's 471 real village outlines (the committed sample), then 3,000 synthetic villages.
const regions = JSON.parse(readFileSync('data-samples/nanchang/regions.geojson', 'utf8'));
const nanchang = regions.features
  .filter((feature) => feature.properties.level === 'village')
  .map((feature) => ({
    ...feature,
    properties: { regionCode: feature.properties.regionCode, name: feature.properties.name },
  }));
for (const [label, count, given] of [
  ['南昌县', nanchang.length, nanchang],
  ['synthetic', 3000, null],
]) {
  // A fresh page each time, so the first run's maplibre load is counted the same way.
  const page = await browser.newPage();
  await page.goto(`${server.url}/map-page.html`, { waitUntil: 'load' });
  const result = await page.evaluate((n, g) => window.runBenchmark(n, 1, g), count, given);
  console.log(
    `  ${label.padEnd(9)} ${String(count).padStart(5)} villages: first idle ${result.firstIdle.toFixed(0)} ms, ` +
      `recolour ${result.recolourMedian.toFixed(0)} ms (median of 5)`,
  );
  await page.close();
}
await browser.close();
await server.close();

const kB = (n) => `${(n / 1024).toFixed(1)} kB`;
console.log('Bytes a page with a map adds (loaded lazily, only when a map connects):');
for (const file of ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css']) {
  const path = `packages/components/dist/${file}`;
  const gzip = gzipSync(readFileSync(path), { level: 9 }).length;
  console.log(
    `  ${file.padEnd(24)} ${kB(statSync(path).size).padStart(10)}  ${kB(gzip).padStart(9)} gzip`,
  );
}
