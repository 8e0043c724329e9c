import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { RegionFlag } from '@shouwang/scoring';
import type { SwVillageSelectEvent } from '../events/village-select.js';
import { matchSnapshot } from '../test-support/snapshot.js';
import type { SwVillageBoard } from './village-board.js';
import './village-board.js';
import { townshipsOf, type BoardRow } from './village-board.rows.js';
import { miniJiangxi } from '../test-support/mini-county.js';
import { sampleCounty } from '../test-support/sample-county.js';
import type { ScoredCounty } from '../test-support/scored-county.js';

const nanchang = (): Promise<ScoredCounty> => sampleCounty('nanchang');

async function board(county: ScoredCounty, attrs: { lang?: string } = {}): Promise<SwVillageBoard> {
  return fixture<SwVillageBoard>(
    html`<sw-village-board
      lang=${attrs.lang ?? 'zh-CN'}
      .profiles=${county.profiles}
    ></sw-village-board>`,
  );
}

const root = (el: SwVillageBoard) => el.shadowRoot!;
const rowsOf = (el: SwVillageBoard) => [...root(el).querySelectorAll<HTMLElement>('tbody tr')];
const codes = (el: SwVillageBoard) => rowsOf(el).map((row) => row.dataset['regionCode']);
const text = (node: Element | null | undefined) => node?.textContent.replace(/\s+/g, ' ').trim();
const rowOf = (el: SwVillageBoard, code: string) =>
  root(el).querySelector<HTMLElement>(`tr[data-region-code="${code}"]`)!;
const selectButton = (el: SwVillageBoard, code: string) =>
  rowOf(el, code).querySelector<HTMLButtonElement>('[part~="select"]')!;
const sortButton = (el: SwVillageBoard, key: string) =>
  root(el).querySelector<HTMLButtonElement>(`[data-sort="${key}"]`)!;
const zh = new Intl.Collator('zh-CN', { numeric: true });

/** The board's rows, expected from the profiles: flagged villages and townships. */
function flagged(county: ScoredCounty): readonly RegionFlag[] {
  return county.profiles.flags.filter((f) => f.level === 'village' || f.level === 'township');
}

