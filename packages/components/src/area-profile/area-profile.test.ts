import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { RegionProfile } from '@shouwang/scoring';
import type { SwRegionChangeEvent } from '../events/region-change.js';
import { miniCounty } from '../test-support/mini-county.js';
import { matchSnapshot } from '../test-support/snapshot.js';
import type { SwAreaProfile } from './area-profile.js';
import './area-profile.js';

const { profiles } = miniCounty();
const county = profiles.regions.find((r) => r.level === 'county')!;
const townships = profiles.regions.filter((r) => r.parentCode === county.regionCode);
const township = townships[0]!;
const village = profiles.regions.find((r) => r.parentCode === township.regionCode)!;

async function renderProfile(regionCode = '', lang = 'zh-CN'): Promise<SwAreaProfile> {
  const el = await fixture<SwAreaProfile>(
    html`<sw-area-profile
      style="width: 900px"
      lang=${lang}
      region-code=${regionCode}
      .profiles=${profiles}
    ></sw-area-profile>`,
  );
  await frames();
  return el;
}

/** Waits for the charts' resize-driven redraws. */
async function frames(): Promise<void> {
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

function figure(el: SwAreaProfile, key: string): Element {
  return el.shadowRoot!.querySelector(`[data-figure="${key}"]`)!;
}

const zh = {
  pair: (p: { households: number; people: number }) => `${p.households} 户 · ${p.people} 人`,
};

function title(el: SwAreaProfile): string {
  return text(el.shadowRoot!.querySelector('[part~="title"]'));
}

describe('<sw-area-profile>', () => {
  it('passes the axe accessibility audit', async () => {
    const el = await renderProfile();
    await expect(el).to.be.accessible();
  });

  it('passes the axe audit in English on a village', async () => {
    const el = await renderProfile(village.regionCode, 'en');
    await expect(el).to.be.accessible();
  });

  it('shows the county when no region code is given', async () => {
    const el = await renderProfile();
    expect(el.region?.regionCode).to.equal(county.regionCode);
    expect(title(el)).to.contain(`${county.name}（县）`);
    expect(text(el.shadowRoot!.querySelector('[part~="as-of"]'))).to.contain(profiles.asOf);
  });

  it('gives each key figure as households and people, split by category', async () => {
    const el = await renderProfile();
    const a = county.area;
    expect(text(figure(el, 'population').querySelector('[part~="figure-value"]'))).to.equal(
      zh.pair(a.population),
    );
    expect(text(figure(el, 'monitored').querySelector('[part~="figure-value"]'))).to.equal(
      zh.pair(a.monitored),
    );
    const split = figure(el, 'monitored').querySelector('[data-split="sudden"]');
    expect(text(split)).to.equal(`突发严重困难户 ${zh.pair(a.monitored.byCategory.sudden)}`);
    expect(text(figure(el, 'unresolved').querySelector('[part~="figure-value"]'))).to.equal(
      zh.pair(a.unresolved),
    );
    expect(text(figure(el, 'eliminated').querySelector('[part~="figure-value"]'))).to.equal(
      zh.pair(a.eliminated),
    );
  });

  it('names the base of the unresolved share and of the measure coverage', async () => {
    const el = await renderProfile();
    const a = county.area;
    const detail = text(figure(el, 'unresolved').querySelector('[part~="figure-detail"]'));
    expect(detail).to.contain(`监测对象 ${a.monitored.households} 户`);
    const coverage = text(figure(el, 'coverage'));
    expect(coverage).to.contain(`基数：监测户 ${zh.pair(a.measureCoverage.denominator)}`);
    expect(coverage).to.contain(`按户 ${Math.round(a.measureCoverage.households! * 1000) / 10}%`);
  });

  it('draws one lamp bar per lamp count and writes each value beside it', async () => {
    const el = await renderProfile();
    const chart = el.shadowRoot!.querySelector('.lamps-chart svg')!;
    expect(chart.querySelectorAll('[aria-label="bar"] rect').length).to.equal(
      county.area.lamps.length,
    );
    const labels = [...chart.querySelectorAll('[aria-label="text"] text')].map((t) => text(t));
    expect(labels.some((label) => label.includes(zh.pair(county.area.lamps[0]!)))).to.equal(true);
  });

  it('lists the causes of unresolved risk, the most common first, in a data table', async () => {
    const el = await renderProfile();
    const causes = Object.entries(county.area.unresolvedCauses)
      .filter(([, c]) => c.households > 0)
      .sort(([, a], [, b]) => b.households - a.households || b.people - a.people);
    const chart = el.shadowRoot!.querySelector('.causes-chart svg')!;
    expect(chart.querySelectorAll('[aria-label="bar"] rect').length).to.equal(causes.length);
    const rows = el.shadowRoot!.querySelectorAll('[part~="section-causes"] tbody tr');
    expect(rows.length).to.equal(causes.length);
    const [cause, count] = causes[0]!;
    expect(cause).to.equal('other');
    expect(text(rows[0]!.querySelector('th'))).to.equal('其他');
    expect(text(rows[0]!.querySelectorAll('td')[0])).to.equal(`${count.households} 户`);
  });

  it('shows the income structure of monitored households as shares', async () => {
    const el = await renderProfile();
    const income = county.area.income;
    const caption = text(el.shadowRoot!.querySelector('[part~="section-income"] figcaption'));
    const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;
    expect(caption).to.contain(pct(income.shares.production!));
    const bars = el.shadowRoot!.querySelectorAll('.income-chart [aria-label="bar"] rect');
    expect(bars.length).to.equal(4);
  });

  it('draws measures by kind for the kinds that have any', async () => {
    const el = await renderProfile();
    const kinds = Object.values(county.area.measures).filter((m) => m.measures > 0);
    const bars = el.shadowRoot!.querySelectorAll('.measures-chart [aria-label="bar"] rect');
    expect(bars.length).to.equal(kinds.length);
  });

  it('draws the trend as three lines with symbols, one point per month each', async () => {
    const el = await renderProfile();
    const svg = el.shadowRoot!.querySelector('.trend-chart svg')!;
    expect(svg.querySelectorAll('[aria-label="line"] path').length).to.equal(3);
    expect(svg.querySelectorAll('[aria-label="dot"] > *').length).to.equal(
      3 * county.area.trend.length,
    );
    const [months] = el.shadowRoot!.querySelectorAll('[part~="section-trend"] table');
    expect(months!.querySelectorAll('tbody tr').length).to.equal(county.area.trend.length);
  });

  it("gives the trend's totals per series in households and people, split by category", async () => {
    const el = await renderProfile();
    const totals = el.shadowRoot!.querySelectorAll('[part~="section-trend"] table')[1]!;
    expect(text(totals.querySelector('caption'))).to.equal(
      `近 ${county.area.trend.length} 个月合计，按监测类别`,
    );
    const headers = [...totals.querySelectorAll('thead th')].map(text);
    expect(headers).to.include.members(['项目', '户数', '人数']);
    const rows = [...totals.querySelectorAll('tbody tr')];
    expect(rows.map((row) => text(row.querySelector('th')))).to.deep.equal([
      '新纳入监测',
      '预警推送',
      '风险消除',
    ]);
    // The pushed row: households and people over the months, and the unstable households.
    const pushed = county.area.trend.reduce(
      (s, m) => ({
        households: s.households + m.pushed.households,
        people: s.people + m.pushed.people,
        unstable: s.unstable + m.pushed.byCategory.unstable.households,
      }),
      { households: 0, people: 0, unstable: 0 },
    );
    expect(pushed.households).to.be.greaterThan(0);
    const cells = [...rows[1]!.querySelectorAll('td')].map(text);
    expect(cells[0]).to.equal(`${pushed.households} 户`);
    expect(cells[1]).to.equal(`${pushed.people} 人`);
    const unstable = headers.indexOf('脱贫不稳定户') - 1;
    expect(cells[unstable]).to.contain(`${pushed.unstable} 户`);
  });

  it('hides the chart images from screen readers and captions each chart', async () => {
    const el = await renderProfile();
    const svgs = [...el.shadowRoot!.querySelectorAll('[part~="chart"] svg')];
    expect(svgs.length).to.equal(5);
    for (const svg of svgs) expect(svg.getAttribute('aria-hidden')).to.equal('true');
    expect(el.shadowRoot!.querySelectorAll('figcaption').length).to.equal(5);
  });

  it('lists the townships of the county and fires sw-region-change when one is chosen', async () => {
    const el = await renderProfile();
    const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="sub-region"]')];
    expect(buttons.map((b) => b.dataset['regionCode'])).to.deep.equal(
      townships.map((t) => t.regionCode),
    );
    const event = oneEvent<SwRegionChangeEvent>(el, 'sw-region-change');
    buttons[0]!.click();
    const { detail, bubbles, composed } = await event;
    expect(detail).to.deep.equal({ regionCode: township.regionCode, level: 'township' });
    expect(bubbles && composed).to.equal(true);
    await el.updateComplete;
    expect(el.regionCode).to.equal(township.regionCode);
    expect(title(el)).to.contain(township.name!);
  });

  it('drills down and back up by keyboard, focusing the new heading', async () => {
    const el = await renderProfile(township.regionCode);
    const events: string[] = [];
    el.addEventListener('sw-region-change', (e) => events.push(e.detail.regionCode));
    const first = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="sub-region"]')!;
    first.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.regionCode).to.equal(village.regionCode);
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('title');
    expect(el.shadowRoot!.querySelector('[part~="sub-regions"]')).to.equal(null);
    // Back up: Tab from the heading reaches the breadcrumb (county, township).
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.getAttribute('data-region-code')).to.equal(
      township.regionCode,
    );
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.regionCode).to.equal(township.regionCode);
    expect(events).to.deep.equal([village.regionCode, township.regionCode]);
  });

  it('does not fire sw-region-change when region-code is set from outside', async () => {
    const el = await renderProfile();
    let fired = 0;
    el.addEventListener('sw-region-change', () => fired++);
    el.regionCode = village.regionCode;
    await el.updateComplete;
    expect(title(el)).to.contain(village.name!);
    expect(fired).to.equal(0);
  });

  it('marks a flagged sub-region with an icon and a word', async () => {
    const flagged = profiles.flags[0]!;
    const parent = profiles.regions.find((r) => r.regionCode === flagged.regionCode)!.parentCode!;
    const el = await renderProfile(parent);
    const button = el.shadowRoot!.querySelector(
      `[part~="sub-region"][data-region-code="${flagged.regionCode}"]`,
    )!;
    const flag = button.querySelector('[part~="flag"]')!;
    expect(text(flag)).to.equal(flagged.flag === 'red' ? '▲ 红色' : '● 黄色');
  });

  it('speaks English on lang="en"', async () => {
    const el = await renderProfile('', 'en');
    const a = county.area;
    expect(title(el)).to.contain(`${county.name} (county) · Area profile`);
    expect(text(figure(el, 'monitored').querySelector('[part~="figure-value"]'))).to.equal(
      `${a.monitored.households} households · ${a.monitored.people} people`,
    );
    expect(text(figure(el, 'coverage'))).to.contain('Base: monitored households');
  });

  it('switches language at run time, charts included', async () => {
    const el = await renderProfile();
    el.lang = 'en';
    await el.updateComplete;
    await frames();
    expect(title(el)).to.contain('Area profile');
    const labels = [...el.shadowRoot!.querySelectorAll('.lamps-chart [aria-label="text"] text')];
    expect(labels.every((label) => text(label).includes('households'))).to.equal(true);
  });

  it('shows loading, error and empty states', async () => {
    const loading = await fixture<SwAreaProfile>(html`<sw-area-profile loading></sw-area-profile>`);
    expect(text(loading.shadowRoot!.querySelector('[role="status"]'))).to.equal('加载中…');
    const error = await fixture<SwAreaProfile>(
      html`<sw-area-profile error="文件无法读取"></sw-area-profile>`,
    );
    expect(text(error.shadowRoot!.querySelector('[role="alert"]'))).to.equal(
      '无法显示：文件无法读取',
    );
    const empty = await fixture<SwAreaProfile>(html`<sw-area-profile></sw-area-profile>`);
    expect(text(empty.shadowRoot!.querySelector('[role="status"]'))).to.equal('暂无数据');
    const unknown = await renderProfile('999999');
    expect(text(unknown.shadowRoot!.querySelector('[role="status"]'))).to.contain('999999');
  });

  it('renders region names as text, never as HTML', async () => {
    const hostile: RegionProfile[] = profiles.regions.map((r) =>
      r.regionCode === township.regionCode ? { ...r, name: '<img src=x onerror=alert(1)>' } : r,
    );
    const el = await fixture<SwAreaProfile>(
      html`<sw-area-profile .profiles=${{ ...profiles, regions: hostile }}></sw-area-profile>`,
    );
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(text(el.shadowRoot!.querySelector('[part~="sub-regions"]'))).to.contain(
      '<img src=x onerror=alert(1)>',
    );
  });

  it('lays out at phone width without overflowing', async () => {
    // A 360 px phone, in English (the longer labels): nothing, not even a visually hidden data
    // table, may widen the page.
    await setViewport({ width: 360, height: 740 });
    try {
      const el = await fixture<SwAreaProfile>(
        html`<sw-area-profile lang="en" .profiles=${profiles}></sw-area-profile>`,
      );
      await frames();
      await frames();
      expect(document.documentElement.scrollWidth).to.be.at.most(360);
      const svg = el.shadowRoot!.querySelector('.causes-chart svg')!;
      expect(Number(svg.getAttribute('width'))).to.be.at.most(360);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('writes counts of 10,000 and more in 万 for Chinese readers, with separators in English', async () => {
    const big = { households: 123_456, people: 401_234 };
    const scaled: RegionProfile = {
      ...county,
      area: { ...county.area, population: { ...county.area.population, ...big } },
    };
    const data = { ...profiles, regions: profiles.regions.map((r) => (r === county ? scaled : r)) };
    const zhEl = await fixture<SwAreaProfile>(
      html`<sw-area-profile .profiles=${data}></sw-area-profile>`,
    );
    expect(text(figure(zhEl, 'population').querySelector('[part~="figure-value"]'))).to.equal(
      '12.3万 户 · 40.1万 人',
    );
    const enEl = await fixture<SwAreaProfile>(
      html`<sw-area-profile lang="en" .profiles=${data}></sw-area-profile>`,
    );
    expect(text(figure(enEl, 'population').querySelector('[part~="figure-value"]'))).to.equal(
      '123,456 households · 401,234 people',
    );
  });

  it('scales its type and charts up on big-screen', async () => {
    const small = await renderProfile();
    const big = await fixture<SwAreaProfile>(
      html`<sw-area-profile
        big-screen
        style="width: 900px"
        .profiles=${profiles}
      ></sw-area-profile>`,
    );
    await frames();
    const size = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
    expect(size(big)).to.be.greaterThan(size(small));
    const height = (el: SwAreaProfile) =>
      Number(el.shadowRoot!.querySelector('.trend-chart svg')!.getAttribute('height'));
    expect(height(big)).to.be.greaterThan(height(small));
  });

  it('sets no style attribute of its own (strict Content-Security-Policy)', async () => {
    const el = await renderProfile();
    expect(el.shadowRoot!.querySelectorAll('[style]').length).to.equal(0);
  });

  it('renders as the committed snapshots (county in Chinese, village in English)', async () => {
    await matchSnapshot('area-profile-county-zh', await renderProfile());
    await matchSnapshot('area-profile-village-en', await renderProfile(village.regionCode, 'en'));
  });
});
