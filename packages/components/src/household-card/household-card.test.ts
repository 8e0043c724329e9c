import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  explain,
  maskPersonal,
  presets,
  score,
  type ScoreResult,
  type ScoringInputs,
} from '@shouwang/scoring';
import { table } from 'arquero';
import type { SwHouseholdCard } from './household-card.js';
import './household-card.js';
import { miniAsOf, miniCounty, miniInputs } from '../test-support/mini-county.js';
import { matchSnapshot } from '../test-support/snapshot.js';

const county = miniCounty();

function card(id: string, extra = html``) {
  return fixture<SwHouseholdCard>(
    html`<sw-household-card
        household-id=${id}
        .result=${county.result}
        .orders=${county.orders}
        .inputs=${county.inputs}
      ></sw-household-card
      >${extra}`,
  );
}

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The value of one column of the result table for one household. */
function resultValue(result: ScoreResult, id: string, column: string): unknown {
  const ids = result.table.array('householdId') as ArrayLike<unknown>;
  const row = Array.from(ids).indexOf(id);
  return (result.table.array(column) as ArrayLike<unknown>)[row];
}

/** Column values of an input table for one household. */
function inputRows(t: ScoringInputs['households'] | undefined, id: string, column: string) {
  const ids = Array.from(t!.array('householdId') as ArrayLike<unknown>);
  const values = t!.array(column) as ArrayLike<unknown>;
  return ids.flatMap((h, i) => (h === id ? [String(values[i])] : []));
}

