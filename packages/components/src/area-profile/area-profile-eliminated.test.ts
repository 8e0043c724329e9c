import { expect, fixture, html } from '@open-wc/testing';
import type { RegionProfile } from '@shouwang/scoring';
import { miniCounty } from '../test-support/mini-county.js';
import { splitCount } from '../test-support/split-count.js';
import type { SwAreaProfile } from './area-profile.js';
import './area-profile.js';

const { profiles } = miniCounty();
const county = profiles.regions.find((r) => r.level === 'county')!;

const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<sw-area-profile> risk eliminated', () => {
  it('splits the households whose risk was eliminated by category, in both languages', async () => {
    // The mini county has no elimination yet: give the county some, one of them no longer monitored.
    const eliminated = splitCount([2, 7], [0, 0], [1, 5], [1, 1]);
    const region: RegionProfile = { ...county, area: { ...county.area, eliminated } };
    const data = { ...profiles, regions: profiles.regions.map((r) => (r === county ? region : r)) };
    const el = await fixture<SwAreaProfile>(
      html`<sw-area-profile region-code="360121" .profiles=${data}></sw-area-profile>`,
    );
    const lines = (host: SwAreaProfile) =>
      [
        ...host.shadowRoot!.querySelectorAll(
          '[data-figure="eliminated"] [part~="figure-split"] li',
        ),
      ].map((li) => text(li));
    expect(
      text(el.shadowRoot!.querySelector('[data-figure="eliminated"] [part~="figure-value"]')),
    ).to.equal('4 户 · 13 人');
    expect(lines(el)).to.deep.equal([
      '脱贫不稳定户 2 户 · 7 人',
      '边缘易致贫户 0 户 · 0 人',
      '突发严重困难户 1 户 · 5 人',
      '非监测户 1 户 · 1 人',
    ]);
    el.lang = 'en';
    await el.updateComplete;
    expect(lines(el)[0]).to.match(/^\S.* 2 households · 7 people$/);
    await expect(el).to.be.accessible();
  });
});
