import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { presets, score, type ScoreResult, type ScoringInputs } from '@shouwang/scoring';
import { table } from 'arquero';
import { html } from 'lit';
import { until } from 'lit/directives/until.js';
import '@shouwang/components';
import { miniCounty, miniInputs } from '../packages/components/src/test-support/mini-county.js';
import { sampleCounty } from '../packages/components/src/test-support/sample-county.js';

interface CardArgs {
  householdId: string;
  revealPii: boolean;
  bigScreen: boolean;
  lang: string;
}

const county = miniCounty();
const householdIds = Array.from(county.result.table.array('householdId') as ArrayLike<string>);

function renderCard({ householdId, revealPii, bigScreen, lang }: CardArgs) {
  return html`<sw-household-card
    household-id=${householdId}
    ?reveal-pii=${revealPii}
    ?big-screen=${bigScreen}
    lang=${lang || document.documentElement.lang}
    .result=${county.result}
    .orders=${county.orders}
    .inputs=${county.inputs}
  ></sw-household-card>`;
}

const meta: Meta<CardArgs> = {
  title: 'Elements/sw-household-card 户卡',
  component: 'sw-household-card',
  args: { householdId: 'H01', revealPii: false, bigScreen: false, lang: '' },
  argTypes: {
    householdId: { control: 'select', options: householdIds },
    lang: { control: 'inline-radio', options: ['', 'zh-CN', 'en'] },
  },
  render: renderCard,
};
export default meta;

type Story = StoryObj<CardArgs>;

/** H01, a long illness: three lamps, the explanation, and the process up to the measures. */
export const Default: Story = {};

/** ID numbers, names and phones unmasked with `reveal-pii` (for officials entitled to see them). */
export const RevealedPii: Story = { args: { revealPii: true } };

/** English on `lang="en"`. */
export const English: Story = { args: { lang: 'en' } };

/** H09, a landslide: the verification is overdue as of the result date. */
export const OverdueVerification: Story = { args: { householdId: 'H09' } };

/** H12, a dropout alarm that home verification found to be a data error: the case is dismissed. */
export const DataError: Story = { args: { householdId: 'H12' } };

/** No result given, or an unknown household: the card says there is no data. */
export const Empty: Story = {
  render: () => html`<sw-household-card household-id="H01"></sw-household-card>`,
};

/** While the host loads or scores the data. */
export const Loading: Story = {
  render: () => html`<sw-household-card loading></sw-household-card>`,
};

/** When the host could not load or score the data. */
export const ErrorState: Story = {
  name: 'Error',
  render: () =>
    html`<sw-household-card
      error="households.csv 第 3 行：身份证号校验位错误"
    ></sw-household-card>`,
};

/** A 360 px phone: one column, figures wrapping. */
export const Phone: Story = {
  parameters: { viewport: { defaultViewport: 'mobile1' } },
  render: (args) => html`<div style="width: 360px">${renderCard(args)}</div>`,
};

/** The meeting-room screen: `big-screen` scales all type, at 1920 px. */
export const BigScreen: Story = {
  args: { bigScreen: true, householdId: 'H09' },
  parameters: { layout: 'fullscreen' },
  render: (args) => html`<div style="width: 1920px">${renderCard(args)}</div>`,
};

// The training walk: household H01 from the first warning to the risk being eliminated.
interface TrainingStep {
  readonly asOf: string;
  readonly zh: string;
  readonly en: string;
}

const trainingSteps: readonly TrainingStep[] = [
  {
    asOf: '2025-04-01',
    zh: '系统发现风险：自付医疗费用高、主要劳动力患重病，积分达到预警线，生成核实工单',
    en: 'The system finds the risk: high self-paid medical costs and a seriously ill main labourer take the score over the threshold; a verification work order is created',
  },
  {
    asOf: '2025-04-08',
    zh: '预警推送到村：7 天内入户核实',
    en: 'The warning is pushed to the village: verify at home within 7 days',
  },
  {
    asOf: '2025-04-11',
    zh: '入户核实：存在风险',
    en: 'Home verification: the risk is confirmed',
  },
  { asOf: '2025-04-16', zh: '民主评议', en: 'Democratic review in the village' },
  { asOf: '2025-04-20', zh: '乡镇审核、县审批', en: 'Township review and county approval' },
  {
    asOf: '2025-04-21',
    zh: '纳入监测（边缘易致贫户）：7 天内落实帮扶',
    en: 'Included as a monitored household: measures within 7 days',
  },
  {
    asOf: '2025-04-25',
    zh: '落实帮扶：低保、健康帮扶',
    en: 'Measures: minimum living allowance and health assistance',
  },
  {
    asOf: '2026-05-31',
    zh: '一年后医疗费用不再计入，积分降到预警线以下，风险消除（培训假设：2026-05-20 办结）',
    en: 'A year on the medical costs have aged out, the score is under the threshold and the risk is eliminated (training assumption: closed on 2026-05-20)',
  },
];

