// Checks a <sw-village-map> in a page the way a person would see and use it: the red village is
// drawn red, flagging another village red recolours that one, and a click on the first village
// fires sw-village-select with its code. Pixels are read in maplibre's `render` event, while the frame is still
// in the drawing buffer, so the map needs no preserve-drawing-buffer.

/** Runs in the page: resolves with [r, g, b] at lon/lat once the next frame is drawn. */
function readPixel(selector, lonLat) {
  const element = document.querySelector(selector);
  const map = element.map;
  return new Promise((resolve) => {
    map.once('render', () => {
      const canvas = map.getCanvas();
      const point = map.project(lonLat);
      const ratio = canvas.width / canvas.clientWidth;
      const context = document.createElement('canvas').getContext('2d');
      const [x, y] = [Math.round(point.x * ratio), Math.round(point.y * ratio)];
      context.drawImage(canvas, x, y, 1, 1, 0, 0, 1, 1);
      resolve([...context.getImageData(0, 0, 1, 1).data.slice(0, 3)]);
    });
    map.triggerRepaint();
  });
}

/** Waits for the map to go idle and reads [r, g, b] at lon/lat (see readPixel). */
export async function pixelAt(page, selector, lonLat) {
  await page.evaluate((s) => document.querySelector(s).whenIdle(), selector);
  return page.evaluate(readPixel, selector, lonLat);
}

const isRed = ([r, g, b]) => r > 170 && g < 120 && b < 120;

/**
 * @param {import('puppeteer-core').Page} page
 * @param {{ selector: string, red: { code: string, at: [number, number] }, other: { code: string, at: [number, number] } }} probe
 * @returns {Promise<string[]>} problems, empty when all is well
 */
export async function probeMap(page, { selector, red, other, touch = false }) {
  const problems = [];
  await page.evaluate((s) => {
    const element = document.querySelector(s);
    element.scrollIntoView({ block: 'center' });
    return element.whenIdle();
  }, selector);
  const redPixel = await page.evaluate(readPixel, selector, red.at);
  if (!isRed(redPixel)) problems.push(`village ${red.code} is drawn rgb(${redPixel}), not red`);

  await page.evaluate(
    (s, code) => {
      document.querySelector(s).flags = [{ regionCode: code, flag: 'red' }];
    },
    selector,
    other.code,
  );
  await page.evaluate((s) => document.querySelector(s).whenIdle(), selector);
  const otherPixel = await page.evaluate(readPixel, selector, other.at);
  if (!isRed(otherPixel)) problems.push(`after recolouring, ${other.code} is rgb(${otherPixel})`);
  // A mouse click, then (with `touch`) a finger tap: both must select the village.
  for (const input of touch ? ['click', 'tap'] : ['click']) {
    const position = await page.evaluate(
      (s, at) => {
        const element = document.querySelector(s);
        const rect = element.map.getCanvas().getBoundingClientRect();
        const point = element.map.project(at);
        window.__swSelected = new Promise((resolve) =>
          element.addEventListener('sw-village-select', (event) => resolve(event.detail), {
            once: true,
          }),
        );
        return { x: rect.left + point.x, y: rect.top + point.y };
      },
      selector,
      red.at,
    );
    if (input === 'tap') await page.touchscreen.tap(position.x, position.y);
    else await page.mouse.click(position.x, position.y);
    const selected = await page.evaluate(() =>
      Promise.race([window.__swSelected, new Promise((resolve) => setTimeout(resolve, 3000))]),
    );
    if (selected?.regionCode !== red.code) {
      problems.push(`a ${input} on ${red.code} selected ${JSON.stringify(selected ?? 'nothing')}`);
    }
  }

  return problems;
}
