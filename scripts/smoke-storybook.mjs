// Loads every story of the *built* Storybook (storybook-static/) in Chromium and fails a story
// on any console error, uncaught exception, failed request, HTTP error, Storybook error display,
// empty root, or `sw-` element that never got defined. Dev servers hide what breaks in builds.
import { readFile } from 'node:fs/promises';
import { launchChromium, watchPage } from './lib/browser.mjs';
import { probeMap } from './lib/map-probe.mjs';
import { createReport } from './lib/report.mjs';
import { serveStatic } from './lib/static-server.mjs';

const dir = process.argv[2] ?? 'storybook-static';
const index = JSON.parse(await readFile(`${dir}/index.json`, 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');

// Stories checked further, as a person would use them (see scripts/lib/map-probe.mjs).
const probes = {
  'elements-sw-village-map-村级风险地图--flags': (page) =>
    probeMap(page, {
      selector: 'sw-village-map',
      red: { code: '360121101001', at: [115.91, 28.51] },
      other: { code: '360121101002', at: [115.93, 28.51] },
    }),
};

const server = await serveStatic(dir);
const browser = await launchChromium();
const report = createReport(`Built Storybook smoke test: ${stories.length} stories`);

async function check(name, url, probe) {
  // Each page in its own context, so its own window: in one window only the front tab is
  // visible, and a hidden tab gets no animation frames, so its map would never draw.
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const problems = watchPage(page);
  try {
    await page.goto(url, { waitUntil: 'networkidle0', timeout: 90000 });
    problems.push(...(await probe(page)));
  } catch (error) {
    problems.push(`did not load: ${error.message}`);
  }
  report.check(name, problems);
  await context.close();
}

await check('manager page', `${server.url}/index.html`, async (page) => {
  const ok = await page
    .waitForSelector('#storybook-explorer-tree, #storybook-explorer-searchfield', {
      timeout: 20000,
    })
    .then(
      () => true,
      () => false,
    );
  return ok ? [] : ['the sidebar never appeared'];
});

async function checkStory(story) {
  const url = `${server.url}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`;
  await check(`${story.title} › ${story.name}`, url, async (page) => {
    const rendered = await page
      .waitForFunction(
        () => {
          const root = document.querySelector('#storybook-root');
          return root && root.children.length > 0;
        },
        { timeout: 15000 },
      )
      .then(
        () => true,
        () => false,
      );
    // Maps must actually draw: wait for each to go idle (its worker loaded, its tiles drawn).
    const maps = await page.evaluate(async () => {
      const timeout = new Promise((resolve) => setTimeout(() => resolve('timed out'), 45000));
      const results = [];
      for (const map of document.querySelectorAll('sw-village-map')) {
        const idle = map.whenIdle().then(() => (map.map ? 'idle' : 'no map'));
        results.push(await Promise.race([idle, timeout]));
      }
      return results;
    });
    const state = await page.evaluate(() => ({
      error: document.body.classList.contains('sb-show-errordisplay')
        ? (document.querySelector('#error-message')?.textContent ?? 'error display shown')
        : null,
      undefinedTags: [...document.querySelectorAll('*')]
        .filter((el) => el.localName.startsWith('sw-') && !customElements.get(el.localName))
        .map((el) => el.localName),
    }));
    const problems = [];
    if (!rendered) problems.push('the story rendered nothing into #storybook-root');
    if (state.error) problems.push(`Storybook error: ${state.error}`);
    for (const map of maps)
      if (map !== 'idle') problems.push(`a sw-village-map never went idle: ${map}`);
    if (probes[story.id]) problems.push(...(await probes[story.id](page)));
    if (state.undefinedTags.length) problems.push(`undefined elements: ${state.undefinedTags}`);
    return problems;
  });
}

// A few pages at a time: each waits for the network to go idle, mostly waiting. Map stories go
// one at a time in their own lane: each map renders with software WebGL, and three at once on a
// loaded 2-core machine could miss the idle deadline.
const isMap = (story) => story.id.includes('sw-village-map');
const lanes = [stories.filter(isMap), ...Array.from({ length: 2 }, () => [])];
stories.filter((story) => !isMap(story)).forEach((story, i) => lanes[1 + (i % 2)].push(story));
await Promise.all(
  lanes.map(async (lane) => {
    for (const story of lane) await checkStory(story);
  }),
);

await browser.close();
await server.close();
report.finish();
