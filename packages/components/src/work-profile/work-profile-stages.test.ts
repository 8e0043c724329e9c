import { expect, fixture, html } from '@open-wc/testing';
import type { Profiles, RegionProfile } from '@shouwang/scoring';
import { miniCounty } from '../test-support/mini-county.js';
import { splitCount } from '../test-support/split-count.js';
import type { SwWorkProfile } from './work-profile.js';
import './work-profile.js';

const { profiles } = miniCounty();

const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function renderProfile(regionCode: string, lang = 'zh-CN', data: Profiles = profiles) {
  return fixture<SwWorkProfile>(
    html`<sw-work-profile
      style="width: 900px"
      lang=${lang}
      region-code=${regionCode}
      .profiles=${data}
    ></sw-work-profile>`,
  );
}

/** The rows of the time-per-step table as [step, median, orders]. */
function stageRows(el: SwWorkProfile): string[][] {
  return [...el.shadowRoot!.querySelectorAll('[part~="stage-days"] tbody tr')].map((row) =>
    [...row.children].map((cell) => text(cell)),
  );
}

describe('<sw-work-profile> time per step', () => {
  it('gives the county the median days of every step, worked by hand from the mini county', async () => {
    // Orders that went through each step: WO-H01 3, 5, 4, 1, 4 days; WO-H07 2, 6, 3, 3, 4;
    // WO-H12 verified after 4 days, then dismissed. None was eliminated.
    const el = await renderProfile('360121');
    expect(stageRows(el)).to.deep.equal([
      ['预警推送 → 入户核实', '3 天', '3 单'],
      ['入户核实 → 民主评议', '5.5 天', '2 单'],
      ['民主评议 → 审核审批', '3.5 天', '2 单'],
      ['审核审批 → 纳入监测', '2 天', '2 单'],
      ['纳入监测 → 落实帮扶', '4 天', '2 单'],
      ['落实帮扶 → 风险消除', '—', '0 单'],
    ]);
    const caption = text(el.shadowRoot!.querySelector('[part~="stage-days"] caption'));
    expect(caption).to.contain('用时最长的环节是入户核实 → 民主评议（5.5 天）');
    await expect(el).to.be.accessible();
  });

  it('gives a township the medians of its own orders, in English', async () => {
    const el = await renderProfile('360121102000', 'en');
    expect(stageRows(el)).to.deep.equal([
      ['Warning pushed → Home verification', '3 days', '2 orders'],
      ['Home verification → Village review', '6 days', '1 order'],
      ['Village review → Approval', '3 days', '1 order'],
      ['Approval → Included', '3 days', '1 order'],
      ['Included → Assistance', '4 days', '1 order'],
      ['Assistance → Risk eliminated', '—', '0 orders'],
    ]);
    expect(text(el.shadowRoot!.querySelector('#stage-days-title'))).to.equal('Time per step');
    await expect(el).to.be.accessible();
  });

  it('says so when no order went through any step, rather than showing zeros', async () => {
    const el = await renderProfile('360121101002');
    expect(el.shadowRoot!.querySelector('[part~="stage-days"]')).to.equal(null);
    expect(
      text(el.shadowRoot!.querySelector('[part~="section-stage-days"] [part~="caption"]')),
    ).to.equal('暂无工单经过任何环节。');
  });

  it('splits eliminated orders of the funnel by category', async () => {
    const county = profiles.regions.find((r) => r.level === 'county')!;
    const eliminated = splitCount([1, 4], [0, 0], [1, 5], [1, 1]);
    const region: RegionProfile = { ...county, work: { ...county.work, eliminated } };
    const data = {
      ...profiles,
      regions: profiles.regions.map((r) => (r === county ? region : r)),
    };
    const el = await renderProfile('360121', 'zh-CN', data);
    const rows = [
      ...el.shadowRoot!.querySelectorAll('[part~="section-funnel"] [part~="data-table"] tr'),
    ];
    const row = rows.find((r) => text(r.querySelector('th')) === '风险消除')!;
    expect([...row.children].map((cell) => text(cell))).to.deep.equal([
      '风险消除',
      '3 户',
      '10 人',
      `${Math.round((3 / county.work.pushed.households) * 1000) / 10}%`,
      '1 户 · 4 人',
      '0 户 · 0 人',
      '1 户 · 5 人',
      '1 户 · 1 人',
    ]);
  });
});
