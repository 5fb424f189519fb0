// createServer (@yiwang/server/node) and the package's bin, over real HTTP on
// in-memory PGlite: what an embedding service and `npx @yiwang/server` get.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { DepartmentList } from '@yiwang/contract';
import { createServer } from './server.ts';

test('createServer: listens, serves the seeded API and the OpenAPI document, and closes', async () => {
  const server = await createServer({ port: 0 });
  try {
    const { port } = await server.listen();
    assert.ok(port > 0);
    const departments = DepartmentList.parse(await (await fetch(`http://127.0.0.1:${port}/api/v1/departments`)).json());
    assert.ok(departments.items.length > 0, 'the demo catalog is seeded');
    const openapi = await fetch(`http://127.0.0.1:${port}/openapi.json`);
    assert.equal(openapi.status, 200);
    assert.equal(((await openapi.json()) as { openapi: string }).openapi.startsWith('3.'), true);
    const site = await fetch(`http://127.0.0.1:${port}/`);
    assert.equal(site.status, 200, 'the demo site is served by default');
    assert.match(await site.text(), /<yw-/);
  } finally {
    await server.close();
  }
});

test('createServer: the fetch handler works without a listener; demoSite false serves no site', async () => {
  const server = await createServer({}, { demoSite: false });
  try {
    const api = await server.fetch(new Request('http://embedded.test/api/v1/departments'));
    assert.equal(api.status, 200);
    const site = await server.fetch(new Request('http://embedded.test/'));
    assert.equal(site.status, 404);
    await site.arrayBuffer();
  } finally {
    await server.close();
  }
});

test('the bin with --no-demo: an empty catalog, no demo sign-in, no site; SIGTERM stops it', async () => {
  const bin = join(import.meta.dirname, 'bin.ts');
  const child = spawn(process.execPath, ['--conditions=yiwang-source', bin, '--memory', '--port', '0', '--no-demo'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr.on('data', (chunk: Buffer) => (output += chunk));
  try {
    const port = await new Promise<number>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk;
        const match = /http:\/\/localhost:(\d+)/.exec(output);
        if (match) resolve(Number(match[1]));
      });
      child.once('exit', (code) => reject(new Error(`the bin exited (${code}):\n${output}`)));
    });
    const base = `http://127.0.0.1:${port}`;
    const departments = DepartmentList.parse(await (await fetch(`${base}/api/v1/departments`)).json());
    assert.deepEqual(departments.items, []);
    const signIn = await fetch(`${base}/api/v1/auth/demo-sign-in`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    assert.notEqual(signIn.status, 200, 'no demo sign-in');
    await signIn.arrayBuffer();
    const site = await fetch(`${base}/`);
    assert.equal(site.status, 404);
    await site.arrayBuffer();
    assert.doesNotMatch(output, /demo site/);
  } finally {
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const [code] = await exited;
    assert.equal(code, 0, output);
  }
});
