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
for (const count of [471, 3000]) {
  // A fresh page each time, so the first run's maplibre load is counted the same way.
  const page = await browser.newPage();
  await page.goto(`${server.url}/map-page.html`, { waitUntil: 'load' });
  const result = await page.evaluate((n) => window.runBenchmark(n), count);
  console.log(
    `  ${String(count).padStart(5)} villages: first idle ${result.firstIdle.toFixed(0)} ms, ` +
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
