// Runs every node-side unit/integration test with Node's built-in runner.
// Node tests are `*.test.ts` outside packages/elements; browser tests are
// `*.browser.test.ts` (and everything under packages/elements) and run in
// web-test-runner instead. Extra arguments are passed to `node --test`.
import { globSync, mkdtempSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SEED_IMAGE_ENV, SEED_IMAGE_KEY_ENV } from './helpers/seed-image-env.ts';

const files = globSync(['packages/*/src/**/*.test.ts', 'test/**/*.test.ts', 'bench/**/*.test.ts'], {
  exclude: (f) => f.includes('node_modules') || f.endsWith('.browser.test.ts') || f.startsWith('packages/elements/'),
}).sort();

if (files.length === 0) {
  console.error('run-node-tests: no test files found');
  process.exit(1);
}

// One seeded database image for the run: each test's fresh in-memory database
// loads it instead of running initdb, the migrations and the seed (test/helpers/test-server.ts).
const imageDir = mkdtempSync(join(tmpdir(), 'yiwang-seed-'));
const imagePath = join(imageDir, 'seeded.tar');
const made = spawnSync(process.execPath, ['--conditions=yiwang-source', 'test/helpers/write-seed-image.ts', imagePath], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
});
if (made.status !== 0) {
  console.error('run-node-tests: could not write the seeded database image');
  process.exit(1);
}

const result = spawnSync(
  process.execPath,
  ['--conditions=yiwang-source', '--test', '--test-concurrency=2', ...process.argv.slice(2), ...files],
  { stdio: 'inherit', env: { ...process.env, [SEED_IMAGE_ENV]: imagePath, [SEED_IMAGE_KEY_ENV]: made.stdout } },
);
rmSync(imageDir, { recursive: true, force: true });
process.exit(result.status ?? 1);