describe('<sw-household-card>', () => {
  it('names the household’s township as the regions table gives it, and its village', async () => {
    const el = await card('H01');
    expect(text($(el, '[part~="meta"]'))).to.contain('八一乡 八一村');
    // A parent from the table wins over one guessed from the code.
    const regions = county.inputs.regions!.assign({
      parentCode: (county.inputs.regions!.array('parentCode') as (string | null)[]).map((p, r) =>
        county.inputs.regions!.get('regionCode', r) === '360121101001' ? '360121102000' : p,
      ),
    });
    const moved = await fixture<SwHouseholdCard>(
      html`<sw-household-card
        household-id="H01"
        .result=${county.result}
        .orders=${county.orders}
        .inputs=${{ ...county.inputs, regions }}
      ></sw-household-card>`,
    );
    expect(text($(moved, '[part~="meta"]'))).to.contain('幽兰镇 八一村');
  });

  it('passes the axe accessibility audit', async () => {
    const el = await card('H01');
    await expect(el).to.be.accessible();
  });

  it('passes the axe audit in English, with an overdue order and revealed data', async () => {
    const el = await card('H09');
    el.lang = 'en';
    el.revealPii = true;
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('shows the lamps, score, level and causes the result holds', async () => {
    const el = await card('H01');
    const why = explain(county.result, 'H01')!;
    const lamps = $(el, 'sw-lamps')!;
    expect((lamps as HTMLElement & { lit: number }).lit).to.equal(why.lamps);
    expect(text($(el, '[data-figure="score"]'))).to.equal(`${why.score} 分`);
    const band = county.result.ruleSet.levels.bands.find((b) => b.id === why.level)!;
    expect(text($(el, '[data-figure="level"]'))).to.equal(band.label.zh);
    const causes = resultValue(county.result, 'H01', 'causes') as string[];
    expect($$(el, '[part="causes"] li').map((li) => li.getAttribute('data-cause'))).to.deep.equal(
      causes,
    );
    expect(text($(el, '[data-cause="illness"]'))).to.equal('因病');
  });

  it('lists each fired indicator with its signed points', async () => {
    const el = await card('H01');
    const why = explain(county.result, 'H01')!;
    const items = $$(el, '[part~="indicator"]');
    expect(items.length).to.equal(why.fired.length);
    why.fired.forEach((f, i) => {
      const item = items[i]!;
      expect(item.getAttribute('data-indicator')).to.equal(f.indicatorId);
      expect(text(item.querySelector('.points'))).to.equal(
        `${f.points > 0 ? '+' : '−'}${Math.abs(f.points)}`,
      );
      expect(text(item.querySelector('.label'))).to.equal(f.label.zh);
      expect(item.getAttribute('part')).to.contain(`indicator-${f.class}`);
    });
  });

  it('says how far the next lamp is and what would clear the alert', async () => {
    const el = await card('H01');
    const why = explain(county.result, 'H01')!;
    expect(text($(el, '[data-note="next-lamp"]'))).to.equal(
      `再加 ${why.toNextLamp} 分亮第 ${why.lamps + 1} 盏灯`,
    );
    const threshold = county.result.ruleSet.workOrderThreshold;
    const clearing = text($(el, '[data-note="clearing"]'));
    if (why.clearing) expect(clearing).to.contain(String(why.clearing.scoreAfter));
    else expect(clearing).to.equal('没有单项变化能解除预警');
    expect(text($(el, '[data-figure="alert"]'))).to.contain(`${threshold}`);
  });

  it('names the single change that clears an alert when there is one', async () => {
    const id = ['H03', 'H04', 'H10', 'H09'].find((h) => explain(county.result, h)?.clearing)!;
    const why = explain(county.result, id)!;
    const el = await card(id);
    const ind = county.result.ruleSet.indicators.find((i) => i.id === why.clearing!.indicatorId)!;
    const clearing = text($(el, '[data-note="clearing"]'));
    expect(clearing).to.contain(ind.label.zh);
    expect(clearing).to.contain(`${why.clearing!.scoreAfter} 分`);
  });

  it('explains a lamp lit by the core rule', async () => {
    const why = explain(county.result, 'H12')!;
    const core = why.litLamps.filter((l) => l.rule === 'core');
    const el = await card('H12');
    expect($$(el, '[data-note="lamps-core"]').length).to.equal(core.length);
    expect(core.length).to.be.greaterThan(0);
  });

  it('masks ID numbers, names and phones by default', async () => {
    const el = await card('H01');
    const ids = inputRows(county.inputs.members, 'H01', 'personId');
    const names = inputRows(county.inputs.members, 'H01', 'name');
    const [phone] = inputRows(county.inputs.households, 'H01', 'phone');
    const shown = $$(el, '[data-pii="personId"]').map(text);
    expect(shown).to.deep.equal(ids.map((id) => maskPersonal(id, 'personId')));
    expect($$(el, '[data-pii="name"]').map(text)).to.deep.equal(
      names.map((n) => maskPersonal(n, 'name')),
    );
    expect(text($(el, '[data-pii="phone"]'))).to.equal(maskPersonal(phone!, 'phone'));
    const all = el.shadowRoot!.textContent;
    for (const secret of [...ids, ...names, phone!]) expect(all).not.to.contain(secret);
  });

  it('shows ID numbers, names and phones on reveal-pii', async () => {
    const el = await card('H01');
    el.setAttribute('reveal-pii', '');
    await el.updateComplete;
    const ids = inputRows(county.inputs.members, 'H01', 'personId');
    const [phone] = inputRows(county.inputs.households, 'H01', 'phone');
    expect($$(el, '[data-pii="personId"]').map(text)).to.deep.equal(ids);
    expect(text($(el, '[data-pii="phone"]'))).to.equal(phone);
    const [head] = inputRows(county.inputs.households, 'H01', 'headName');
    expect(text($(el, '[part="title"]'))).to.contain(head!);
  });

  it('shows money to the yuan, not rounded to 万', async () => {
    const el = await card('H02');
    const [income] = inputRows(county.inputs.households, 'H02', 'incomePerCapita');
    expect(Number(income)).to.be.at.least(10_000);
    const formatted = new Intl.NumberFormat('zh-CN').format(Number(income));
    expect(text(el.shadowRoot!.querySelector('[part="figures"]'))).to.contain(
      `${formatted} 元/人·年`,
    );
  });

  it('lists the measures of the household up to the result date', async () => {
    const el = await card('H07');
    const kinds = inputRows(county.inputs.measures, 'H07', 'kind');
    expect($$(el, '[part="measures"] li').map((li) => li.getAttribute('data-kind'))).to.deep.equal(
      kinds,
    );
    expect(text($(el, '[part="measures"]'))).to.contain('综合保障');
  });

  it('walks the whole process with dates, the outcome and deadlines', async () => {
    const el = await card('H01');
    const steps = $$(el, '[part="timeline"] [part~="step"]');
    expect(steps.map((s) => s.getAttribute('data-stage'))).to.deep.equal([
      'pushed',
      'verified',
      'reviewed',
      'approved',
      'included',
      'measures',
      'eliminated',
    ]);
    const dates = inputRows(county.inputs.workEvents, 'H01', 'date');
    expect(steps.slice(0, 6).map((s) => text(s.querySelector('time')))).to.deep.equal(dates);
    expect(text(steps[1]!.querySelector('.outcome'))).to.equal('存在风险');
    expect(steps[6]!.getAttribute('data-state')).to.equal('waiting');
  });

  it('marks an overdue verification in words, not only colour', async () => {
    const el = await card('H09');
    const facts = county.orders.table;
    const ids = Array.from(facts.array('householdId') as ArrayLike<unknown>);
    const row = ids.indexOf('H09');
    const days = (facts.array('daysOverdue') as ArrayLike<number>)[row]!;
    expect(days).to.be.greaterThan(0);
    const overdue = $(el, '[data-state="overdue"]')!;
    expect(overdue.getAttribute('data-stage')).to.equal('verified');
    expect(overdue.getAttribute('aria-current')).to.equal('step');
    expect(text(overdue)).to.contain(`逾期 ${days} 天`);
    expect(text(overdue.querySelector('.marker'))).to.equal('⚠');
    const due = (facts.array('verifyDue') as ArrayLike<string>)[row]!;
    expect(text(overdue.querySelector('.due'))).to.contain(due);
  });

  it('marks a stage done after its deadline as late, with the days', async () => {
    const inputs = miniInputs();
    const events = inputs.workEvents!;
    const names = events.columnNames();
    const late = { orderId: 'WO-H09', householdId: 'H09', stage: 'verified', date: '2025-06-10' };
    const cols = Object.fromEntries(
      names.map((name) => {
        const values: unknown[] = Array.from(events.array(name) as ArrayLike<unknown>);
        const extra =
          name in late ? late[name as keyof typeof late] : name === 'outcome' ? 'confirmed' : null;
        return [name, [...values, extra]];
      }),
    );
    const withLate: ScoringInputs = { ...inputs, workEvents: table(cols) };
    const result = score(withLate, presets['ankang-five-lamps'], { asOf: miniAsOf });
    const el = await fixture<SwHouseholdCard>(
      html`<sw-household-card
        household-id="H09"
        .result=${result}
        .inputs=${withLate}
      ></sw-household-card>`,
    );
    const due = county.orders.table;
    const ids = Array.from(due.array('householdId') as ArrayLike<unknown>);
    const verifyDue = (due.array('verifyDue') as ArrayLike<string>)[ids.indexOf('H09')]!;
    const days = Math.round((Date.parse('2025-06-10') - Date.parse(verifyDue)) / 86_400_000);
    const verified = $(el, '[data-stage="verified"]')!;
    expect(verified.getAttribute('data-state')).to.equal('done');
    expect(text(verified.querySelector('.late'))).to.equal(`⚠ 超期 ${days} 天完成`);
  });

  it('ends a case dismissed as a data error with its outcome', async () => {
    const el = await card('H12');
    const stages = $$(el, '[part~="step"]').map((s) => s.getAttribute('data-stage'));
    expect(stages).to.deep.equal(['pushed', 'verified', 'dismissed']);
    expect(text($(el, '[data-stage="verified"] .outcome'))).to.equal('数据错误');
    expect(text($(el, '[part="order-status"]'))).to.equal('已办结');
  });

  it('speaks English on lang="en"', async () => {
    const el = await card('H09');
    el.lang = 'en';
    await el.updateComplete;
    expect(text($(el, '[part="section-title"]'))).to.equal('Overview');
    expect(text($(el, '[data-cause="disaster"]'))).to.equal('Disaster');
    expect(text($(el, '[data-state="overdue"] .word'))).to.match(/^\d+ days overdue$/);
    const lamps = $(el, 'sw-lamps')!;
    expect(lamps.getAttribute('lang')).to.equal('en');
  });

  it('fires sw-household-open with the household id when the open button is pressed', async () => {
    const el = await card('H07');
    const button = $(el, '[part="open-button"]') as HTMLButtonElement;
    setTimeout(() => {
      button.click();
    });
    const event = await oneEvent(el, 'sw-household-open');
    expect(event.detail).to.deep.equal({ householdId: 'H07' });
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('opens the record from the keyboard: Tab to the button, then Enter', async () => {
    const el = await card('H09');
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('open-button');
    setTimeout(() => {
      void sendKeys({ press: 'Enter' });
    });
    const event = await oneEvent(el, 'sw-household-open');
    expect(event.detail).to.deep.equal({ householdId: 'H09' });
    before.remove();
  });

  it('hides the open button on hide-open', async () => {
    const el = await card('H09');
    el.hideOpen = true;
    await el.updateComplete;
    expect($(el, '[part="open-button"]')).to.equal(null);
  });

  it('fits a 360 px phone in one column and uses two on a wide screen', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.style.width = '360px';
    const el = document.createElement('sw-household-card');
    Object.assign(el, {
      householdId: 'H01',
      result: county.result,
      orders: county.orders,
      inputs: county.inputs,
    });
    wrapper.append(el);
    await el.updateComplete;
    const layout = $(el, '.layout')!;
    const columns = () => getComputedStyle(layout).gridTemplateColumns.split(' ').length;
    expect(columns()).to.equal(1);
    expect(el.scrollWidth).to.be.at.most(360);
    const card = $(el, '[part="card"]')!;
    expect(card.scrollWidth).to.be.at.most(card.clientWidth + 1);
    wrapper.style.width = '1200px';
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(columns()).to.equal(2);
  });

  it('scales its type on big-screen', async () => {
    const el = await card('H01');
    const normal = parseFloat(getComputedStyle(el).fontSize);
    el.bigScreen = true;
    await el.updateComplete;
    expect(el.hasAttribute('big-screen')).to.equal(true);
    expect(parseFloat(getComputedStyle(el).fontSize)).to.be.greaterThan(normal);
  });

  it('does not fire sw-household-open on a programmatic change', async () => {
    const el = await card('H07');
    let fired = 0;
    el.addEventListener('sw-household-open', () => fired++);
    el.householdId = 'H01';
    await el.updateComplete;
    expect(fired).to.equal(0);
  });

  it('shows empty, loading and error states', async () => {
    const el = await fixture<SwHouseholdCard>(html`<sw-household-card></sw-household-card>`);
    expect($(el, '[part="state"]')!.getAttribute('data-state')).to.equal('empty');
    el.loading = true;
    await el.updateComplete;
    expect(el.hasAttribute('loading')).to.equal(true);
    expect($(el, '[part="state"]')!.getAttribute('role')).to.equal('status');
    expect(text($(el, '[part="state"]'))).to.equal('加载中…');
    el.error = '文件无法读取';
    await el.updateComplete;
    expect(text($(el, '[role="alert"]'))).to.equal('无法显示：文件无法读取');
    const unknown = await card('H99');
    expect($(unknown, '[part="state"]')!.getAttribute('data-state')).to.equal('empty');
  });

  it('renders a household name as text, never as HTML', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const inputs = miniInputs();
    const heads = Array.from(inputs.households.array('headName') as ArrayLike<string>);
    const names = Array.from(inputs.members!.array('name') as ArrayLike<string>);
    const hostile: ScoringInputs = {
      ...inputs,
      households: inputs.households.assign(table({ headName: heads.map(() => evil) })),
      members: inputs.members!.assign(table({ name: names.map(() => evil) })),
    };
    const result = score(hostile, presets['ankang-five-lamps'], { asOf: miniAsOf });
    const el = await fixture<SwHouseholdCard>(
      html`<sw-household-card
        household-id="H01"
        reveal-pii
        .result=${result}
        .inputs=${hostile}
      ></sw-household-card>`,
    );
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(text($(el, '[part="title"]'))).to.contain(evil);
    expect(text($(el, '[data-pii="name"]'))).to.equal(evil);
  });

  it('finds a household whose id is stored as a number', async () => {
    const inputs = miniInputs();
    const numeric = (t: ScoringInputs['households'], column = 'householdId') =>
      t.assign(
        table({
          [column]: Array.from(t.array(column) as ArrayLike<string>, (id) =>
            /^H\d+$/.test(id) ? Number(id.slice(1)) : id,
          ),
        }),
      );
    const renumbered: ScoringInputs = {
      ...inputs,
      households: numeric(inputs.households),
      members: numeric(inputs.members!),
      workEvents: numeric(inputs.workEvents!),
      measures: numeric(inputs.measures!),
      departmentRecords: numeric(inputs.departmentRecords!, 'key'),
    };
    const result = score(renumbered, presets['ankang-five-lamps'], { asOf: miniAsOf });
    const el = await fixture<SwHouseholdCard>(
      html`<sw-household-card
        household-id="9"
        .result=${result}
        .inputs=${renumbered}
      ></sw-household-card>`,
    );
    const why = explain(county.result, 'H09')!;
    expect(text($(el, '[data-figure="score"]'))).to.equal(`${why.score} 分`);
    expect($(el, '[data-state="overdue"]')).not.to.equal(null);
    expect($$(el, '[part="member"]').length).to.equal(
      inputRows(county.inputs.members, 'H09', 'name').length,
    );
  });

  it('works from the result alone, saying what was not given', async () => {
    const el = await fixture<SwHouseholdCard>(
      html`<sw-household-card household-id="H09" .result=${county.result}></sw-household-card>`,
    );
    expect($(el, '[data-state="overdue"]')).not.to.equal(null);
    expect($$(el, '[part="none"]').map(text)).to.include('未提供');
  });

  it('sets no style attribute, so a strict Content-Security-Policy page shows it whole', async () => {
    const el = await card('H09');
    el.bigScreen = true;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[style]').length).to.equal(0);
    expect(el.hasAttribute('style')).to.equal(false);
  });

  it('renders as the committed snapshot in both languages', async () => {
    await matchSnapshot('household-card-h01-zh', await card('H01'));
    const en = await card('H09');
    en.lang = 'en';
    await en.updateComplete;
    await matchSnapshot('household-card-h09-en', en);
  });
});
