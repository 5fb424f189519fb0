// Browser tests: `*.browser.test.ts` anywhere in the packages and test/, and every
// test of packages/elements, run in the machine's headless Chromium (never a
// downloaded one). `npm run test:browser` runs them all once;
// `npx web-test-runner --group sdk` or `--group <element>` runs one group.
import { globSync } from 'node:fs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import * as nodeModule from 'node:module';
import { binaryAssets, mockServiceWorker, nodeBuiltinsStub, referenceServerUnavailable, replyEndpoint } from './test/helpers/dev-server.ts';

// The reference server (test/helpers/reference-middleware.ts) runs in this
// process from its TypeScript sources, like `npm start`: resolve our
// workspace packages through their `yiwang-source` export condition (given on
// the command line or in NODE_OPTIONS, or added here; `registerHooks` needs
// Node 22.15 or 23.5+).
const hasCondition = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((arg) => arg.includes('yiwang-source'));
const canResolve = hasCondition || typeof nodeModule.registerHooks === 'function';
if (!hasCondition && canResolve) {
  nodeModule.registerHooks({
    resolve: (specifier, context, nextResolve) =>
      nextResolve(specifier, { ...context, conditions: [...context.conditions, 'yiwang-source'] }),
  });
}
// Without either, only the tests under test/reference/ fail (with a message saying why); the rest run.
const { referenceServer, seedImage, closeReferenceServers } = canResolve
  ? await import('./test/helpers/reference-middleware.ts')
  : { referenceServer: referenceServerUnavailable, seedImage: (_context, next) => next(), closeReferenceServers: async () => {} };

const IGNORE = (file) => file.includes('node_modules');

/** Every browser test file: the default run. */
const ALL_BROWSER_TESTS = ['packages/*/src/**/*.browser.test.ts', 'packages/elements/src/**/*.test.ts', 'test/**/*.browser.test.ts'];

/**
 * One group per element folder that has tests, so a new element gets its group
 * (`--group yw-item-search`) as soon as its first test exists, and a folder
 * without tests yet adds no empty group (which would fail the run).
 */
function elementGroups() {
  const folders = new Set(globSync('packages/elements/src/components/*/*.test.ts', { exclude: IGNORE }).map((file) => file.split('/')[4]));
  return [...folders].sort().map((name) => ({ name, files: `packages/elements/src/components/${name}/*.test.ts` }));
}

function sdkGroups() {
  const files = 'packages/sdk/src/**/*.browser.test.ts';
  return globSync(files, { exclude: IGNORE }).length > 0 ? [{ name: 'sdk', files }] : [];
}

// web-test-runner runs the default `files` *and* every group when no --group is
// given, which would run each file twice; so the groups exist only for --group.
const groupRequested = process.argv.some((arg) => arg === '--group' || arg.startsWith('--group='));

export default {
  rootDir: '.',
  files: ALL_BROWSER_TESTS,
  // `elements-base`: the shared base, tokens and i18n of packages/elements.
  groups: groupRequested
    ? [...sdkGroups(), ...elementGroups(), { name: 'elements-base', files: 'packages/elements/src/{base,i18n}/**/*.test.ts' }]
    : [],
  nodeResolve: { exportConditions: ['yiwang-source', 'browser', 'development'] },
  // a11ySnapshot: element tests assert roles, names and states in Chromium's accessibility tree.
  plugins: [
    a11ySnapshotPlugin(),
    nodeBuiltinsStub(),
    { name: 'reference-server', serverStop: () => closeReferenceServers() },
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }),
  ],
  middleware: [
    binaryAssets,
    replyEndpoint,
    // `/__reference/<instance>/api/v1/…`: the reference server over real HTTP (browser tests that need more than the mock).
    referenceServer,
    // The seeded database image each page's mock starts from (it migrates and seeds by itself without it).
    seedImage,
    mockServiceWorker,
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        headless: true,
        args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
      },
    }),
  ],
  // Two cores: one page at a time keeps the timing of each file close to what it is alone.
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  // The whole browser run (every file starts its own in-browser mock) takes minutes.
  testsFinishTimeout: 900_000,
  testFramework: { config: { timeout: 10_000 } },
};
