// Compatibility lint of what browsers actually receive: the built script-tag
// bundles in packages/elements/dist/cdn (plain minified JS, so no TypeScript parser), checked by
// eslint-plugin-compat against .browserslistrc. An API newer than the baseline
// fails the build unless it is polyfilled or feature-detected (listed below,
// each with where that happens).
import compat from 'eslint-plugin-compat';
import lit from 'eslint-plugin-lit';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Installed where missing by BASELINE_POLYFILLS (rollup.config.mjs), at the top of each bundle. */
const POLYFILLED = ['Object.hasOwn', 'Array.prototype.at'];

/** Used only behind a feature test in the bundled code. */
const GUARDED = [
  // ky: `supportsAbortSignal` checks `typeof AbortSignal.any === 'function'` first.
  'AbortSignal.any',
  // ky: only for onUploadProgress/onDownloadProgress; the SDK reports upload
  // progress through XMLHttpRequest in browsers and never asks for download progress.
  'TransformStream',
];

/**
 * eslint-plugin-compat 7 drops every finding on a global that the file also
 * destructures (`const {is, defineProperty} = Object` in lit), so newer
 * Object/Array/Promise APIs would pass unseen in any bundle with lit. These
 * rules name the post-baseline ones explicitly.
 */
const NEWER_THAN_BASELINE = [
  ['Object', 'groupBy'],
  ['Map', 'groupBy'],
  ['Array', 'fromAsync'],
  ['Promise', 'withResolvers'],
  ['AbortSignal', 'timeout'],
  ['Atomics', 'waitAsync'],
]
  .map(([object, property]) => ({
    object,
    property,
    message: `${object}.${property} is newer than the browser baseline (.browserslistrc)`,
  }))
  .concat(
    ['findLast', 'findLastIndex', 'toSorted', 'toReversed', 'toSpliced', 'isWellFormed', 'toWellFormed'].map((property) => ({
      property,
      message: `.${property}() is newer than the browser baseline (.browserslistrc)`,
    })),
  );

/** The TypeScript sources: packages, tests, stories, benches, examples. */
const SOURCES = [
  'packages/*/src/**/*.ts',
  'packages/*/scripts/**/*.ts',
  'scripts/**/*.ts',
  'test/**/*.ts',
  'stories/**/*.ts',
  'bench/**/*.ts',
  'examples/**/*.ts',
  '.storybook/**/*.ts',
];

export default [
  { ignores: ['**/node_modules/', 'packages/*/dist/', 'storybook-static/', '.data/', 'examples/**/dist/'] },
  ...tseslint.config({ files: SOURCES, extends: [tseslint.configs.recommended] }),
  {
    files: SOURCES,
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_`-prefixed names are deliberately unused (destructuring to drop a key, an unused parameter kept for its position).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
      eqeqeq: ['error', 'smart'],
    },
  },
  // Tests read JSON answers and fixtures loosely: \`any\` is allowed there, not in the packages' code.
  { files: ['**/*.test.ts', 'test/**/*.ts'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
  // Element templates: lit's own rules (bindings, attributes, no template in template literals).
  { files: ['packages/elements/src/**/*.ts', 'stories/**/*.ts'], ...lit.configs['flat/recommended'] },
  // Formatting is Prettier's (`npm run format:check`); turn off the rules that would argue with it.
  prettier,
  {
    files: ['packages/elements/dist/cdn/**/*.js'],
    languageOptions: {
      // The bundles are lowered by esbuild; ES2022 (class fields) is the newest
      // syntax every baseline browser parses, so newer syntax fails parsing here.
      ecmaVersion: 2022,
      sourceType: 'script',
      globals: { ...globals.browser },
    },
    linterOptions: { reportUnusedDisableDirectives: 'off' },
    plugins: { compat },
    settings: { polyfills: [...POLYFILLED, ...GUARDED], lintAllEsApis: true },
    rules: {
      'compat/compat': 'error',
      'no-restricted-properties': ['error', ...NEWER_THAN_BASELINE],
      'no-restricted-globals': [
        'error',
        { name: 'structuredClone', message: 'structuredClone is newer than the browser baseline' },
        { name: 'requestIdleCallback', message: 'requestIdleCallback is missing in Safari' },
      ],
      // esbuild keeps `?.` for Chromium 87 (rollup.config.mjs); this is the one form Chromium 80–90 get wrong.
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ChainExpression CallExpression:has(> SpreadElement:not(:last-child))',
          message:
            'A call in an optional chain with a spread argument before another argument throws in Chromium 80–90 (crbug.com/42201552): write it without ?. or with the spread last',
        },
      ],
    },
  },
  // The loader and its chunks are ES modules (import, export, dynamic import()).
  {
    files: ['packages/elements/dist/cdn/yiwang-loader.min.js', 'packages/elements/dist/cdn/chunks/*.js'],
    languageOptions: { sourceType: 'module' },
  },
];