/** The mini county's inputs with H01's events up to a step, plus the training's elimination. */
function trainingInputs(step: number): ScoringInputs {
  const base = miniInputs();
  const events = base.workEvents;
  if (!events) return base;
  const names = events.columnNames();
  const cols = Object.fromEntries(
    names.map((name) => [name, Array.from(events.array(name) as ArrayLike<unknown>)]),
  );
  const last = trainingSteps[step]?.asOf ?? '';
  const keep = (cols['householdId'] ?? []).map(
    (id, r) => id !== 'H01' || String(cols['date']?.[r]) <= last,
  );
  const filtered = Object.fromEntries(
    names.map((name) => [name, (cols[name] ?? []).filter((_, r) => keep[r])]),
  );
  if (step === trainingSteps.length - 1) {
    const add = { orderId: 'WO-H01', householdId: 'H01', stage: 'eliminated', date: '2026-05-20' };
    for (const name of names) {
      filtered[name]?.push(
        name in add ? add[name as keyof typeof add] : name === 'actor' ? 'cw01' : null,
      );
    }
  }
  return { ...base, workEvents: table(filtered) };
}

const trainingCache = new Map<number, { inputs: ScoringInputs; result: ScoreResult }>();

function trainingResult(step: number) {
  let scored = trainingCache.get(step);
  if (!scored) {
    const inputs = trainingInputs(step);
    const asOf = trainingSteps[step]?.asOf ?? '2025-06-30';
    scored = { inputs, result: score(inputs, presets['ankang-five-lamps'], { asOf }) };
    trainingCache.set(step, scored);
  }
  return scored;
}

interface TrainingArgs {
  step: number;
  revealPii: boolean;
  lang: string;
}

/**
 * Training (培训): walk household H01 from the first warning to the risk being eliminated. Move
 * the `step` control: each step re-runs scoring as of that day with the work events up to it, so
 * the lamps, deadlines and overdue marks are what the system showed then.
 */
export const Training: StoryObj<TrainingArgs> = {
  args: { step: 0, revealPii: false, lang: '' },
  argTypes: {
    step: { control: { type: 'range', min: 0, max: trainingSteps.length - 1, step: 1 } },
    lang: { control: 'inline-radio', options: ['', 'zh-CN', 'en'] },
  },
  render: ({ step, revealPii, lang }) => {
    const language = lang || document.documentElement.lang;
    const en = language.startsWith('en');
    const { inputs, result } = trainingResult(step);
    return html`<div lang=${language}>
      <ol aria-label=${en ? 'Training steps' : '培训步骤'}>
        ${trainingSteps.map(
          (s, i) =>
            html`<li aria-current=${i === step ? 'step' : 'false'}>
              ${i === step ? html`<strong>${s.asOf} ${en ? s.en : s.zh}</strong>` : `${s.asOf} ${en ? s.en : s.zh}`}
            </li>`,
        )}
      </ol>
      <sw-household-card
        household-id="H01"
        ?reveal-pii=${revealPii}
        .result=${result}
        .inputs=${inputs}
      ></sw-household-card>
    </div>`;
  },
};

interface SampleArgs {
  householdId: string;
  revealPii: boolean;
  lang: string;
}

/**
 * The 汉阴县 sample (3,200 households) read through ingest and scored in the browser with its own
 * preset, ankang-five-lamps: the card is in its loading state until then. The households are the
 * sample's scenarios (data-samples/hanyin/story.json): a dropout alarm that was a data-entry
 * error, a large relocated household with disabled members, a house damaged by a landslide.
 */
export const SampleHanyin: StoryObj<SampleArgs> = {
  name: 'Sample county 汉阴县',
  args: { householdId: 'H6109211032180002', revealPii: false, lang: '' },
  argTypes: {
    householdId: {
      control: 'select',
      options: ['H6109211032170001', 'H6109211032180001', 'H6109211032180002'],
    },
    lang: { control: 'inline-radio', options: ['', 'zh-CN', 'en'] },
  },
  render: ({ householdId, revealPii, lang }) => {
    const language = lang || document.documentElement.lang;
    const loaded = sampleCounty('hanyin').then(
      (county) =>
        html`<sw-household-card
          household-id=${householdId}
          ?reveal-pii=${revealPii}
          lang=${language}
          .result=${county.result}
          .orders=${county.orders}
          .inputs=${county.inputs}
        ></sw-household-card>`,
      (error: unknown) =>
        html`<sw-household-card
          error=${error instanceof Error ? error.message : String(error)}
          lang=${language}
        ></sw-household-card>`,
    );
    return html`${until(
      loaded,
      html`<sw-household-card loading lang=${language}></sw-household-card>`,
    )}`;
  },
};
