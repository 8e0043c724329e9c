import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { until } from 'lit/directives/until.js';
import '@shouwang/components';
import {
  presets,
  profiles,
  score,
  whatIf,
  workOrders,
  type Profiles,
  type RuleSet,
  type WhatIf,
  type WhatIfChanges,
} from '@shouwang/scoring';
import { miniJiangxi } from '../packages/components/src/test-support/mini-county.js';
import { sampleCounty } from '../packages/components/src/test-support/sample-county.js';
import type { ScoredCounty } from '../packages/components/src/test-support/scored-county.js';

/**
 * What-if (假如…): change the points of a few indicators, the points per lamp and the work-order
 * threshold, and see at once which households flip (lamps, level, work order) and how the red
 * and yellow villages change. `whatIf()` of @shouwang/scoring re-runs only the score loop over
 * the indicators the first score found, so the flip list follows a slider; the board needs the
 * full profiles again, so on a sample county it follows a moment after the slider stops.
 */

/** The indicators with a slider: common in both presets and firing in the samples. */
const INDICATORS = [
  'selfPaidMedical',
  'seriousIllness',
  'severeDisability',
  'unsafeHousing',
  'dropout',
  'stableEmployment',
] as const;
type IndicatorId = (typeof INDICATORS)[number];

type WhatIfArgs = Record<IndicatorId, number> & {
  pointsPerLamp: number;
  workOrderThreshold: number;
  lang: string;
};

const base: RuleSet = presets['jiangxi-levels'];
const pointsOf = (id: string) => base.indicators.find((i) => i.id === id)?.points ?? 0;

const strings = {
  'zh-CN': {
    title: '假如调整规则：哪些户会变化',
    stop: '。',
    flipped: (h: number, p: number) => `${String(h)} 户（${String(p)} 人）发生变化`,
    counts: (up: number, down: number, due: number, undue: number) =>
      `亮灯增加 ${String(up)} 户，减少 ${String(down)} 户；新需核实 ${String(due)} 户，不再需要 ${String(undue)} 户`,
    timing: (ms: number) => `重新计算用时 ${ms.toFixed(1)} 毫秒`,
    none: '没有户发生变化。',
    head: ['户编号', '村', '分数', '预警灯', '风险等级', '核实工单'],
    due: (d: number) => (d ? '需核实' : '不需要'),
    more: (n: number) => `另有 ${String(n)} 户未列出`,
    flagsChanged: '红黄村变化',
    added: '新增',
    removed: '移除',
    noFlagChange: '红黄村没有变化。',
    board: '调整后的红黄村',
    loading: '正在读取样本…',
  },
  en: {
    title: 'What if the rules changed: which households flip',
    stop: '. ',
    flipped: (h: number, p: number) => `${String(h)} households (${String(p)} people) flip`,
    counts: (up: number, down: number, due: number, undue: number) =>
      `lamps up ${String(up)}, down ${String(down)}; newly due for verification ${String(due)}, no longer due ${String(undue)}`,
    timing: (ms: number) => `re-scored in ${ms.toFixed(1)} ms`,
    none: 'No household flips.',
    head: ['Household', 'Village', 'Score', 'Lamps', 'Risk level', 'Verification order'],
    due: (d: number) => (d ? 'due' : 'not due'),
    more: (n: number) => `${String(n)} more not listed`,
    flagsChanged: 'Changes in red and yellow villages',
    added: 'new',
    removed: 'cleared',
    noFlagChange: 'No red or yellow village changes.',
    board: 'Red and yellow villages after the change',
    loading: 'Reading the sample…',
  },
} as const;

const MAX_ROWS = 100;

function changesOf(args: WhatIfArgs, ruleSet: RuleSet): WhatIfChanges {
  return {
    points: Object.fromEntries(INDICATORS.map((id) => [id, args[id]])),
    workOrderThreshold: args.workOrderThreshold,
    lamps: ruleSet.lamps
      ? { ...ruleSet.lamps, pointsPerLamp: args.pointsPerLamp }
      : { pointsPerLamp: args.pointsPerLamp, maxLamps: 5, core: { mode: 'atLeast', lamps: 2 } },
  };
}

/** Profiles of the county re-scored with the changed rule set (what the board shows). */
function profilesAfter(county: ScoredCounty, ruleSet: RuleSet): Profiles {
  const result = score(county.inputs, ruleSet, { asOf: county.result.asOf });
  return profiles(result, { orders: workOrders(result) });
}

