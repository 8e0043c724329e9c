import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, render } from 'lit';
import { until } from 'lit/directives/until.js';
import '@shouwang/components';
import type { Profiles, RegionFlag } from '@shouwang/scoring';
import type {
  BoardFigure,
  BoardSortKey,
} from '../packages/components/src/village-board/village-board.js';
import { miniJiangxi } from '../packages/components/src/test-support/mini-county.js';
import { sampleCounty } from '../packages/components/src/test-support/sample-county.js';

/**
 * 汉阴县 read through ingest and scored in the browser with jiangxi-levels, whose yellow rules
 * flag the villages its own Ankang preset (red rules only) leaves alone.
 */
const hanyin = () => sampleCounty('hanyin', 'jiangxi-levels').then((county) => county.profiles);
/** 南昌县 (9,420 households) with its own preset, jiangxi-levels: several seconds to read. */
const nanchang = () => sampleCounty('nanchang').then((county) => county.profiles);

/** The board in its loading state until the county is read and scored. */
const loaded = (args: BoardArgs, county: () => Promise<Profiles>) =>
  html`${until(
    county().then((profiles) => board(args, profiles)),
    board(args, undefined, true),
  )}`;

interface BoardArgs {
  lang: string;
  figure: BoardFigure;
  sortBy: BoardSortKey;
  sortDirection: 'ascending' | 'descending';
  flagFilter: '' | 'red' | 'yellow';
  levelFilter: '' | 'village' | 'township';
  query: string;
  bigScreen: boolean;
}

function board(args: BoardArgs, profiles: Profiles | undefined, loading = false) {
  return html`<sw-village-board
    lang=${args.lang || document.documentElement.lang}
    figure=${args.figure}
    sort-by=${args.sortBy}
    sort-direction=${args.sortDirection}
    flag-filter=${args.flagFilter}
    level-filter=${args.levelFilter}
    .query=${args.query}
    ?big-screen=${args.bigScreen}
    ?loading=${loading}
    .profiles=${profiles}
    @sw-village-select=${(event: CustomEvent) => {
      console.info('sw-village-select', event.detail);
    }}
  ></sw-village-board>`;
}

const meta: Meta<BoardArgs> = {
  title: 'Elements/sw-village-board 红黄村看板',
  component: 'sw-village-board',
  args: {
    lang: '',
    figure: 'overdue',
    sortBy: 'flag',
    sortDirection: 'ascending',
    flagFilter: '',
    levelFilter: '',
    query: '',
    bigScreen: false,
  },
  argTypes: {
    lang: { control: 'inline-radio', options: ['', 'zh-CN', 'en'] },
    figure: { control: 'select', options: ['overdue', 'monitored', 'unresolved', 'pushed'] },
    sortBy: { control: 'inline-radio', options: ['flag', 'name', 'township', 'figure'] },
    sortDirection: { control: 'inline-radio', options: ['ascending', 'descending'] },
    flagFilter: { control: 'inline-radio', options: ['', 'red', 'yellow'] },
    levelFilter: { control: 'inline-radio', options: ['', 'village', 'township'] },
  },
  // The 汉阴县 sample: the board shows its loading state while the files are read and scored.
  render: (args) => loaded(args, hanyin),
};
export default meta;

type Story = StoryObj<BoardArgs>;

/** 汉阴县 (jiangxi-levels): every red and yellow village and the township 双乳镇, red first. */
export const Default: Story = {};

/**
 * 南昌县 (jiangxi-levels), the larger sample: 15 flags, among them the township 泾口乡. Reading
 * its 9,420 households takes several seconds, so it starts on a button press.
 */
export const Nanchang: Story = {
  name: '南昌县 sample',
  render: (args) => {
    const start = (event: Event) => {
      const button = event.currentTarget as HTMLButtonElement;
      const host = button.nextElementSibling;
      button.disabled = true;
      if (host) render(loaded(args, nanchang), host as HTMLElement);
    };
    return html`<button type="button" @click=${start}>
        读取南昌县样本 / Load the 南昌县 sample
      </button>
      <div></div>`;
  },
};

/** Yellow villages only, biggest number of monitored households first. */
export const Filtered: Story = {
  args: {
    flagFilter: 'yellow',
    levelFilter: 'village',
    figure: 'monitored',
    sortBy: 'figure',
    sortDirection: 'descending',
  },
};

/** A name search: typing 河 leaves 大涨河村. */
export const Search: Story = { args: { query: '河' } };

/** English labels and reasons on `lang="en"` (names stay as the data has them). */
export const English: Story = { args: { lang: 'en' } };

/** The mini county of the tests (12 households), scored with jiangxi-levels: one red, one yellow. */
export const MiniCounty: Story = {
  render: (args) => board(args, miniJiangxi().profiles),
};

/** Profiles without any flag: the board says there is no red or yellow village. */
export const Empty: Story = {
  render: (args) => {
    const { profiles } = miniJiangxi();
    return board(args, { ...profiles, flags: [] as RegionFlag[] });
  },
};

/** Waiting for data. */
export const Loading: Story = {
  render: (args) => board(args, undefined, true),
};

/** The host could not produce the data. */
export const ErrorState: Story = {
  name: 'Error',
  render: () =>
    html`<sw-village-board error="households.csv 第 3 行：村代码不存在"></sw-village-board>`,
};

/** A 360 px phone: each row becomes a card with labelled lines. */
export const PhoneWidth: Story = {
  parameters: { viewport: { defaultViewport: 'mobile1' } },
  render: (args) => html`<div style="width: 360px; max-width: 100%">${loaded(args, hanyin)}</div>`,
};

/** The meeting-room screen: larger type on `big-screen`, at 1920 px. */
export const BigScreen: Story = {
  args: { bigScreen: true },
  parameters: { layout: 'fullscreen' },
  render: (args) => html`<div style="width: 1920px; padding: 2rem">${loaded(args, hanyin)}</div>`,
};

/** A hostile village name from a data file renders as text. */
export const HostileName: Story = {
  render: (args) => {
    const { profiles } = miniJiangxi();
    const flags = profiles.flags.map((flag, i) =>
      i === 0 ? { ...flag, name: '<img src=x onerror=alert(1)>' } : flag,
    );
    return board(args, { ...profiles, flags });
  },
};
