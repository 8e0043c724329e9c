// `npm start` works: starts the demo's Vite dev server on 127.0.0.1, loads the page in Chromium,
// and fails on any console error or failed request, on lamps that do not render, or on a map
// that does not draw, select and recolour (maplibre's worker is the classic dev-server trap).
import { createServer } from 'vite';
import { launchChromium, watchPage } from './lib/browser.mjs';
import { probeMap } from './lib/map-probe.mjs';
import { createReport } from './lib/report.mjs';

const report = createReport('Dev server smoke test (npm start)');
const server = await createServer({
  configFile: 'vite.config.ts',
  logLevel: 'warn',
  server: { port: 0, strictPort: false },
});
await server.listen();
const url = server.resolvedUrls?.local[0] ?? '';
const browser = await launchChromium();
const page = await browser.newPage();
await page.setViewport({ width: 1280, height: 900 });
const problems = watchPage(page);
try {
  await page.goto(url, { waitUntil: 'networkidle0', timeout: 60000 });
  const lamps = await page.evaluate(() => document.querySelectorAll('#households sw-lamps').length);
  if (lamps === 0) problems.push('the demo shows no <sw-lamps>');
  problems.push(
    ...(await probeMap(page, {
      selector: 'sw-village-map',
      red: { code: '360121101001', at: [115.91, 28.51] },
      other: { code: '360121101002', at: [115.93, 28.51] },
    })),
  );
} catch (error) {
  problems.push(`the demo did not load: ${error.message}`);
}
report.check(`the demo page at ${url} renders lamps and a working map`, problems);
await browser.close();
await server.close();
report.finish();
