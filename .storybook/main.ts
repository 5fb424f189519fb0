// Storybook for designers and the project's handbook (`npm run build-storybook`
// writes the site): every state of every element against the @yiwang/mock API
// (the reference server in the page, behind msw's worker), a page per element,
// the theme playground, and the SDK and server pages.
import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions, mergeConfig } from 'vite';
import { handbookPages } from './handbook-plugin.ts';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', 'msw-storybook-addon'],
  staticDirs: [
    // msw's service worker at /mockServiceWorker.js.
    { from: '../node_modules/msw/lib', to: '/' },
    // The division data the mock server is built from.
    { from: '../packages/server/data', to: '/yiwang-data' },
  ],
  core: { disableTelemetry: true },
  async viteFinal(base) {
    return mergeConfig(base, {
      // The SDK and server pages of the handbook, from the READMEs.
      plugins: [handbookPages()],
      // Workspace packages resolve to their TypeScript sources.
      resolve: { conditions: ['yiwang-source', ...defaultClientConditions] },
      // PGlite (the mock's database) loads its wasm and data files itself.
      optimizeDeps: { exclude: ['@electric-sql/pglite'] },
      build: {
        target: ['chrome87', 'safari14', 'firefox90'],
        chunkSizeWarningLimit: 20_000,
        rollupOptions: {
          // PGlite's Emscripten glue uses direct eval; it runs only in Storybook's mock, never in the elements.
          onwarn(warning: { code?: string; id?: string; message: string }, warn: (w: unknown) => void) {
            if (warning.code === 'EVAL' && /pglite/.test(warning.id ?? warning.message)) return;
            warn(warning);
          },
        },
      },
    });
  },
};

export default config;
