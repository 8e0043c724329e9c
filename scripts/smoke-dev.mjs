// `npm start` works: starts the demo's Vite dev server on 127.0.0.1, loads the page (the 南昌县
// sample read, scored and shown) in Chromium, and fails on any console error or failed request,
// an element that shows nothing, or a map that does not draw, recolour and select (maplibre's
// worker is the classic dev-server trap).
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
  await page.waitForFunction(
    () =>
      customElements.get('sw-village-map') &&
      document.querySelector('sw-village-map').villages?.features.length > 0,
    { timeout: 60000 },
  );
  const lamps = await page.evaluate(() => document.querySelectorAll('#households sw-lamps').length);
  if (lamps === 0) problems.push('the demo lists no household with its <sw-lamps>');
  const texts = await page.evaluate(() =>
    ['sw-area-profile', 'sw-work-profile', 'sw-village-board', 'sw-household-card'].map((tag) => [
      tag,
      document.querySelector(tag)?.shadowRoot?.textContent?.trim().length ?? 0,
    ]),
  );
  for (const [tag, length] of texts) if (length < 20) problems.push(`<${tag}> shows nothing`);
  // A red village and an unflagged one of the sample, each with a point inside it.
  const probe = await page.evaluate(() => {
    const map = document.querySelector('sw-village-map');
    const inside = (code) => {
      const feature = map.villages.features.find((f) => f.properties.regionCode === code);
      const polygon =
        feature.geometry.type === 'Polygon'
          ? feature.geometry.coordinates
          : feature.geometry.coordinates[0];
      const ring = polygon[0].slice(0, -1);
      return [
        ring.reduce((a, p) => a + p[0], 0) / ring.length,
        ring.reduce((a, p) => a + p[1], 0) / ring.length,
      ];
    };
    const red = map.flags.find((flag) => flag.flag === 'red').regionCode;
    const flagged = new Set(map.flags.map((flag) => flag.regionCode));
    const other = map.villages.features.find((f) => !flagged.has(f.properties.regionCode))
      .properties.regionCode;
    return { red: { code: red, at: inside(red) }, other: { code: other, at: inside(other) } };
  });
  problems.push(...(await probeMap(page, { selector: 'sw-village-map', ...probe })));
  const shown = await page.evaluate(() => document.querySelector('sw-household-card').householdId);
  if (!shown) problems.push('selecting a village on the map opened no household card');
} catch (error) {
  problems.push(`the demo did not load: ${error.message}`);
}
report.check(`the demo page at ${url} shows the sample county in every element`, problems);
await browser.close();
await server.close();
report.finish();