let boardTimer: ReturnType<typeof setTimeout> | undefined;

/** Big counties re-profile after the slider rests for 250 ms; small ones at once. */
function debouncedProfiles(county: ScoredCounty, ruleSet: RuleSet): Promise<Profiles> {
  clearTimeout(boardTimer);
  return new Promise((resolve) => {
    boardTimer = setTimeout(() => {
      resolve(profilesAfter(county, ruleSet));
    }, 250);
  });
}

function flagChanges(before: Profiles, after: Profiles, lang: 'zh-CN' | 'en') {
  const s = strings[lang];
  const key = (f: Profiles['flags'][number]) => `${f.regionCode}:${f.flag}`;
  const was = new Set(before.flags.map(key));
  const now = new Set(after.flags.map(key));
  const word = (flag: 'red' | 'yellow') =>
    lang === 'en' ? flag : flag === 'red' ? '红色' : '黄色';
  const added = after.flags.filter((f) => !was.has(key(f)));
  const removed = before.flags.filter((f) => !now.has(key(f)));
  if (!added.length && !removed.length) return html`<p>${s.noFlagChange}</p>`;
  return html`<ul aria-label=${s.flagsChanged}>
    ${added.map((f) => html`<li>${s.added}: ${f.name ?? f.regionCode} (${word(f.flag)})</li>`)}
    ${removed.map((f) => html`<li>${s.removed}: ${f.name ?? f.regionCode} (${word(f.flag)})</li>`)}
  </ul>`;
}

function flipTable(w: WhatIf, county: ScoredCounty, lang: 'zh-CN' | 'en') {
  const s = strings[lang];
  const flips = w.flips;
  const n = flips.numRows();
  if (n === 0) return html`<p>${s.none}</p>`;
  const text = (name: string): ArrayLike<string> => flips.array(name) as ArrayLike<string>;
  const num = (name: string): ArrayLike<number> => flips.array(name) as ArrayLike<number>;
  const ids = text('householdId');
  const codes = text('regionCode');
  const vb = text('levelBefore');
  const va = text('levelAfter');
  const sb = num('scoreBefore');
  const sa = num('scoreAfter');
  const lb = num('lampsBefore');
  const la = num('lampsAfter');
  const db = num('dueBefore');
  const da = num('dueAfter');
  const names = new Map(county.profiles.regions.map((r) => [r.regionCode, r.name]));
  const bandLabel = (ruleSet: RuleSet, id: string) => {
    const band = ruleSet.levels.bands.find((b) => b.id === id);
    return band ? (lang === 'en' ? band.label.en : band.label.zh) : id;
  };
  const rows = Array.from({ length: Math.min(n, MAX_ROWS) }, (_, i) => i);
  const changed = (a: unknown, b: unknown) => (a === b ? 'same' : 'changed');
  return html`<table class="flips">
      <thead>
        <tr>
          ${s.head.map((h) => html`<th scope="col">${h}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (i) =>
            html`<tr>
              <th scope="row">${ids[i]}</th>
              <td>${names.get(codes[i] ?? '') ?? codes[i]}</td>
              <td class=${changed(sb[i], sa[i])}>${sb[i]} → ${sa[i]}</td>
              <td class=${changed(lb[i], la[i])}>
                <sw-lamps lang=${lang} .lit=${lb[i] ?? 0} hide-label></sw-lamps> →
                <sw-lamps lang=${lang} .lit=${la[i] ?? 0}></sw-lamps>
              </td>
              <td class=${changed(vb[i], va[i])}>
                ${bandLabel(county.result.ruleSet, vb[i] ?? '')} →
                ${bandLabel(w.ruleSet, va[i] ?? '')}
              </td>
              <td class=${changed(db[i], da[i])}>${s.due(db[i] ?? 0)} → ${s.due(da[i] ?? 0)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    ${n > MAX_ROWS ? html`<p>${s.more(n - MAX_ROWS)}</p>` : nothing}`;
}

const styles = html`<style>
  .what-if {
    font-family: system-ui, 'Microsoft YaHei', 'PingFang SC', sans-serif;
    display: grid;
    gap: 1rem;
  }
  .what-if table.flips {
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  .what-if .flips th,
  .what-if .flips td {
    padding: 0.25rem 0.5rem;
    border-bottom: 1px solid #d9e2ec;
    text-align: start;
  }
  .what-if .flips td.changed {
    font-weight: 600;
    background: #fff4d6;
  }
</style>`;

