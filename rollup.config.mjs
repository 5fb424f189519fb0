// CDN bundles: one minified file a webmaster loads with a plain <script> tag.
// TypeScript is stripped by esbuild (already used by the test runner), then
// terser minifies. Syntax is lowered to the browser baseline of government-site
// visitors: Chromium 87 (360/QQ/Sogou kernels), Safari 14, Firefox 90.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
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

const EXPORT_CONDITIONS = ['yiwang-source', 'browser', 'production', 'module', 'import', 'default'];

/**
 * Prepended to each CDN bundle (inside its IIFE): ky, under the SDK, calls
 * `Object.hasOwn` on every request and `Array.prototype.at` on one path; both
 * are missing in Chromium 87, Safari 14 and Firefox 90, and esbuild lowers only
 * syntax. Installed only where missing, non-enumerable, as specified. The
 * strict-CSP test deletes them before loading the bundle to prove they suffice.
 */
export const BASELINE_POLYFILLS = `
if (typeof Object.hasOwn !== 'function') Object.defineProperty(Object, 'hasOwn', { configurable: true, writable: true,
  value: function hasOwn(o, k) { return Object.prototype.hasOwnProperty.call(Object(o), k); } });
if (typeof Array.prototype.at !== 'function') Object.defineProperty(Array.prototype, 'at', { configurable: true, writable: true,
  value: function at(i) { var n = Math.trunc(i) || 0; if (n < 0) n += this.length; return n < 0 || n >= this.length ? undefined : this[n]; } });
`;

/** Resolve, strip types and lower to the baseline, minify: the CDN pipeline (bench/size.ts measures with it too). */
export const plugins = () => [
  nodeResolve({ exportConditions: EXPORT_CONDITIONS, extensions: ['.ts', '.mjs', '.js'] }),
  typescript(),
  terser({ ecma: 2020, format: { comments: false } }),
];

// Absolute paths: the config runs from the repository root (bench/size.ts) and
// from packages/elements (its `build` script).
const ROOT = import.meta.dirname;
const ELEMENTS_SRC = resolve(ROOT, 'packages/elements/src');
/** Where the script-tag bundles go: inside @yiwang/elements, so they ship in its tarball. */
export const CDN_DIR = resolve(ROOT, 'packages/elements/dist/cdn');

/**
 * Entries of the npm build of @yiwang/elements: the side-effect-free class
 * exports (index), one registering module per element (define/yw-*), all of
 * them at once (define/all), the React wrappers (react, and one per element in react/) and the
 * Vue types (vue, empty at run time).
 */
export function elementEntries() {
  const entries = { index: `${ELEMENTS_SRC}/index.ts`, react: `${ELEMENTS_SRC}/react.ts`, vue: `${ELEMENTS_SRC}/vue.ts` };
  for (const folder of ['define', 'react']) {
    for (const file of readdirSync(`${ELEMENTS_SRC}/${folder}`)
      .filter((f) => f.endsWith('.ts'))
      .sort()) {
      entries[`${folder}/${file.replace(/\.ts$/, '')}`] = `${ELEMENTS_SRC}/${folder}/${file}`;
    }
  }
  return entries;
}

/** The elements with a script-tag bundle of their own: every `define/yw-*` but <yw-config>. */
export function cdnElements() {
  return readdirSync(`${ELEMENTS_SRC}/define`)
    .filter((f) => /^yw-.+\.ts$/.test(f) && f !== 'yw-config.ts')
    .map((f) => f.replace(/\.ts$/, ''))
    .sort();
}

/**
 * `\0cdn:yw-<name>`: a virtual entry that registers <yw-config> and one
 * element (with the elements it shows, e.g. <yw-item-guide> in
 * <yw-item-search>), for a page that uses that element only.
 */
function elementCdnEntries() {
  const prefix = '\0cdn:';
  return {
    name: 'yiwang-element-cdn-entries',
    resolveId: (id) => (id.startsWith(prefix) ? id : null),
    load: (id) => {
      if (!id.startsWith(prefix)) return null;
      const define = (name) => `import ${JSON.stringify(resolve(ELEMENTS_SRC, 'define', `${name}.ts`))};\n`;
      return define('yw-config') + define(id.slice(prefix.length));
    },
  };
}

/** Bare imports (lit, @lit/*, @yiwang/sdk, react…) stay imports in the npm build. */
const isBareImport = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');

// zod's internal import cycle is harmless and not ours to fix.
export const onwarn = (warning, warn) => {
  if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every((id) => id.includes('node_modules'))) return;
  warn(warning);
};

export default [
  {
    onwarn,
    // The SDK alone, as `window.Yiwang` (createClient and the error classes).
    input: resolve(ROOT, 'packages/sdk/src/index.ts'),
    output: { file: `${CDN_DIR}/yiwang-sdk.min.js`, format: 'iife', name: 'Yiwang', sourcemap: true, intro: BASELINE_POLYFILLS },
    plugins: plugins(),
  },
  {
    onwarn,
    // Everything for a plain <script> tag: registers every element and exposes
    // the SDK and the element classes as `window.Yiwang`.
    input: `${ELEMENTS_SRC}/cdn.ts`,
    output: { file: `${CDN_DIR}/yiwang.min.js`, format: 'iife', name: 'Yiwang', sourcemap: true, intro: BASELINE_POLYFILLS },
    plugins: plugins(),
  },
  // One element per script tag (dist/cdn/yw-<name>.min.js in @yiwang/elements): <yw-config> and that
  // element, no global. Two of them on one page work (each tag is defined once)
  // but load lit and the SDK twice: use yiwang.min.js for more than one element.
  ...cdnElements().map((name) => ({
    onwarn,
    input: `\0cdn:${name}`,
    output: { file: `${CDN_DIR}/${name}.min.js`, format: 'iife', sourcemap: true, intro: BASELINE_POLYFILLS },
    plugins: [elementCdnEntries(), ...plugins()],
  })),
  {
    onwarn,
    // npm: unbundled ESM (one file per source module), lit and the SDK as
    // dependencies, not minified; bundlers and the CDN bundle minify.
    input: elementEntries(),
    external: isBareImport,
    output: {
      dir: resolve(ROOT, 'packages/elements/dist'),
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: ELEMENTS_SRC,
      entryFileNames: '[name].js',
      sourcemap: true,
    },
    plugins: [typescript()],
  },
];
