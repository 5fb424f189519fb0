// CDN bundles: one minified file a webmaster loads with a plain <script> tag.
// TypeScript is stripped by esbuild (already used by the test runner), then
// terser minifies. Syntax is lowered to the browser baseline of government-site
// visitors: Chromium 87 (360/QQ/Sogou kernels), Safari 14, Firefox 90.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { transform } from 'esbuild';

export const BROWSER_TARGETS = ['chrome87', 'safari14', 'firefox90'];

/** Strips types from .ts files and lowers syntax to the baseline. */
function typescript() {
  return {
    name: 'yiwang-esbuild',
    async transform(code, id) {
      if (!/\.[cm]?[jt]s$/.test(id)) return null;
      const result = await transform(code, {
        loader: id.endsWith('.ts') ? 'ts' : 'js',
        target: BROWSER_TARGETS,
        // esbuild's table marks destructuring as partial before Safari 14.1 (an
        // edge case of defaults in nested patterns); plain destructuring works in 14.0.
        supported: { destructuring: true },
        tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false, verbatimModuleSyntax: true } },
        sourcefile: id,
        sourcemap: true,
      });
      return { code: result.code, map: result.map };
    },
  };
}

const plugins = () => [
  nodeResolve({ exportConditions: ['yiwang-source', 'browser', 'production', 'module', 'import', 'default'], extensions: ['.ts', '.mjs', '.js'] }),
  typescript(),
  terser({ ecma: 2020, format: { comments: false } }),
];

// zod's internal import cycle is harmless and not ours to fix.
const onwarn = (warning, warn) => {
  if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every((id) => id.includes('node_modules'))) return;
  warn(warning);
};

export default [
  {
    onwarn,
    // The SDK alone, as `window.Yiwang` (createClient and the error classes).
    input: 'packages/sdk/src/index.ts',
    output: { file: 'dist/cdn/yiwang-sdk.min.js', format: 'iife', name: 'Yiwang', sourcemap: true },
    plugins: plugins(),
  },
];