async function choose(el: SwVillageBoard, name: string, value: string): Promise<void> {
  const select = root(el).querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

describe('<sw-village-board>', () => {
  before(async function () {
    // The 南昌县 sample goes through ingest, scoring and profiles once for the whole file.
    this.timeout(60000);
    const started = performance.now();
    await nanchang();
    console.log(`南昌县 sample read and scored in ${Math.round(performance.now() - started)} ms`);
  });

  it('passes the axe accessibility audit on the 南昌县 sample', async () => {
    const el = await board(await nanchang());
    await expect(el).to.be.accessible();
  });

  it('passes the axe audit in English at phone width', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="width: 360px">
        <sw-village-board lang="en" .profiles=${miniJiangxi().profiles}></sw-village-board>
      </div>`,
    );
    await expect(wrapper.querySelector('sw-village-board')!).to.be.accessible();
  });

  it('lists every flagged village and township of the sample, red first', async () => {
    const county = await nanchang();
    const el = await board(county);
    const expected = flagged(county);
    expect(expected.length).to.be.greaterThan(10);
    expect(new Set(codes(el))).to.deep.equal(new Set(expected.map((f) => f.regionCode)));
    const flags = rowsOf(el).map((row) => row.dataset['flag']);
    expect(flags.indexOf('yellow')).to.equal(flags.filter((f) => f === 'red').length);
    expect(text(root(el).querySelector('[part="count"]'))).to.equal(
      `显示 ${expected.length} / ${expected.length} 个`,
    );
  });

  it('shows a red village with icon, word, township and its reasons from the profiles', async () => {
    const county = await nanchang();
    const el = await board(county);
    const flag = county.profiles.flags.find((f) => f.name === '梁西村')!;
    expect(flag.flag).to.equal('red');
    const region = county.profiles.regions.find((r) => r.regionCode === flag.regionCode)!;
    const township = county.profiles.regions.find((r) => r.regionCode === region.parentCode)!;
    expect(township.name).to.equal('向塘镇');
    const row = rowOf(el, flag.regionCode);
    const cells = [...row.children].map(text);
    expect(cells[0]).to.equal('▲ 红色');
    expect(cells[1]).to.equal('梁西村 村');
    expect(cells[2]).to.equal('向塘镇');
    expect(cells[4]).to.equal(flag.reasons.map((r) => `▲ ${r.message.zh}`).join(' '));
  });

  it('shows the key figure in households and people from each region profile', async () => {
    const county = await nanchang();
    const el = await board(county);
    for (const flag of flagged(county)) {
      const overdue = county.profiles.regions.find((r) => r.regionCode === flag.regionCode)!.work
        .overdue;
      expect(text(rowOf(el, flag.regionCode).querySelector('.figure'))).to.equal(
        `${overdue.households} 户 ${overdue.people} 人`,
      );
    }
    el.figure = 'monitored';
    await el.updateComplete;
    const first = flagged(county)[0]!;
    const monitored = county.profiles.regions.find((r) => r.regionCode === first.regionCode)!.area
      .monitored;
    expect(text(rowOf(el, first.regionCode).querySelector('.figure'))).to.equal(
      `${monitored.households} 户 ${monitored.people} 人`,
    );
    expect(text(sortButton(el, 'figure'))).to.contain('监测对象');
  });

  it('flags a township as a township, in its own township column', async () => {
    const county = await nanchang();
    const el = await board(county);
    const township = flagged(county).find((f) => f.level === 'township')!;
    expect(township.name).to.equal('泾口乡');
    const cells = [...rowOf(el, township.regionCode).children].map(text);
    expect(cells[0]).to.equal('● 黄色');
    expect(cells[1]).to.equal('泾口乡 乡镇');
    expect(cells[2]).to.equal('（乡镇本身）');
  });

  it('sorts by name with the header button, ascending then descending, and says so in aria-sort', async () => {
    const county = await nanchang();
    const el = await board(county);
    const th = sortButton(el, 'name').closest('th')!;
    expect(th.getAttribute('aria-sort')).to.equal('none');
    expect(sortButton(el, 'flag').closest('th')!.getAttribute('aria-sort')).to.equal('ascending');
    sortButton(el, 'name').click();
    await el.updateComplete;
    const names = flagged(county).map((f) => f.name!);
    const shown = rowsOf(el).map((row) => text(row.querySelector('[part~="select"]')));
    expect(shown).to.deep.equal([...names].sort(zh.compare));
    expect(th.getAttribute('aria-sort')).to.equal('ascending');
    sortButton(el, 'name').click();
    await el.updateComplete;
    expect(rowsOf(el).map((row) => text(row.querySelector('[part~="select"]')))).to.deep.equal(
      [...names].sort(zh.compare).reverse(),
    );
    expect(th.getAttribute('aria-sort')).to.equal('descending');
  });

  it('sorts by key figure biggest first and by township', async () => {
    const county = await nanchang();
    const el = await board(county);
    sortButton(el, 'figure').click();
    await el.updateComplete;
    const overdue = (code: string | undefined) =>
      county.profiles.regions.find((r) => r.regionCode === code)!.work.overdue.households;
    const values = codes(el).map(overdue);
    expect(values).to.deep.equal([...values].sort((a, b) => b - a));
    expect(values[0]).to.be.greaterThan(0);
    expect(sortButton(el, 'figure').closest('th')!.getAttribute('aria-sort')).to.equal(
      'descending',
    );
    sortButton(el, 'township').click();
    await el.updateComplete;
    const townships = rowsOf(el).map((row) => text(row.children[2]));
    const keys = rowsOf(el).map((row, i) =>
      row.querySelector('.level')!.textContent === '乡镇'
        ? text(row.querySelector('[part~="select"]'))!
        : townships[i]!,
    );
    expect(keys).to.deep.equal([...keys].sort(zh.compare));
  });

  it('filters by flag, level and township, and counts what is shown', async () => {
    const county = await nanchang();
    const el = await board(county);
    const all = flagged(county);
    await choose(el, 'flag', 'yellow');
    expect(el.flagFilter).to.equal('yellow');
    const yellow = all.filter((f) => f.flag === 'yellow');
    expect(codes(el)).to.have.length(yellow.length);
    expect(rowsOf(el).every((row) => row.dataset['flag'] === 'yellow')).to.equal(true);
    expect(text(root(el).querySelector('[part="count"]'))).to.equal(
      `显示 ${yellow.length} / ${all.length} 个`,
    );
    await choose(el, 'flag', '');
    await choose(el, 'level', 'township');
    expect(codes(el)).to.deep.equal(
      all.filter((f) => f.level === 'township').map((f) => f.regionCode),
    );
    await choose(el, 'level', '');
    const youlan = county.profiles.regions.find((r) => r.name === '幽兰镇')!;
    await choose(el, 'township', youlan.regionCode);
    const inYoulan = all.filter(
      (f) =>
        county.profiles.regions.find((r) => r.regionCode === f.regionCode)!.parentCode ===
        youlan.regionCode,
    );
    expect(new Set(codes(el))).to.deep.equal(new Set(inYoulan.map((f) => f.regionCode)));
    expect(inYoulan.map((f) => f.name)).to.include.members(['胡陶村', '桃岭村', '南山村']);
  });

  it('filters by a typed name and says when nothing matches', async () => {
    const el = await board(await nanchang());
    const search = root(el).querySelector<HTMLInputElement>('input[type="search"]')!;
    search.focus();
    await sendKeys({ type: '胡陶' });
    await el.updateComplete;
    expect(rowsOf(el).map((row) => text(row.querySelector('[part~="select"]')))).to.deep.equal([
      '胡陶村',
    ]);
    await sendKeys({ type: 'zzz' });
    await el.updateComplete;
    expect(rowsOf(el)).to.have.length(0);
    expect(text(root(el).querySelector('[part="state"]'))).to.equal('没有符合筛选条件的村或乡镇');
  });

  it('has one tab stop in the table and moves between rows with the arrow keys, Home and End', async () => {
    const el = await board(await nanchang());
    const buttons = () => [...root(el).querySelectorAll<HTMLButtonElement>('[part~="select"]')];
    expect(buttons().filter((b) => b.tabIndex === 0)).to.have.length(1);
    expect(buttons()[0]!.tabIndex).to.equal(0);
    root(el).querySelector<HTMLInputElement>('input[type="search"]')!.focus();
    // Tab from the search field: four sort buttons, then the table's one stop.
    for (let i = 0; i < 5; i++) await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(buttons()[0]);
    await sendKeys({ press: 'ArrowDown' });
    expect(root(el).activeElement).to.equal(buttons()[1]);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowUp' });
    expect(root(el).activeElement).to.equal(buttons()[1]);
    await sendKeys({ press: 'End' });
    expect(root(el).activeElement).to.equal(buttons().at(-1));
    await sendKeys({ press: 'Home' });
    expect(root(el).activeElement).to.equal(buttons()[0]);
    await sendKeys({ press: 'ArrowUp' });
    expect(root(el).activeElement).to.equal(buttons()[0]);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(buttons().map((b) => b.tabIndex)).to.deep.equal(
      buttons().map((_, i) => (i === 1 ? 0 : -1)),
    );
  });

  it('keeps its rows across arrow-key moves and builds them again only when data, filters or sort change', async () => {
    const el = await board(await nanchang());
    const rows = el.rows;
    const shown = el.shownRows;
    const buttons = () => [...root(el).querySelectorAll<HTMLButtonElement>('[part~="select"]')];
    buttons()[0]!.focus();
    for (const press of ['ArrowDown', 'ArrowDown', 'End', 'Home', 'ArrowDown']) {
      await sendKeys({ press });
      await el.updateComplete;
    }
    // Each key moved the tab stop (a re-render), and every render reused the same rows.
    expect(buttons().findIndex((b) => b.tabIndex === 0)).to.equal(1);
    expect(root(el).activeElement).to.equal(buttons()[1]);
    expect(el.rows).to.equal(rows);
    expect(el.shownRows).to.equal(shown);
    el.flagFilter = 'red';
    await el.updateComplete;
    expect(el.rows).to.equal(rows);
    expect(el.shownRows).not.to.equal(shown);
    expect(el.shownRows.every((row) => row.flag === 'red')).to.equal(true);
    el.figure = 'monitored';
    await el.updateComplete;
    expect(el.rows).not.to.equal(rows);
    el.profiles = miniJiangxi().profiles;
    await el.updateComplete;
    expect(codes(el)).to.deep.equal(['360121102003']);
  });

  it('offers each township of the rows once, sorted by name, as the township filter', async () => {
    const el = await board(await nanchang());
    const list = townshipsOf(el.rows);
    expect(new Set(list.map(([code]) => code)).size).to.equal(list.length);
    const names = list.map(([, name]) => name);
    expect(names).to.deep.equal(
      [...names].sort(new Intl.Collator('zh-CN', { numeric: true }).compare),
    );
    const offered = [
      ...root(el).querySelectorAll<HTMLOptionElement>('select[name="township"] option'),
    ]
      .map((o) => o.value)
      .filter(Boolean);
    expect(offered).to.deep.equal(list.map(([code]) => code));
    const row = (townshipCode: string | null, townshipName: string) =>
      ({ townshipCode, townshipName }) as BoardRow;
    expect(
      townshipsOf([row('2', '乙'), row('1', '甲'), row('2', '乙'), row(null, '')]),
    ).to.deep.equal(
      [
        ['2', '乙'],
        ['1', '甲'],
      ].sort((a, b) => new Intl.Collator('zh-CN').compare(a[1]!, b[1]!)),
    );
  });

  it('fires sw-village-select with the row on Enter and marks it selected', async () => {
    const county = await nanchang();
    const el = await board(county);
    const second = rowsOf(el)[1]!.dataset['regionCode']!;
    const flag = county.profiles.flags.find((f) => f.regionCode === second)!;
    selectButton(el, rowsOf(el)[0]!.dataset['regionCode']!).focus();
    await sendKeys({ press: 'ArrowDown' });
    const event = oneEvent<SwVillageSelectEvent>(el, 'sw-village-select');
    await sendKeys({ press: 'Enter' });
    const fired = await event;
    expect(fired.detail).to.deep.equal({ regionCode: second, name: flag.name, flag: flag.flag });
    expect(fired.bubbles && fired.composed).to.equal(true);
    await el.updateComplete;
    expect(el.regionCode).to.equal(second);
    expect(selectButton(el, second).getAttribute('aria-current')).to.equal('true');
    expect(rowOf(el, second).getAttribute('part')).to.contain('row-selected');
  });

  it('fires sw-village-select on Space and on a click', async () => {
    const county = await nanchang();
    const el = await board(county);
    const yellow = flagged(county).find((f) => f.flag === 'yellow')!;
    selectButton(el, yellow.regionCode).focus();
    let event = oneEvent<SwVillageSelectEvent>(el, 'sw-village-select');
    await sendKeys({ press: 'Space' });
    expect((await event).detail).to.deep.equal({
      regionCode: yellow.regionCode,
      name: yellow.name,
      flag: 'yellow',
    });
    const red = flagged(county).find((f) => f.flag === 'red')!;
    event = oneEvent<SwVillageSelectEvent>(el, 'sw-village-select');
    selectButton(el, red.regionCode).click();
    expect((await event).detail.flag).to.equal('red');
  });

  it('does not fire sw-village-select when the host sets region-code, sorts or filters', async () => {
    const county = await nanchang();
    const el = await board(county);
    let fired = 0;
    el.addEventListener('sw-village-select', () => fired++);
    const code = flagged(county)[3]!.regionCode;
    el.regionCode = code;
    el.sortBy = 'name';
    el.flagFilter = 'red';
    el.flagFilter = '';
    await el.updateComplete;
    expect(fired).to.equal(0);
    expect(selectButton(el, code).getAttribute('aria-current')).to.equal('true');
    expect(selectButton(el, code).tabIndex).to.equal(0);
  });

  it('speaks English on lang="en", with the reasons in English', async () => {
    const county = miniJiangxi();
    const el = await board(county, { lang: 'en' });
    const yellow = county.profiles.flags.find((f) => f.flag === 'yellow')!;
    expect(yellow.name).to.equal('岭前村');
    const cells = [...rowOf(el, yellow.regionCode).children].map(text);
    expect(cells[0]).to.equal('● Yellow');
    expect(cells[1]).to.equal('岭前村 village');
    expect(cells[2]).to.equal('幽兰镇');
    expect(cells[4]).to.equal(`● ${yellow.reasons[0]!.message.en}`);
    expect(text(root(el).querySelector('caption'))).to.equal(
      'Red and yellow villages and townships',
    );
    expect(text(root(el).querySelector('[part="count"]'))).to.equal('Showing 2 of 2');
    expect(text(sortButton(el, 'figure'))).to.contain('Overdue orders');
  });

  it('takes flags and regions without profiles', async () => {
    const { profiles } = miniJiangxi();
    const el = await fixture<SwVillageBoard>(
      html`<sw-village-board
        .flags=${profiles.flags}
        .regions=${profiles.regions}
      ></sw-village-board>`,
    );
    expect(codes(el)).to.deep.equal(['360121102003', '360121102004']);
    const bare = await fixture<SwVillageBoard>(
      html`<sw-village-board .flags=${profiles.flags}></sw-village-board>`,
    );
    expect(text(rowOf(bare, '360121102003').querySelector('.figure'))).to.equal('无数据');
  });

  it('renders a hostile village name and reason as text, never as HTML', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const { profiles } = miniJiangxi();
    const flags: RegionFlag[] = profiles.flags.map((f, i) =>
      i === 0
        ? {
            ...f,
            name: hostile,
            reasons: f.reasons.map((r) => ({ ...r, message: { zh: hostile, en: hostile } })),
          }
        : f,
    );
    const el = await fixture<SwVillageBoard>(
      html`<sw-village-board .flags=${flags} .regions=${profiles.regions}></sw-village-board>`,
    );
    expect(root(el).querySelector('img')).to.equal(null);
    const row = rowOf(el, flags[0]!.regionCode);
    expect(row.querySelector('[part~="select"]')!.textContent).to.contain(hostile);
    expect(row.querySelector('[part="reasons"]')!.textContent).to.contain(hostile);
  });

  it('shows loading, error, empty and no-flag states', async () => {
    const loading = await fixture<SwVillageBoard>(
      html`<sw-village-board loading></sw-village-board>`,
    );
    expect(root(loading).querySelector('[role="status"]')!.textContent.trim()).to.equal('加载中…');
    const error = await fixture<SwVillageBoard>(
      html`<sw-village-board
        error="文件无法读取"
        .profiles=${miniJiangxi().profiles}
      ></sw-village-board>`,
    );
    expect(root(error).querySelector('[role="alert"]')!.textContent).to.equal(
      '无法显示：文件无法读取',
    );
    const empty = await fixture<SwVillageBoard>(html`<sw-village-board></sw-village-board>`);
    expect(text(root(empty).querySelector('[part="state"]'))).to.equal('暂无数据');
    const none = await fixture<SwVillageBoard>(
      html`<sw-village-board .flags=${[]} lang="en"></sw-village-board>`,
    );
    expect(text(root(none).querySelector('[part="state"]'))).to.equal(
      'No red or yellow village or township',
    );
    expect(root(none).querySelector('table')).to.equal(null);
  });

  it('stacks rows as cards at phone width and keeps a table at desktop width', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="width: 360px">
        <sw-village-board .profiles=${miniJiangxi().profiles}></sw-village-board>
      </div>`,
    );
    const el = wrapper.querySelector('sw-village-board')!;
    await el.updateComplete;
    expect(getComputedStyle(rowsOf(el)[0]!).display).to.equal('block');
    expect(el.scrollWidth).to.be.at.most(360);
    wrapper.style.width = '1920px';
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(getComputedStyle(rowsOf(el)[0]!).display).to.equal('table-row');
  });

  it('scales its type on big-screen', async () => {
    const el = await fixture<SwVillageBoard>(
      html`<sw-village-board big-screen .profiles=${miniJiangxi().profiles}></sw-village-board>`,
    );
    const normal = await fixture<SwVillageBoard>(
      html`<sw-village-board .profiles=${miniJiangxi().profiles}></sw-village-board>`,
    );
    expect(parseFloat(getComputedStyle(el).fontSize)).to.be.greaterThan(
      parseFloat(getComputedStyle(normal).fontSize) * 1.4,
    );
  });

  it('uses no style attribute or inline style, so a strict style CSP holds', async () => {
    const el = await board(await nanchang());
    el.regionCode = flagged(await nanchang())[0]!.regionCode;
    await el.updateComplete;
    expect(root(el).querySelectorAll('[style], style')).to.have.length(0);
    expect(el.hasAttribute('style')).to.equal(false);
  });

  it('renders as the committed snapshot in both languages', async () => {
    await matchSnapshot('village-board-mini-zh', await board(miniJiangxi()));
    await matchSnapshot('village-board-mini-en', await board(miniJiangxi(), { lang: 'en' }));
  });
});
