// The SDK example in README.md is executed here, against the reference server,
// so the documentation cannot drift from the code.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, rmSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { cmsSnippet } from '../packages/elements/scripts/cms-snippet.ts';
import { startTestServer } from './helpers/test-server.ts';
import type { TestServer } from './helpers/test-server.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(async () => {
  await server?.close();
});

test('the README SDK example runs against the reference server', async () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const block = /<!-- readme-example[^>]*-->\s*```ts\n([\s\S]*?)```/.exec(readme)?.[1];
  assert.ok(block, 'README has a marked ts example');
  assert.ok(block.includes('http://localhost:8080/api/v1'), 'the example uses the npm start URL');
  const code = block.replace('http://localhost:8080/api/v1', server.apiUrl);
  // Inside the repo so `@yiwang/sdk` resolves through the workspace.
  const file = join(import.meta.dirname, `.readme-example-${process.pid}.ts`);
  writeFileSync(file, code);
  try {
    // Asynchronously: the server answering the example runs in this process.
    const run = await promisify(execFile)(process.execPath, ['--conditions=yiwang-source', file], {
      encoding: 'utf8',
      timeout: 60_000,
    }).catch((error: { stderr?: string; message: string }) => assert.fail(`example failed:\n${error.stderr ?? error.message}`));
    assert.match(run.stdout, /共 \d+ 项/);
    assert.match(run.stdout, /个体工商户/, 'the yyzz search finds the 营业执照 item');
    assert.match(run.stdout, /404 NOT_FOUND/, 'an unknown application answers with a typed ApiError');
  } finally {
    rmSync(file, { force: true });
  }
});

test("the elements README's script-tag snippet is the one the handbook's element pages give", () => {
  const readme = readFileSync(new URL('../packages/elements/README.md', import.meta.url), 'utf8');
  const block = /<!-- cms-snippet[^>]*-->\s*```html\n([\s\S]*?)\n```/.exec(readme)?.[1];
  assert.ok(block, 'the elements README has a marked html snippet');
  const { version } = JSON.parse(readFileSync(new URL('../packages/elements/package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  // The handbook's page of <yw-catalog-stats> (its stories' default args are the element's defaults: no attributes).
  assert.equal(block, cmsSnippet({ version, tag: 'yw-catalog-stats' }));
});
