import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { RegionProfile } from '@shouwang/scoring';
import type { SwRegionChangeEvent } from '../events/region-change.js';
import { miniCounty } from '../test-support/mini-county.js';
import { matchSnapshot } from '../test-support/snapshot.js';
import type { SwWorkProfile } from './work-profile.js';
import './work-profile.js';

const { profiles } = miniCounty();
const county = profiles.regions.find((r) => r.level === 'county')!;
const townships = profiles.regions.filter((r) => r.parentCode === county.regionCode);
const redFlag = profiles.flags.find((f) => f.flag === 'red')!;
const redVillage = profiles.regions.find((r) => r.regionCode === redFlag.regionCode)!;
const redTownship = profiles.regions.find((r) => r.regionCode === redVillage.parentCode)!;

async function frames(): Promise<void> {
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

async function renderProfile(regionCode = '', lang = 'zh-CN'): Promise<SwWorkProfile> {
  const el = await fixture<SwWorkProfile>(
    html`<sw-work-profile
      style="width: 900px"
      lang=${lang}
      region-code=${regionCode}
      .profiles=${profiles}
    ></sw-work-profile>`,
  );
  await frames();
  return el;
}

const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const pair = (p: { households: number; people: number }) => `${p.households} 户 · ${p.people} 人`;
const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;

function figure(el: SwWorkProfile, key: string, part = 'figure-value'): string {
  return text(el.shadowRoot!.querySelector(`[data-figure="${key}"] [part~="${part}"]`));
}

function rankedCodes(el: SwWorkProfile): string[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="ranking"] tbody tr')].map(
    (row) => row.dataset['regionCode']!,
  );
}

