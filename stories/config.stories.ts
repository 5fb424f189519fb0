// <yw-config>: nothing of its own to see; these stories show what it shares.
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';

const meta: Meta = {
  title: 'Elements/yw-config',
  component: 'yw-config',
  parameters: { yiwangConfig: false },
};
export default meta;

/** One <yw-config> gives both elements the client, English and elder mode. */
export const SharedSettings: StoryObj = {
  render: () => html`<yw-config api-base="/api/v1" locale="en" elder>
    <yw-catalog-stats sort="name"></yw-catalog-stats>
  </yw-config>`,
};

/** An element's own attribute wins over its <yw-config>. */
export const OwnAttributeWins: StoryObj = {
  render: () => html`<yw-config api-base="/api/v1" locale="en">
    <yw-catalog-stats locale="zh-CN"></yw-catalog-stats>
  </yw-config>`,
};
