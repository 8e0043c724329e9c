import * as Plot from '@observablehq/plot';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { PlotController } from './plot-controller.js';

class TestChart extends LitElement {
  static override get properties() {
    return { values: { attribute: false } };
  }
  declare values: number[];
  widths: number[] = [];
  readonly chart = new PlotController(this, '.chart', (width) => {
    this.widths.push(width);
    return this.values.length
      ? Plot.plot({
          width,
          marks: [Plot.barY(this.values, { x: (_: number, i: number) => i, y: (d: number) => d })],
        })
      : null;
  });
  constructor() {
    super();
    this.values = [];
  }
  protected override render() {
    return html`<div class="chart"></div>`;
  }
}
customElements.define('test-plot-chart', TestChart);

describe('PlotController', () => {
  it('draws a Plot chart inside the shadow root with one bar per value', async () => {
    const el = await fixture<TestChart>(
      html`<test-plot-chart
        style="display: block; width: 500px"
        .values=${[3, 1, 2]}
      ></test-plot-chart>`,
    );
    const bars = el.shadowRoot!.querySelectorAll('.chart svg [aria-label="bar"] rect');
    expect(bars.length).to.equal(3);
  });

  it('redraws at the new width when the container is resized', async () => {
    const el = await fixture<TestChart>(
      html`<test-plot-chart
        style="display: block; width: 500px"
        .values=${[3, 1]}
      ></test-plot-chart>`,
    );
    await new Promise((resolve) => requestAnimationFrame(resolve));
    el.style.width = '320px';
    await waitUntil(() => el.widths.at(-1) === 320, 'never redrawn at 320 px', { timeout: 5000 });
    expect(el.shadowRoot!.querySelector('.chart svg')!.getAttribute('width')).to.equal('320');
  });

  it('draws once when it first appears, not again when the observer reports the same width', async () => {
    const el = await fixture<TestChart>(
      html`<test-plot-chart
        style="display: block; width: 500px"
        .values=${[3, 1]}
      ></test-plot-chart>`,
    );
    // Long enough for the observer's first report and the frame it would draw in.
    for (let i = 0; i < 4; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(el.widths).to.deep.equal([500]);
  });

  it('draws nothing when there is nothing to draw', async () => {
    const el = await fixture<TestChart>(html`<test-plot-chart></test-plot-chart>`);
    expect(el.shadowRoot!.querySelector('.chart')!.children.length).to.equal(0);
  });
});
