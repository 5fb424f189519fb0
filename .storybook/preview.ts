// Global toolbar (locale, theme, elder mode), the <yw-config> around every
// story, the mock API, argTypes from the Custom Elements Manifest, the phone
// viewports, and the handbook's page for every element (element-docs.ts).
import { html } from 'lit';
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import '@yiwang/elements/all.js';
import { LOCALES, THEMES } from '@yiwang/elements';
import manifest from '../packages/elements/custom-elements.json' with { type: 'json' };
import { applyFaults, startMock } from './mock.ts';
import { ElementDocs } from './element-docs.ts';

setCustomElementsManifest(manifest);

/** Wraps the story in <yw-config> with the toolbar's settings, on a page of the theme's colour. */
const withConfig: Decorator = (story, { globals, parameters }) => {
  const theme = (globals.theme as string) ?? 'light';
  document.body.style.background = theme === 'dark' ? '#121212' : '';
  if (parameters.yiwangConfig === false) return story();
  return html`<yw-config api-base="/api/v1" locale=${globals.locale ?? 'zh-CN'} theme=${theme} ?elder=${globals.elder === 'on'}>${story()}</yw-config>`;
};

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Locale of the elements',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: LOCALES.map((value) => ({ value, title: value === 'en' ? 'English' : '中文' })),
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour scheme (the canvas turns dark for dark)',
      toolbar: { title: 'Theme', icon: 'contrast', items: [...THEMES], dynamicTitle: true },
    },
    elder: {
      description: 'Elder mode (适老化)',
      toolbar: {
        title: 'Elder',
        icon: 'accessibility',
        items: [
          { value: 'off', title: '标准' },
          { value: 'on', title: '长辈模式' },
        ],
        dynamicTitle: true,
      },
    },
  },
  tags: ['autodocs'],
  initialGlobals: { locale: 'zh-CN', theme: 'light', elder: 'off' },
  decorators: [withConfig],
  loaders: [
    // msw-storybook-addon: our worker (with the mock server's handlers) and each story's `parameters.msw`.
    mswLoader(async () => (await startMock()).worker),
    async ({ parameters }) => {
      await applyFaults(parameters.yiwang?.faults);
      return {};
    },
  ],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error', options: { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } },
    viewport: {
      // The phones citizens use (360: most Android phones; 390: recent iPhones; 414: large phones) and a tablet.
      options: {
        phone360: { name: 'Phone 360 × 740', styles: { width: '360px', height: '740px' }, type: 'mobile' },
        phone390: { name: 'Phone 390 × 844', styles: { width: '390px', height: '844px' }, type: 'mobile' },
        phone414: { name: 'Phone 414 × 896', styles: { width: '414px', height: '896px' }, type: 'mobile' },
        tablet: { name: 'Tablet 768 × 1024', styles: { width: '768px', height: '1024px' }, type: 'tablet' },
      },
    },
    // Every story shows the HTML it renders (the lit template, without <yw-config>), and each element's page is written from its manifest.
    docs: { toc: true, page: ElementDocs, source: { type: 'dynamic', language: 'html' } },
  },
};

export default preview;
