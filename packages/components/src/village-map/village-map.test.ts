import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { SwHouseholdOpenEvent } from '../events/household-open.js';
import type { SwVillageSelectEvent } from '../events/village-select.js';
import type { SwVillageMap } from './village-map.js';
import './village-map.js';
import {
  fixtureCentre,
  fixtureFlags,
  fixtureHouseholds,
  fixtureTownships,
  fixtureVillages,
} from './village-map.fixtures.js';

async function renderMap(lang = 'zh-CN'): Promise<SwVillageMap> {
  const el = await fixture<SwVillageMap>(
    html`<sw-village-map
      style="width: 800px; --sw-village-map-height: 400px"
      lang=${lang}
      preserve-drawing-buffer
      .villages=${fixtureVillages}
      .townships=${fixtureTownships}
      .households=${fixtureHouseholds}
      .flags=${fixtureFlags}
    ></sw-village-map>`,
  );
  await el.whenIdle();
  return el;
}

/** The canvas pixel at a village's centre, as [r, g, b]. */
function pixelAt(el: SwVillageMap, lonLat: [number, number]): [number, number, number] {
  const map = el.map!;
  const canvas = map.getCanvas();
  const point = map.project(lonLat);
  const ratio = canvas.width / canvas.clientWidth;
  const probe = document.createElement('canvas');
  probe.width = probe.height = 1;
  const context = probe.getContext('2d')!;
  context.drawImage(
    canvas,
    Math.round(point.x * ratio),
    Math.round(point.y * ratio),
    1,
    1,
    0,
    0,
    1,
    1,
  );
  const [r = 0, g = 0, b = 0] = context.getImageData(0, 0, 1, 1).data;
  return [r, g, b];
}

const isRed = ([r, g, b]: number[]) => r! > 170 && g! < 120 && b! < 120;
const isYellow = ([r, g, b]: number[]) => r! > 200 && g! > 160 && b! < 120;

/**
 * The URLs the page requested while `run` ran. The timing buffer is emptied and enlarged first:
 * the dev server serves every module as a request, and a full buffer (250 entries by default)
 * drops new entries, which would let a request go unseen.
 */
async function requestsDuring<T>(run: () => Promise<T>): Promise<[T, string[]]> {
  performance.clearResourceTimings();
  performance.setResourceTimingBufferSize(100000);
  const value = await run();
  return [value, performance.getEntriesByType('resource').map((entry) => entry.name)];
}

/** Page coordinates of a village centre, for real mouse input. */
function pagePoint(el: SwVillageMap, lonLat: [number, number]): [number, number] {
  const rect = el.map!.getCanvas().getBoundingClientRect();
  const point = el.map!.project(lonLat);
  return [Math.round(rect.left + point.x), Math.round(rect.top + point.y)];
}

