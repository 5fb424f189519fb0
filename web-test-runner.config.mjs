// Browser tests: `*.browser.test.ts` anywhere in the packages and test/, and every
// test of packages/elements, run in the machine's headless Chromium (never a
// downloaded one). `npm run test:browser` runs them all once;
// `npx web-test-runner --group sdk` or `--group <element>` runs one group.
import { globSync, readFileSync } from 'node:fs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import * as nodeModule from 'node:module';

// The reference server (test/helpers/reference-middleware.ts) runs in this
// process from its TypeScript sources, like `npm start`: resolve our
// workspace packages through their `yiwang-source` export condition (given on
// the command line or in NODE_OPTIONS, or added here; `registerHooks` needs
// Node 22.15 or 23.5+).
const hasCondition = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((arg) => arg.includes('yiwang-source'));
const canResolve = hasCondition || typeof nodeModule.registerHooks === 'function';
if (!hasCondition && canResolve) {
  nodeModule.registerHooks({ resolve: (specifier, context, nextResolve) => nextResolve(specifier, { ...context, conditions: [...context.conditions, 'yiwang-source'] }) });
}
// Without either, only the tests under test/reference/ fail (with this message); the rest run.
const { referenceServer, closeReferenceServers } = canResolve
  ? await import('./test/helpers/reference-middleware.ts')
  : {
      referenceServer: (context, next) => {
        if (!context.path.startsWith('/__reference/')) return next();
        context.status = 501;
        context.body = 'The reference server needs Node 22.15+ here (or NODE_OPTIONS=--conditions=yiwang-source).';
        return undefined;
      },
      closeReferenceServers: async () => {},
    };

const IGNORE = (file) => file.includes('node_modules');

/** Every browser test file: the default run. */
const ALL_BROWSER_TESTS = [
  'packages/*/src/**/*.browser.test.ts',
  'packages/elements/src/**/*.test.ts',
  'test/**/*.browser.test.ts',
];

/**
 * One group per element folder that has tests, so a new element gets its group
 * (`--group yw-item-search`) as soon as its first test exists, and a folder
 * without tests yet adds no empty group (which would fail the run).
 */
function elementGroups() {
  const folders = new Set(
    globSync('packages/elements/src/components/*/*.test.ts', { exclude: IGNORE }).map((file) => file.split('/')[4]),
  );
  return [...folders].sort().map((name) => ({ name, files: `packages/elements/src/components/${name}/*.test.ts` }));
}

function sdkGroups() {
  const files = 'packages/sdk/src/**/*.browser.test.ts';
  return globSync(files, { exclude: IGNORE }).length > 0 ? [{ name: 'sdk', files }] : [];
}

// web-test-runner runs the default `files` *and* every group when no --group is
// given, which would run each file twice; so the groups exist only for --group.
const groupRequested = process.argv.some((arg) => arg === '--group' || arg.startsWith('--group='));

const mswWorker = 'node_modules/msw/lib/mockServiceWorker.js';

/**
 * `/__reply/…`: a real endpoint for browser tests that need the browser's own
 * network stack rather than msw's service worker (XHR upload progress is only
 * reported for requests that go to the network). It reads the whole request
 * body and answers with the status and JSON the request carries in
 * `X-Reply: <encodeURIComponent(JSON.stringify({ status, json }))>`, adding
 * `X-Received-Bytes` and `X-Received-Content-Type`.
 */
async function replyEndpoint(context, next) {
  if (!context.path.startsWith('/__reply/')) return next();
  let received = 0;
  for await (const chunk of context.req) received += chunk.length;
  const { status = 200, json = null } = JSON.parse(decodeURIComponent(context.get('X-Reply') || '%7B%7D'));
  context.status = status;
  context.set('X-Received-Bytes', String(received));
  context.set('X-Received-Content-Type', context.get('Content-Type'));
  context.set('Cache-Control', 'no-store');
  context.type = 'application/json';
  context.body = JSON.stringify(json);
  return undefined;
}

/**
 * PGlite (the database of @yiwang/mock, which element tests run in the page)
 * imports node built-ins only on code paths it takes in node; in the browser
 * those imports resolve to an empty module instead of failing the transform.
 * (Added by the elements foundation, issue 4.)
 */
function nodeBuiltinsStub() {
  const STUB = '/__node-builtin-stub.js';
  const builtins = new Set(['fs', 'fs/promises', 'module', 'stream', 'stream/promises', 'util', 'zlib', 'path', 'url', 'crypto', 'os']);
  return {
    name: 'node-builtins-stub',
    resolveImport({ source }) {
      if (source.startsWith('node:') || builtins.has(source)) return STUB;
      return undefined;
    },
    serve(context) {
      if (context.path === STUB) return { body: 'export default {};\n', type: 'js' };
      return undefined;
    },
  };
}

/**
 * Serves PGlite's `.data` file-system bundle and `.wasm` byte for byte: the
 * dev server's transform step guesses "text" for the `.data` bundle and would
 * re-encode it. (Added by the elements foundation, issue 4.)
 */
async function binaryAssets(context, next) {
  if (!/^\/node_modules\/.+\.(data|wasm)$/.test(context.path) || context.path.includes('..')) return next();
  try {
    context.body = readFileSync(`.${decodeURIComponent(context.path)}`);
  } catch {
    return next();
  }
  context.type = context.path.endsWith('.wasm') ? 'application/wasm' : 'application/octet-stream';
  return undefined;
}

export default {
  rootDir: '.',
  files: ALL_BROWSER_TESTS,
  // `elements-base`: the shared base, tokens and i18n of packages/elements (issue 4).
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
    // msw registers its service worker from the site root, so its scope covers the test pages.
    function mockServiceWorker(context, next) {
      if (context.path !== '/mockServiceWorker.js') return next();
      context.type = 'application/javascript';
      context.set('Service-Worker-Allowed', '/');
      context.body = readFileSync(mswWorker, 'utf8');
      return undefined;
    },
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
  // The whole browser run (19 files, each starting its own in-browser mock) takes minutes.
  testsFinishTimeout: 900_000,
  testFramework: { config: { timeout: 10_000 } },
};
