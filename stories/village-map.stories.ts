import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@shouwang/components';
import {
  fixtureFlags,
  fixtureHouseholds,
  fixtureTownships,
  fixtureVillages,
} from '../packages/components/src/village-map/village-map.fixtures.js';
import {
  sampleCounty,
  type SampleCounty,
} from '../packages/components/src/test-support/sample-county.js';

interface MapArgs {
  colorBy: 'flag' | 'metric';
  lang: string;
}

const meta: Meta<MapArgs> = {
  title: 'Elements/sw-village-map 村级风险地图',
  component: 'sw-village-map',
  args: { colorBy: 'flag', lang: '' },
  argTypes: {
    colorBy: { control: 'inline-radio', options: ['flag', 'metric'] },
    lang: { control: 'inline-radio', options: ['', 'zh-CN', 'en'] },
  },
  render: ({ colorBy, lang }) =>
    html`<sw-village-map
      color-by=${colorBy}
      lang=${lang || document.documentElement.lang}
      metric-label="监测户数"
      .villages=${fixtureVillages}
      .townships=${fixtureTownships}
      .households=${fixtureHouseholds}
      .flags=${fixtureFlags}
      .values=${{ '360121101001': 12, '360121101002': 3, '360121101003': 7 }}
    ></sw-village-map>`,
};
export default meta;

type Story = StoryObj<MapArgs>;

/** Villages coloured by flag: red with a solid outline, yellow with a dashed one. */
export const Flags: Story = {};

/** Villages coloured by a metric (monitored households), with a legend. */
export const Metric: Story = { args: { colorBy: 'metric' } };

/** English labels. */
export const English: Story = { args: { lang: 'en' } };

/** No village outlines given: the map says so. */
export const Empty: Story = {
  render: () => html`<sw-village-map></sw-village-map>`,
};

/** While the host reads and scores its data: a message over the map; the map loads beneath. */
export const Loading: Story = {
  render: () =>
    html`<sw-village-map
      loading
      .villages=${fixtureVillages}
      .flags=${fixtureFlags}
    ></sw-village-map>`,
};

/** When the host could not read or score the data: the reason over the map, as an alert. */
export const ErrorState: Story = {
  name: 'Error',
  render: () =>
    html`<sw-village-map
      error="villages.geojson：无法读取村界"
      .villages=${fixtureVillages}
    ></sw-village-map>`,
};

/**
 * The meeting-room screen: larger legend, tooltip, list and up button, drilled down to a
 * township so that the up button shows.
 */
export const BigScreen: Story = {
  render: () =>
    html`<sw-village-map
      big-screen
      drill-down
      region-code="360121101000"
      .villages=${fixtureVillages}
      .townships=${fixtureTownships}
      .households=${fixtureHouseholds}
      .flags=${fixtureFlags}
    ></sw-village-map>`,
};

/** A phone-width layout: the list moves under the map. */
export const Phone: Story = {
  parameters: { viewport: { defaultViewport: 'mobile1' } },
  render: () =>
    html`<div style="width: 360px">
      <sw-village-map
        .villages=${fixtureVillages}
        .townships=${fixtureTownships}
        .flags=${fixtureFlags}
      ></sw-village-map>
    </div>`,
};

/**
 * 南昌县 (the committed sample): 471 villages scored with the `jiangxi-levels` rule set; red and
 * yellow villages from `profiles()`, each with its reasons. Click a village to drill down.
 */
export const NanchangSample: Story = {
  loaders: [async () => ({ county: await sampleCounty('nanchang') })],
  render: (_args, { loaded }) => {
    const county = loaded['county'] as SampleCounty;
    return html`<sw-village-map
      drill-down
      style="--sw-village-map-height: 36rem"
      .villages=${county.villages}
      .townships=${county.townships}
      .flags=${county.profiles.flags.filter((flag) => flag.level === 'village')}
    ></sw-village-map>`;
  },
};