describe('<sw-village-map>', () => {
  it('passes the axe accessibility audit', async () => {
    const el = await renderMap();
    await expect(el).to.be.accessible();
  });

  it('draws a red village red and an unflagged one not red', async () => {
    const el = await renderMap();
    expect(isRed(pixelAt(el, fixtureCentre('360121101001')))).to.equal(true);
    expect(isRed(pixelAt(el, fixtureCentre('360121101002')))).to.equal(false);
    expect(isYellow(pixelAt(el, fixtureCentre('360121101003')))).to.equal(true);
  });

  it('recolours when the flags change', async () => {
    const el = await renderMap();
    el.flags = [{ regionCode: '360121101002', flag: 'red' }];
    await el.whenIdle();
    expect(isRed(pixelAt(el, fixtureCentre('360121101002')))).to.equal(true);
    expect(isRed(pixelAt(el, fixtureCentre('360121101001')))).to.equal(false);
  });

  it('colours villages by a metric on color-by="metric", the highest darkest', async () => {
    const el = await renderMap();
    el.values = { '360121101001': 1, '360121101002': 5, '360121101003': 10 };
    el.colorBy = 'metric';
    await el.whenIdle();
    const luminance = (code: string) => pixelAt(el, fixtureCentre(code)).reduce((a, b) => a + b, 0);
    expect(luminance('360121101001')).to.be.greaterThan(luminance('360121101002'));
    expect(luminance('360121101002')).to.be.greaterThan(luminance('360121101003'));
    expect(el.shadowRoot!.querySelector('[part="legend"] .gradient')).to.not.equal(null);
  });

  it('fires sw-village-select with the village when it is clicked', async () => {
    const el = await renderMap();
    const [x, y] = pagePoint(el, fixtureCentre('360121101001'));
    const event = oneEvent<SwVillageSelectEvent>(el, 'sw-village-select');
    await sendMouse({ type: 'click', position: [x, y] });
    const { detail } = await event;
    expect(detail).to.deep.equal({ regionCode: '360121101001', name: '八一村', flag: 'red' });
  });

  it('fires sw-household-open when a household point is clicked', async () => {
    const el = await renderMap();
    const point = fixtureHouseholds[0]!.geometry.coordinates as [number, number];
    const [x, y] = pagePoint(el, point);
    const event = oneEvent<SwHouseholdOpenEvent>(el, 'sw-household-open');
    await sendMouse({ type: 'click', position: [x, y] });
    expect((await event).detail).to.deep.equal({ householdId: 'H-ALONE' });
  });

  it('lists the flagged villages red first, each with a word, and selects one by keyboard', async () => {
    const el = await renderMap();
    const items = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="list-item"]')];
    expect(items.map((item) => item.textContent.replace(/\s+/g, ' ').trim())).to.deep.equal([
      '▲ 红色 八一村 3 户亮 3 盏灯且工单逾期',
      '● 黄色 塔城村 核实及时率 62%，低于 80%',
    ]);
    items[1]!.focus();
    const event = oneEvent<SwVillageSelectEvent>(el, 'sw-village-select');
    await sendKeys({ press: 'Enter' });
    expect((await event).detail.regionCode).to.equal('360121101003');
    await el.updateComplete;
    expect(items[1]!.getAttribute('aria-current')).to.equal('true');
  });

  it('marks each listed flag with the shared flag part, its icon hidden from screen readers', async () => {
    const el = await renderMap();
    const flags = [...el.shadowRoot!.querySelectorAll('[part~="list-item"] [part~="flag"]')];
    expect(flags.map((flag) => flag.getAttribute('part'))).to.deep.equal([
      'flag flag-red',
      'flag flag-yellow',
    ]);
    expect(
      flags.map((flag) => flag.querySelector('[aria-hidden="true"]')?.textContent),
    ).to.deep.equal(['▲', '●']);
  });

  it('speaks English on lang="en"', async () => {
    const el = await renderMap('en');
    const title = el.shadowRoot!.querySelector('[part="list-title"]')!;
    expect(title.textContent).to.equal('Red and yellow villages');
    expect(el.shadowRoot!.querySelector('[part="map"]')!.getAttribute('aria-label')).to.equal(
      'Village risk map',
    );
  });

  it('renders a village name as text, never as HTML', async () => {
    const el = await renderMap();
    const hostile = '<img src=x onerror=alert(1)>';
    el.villages = {
      ...fixtureVillages,
      features: fixtureVillages.features.map((f, i) =>
        i === 0 ? { ...f, properties: { ...f.properties, name: hostile } } : f,
      ),
    };
    await el.updateComplete;
    const first = el.shadowRoot!.querySelector('[part~="list-item"]')!;
    expect(first.textContent).to.contain(hostile);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
  });

  it('makes no network request of its own without a style-url', async () => {
    const [, requested] = await requestsDuring(async () => {
      const el = await renderMap();
      el.flags = [];
      await el.whenIdle();
    });
    const requests = requested
      // maplibre's own module, worker and CSS are loaded on first use, from this origin.
      .filter((url) => !/maplibre-gl(-worker)?\.(mjs|css)|__sw-vite-import__/.test(url));
    expect(requests).to.deep.equal([]);
  });

  it('draws a raster PMTiles basemap the host gives, requesting only that archive', async () => {
    const archive = new URL('./__fixtures__/blue-z0.pmtiles', import.meta.url).href;
    const [el, requested] = await requestsDuring(async () => {
      const map = await fixture<SwVillageMap>(
        html`<sw-village-map
          style="width: 800px"
          preserve-drawing-buffer
          basemap-pmtiles=${archive}
          .villages=${fixtureVillages}
        ></sw-village-map>`,
      );
      await map.whenIdle();
      return map;
    });
    // Below the villages, where only the basemap is drawn: the archive's blue tile.
    const bounds = el.map!.getBounds();
    const [r, g, b] = pixelAt(el, [bounds.getCenter().lng, (bounds.getSouth() + 28.5) / 2]);
    expect(b).to.be.greaterThan(150);
    expect(r).to.be.lessThan(80);
    expect(g).to.be.lessThan(130);
    const requests = requested
      .map((url) => new URL(url).pathname)
      .filter((path) => !/maplibre-gl|pmtiles\/dist|__sw-vite-import__|fflate/.test(path));
    expect([...new Set(requests)]).to.deep.equal([new URL(archive).pathname]);
  });

  it('drills down county → township → village on clicks with drill-down, and back up', async () => {
    const el = await renderMap();
    el.drillDown = true;
    await el.updateComplete;
    const changes: string[] = [];
    el.addEventListener('sw-region-change', (event) => {
      changes.push(`${event.detail.level}:${event.detail.regionCode}`);
    });
    const click = async () => {
      await el.whenIdle();
      const [x, y] = pagePoint(el, fixtureCentre('360121101002'));
      await sendMouse({ type: 'click', position: [x, y] });
    };
    await click();
    expect(el.regionCode).to.equal('360121101000');
    await click();
    expect(el.regionCode).to.equal('360121101002');
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="up"]')!.click();
    expect(changes).to.deep.equal([
      'township:360121101000',
      'village:360121101002',
      'township:360121101000',
    ]);
  });

  it('takes a 12-digit county code as the county: all villages, no way up, township on click', async () => {
    const el = await renderMap();
    el.drillDown = true;
    el.regionCode = '360121000000';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="up"]')).to.equal(null);
    const changes: string[] = [];
    el.addEventListener('sw-region-change', (event) => {
      changes.push(`${event.detail.level}:${event.detail.regionCode}`);
    });
    await el.whenIdle();
    const [x, y] = pagePoint(el, fixtureCentre('360121101002'));
    await sendMouse({ type: 'click', position: [x, y] });
    expect(changes).to.deep.equal(['township:360121101000']);
  });
});
