// CDN bundles: one minified file a webmaster loads with a plain <script> tag.
// TypeScript is stripped by esbuild (already used by the test runner), then
// terser minifies. Syntax is lowered to the browser baseline of government-site
// visitors: Chromium 87 (360/QQ/Sogou kernels), Safari 14, Firefox 90.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { transform } from 'esbuild';
import { minifyHTMLLiterals } from 'minify-literals';

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
        // It lowers every `?.` for Chromium < 91 because of one V8 bug of 80–90: a call in an
        // optional chain with a spread argument before another argument throws
        // (crbug.com/42201552). `?.` is kept (0.6–0.8 KB gzip less on a page) and the compat lint
        // (eslint.config.mjs) refuses that one form in the built bundles.
        supported: { destructuring: true, 'optional-chain': true },
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

/** Lightning CSS's browser targets (major << 16): the baseline above. */
const CSS_TARGETS = { chrome: 87 << 16, safari: 14 << 16, firefox: 90 << 16 };

/**
 * Minifies the markup in our `html` and `css` tagged templates, which terser leaves as written
 * (indentation, comments): minify-literals parses the module, minifies each template's text
 * around its expressions, and leaves everything else alone. CSS is minified for the baseline
 * (no newer syntax). HTML whitespace is collapsed conservatively (a run becomes one space, never
 * none) so text and inline elements keep their spacing; empty attributes stay (alt="" means
 * something).
 */
function templateLiterals() {
  return {
    name: 'yiwang-template-literals',
    async transform(code, id) {
      // (tokens.ts builds its CSS with unsafeCSS from tables, already compact; minify-literals would warn.)
      if (!id.startsWith(ELEMENTS_SRC) || !/\.ts$/.test(id) || code.includes('unsafeCSS(')) return null;
      const result = await minifyHTMLLiterals(code, {
        fileName: id,
        css: { minify: true, targets: CSS_TARGETS },
        html: (markup) => markup.replace(/[ \t]*\n\s*/g, ' '),
      });
      return result && { code: result.code, map: result.map };
    },
  };
}

