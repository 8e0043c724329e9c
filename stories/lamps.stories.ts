import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@shouwang/components';
import { starterHouseholds } from '../data-samples/starter/starter.js';

interface LampsArgs {
  lit: number;
  max: number;
  hideLabel: boolean;
  lang: string;
}

const meta: Meta<LampsArgs> = {
  title: 'Elements/sw-lamps 预警灯',
  component: 'sw-lamps',
  args: { lit: 3, max: 5, hideLabel: false, lang: '' },
  argTypes: {
    lit: { control: { type: 'range', min: 0, max: 5, step: 1 } },
    max: { control: { type: 'number', min: 1, max: 9 } },
    lang: { control: 'inline-radio', options: ['', 'zh-CN', 'en'] },
  },
  render: ({ lit, max, hideLabel, lang }) =>
    html`<sw-lamps
      .lit=${lit}
      .max=${max}
      ?hide-label=${hideLabel}
      lang=${lang || document.documentElement.lang}
    ></sw-lamps>`,
};
export default meta;

type Story = StoryObj<LampsArgs>;

/** Three of five lamps lit: a household the village must verify. */
export const ThreeLit: Story = {};

/** No lamp lit. */
export const NoneLit: Story = { args: { lit: 0 } };

/** All five lamps lit. */
export const AllLit: Story = { args: { lit: 5 } };

/** English labels on `lang="en"`. */
export const English: Story = { args: { lang: 'en', lit: 2 } };

/** Large lamps for the meeting-room screen, themed through custom properties. */
export const BigScreen: Story = {
  render: ({ lit }) =>
    html`<sw-lamps
      .lit=${lit}
      style="--sw-lamps-size: 2.5rem; --sw-lamps-gap: 0.75rem; font-size: 2rem"
    ></sw-lamps>`,
};

/** No `lit` given: the lamps say there is no data rather than show zero lamps. */
export const Empty: Story = { render: () => html`<sw-lamps></sw-lamps>` };

/** While the host loads or scores the household. */
export const Loading: Story = { render: () => html`<sw-lamps loading></sw-lamps>` };

/** When the host could not load or score the household: the reason, as an alert. */
export const ErrorState: Story = {
  name: 'Error',
  render: () => html`<sw-lamps error="households.csv 第 3 行无法读取"></sw-lamps>`,
};

/** The starter sample of 南昌县: each household's lamps as the scoring module lights them. */
export const StarterSample: Story = {
  render: () => html`
    <table>
      <tbody>
        ${starterHouseholds().map(
          (household) =>
            html`<tr>
              <td>${household.householdId}</td>
              <td>${household.village}</td>
              <td>${household.score}</td>
              <td><sw-lamps .lit=${household.lamps}></sw-lamps></td>
            </tr>`,
        )}
      </tbody>
    </table>
  `,
};
