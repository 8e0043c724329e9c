import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@shouwang/components';
import type { SwAreaProfile, SwRegionChangeEvent, SwWorkProfile } from '@shouwang/components';
import { miniCounty } from '../packages/components/src/test-support/mini-county.js';

interface WorkArgs {
  regionCode: string;
  lang: string;
  bigScreen: boolean;
}

const { profiles } = miniCounty();
const regionOptions = ['', ...profiles.regions.map((region) => region.regionCode)];

const meta: Meta<WorkArgs> = {
  title: 'Elements/sw-work-profile 工作画像',
  component: 'sw-work-profile',
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
    html`<sw-work-profile
      region-code=${regionCode}
      lang=${lang || document.documentElement.lang}
      ?big-screen=${bigScreen}
      .profiles=${profiles}
    ></sw-work-profile>`,
};
export default meta;

type Story = StoryObj<WorkArgs>;

/** The mini county (南昌县, 2 townships, 4 villages), scored for real: sort the ranking, choose a township. */
export const County: Story = {};

/** A township with a red village: its villages ranked, the red flag and its reason listed. */
export const Township: Story = { args: { regionCode: '360121102000' } };

/** The red village itself: its flag in the heading, its work figures, no ranking. */
export const Village: Story = { args: { regionCode: '360121102003' } };

/** English labels on `lang="en"`. */
export const English: Story = { args: { lang: 'en' } };

/** No profiles given: the element says so. */
export const Empty: Story = {
  render: () => html`<sw-work-profile></sw-work-profile>`,
};

/** While the host loads or scores the data. */
export const Loading: Story = {
  render: () => html`<sw-work-profile loading></sw-work-profile>`,
};

/** The host could not load the data and passes the reason. */
export const Failed: Story = {
  name: 'Error',
  render: () => html`<sw-work-profile error="户籍数据文件无法读取"></sw-work-profile>`,
};

/** A 360 px phone: figures stack, funnel labels move above the bars, the ranking scrolls in its box. */
export const Phone: Story = {
  parameters: { viewport: { defaultViewport: 'mobile1' } },
  render: () =>
    html`<div style="width: 360px">
      <sw-work-profile .profiles=${profiles}></sw-work-profile>
    </div>`,
};

/** The meeting-room screen: `big-screen` scales the type and the funnel with it. */
export const BigScreen: Story = {
  parameters: { layout: 'fullscreen' },
  render: () =>
    html`<div style="width: 1920px">
      <sw-work-profile big-screen .profiles=${profiles}></sw-work-profile>
    </div>`,
};

/**
 * The two profiles side by side, as a portal shows them: choosing a region in either one shows
 * it in both (each `sw-region-change` sets the other's `regionCode`, which fires no event back).
 */
export const WithAreaProfile: Story = {
  parameters: { layout: 'fullscreen' },
  render: () => {
    const follow = (event: SwRegionChangeEvent) => {
      const root = event.currentTarget as HTMLElement;
      for (const el of root.querySelectorAll<SwAreaProfile | SwWorkProfile>(
        'sw-area-profile, sw-work-profile',
      ))
        el.regionCode = event.detail.regionCode;
    };
    return html`<div class="profiles-pair" @sw-region-change=${follow}>
      <sw-work-profile .profiles=${profiles}></sw-work-profile>
      <hr />
      <sw-area-profile .profiles=${profiles}></sw-area-profile>
    </div>`;
  },
};
