import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@shouwang/components';
import { miniCounty } from '../packages/components/src/test-support/mini-county.js';

interface AreaArgs {
  regionCode: string;
  lang: string;
  bigScreen: boolean;
}

const { profiles } = miniCounty();
const regionOptions = ['', ...profiles.regions.map((region) => region.regionCode)];

const meta: Meta<AreaArgs> = {
  title: 'Elements/sw-area-profile 区域画像',
  component: 'sw-area-profile',
  args: { regionCode: '', lang: '', bigScreen: false },
  argTypes: {
    regionCode: {
      control: 'select',
      options: regionOptions,
      labels: Object.fromEntries(
        profiles.regions.map((region) => [
          region.regionCode,
          `${region.name ?? ''} ${region.regionCode}`,
        ]),
      ),
    },
    lang: { control: 'inline-radio', options: ['', 'zh-CN', 'en'] },
  },
  render: ({ regionCode, lang, bigScreen }) =>
    html`<sw-area-profile
      region-code=${regionCode}
      lang=${lang || document.documentElement.lang}
      ?big-screen=${bigScreen}
      .profiles=${profiles}
    ></sw-area-profile>`,
};
export default meta;

type Story = StoryObj<AreaArgs>;

/** The mini county (南昌县, 2 townships, 4 villages), scored for real: choose a township to drill down. */
export const County: Story = {};

/** A township: its villages below, the breadcrumb back up to the county. */
export const Township: Story = { args: { regionCode: '360121102000' } };

/** A village with a red flag (an overdue work order on a household with three lamps). */
export const Village: Story = { args: { regionCode: '360121102003' } };

/** English labels on `lang="en"`. */
export const English: Story = { args: { lang: 'en' } };

/** No profiles given: the element says so. */
export const Empty: Story = {
  render: () => html`<sw-area-profile></sw-area-profile>`,
};

/** While the host loads or scores the data. */
export const Loading: Story = {
  render: () => html`<sw-area-profile loading></sw-area-profile>`,
};

/** The host could not load the data and passes the reason. */
export const Failed: Story = {
  name: 'Error',
  render: () => html`<sw-area-profile error="户籍数据文件无法读取"></sw-area-profile>`,
};

/** A 360 px phone: figures and charts stack, bar labels move above the bars. */
export const Phone: Story = {
  parameters: { viewport: { defaultViewport: 'mobile1' } },
  render: () =>
    html`<div style="width: 360px">
      <sw-area-profile .profiles=${profiles}></sw-area-profile>
    </div>`,
};

/** The meeting-room screen: `big-screen` scales the type and the charts with it. */
export const BigScreen: Story = {
  parameters: { layout: 'fullscreen' },
  render: () =>
    html`<div style="width: 1920px">
      <sw-area-profile big-screen .profiles=${profiles}></sw-area-profile>
    </div>`,
};
