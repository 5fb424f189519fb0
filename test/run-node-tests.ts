// Runs every node-side unit/integration test with Node's built-in runner.
// Node tests are `*.test.ts` outside packages/elements; browser tests are
// `*.browser.test.ts` (and everything under packages/elements) and run in
// web-test-runner instead. Extra arguments are passed to `node --test`.
import { globSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const files = globSync(['packages/*/src/**/*.test.ts', 'test/**/*.test.ts', 'bench/**/*.test.ts'], {
  exclude: (f) => f.includes('node_modules') || f.endsWith('.browser.test.ts') || f.startsWith('packages/elements/'),
}).sort();

if (files.length === 0) {
  console.error('run-node-tests: no test files found');
  process.exit(1);
}

const result = spawnSync(
  process.execPath,
  ['--conditions=yiwang-source', '--test', '--test-concurrency=2', ...process.argv.slice(2), ...files],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