/** Resolve, strip types and lower to the baseline, minify: the CDN pipeline (bench/size.ts measures with it too). */
export const plugins = () => [
  nodeResolve({ exportConditions: EXPORT_CONDITIONS, extensions: ['.ts', '.mjs', '.js'] }),
  templateLiterals(),
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
  return definedTags().filter((tag) => tag !== 'yw-config');
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

/**
 * `\0cdn:loader`: the loader's CDN entry. It starts the loader of
 * src/loader.ts with one dynamic import per module of src/define/ (tag =
 * file name): the tag → module map is made here, at build time, so a new
 * element is loaded by tag as soon as its define module exists.
 */
export const LOADER_ENTRY = '\0cdn:loader';

/**
 * The global function the loader's chunks import other chunks with (defined by the loader,
 * which every chunk runs after): `files` (relative to `base`, the importing chunk's URL) fetched
 * together, the last one's exports returned. A chunk whose fetch failed is asked for under a
 * new URL the next time: browsers keep a failed module fetch for the page's lifetime (the HTML
 * standard has since changed, whatwg/html#10327; Chromium, Safari and Firefox of the baseline do
 * it), so a view's retry button would fail again without a request. A shared chunk that another
 * chunk imports statically is still requested under its own URL there, so only the chunks
 * imported here get a second chance: an element's, a view's, the SDK's transport and schemas.
 */
const LOADER_IMPORT = '__yiwangImport';
const LOADER_IMPORT_FUNCTION = `
if (!globalThis.${LOADER_IMPORT}) {
  var failed = new Map();
  globalThis.${LOADER_IMPORT} = function (files, base) {
    return Promise.all(files.map(function (file) {
      var url = new URL(file, base).href, tries = failed.get(url) || 0;
      return import(tries ? url + '?retry=' + tries : url).catch(function (error) { failed.set(url, tries + 1); throw error; });
    })).then(function (modules) { return modules[modules.length - 1]; });
  };
}
`;
function loaderEntry() {
  return {
    name: 'yiwang-loader-entry',
    // An element's chunk imports the shared chunks statically, which the browser finds only once
    // it has the element's chunk: one more round trip. The loader imports them all at once instead
    // (every browser of the baseline runs import(); modulepreload is newer than Safari 14). So does
    // every chunk's dynamic import (the SDK's validation and response schemas, a view loaded when
    // opened): a chunk and the shared chunks it needs are fetched together, by LOADER_IMPORT.
    renderChunk(code, chunk, _options, { chunks }) {
      const closure = (file, seen = new Set()) => {
        for (const dep of chunks[file]?.imports ?? []) if (!seen.has(dep)) closure(dep, seen.add(dep));
        return seen;
      };
      const base = chunk.fileName.includes('/') ? chunk.fileName.slice(0, chunk.fileName.lastIndexOf('/') + 1) : '';
      const relative = (file) => `./${file.startsWith(base) ? file.slice(base.length) : file}`;
      const rewritten = code.replace(/import\((["'])\.\/([^"']+)\1\)/g, (_whole, _quote, path) => {
        const file = base + path;
        return `${LOADER_IMPORT}(${JSON.stringify([...closure(file), file].map(relative))},import.meta.url)`;
      });
      if (rewritten === code) return null;
      // The source map is off by these few characters, on the lines of the imports.
      return { code: rewritten, map: null };
    },
    resolveId: (id) => (id === LOADER_ENTRY ? id : null),
    load: (id) => {
      if (id !== LOADER_ENTRY) return null;
      const modules = definedTags()
        .map((tag) => `  ${JSON.stringify(tag)}: () => import(${JSON.stringify(resolve(ELEMENTS_SRC, 'define', `${tag}.ts`))}),`)
        .join('\n');
      return `import { startLoader } from ${JSON.stringify(resolve(ELEMENTS_SRC, 'loader.ts'))};\nstartLoader({\n${modules}\n});\n`;
    },
  };
}

/** Every tag with a define module (`define/yw-<name>.ts` registers `<yw-name>`), <yw-config> included. */
export function definedTags() {
  return readdirSync(`${ELEMENTS_SRC}/define`)
    .filter((f) => /^yw-.+\.ts$/.test(f))
    .map((f) => f.replace(/\.ts$/, ''))
    .sort();
}

/**
 * The loader's build (dist/cdn/yiwang-loader.min.js and dist/cdn/chunks/): ES
 * modules split by rollup, so a page fetches the loader, then the chunks of the
 * elements it shows, with the code they share (lit, the SDK, the base) in
 * shared chunks fetched once (`shared`, the base every element page needs, is
 * drawn by hand: loaderChunks). Chunk names carry a content hash: a CDN may
 * cache them for ever. The baseline polyfills run in the loader, before any chunk.
 */
export const loaderBuild = (dir = CDN_DIR) => ({
  onwarn,
  input: { 'yiwang-loader': LOADER_ENTRY },
  output: {
    dir,
    format: 'es',
    entryFileNames: '[name].min.js',
    chunkFileNames: 'chunks/[name].[hash].js',
    sourcemap: true,
    intro: (chunk) => (chunk.isEntry ? BASELINE_POLYFILLS + LOADER_IMPORT_FUNCTION : ''),
    manualChunks: loaderChunks,
  },
  plugins: [loaderEntry(), ...plugins()],
});

/**
 * Rollup puts a module in a chunk by the exact set of entries that import it, and every view
 * loaded when opened is an entry. So code that every element's page loads anyway came out as a
 * handful of small chunks (the data and error views, the lazy-part controller, the session
 * probe, lit's directive base), each one more request (six at a time over HTTP/1.1) and each
 * compressed on its own. These go into one `shared` chunk with the base element; rollup adds
 * their static imports (lit, the i18n core, the SDK's facade). The three validators the address
 * fields need go into one chunk, fetched by the picker, the form renderer and the SDK's schemas.
 * (The SDK's facade imports its route names from their own module, `@yiwang/contract/route-names`:
 * from the contract's index, every schema would be pulled into `shared`.)
 */
const SHARED_BASE =
  /\/elements\/src\/(base\/(yw-element|session|controllers\/(data|localize|lazy|lazy-part)|views\/async-views)|i18n\/errors)\.ts$|\/@lit\/task\/|\/lit-html\/directive\.js$/;
const ADDRESS_VALIDATORS = /\/contract\/src\/validators\/(mobile|postcode|division-code)\.ts$/;
const loaderChunks = (id) => (SHARED_BASE.test(id) ? 'shared' : ADDRESS_VALIDATORS.test(id) ? 'validators' : null);

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
    output: {
      file: `${CDN_DIR}/yiwang-sdk.min.js`,
      format: 'iife',
      name: 'Yiwang',
      sourcemap: true,
      intro: BASELINE_POLYFILLS,
      inlineDynamicImports: true,
    },
    plugins: plugins(),
  },
  {
    onwarn,
    // Everything for a plain <script> tag: registers every element and exposes
    // the SDK and the element classes as `window.Yiwang`.
    input: `${ELEMENTS_SRC}/cdn.ts`,
    output: {
      file: `${CDN_DIR}/yiwang.min.js`,
      format: 'iife',
      name: 'Yiwang',
      sourcemap: true,
      intro: BASELINE_POLYFILLS,
      inlineDynamicImports: true,
    },
    plugins: plugins(),
  },
  // One element per script tag (dist/cdn/yw-<name>.min.js in @yiwang/elements): <yw-config> and that
  // element, no global. Two of them on one page work (each tag is defined once)
  // but load lit and the SDK twice: use yiwang.min.js for more than one element.
  ...cdnElements().map((name) => ({
    onwarn,
    input: `\0cdn:${name}`,
    output: { file: `${CDN_DIR}/${name}.min.js`, format: 'iife', sourcemap: true, intro: BASELINE_POLYFILLS, inlineDynamicImports: true },
    plugins: [elementCdnEntries(), ...plugins()],
  })),
  // The loader: one module script, the elements' chunks fetched by tag.
  loaderBuild(),
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