describe('<sw-work-profile>', () => {
  it('passes the axe accessibility audit', async () => {
    const el = await renderProfile();
    await expect(el).to.be.accessible();
  });

  it('passes the axe audit in English on a flagged village', async () => {
    const el = await renderProfile(redVillage.regionCode, 'en');
    await expect(el).to.be.accessible();
  });

  it('counts pushed and overdue orders as households and people, split by category', async () => {
    const el = await renderProfile();
    const w = county.work;
    expect(figure(el, 'pushed')).to.equal(pair(w.pushed));
    expect(figure(el, 'overdue')).to.equal(pair(w.overdue));
    expect(figure(el, 'backlog')).to.equal(pair(w.backlog));
    const split = el.shadowRoot!.querySelector('[data-figure="pushed"] [data-split="none"]');
    expect(text(split)).to.equal(`非监测户 ${pair(w.pushed.byCategory.none)}`);
  });

  it('gives the share verified in time on both bases and names its base', async () => {
    const el = await renderProfile();
    const rate = county.work.verifiedInTime;
    expect(figure(el, 'verifiedInTime')).to.equal(
      `按户 ${pct(rate.households!)} · 按人 ${pct(rate.people!)}`,
    );
    expect(figure(el, 'verifiedInTime', 'figure-detail')).to.contain(
      `基数：已核实工单 ${pair(rate.denominator)}`,
    );
  });

  it('shows the data-error share, the median days to verify and the inclusion rate', async () => {
    const el = await renderProfile();
    const w = county.work;
    expect(figure(el, 'dataErrorShare')).to.equal(
      `按户 ${pct(w.dataErrorShare.households!)} · 按人 ${pct(w.dataErrorShare.people!)}`,
    );
    expect(figure(el, 'medianDays')).to.equal(`${w.medianDaysToVerify} 天`);
    expect(figure(el, 'inclusionRate', 'figure-detail')).to.contain(
      `核实确认有风险的工单 ${pair(w.inclusionRate.denominator)}`,
    );
  });

  it('draws the funnel with one bar per stage and each count written beside it', async () => {
    const el = await renderProfile();
    const svg = el.shadowRoot!.querySelector('.funnel-chart svg')!;
    expect(svg.querySelectorAll('[aria-label="bar"] rect').length).to.equal(5);
    const labels = [...svg.querySelectorAll('[aria-label="text"] text')].map((t) => text(t));
    expect(labels.some((l) => l.includes(pair(county.work.verified)))).to.equal(true);
    expect(svg.getAttribute('aria-hidden')).to.equal('true');
    const rows = el.shadowRoot!.querySelectorAll('[part~="section-funnel"] tbody tr');
    expect([...rows].map((row) => text(row.querySelector('th')))).to.deep.equal([
      '预警推送',
      '入户核实',
      '确认有风险',
      '纳入监测',
      '风险消除',
    ]);
  });

  it('ranks the townships by overdue orders, most first', async () => {
    const el = await renderProfile();
    const expected = [...townships]
      .sort(
        (a, b) =>
          b.work.overdue.households - a.work.overdue.households ||
          a.regionCode.localeCompare(b.regionCode),
      )
      .map((t) => t.regionCode);
    expect(rankedCodes(el)).to.deep.equal(expected);
    const header = el.shadowRoot!.querySelector('[data-key="overdue"]')!.closest('th')!;
    expect(header.getAttribute('aria-sort')).to.equal('descending');
    const cell = el.shadowRoot!.querySelector(
      `tr[data-region-code="${redTownship.regionCode}"] td[data-key="overdue"]`,
    );
    expect(text(cell)).to.equal(pair(redTownship.work.overdue));
  });

  it('sorts the ranking by keyboard and reverses on a second press', async () => {
    const el = await renderProfile();
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>(
      '[part~="sort-button"][data-key="pushed"]',
    )!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const byPushed = (sign: number) =>
      [...townships]
        .sort(
          (a: RegionProfile, b: RegionProfile) =>
            sign * (a.work.pushed.households - b.work.pushed.households) ||
            a.regionCode.localeCompare(b.regionCode),
        )
        .map((t) => t.regionCode);
    expect(rankedCodes(el)).to.deep.equal(byPushed(-1));
    expect(button.closest('th')!.getAttribute('aria-sort')).to.equal('descending');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(rankedCodes(el)).to.deep.equal(byPushed(1));
    expect(button.closest('th')!.getAttribute('aria-sort')).to.equal('ascending');
  });

  it('drills into a ranked township by keyboard and fires sw-region-change', async () => {
    const el = await renderProfile();
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>(
      `[part~="ranking-region"][data-region-code="${redTownship.regionCode}"]`,
    )!;
    button.focus();
    const event = oneEvent<SwRegionChangeEvent>(el, 'sw-region-change');
    await sendKeys({ press: 'Enter' });
    const { detail } = await event;
    expect(detail).to.deep.equal({ regionCode: redTownship.regionCode, level: 'township' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('title');
    expect(text(el.shadowRoot!.querySelector('[part~="title"]'))).to.contain(redTownship.name!);
  });

  it('does not fire sw-region-change when region-code is set from outside', async () => {
    const el = await renderProfile();
    let fired = 0;
    el.addEventListener('sw-region-change', () => fired++);
    el.regionCode = redTownship.regionCode;
    await el.updateComplete;
    expect(fired).to.equal(0);
  });

  it('lists the flags of the area with their reasons, each flag with an icon and a word', async () => {
    const el = await renderProfile(redTownship.regionCode);
    const item = el.shadowRoot!.querySelector(
      `[part~="flag-item"][data-region-code="${redFlag.regionCode}"]`,
    )!;
    expect(text(item.querySelector('[part~="flag"]'))).to.equal('▲ 红色');
    expect(text(item)).to.contain(redVillage.name!);
    expect(text(item.querySelector('.reasons'))).to.contain(redFlag.reasons[0]!.message.zh);
  });

  it('shows the flag of a flagged village in its heading and in English on lang="en"', async () => {
    const el = await renderProfile(redVillage.regionCode, 'en');
    const title = text(el.shadowRoot!.querySelector('[part~="title"]'));
    expect(title).to.contain(`${redVillage.name} (village) · Work profile`);
    expect(title).to.contain('▲ Red');
    expect(text(el.shadowRoot!.querySelector('.reasons'))).to.contain(
      redFlag.reasons[0]!.message.en,
    );
    expect(el.shadowRoot!.querySelector('[part~="ranking"]')).to.equal(null);
    expect(figure(el, 'pushed')).to.equal(
      `${redVillage.work.pushed.households} households · ${redVillage.work.pushed.people} people`,
    );
  });

  it('says so when no warning was pushed, and when no profiles are given', async () => {
    const none = { households: 0, people: 0 };
    const zero = {
      ...none,
      byCategory: { unstable: none, marginal: none, sudden: none, none: none },
    };
    const quiet = { ...redVillage, work: { ...redVillage.work, pushed: zero } };
    const el = await fixture<SwWorkProfile>(
      html`<sw-work-profile
        region-code=${quiet.regionCode}
        .profiles=${{
          ...profiles,
          regions: profiles.regions.map((r) => (r.regionCode === quiet.regionCode ? quiet : r)),
        }}
      ></sw-work-profile>`,
    );
    expect(text(el.shadowRoot!.querySelector('[part~="section-funnel"]'))).to.contain(
      '暂无预警推送',
    );
    expect(el.shadowRoot!.querySelector('.funnel-chart')).to.equal(null);
    const empty = await fixture<SwWorkProfile>(html`<sw-work-profile></sw-work-profile>`);
    expect(text(empty.shadowRoot!.querySelector('[role="status"]'))).to.equal('暂无数据');
  });

  it('switches language at run time, the ranking and the funnel included', async () => {
    const el = await renderProfile();
    el.lang = 'en';
    await el.updateComplete;
    await frames();
    expect(text(el.shadowRoot!.querySelector('[part~="ranking"] caption'))).to.contain(
      'by Overdue, highest first',
    );
    const labels = [...el.shadowRoot!.querySelectorAll('.funnel-chart [aria-label="text"] text')];
    expect(labels.every((label) => text(label).includes('of pushed'))).to.equal(true);
  });

  it('shows loading and error states', async () => {
    const loading = await fixture<SwWorkProfile>(html`<sw-work-profile loading></sw-work-profile>`);
    expect(text(loading.shadowRoot!.querySelector('[role="status"]'))).to.equal('加载中…');
    const error = await fixture<SwWorkProfile>(
      html`<sw-work-profile lang="en" error="file unreadable"></sw-work-profile>`,
    );
    expect(text(error.shadowRoot!.querySelector('[role="alert"]'))).to.equal(
      'Cannot be shown: file unreadable',
    );
  });

  it('renders region names and reasons as text, never as HTML', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const el = await fixture<SwWorkProfile>(
      html`<sw-work-profile
        .profiles=${{
          ...profiles,
          regions: profiles.regions.map((r) =>
            r.regionCode === redTownship.regionCode ? { ...r, name: hostile } : r,
          ),
          flags: profiles.flags.map((f) => ({
            ...f,
            reasons: f.reasons.map((x) => ({ ...x, message: { zh: hostile, en: hostile } })),
          })),
        }}
      ></sw-work-profile>`,
    );
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(text(el.shadowRoot!.querySelector('[part~="ranking"]'))).to.contain(hostile);
    expect(text(el.shadowRoot!.querySelector('[part~="flags"]'))).to.contain(hostile);
  });

  it('fits a phone: the page does not overflow, the ranking scrolls in its own box', async () => {
    // A 360 px phone, in English (the longer labels): nothing, not even a visually hidden data
    // table, may widen the page.
    await setViewport({ width: 360, height: 740 });
    try {
      const el = await fixture<SwWorkProfile>(
        html`<sw-work-profile lang="en" .profiles=${profiles}></sw-work-profile>`,
      );
      await frames();
      await frames();
      expect(document.documentElement.scrollWidth).to.be.at.most(360);
      const svg = el.shadowRoot!.querySelector('.funnel-chart svg')!;
      expect(Number(svg.getAttribute('width'))).to.be.at.most(360);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('sets no style attribute of its own (strict Content-Security-Policy)', async () => {
    const el = await renderProfile();
    expect(el.shadowRoot!.querySelectorAll('[style]').length).to.equal(0);
  });

  it('renders as the committed snapshots (county in Chinese, township in English)', async () => {
    await matchSnapshot('work-profile-county-zh', await renderProfile());
    await matchSnapshot(
      'work-profile-township-en',
      await renderProfile(redTownship.regionCode, 'en'),
    );
  });
});
