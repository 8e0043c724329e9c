import { expect, fixture, html } from '@open-wc/testing';
import type { SwLamps } from './lamps.js';
import './lamps.js';
import { matchSnapshot } from '../test-support/snapshot.js';

function litLamps(el: SwLamps): number {
  return el.shadowRoot!.querySelectorAll('[part~="lamp-lit"]').length;
}

describe('<sw-lamps>', () => {
  it('passes the axe accessibility audit', async () => {
    const el = await fixture<SwLamps>(html`<sw-lamps lit="3"></sw-lamps>`);
    await expect(el).to.be.accessible();
  });

  it('renders five lamps with as many lit as asked', async () => {
    const el = await fixture<SwLamps>(html`<sw-lamps lit="3"></sw-lamps>`);
    expect(el.shadowRoot!.querySelectorAll('[part~="lamp"]').length).to.equal(5);
    expect(litLamps(el)).to.equal(3);
  });

  it('names itself in Chinese by default', async () => {
    const el = await fixture<SwLamps>(html`<sw-lamps lit="3"></sw-lamps>`);
    const img = el.shadowRoot!.querySelector('[role="img"]')!;
    expect(img.getAttribute('aria-label')).to.equal('已亮 3 / 5 盏预警灯');
    expect(el.shadowRoot!.querySelector('[part="label"]')!.textContent).to.equal('3/5 灯');
  });

  it('names itself in English on lang="en"', async () => {
    const el = await fixture<SwLamps>(html`<sw-lamps lit="1" lang="en"></sw-lamps>`);
    const img = el.shadowRoot!.querySelector('[role="img"]')!;
    expect(img.getAttribute('aria-label')).to.equal('1 of 5 lamps lit');
  });

  it('takes its language from an ancestor', async () => {
    const wrapper = await fixture(html`<div lang="en-GB"><sw-lamps lit="2"></sw-lamps></div>`);
    const el = wrapper.querySelector('sw-lamps')!;
    await el.updateComplete;
    const img = el.shadowRoot!.querySelector('[role="img"]')!;
    expect(img.getAttribute('aria-label')).to.equal('2 of 5 lamps lit');
  });

  it('re-renders when the lit property changes', async () => {
    const el = await fixture<SwLamps>(html`<sw-lamps lit="1"></sw-lamps>`);
    el.lit = 4;
    await el.updateComplete;
    expect(litLamps(el)).to.equal(4);
  });

  it('clamps lit lamps to the range 0..max', async () => {
    const el = await fixture<SwLamps>(html`<sw-lamps lit="9" max="3"></sw-lamps>`);
    expect(litLamps(el)).to.equal(3);
    el.lit = -2;
    await el.updateComplete;
    expect(litLamps(el)).to.equal(0);
  });

  it('hides the visible text on hide-label but keeps the accessible name', async () => {
    const el = await fixture<SwLamps>(html`<sw-lamps lit="2" hide-label></sw-lamps>`);
    expect(el.shadowRoot!.querySelector('[part="label"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[role="img"]')!.getAttribute('aria-label')).to.contain(
      '2',
    );
  });

  it('renders as the committed snapshot in both languages', async () => {
    await matchSnapshot('lamps-3-zh', await fixture(html`<sw-lamps lit="3"></sw-lamps>`));
    await matchSnapshot('lamps-1-en', await fixture(html`<sw-lamps lit="1" lang="en"></sw-lamps>`));
  });

  it('switches language when the lang property is set', async () => {
    const el = await fixture<SwLamps>(html`<sw-lamps lit="2"></sw-lamps>`);
    el.lang = 'en';
    await el.updateComplete;
    const img = el.shadowRoot!.querySelector('[role="img"]')!;
    expect(img.getAttribute('aria-label')).to.equal('2 of 5 lamps lit');
  });

  it('shows the empty message, not zero lamps, when lit is not set', async () => {
    const el = await fixture<SwLamps>(html`<sw-lamps></sw-lamps>`);
    const state = el.shadowRoot!.querySelector('[part="state"]')!;
    expect([state.getAttribute('data-state'), state.getAttribute('role')]).to.deep.equal([
      'empty',
      'status',
    ]);
    expect(state.textContent.trim()).to.equal('暂无数据');
    expect(el.shadowRoot!.querySelector('[part~="lamp"]')).to.equal(null);
    el.lit = 0;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="img"]')!.getAttribute('aria-label')).to.equal(
      '已亮 0 / 5 盏预警灯',
    );
  });

  it('shows the loading message on loading, and an error reason as an alert over both', async () => {
    const el = await fixture<SwLamps>(html`<sw-lamps lit="3" loading lang="en"></sw-lamps>`);
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent.trim()).to.equal(
      'Loading…',
    );
    expect(el.shadowRoot!.querySelector('[role="img"]')).to.equal(null);
    await expect(el).to.be.accessible();
    el.error = 'lamps.csv: no such column';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent.trim()).to.equal(
      'Cannot be shown: lamps.csv: no such column',
    );
    el.loading = false;
    el.error = '';
    await el.updateComplete;
    expect(litLamps(el)).to.equal(3);
  });
});
