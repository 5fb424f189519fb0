// When the client fetches its transport (the module loaded on first use):
// at once by default, or once `preloadAfter` has settled, unless a call needs
// it first. Node's module loader is watched with a load hook (a browser's chunk
// fetch in the CDN build); a process loads the module once, so this file has its
// own process.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { registerHooks } from 'node:module';
import { setImmediate as turn } from 'node:timers/promises';
import { start } from '@yiwang/test/helpers/scripted-server';
import type { ScriptedServer } from '@yiwang/test/helpers/scripted-server';

let transportLoads = 0;
registerHooks({
  load(url, context, nextLoad) {
    if (url.endsWith('/sdk/src/transport.ts')) transportLoads += 1;
    return nextLoad(url, context);
  },
});
// After the hook, so the SDK's modules go through it.
const { createClient } = await import('./index.ts');

let server: ScriptedServer;
before(async () => {
  server = await start();
});
after(() => server.close());

test('with preloadAfter the transport is fetched once it settles, not when the client is created', async () => {
  let settle!: () => void;
  createClient({ baseUrl: server.baseUrl, preloadAfter: new Promise<void>((resolve) => (settle = resolve)) });
  for (let i = 0; i < 20; i++) await turn();
  assert.equal(transportLoads, 0, 'not while the page still loads what it shows first');
  settle();
  for (let i = 0; i < 200 && transportLoads === 0; i++) await turn();
  assert.equal(transportLoads, 1);
});

test('a call does not wait for preloadAfter', async () => {
  server.script({ json: { items: [] } });
  const client = createClient({ baseUrl: server.baseUrl, retry: 0, preloadAfter: new Promise<void>(() => {}) });
  assert.deepEqual(await client.departments.list(), { items: [] });
});