function view(args: WhatIfArgs, county: ScoredCounty, sync: boolean) {
  const lang = (args.lang || document.documentElement.lang).startsWith('en') ? 'en' : 'zh-CN';
  const s = strings[lang];
  const started = performance.now();
  const w = whatIf(county.result, changesOf(args, county.result.ruleSet));
  const elapsed = performance.now() - started;
  const total = w.regions.find((r) => r.level === 'county') ?? w.regions.at(-1);
  const boardOf = (after: Profiles) =>
    html`${flagChanges(county.profiles, after, lang)}
      <sw-village-board lang=${lang} figure="pushed" .profiles=${after}></sw-village-board>`;
  return html`${styles}
    <section class="what-if" lang=${lang}>
      <h2>${s.title}</h2>
      <p role="status">
        ${total ? s.flipped(total.flipped.households, total.flipped.people) : nothing}${s.stop}
        ${
          total
            ? s.counts(
                total.lampsUp.households,
                total.lampsDown.households,
                total.newlyDue.households,
                total.noLongerDue.households,
              )
            : nothing
        }${s.stop}
        <small>${s.timing(elapsed)}</small>
      </p>
      ${flipTable(w, county, lang)}
      <h3>${s.board}</h3>
      ${
        sync
          ? boardOf(profilesAfter(county, w.ruleSet))
          : until(
              debouncedProfiles(county, w.ruleSet).then(boardOf),
              html`<sw-village-board lang=${lang} loading></sw-village-board>`,
            )
      }
    </section>`;
}

const slider = (max: number, step = 5) => ({
  control: { type: 'range' as const, min: 0, max, step },
});

const meta: Meta<WhatIfArgs> = {
  title: 'Workshop/What-if 假如',
  args: {
    ...(Object.fromEntries(INDICATORS.map((id) => [id, pointsOf(id)])) as Record<
      IndicatorId,
      number
    >),
    pointsPerLamp: base.lamps?.pointsPerLamp ?? 20,
    workOrderThreshold: base.workOrderThreshold ?? 60,
    lang: '',
  },
  argTypes: {
    selfPaidMedical: { name: 'selfPaidMedical 自付医疗费用高', ...slider(60) },
    seriousIllness: { name: 'seriousIllness 大病', ...slider(60) },
    severeDisability: { name: 'severeDisability 重度残疾', ...slider(60) },
    unsafeHousing: { name: 'unsafeHousing 住房不安全', ...slider(60) },
    dropout: { name: 'dropout 辍学', ...slider(60) },
    stableEmployment: { name: 'stableEmployment 稳定就业（抵御）', ...slider(60) },
    pointsPerLamp: { name: 'pointsPerLamp 每盏灯分数', ...slider(50) },
    workOrderThreshold: { name: 'workOrderThreshold 核实工单阈值', ...slider(120) },
    lang: { control: 'inline-radio', options: ['', 'zh-CN', 'en'] },
  },
  render: (args) => view(args, miniJiangxi(), true),
};
export default meta;

type Story = StoryObj<WhatIfArgs>;

/** The mini county (12 households, jiangxi-levels) as scored: nothing flips yet. */
export const MiniCounty: Story = {};

/**
 * A lower work-order threshold: more households are due for home verification, and the board's
 * warnings-pushed figure counts their new orders.
 */
export const LowerThreshold: Story = { args: { workOrderThreshold: 20 } };

/**
 * Cheaper lamps: at 10 points a lamp more lamps light; where a household with an overdue order
 * reaches three lamps its village turns red.
 */
export const CheaperLamps: Story = { args: { pointsPerLamp: 10 } };

/** English labels. */
export const English: Story = { args: { lang: 'en', pointsPerLamp: 10 } };

/**
 * 汉阴县 (3,200 households, scored with jiangxi-levels): the flips follow the slider; the board
 * follows when it rests.
 */
export const Hanyin: Story = {
  name: '汉阴县 sample',
  args: { pointsPerLamp: 15 },
  render: (args) =>
    html`${until(
      sampleCounty('hanyin', 'jiangxi-levels').then((county) => view(args, county, false)),
      html`<p role="status">
        ${
          strings[(args.lang || document.documentElement.lang).startsWith('en') ? 'en' : 'zh-CN']
            .loading
        }
      </p>`,
    )}`,
};
