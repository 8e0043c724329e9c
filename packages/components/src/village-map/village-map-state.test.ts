import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import type { SwVillageMap } from './village-map.js';
import './village-map.js';
import { fixtureCentre, fixtureFlags, fixtureVillages } from './village-map.fixtures.js';

const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const $ = (el: SwVillageMap, selector: string) => el.shadowRoot!.querySelector(selector);
const fontSize = (node: Element | null) => parseFloat(getComputedStyle(node!).fontSize);

async function renderMap(attributes: { loading?: boolean; error?: string; big?: boolean } = {}) {
  return fixture<SwVillageMap>(
    html`<sw-village-map
      style="width: 800px; --sw-village-map-height: 400px"
      ?loading=${attributes.loading ?? false}
      error=${attributes.error ?? ''}
      ?big-screen=${attributes.big ?? false}
      drill-down
      region-code="360121101000"
      .villages=${fixtureVillages}
      .flags=${fixtureFlags}
    ></sw-village-map>`,
  );
}

describe('<sw-village-map> states', () => {
  it('shows the host loading state over the map, keeping list and legend', async () => {
    const el = await renderMap({ loading: true });
    await el.whenIdle();
    const state = $(el, '[part="map"] [part="state"]');
    expect([state?.getAttribute('data-state'), state?.getAttribute('role')]).to.deep.equal([
      'loading',
      'status',
    ]);
    expect(text(state)).to.equal('加载中…');
    expect($(el, '[part="legend"]')).not.to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('[part~="list-item"]').length).to.equal(2);
    await expect(el).to.be.accessible();
    el.loading = false;
    await el.updateComplete;
    expect($(el, '[part="state"]')).to.equal(null);
  });

  it('shows a host error over the loaded map as an alert with its reason', async () => {
    const el = await renderMap();
    await el.whenIdle();
    el.error = 'villages.geojson 无法读取';
    await el.updateComplete;
    const state = $(el, '[part="map"] [part="state"]');
    expect([state?.getAttribute('data-state'), state?.getAttribute('role')]).to.deep.equal([
      'error',
      'alert',
    ]);
    expect(text(state)).to.equal('无法显示：villages.geojson 无法读取');
    expect(el.hasAttribute('loading')).to.equal(false);
  });

  it('shows its own load failure in the same error state, under a host error', async () => {
    const el = await fixture<SwVillageMap>(
      html`<sw-village-map
        lang="en"
        style-url="data:application/json,{not json"
        .villages=${fixtureVillages}
      ></sw-village-map>`,
    );
    await waitUntil(() => $(el, '[data-state="error"]'), 'the map never failed', {
      timeout: 5000,
    });
    const state = $(el, '[part="map"] [part="state"]');
    expect(state?.getAttribute('role')).to.equal('alert');
    expect(text(state)).to.match(/^The map cannot be shown: \S/);
    el.error = 'no data';
    await el.updateComplete;
    expect(text($(el, '[part="state"]'))).to.equal('Cannot be shown: no data');
    // Waiting for a map that cannot be shown ends with its reason, not never.
    const outcome = await el.whenIdle().then(
      () => 'idle',
      (e: unknown) => (e instanceof Error ? e.message : String(e)),
    );
    expect(outcome).to.not.equal('idle');
    expect(outcome.length).to.be.greaterThan(0);
  });

  it('keeps going when only a part of a loaded style fails (its sprite)', async () => {
    const style = { version: 8, sources: {}, layers: [], sprite: 'http://127.0.0.1:9/no-sprite' };
    const el = await fixture<SwVillageMap>(
      html`<sw-village-map
        style-url=${`data:application/json,${encodeURIComponent(JSON.stringify(style))}`}
        .villages=${fixtureVillages}
      ></sw-village-map>`,
    );
    await el.whenIdle();
    expect(el.map?.getLayer('sw-villages-outline')).to.not.equal(undefined);
    expect($(el, '[data-state="error"]')).to.equal(null);
  });

  it('settles a wait begun before the map failed', async () => {
    const el = await fixture<SwVillageMap>(
      html`<sw-village-map
        style-url="data:application/json,{not json"
        .villages=${fixtureVillages}
      ></sw-village-map>`,
    );
    const outcome = await el.whenIdle().then(
      () => 'idle',
      () => 'failed',
    );
    expect(outcome).to.equal('failed');
    expect($(el, '[data-state="error"]')).to.not.equal(null);
  });

  it('says so over the map when no village outline is given', async () => {
    const el = await fixture<SwVillageMap>(html`<sw-village-map lang="en"></sw-village-map>`);
    await el.whenIdle();
    const state = $(el, '[part="state"]');
    expect([state?.getAttribute('data-state'), text(state)]).to.deep.equal([
      'empty',
      'No village outlines',
    ]);
  });
});

describe('<sw-village-map big-screen>', () => {
  it('sets legend, list, list title and up button in 1.5 times larger type', async () => {
    const normal = await renderMap();
    const big = await renderMap({ big: true });
    await Promise.all([normal.whenIdle(), big.whenIdle()]);
    expect(big.bigScreen).to.equal(true);
    for (const part of ['legend', 'list-title', 'list-item', 'up']) {
      const selector = `[part~="${part}"]`;
      expect(fontSize($(big, selector)) / fontSize($(normal, selector)), part).to.be.closeTo(
        1.5,
        0.01,
      );
    }
    await expect(big).to.be.accessible();
  });

  it('shows the tooltip in larger type', async () => {
    const tooltipSize = async (el: SwVillageMap) => {
      await el.whenIdle();
      const rect = el.map!.getCanvas().getBoundingClientRect();
      const point = el.map!.project(fixtureCentre('360121101001'));
      await sendMouse({
        type: 'move',
        position: [Math.round(rect.left + point.x), Math.round(rect.top + point.y)],
      });
      await waitUntil(() => $(el, '[part="tooltip"]'), 'no tooltip');
      expect(text($(el, '[part="tooltip"] strong'))).to.equal('八一村');
      const size = fontSize($(el, '[part="tooltip"]'));
      await sendMouse({ type: 'move', position: [0, 0] });
      el.remove();
      return size;
    };
    const normal = await tooltipSize(await renderMap());
    const big = await tooltipSize(await renderMap({ big: true }));
    expect(big / normal).to.be.closeTo(1.5, 0.01);
  });
});
