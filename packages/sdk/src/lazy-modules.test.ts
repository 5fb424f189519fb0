// The modules the SDK loads on first use, when one cannot be loaded: Node's
// module loader made to fail once for the module (a load hook), as a dropped
// connection fails a browser's fetch of the chunk. The call ends in a
// NetworkError that names the endpoint, and the next call loads the module
// (Node, like the HTML standard since whatwg/html#10327, does not keep a failed
// load; browsers that still do keep failing until the page is reloaded).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { registerHooks } from 'node:module';
import { start } from '@yiwang/test/helpers/scripted-server';
import type { ScriptedServer } from '@yiwang/test/helpers/scripted-server';

const failing = new Set<string>();
registerHooks({
  load(url, context, nextLoad) {
    const name = [...failing].find((end) => url.endsWith(end));
    if (name) {
      failing.delete(name);
      throw new TypeError(`fetch failed (${name})`);
    }
    return nextLoad(url, context);
  },
});
// After the hook, so the SDK's modules go through it.
const { NetworkError, createClient } = await import('./index.ts');

const departments = { items: [{ id: 'd1', name: '市场监督管理局', shortName: '市场监管局', divisionCode: '410102', itemCount: 3 }] };
let server: ScriptedServer;
before(async () => {
  server = await start();
});
after(() => server.close());

test('a transport or validation that cannot be loaded ends the call in a NetworkError; the next call loads it', async () => {
  failing.add('/sdk/src/transport.ts');
  failing.add('/sdk/src/validation.ts');
  server.script({ json: departments, repeat: true });
  const client = createClient({ baseUrl: server.baseUrl, retry: 0 });

  const noTransport = await client.departments.list().then(
    () => assert.fail('expected a NetworkError'),
    (error: unknown) => error,
  );
  assert.ok(noTransport instanceof NetworkError);
  assert.match(noTransport.message, /^departments\.list: could not load the SDK's transport \(fetch failed/);
  assert.equal(noTransport.request.endpoint, 'departments.list');
  assert.equal(noTransport.request.method, 'GET');
  assert.equal(server.requests.length, 0, 'nothing was sent');

  // The transport loads now and sends the request; the validation the answer waits for does not load.
  const noValidation = await client.departments.list().then(
    () => assert.fail('expected a NetworkError'),
    (error: unknown) => error,
  );
  assert.ok(noValidation instanceof NetworkError);
  assert.equal(noValidation.request.url, `${server.baseUrl}/departments`);

  const list = await client.departments.list();
  assert.deepEqual(
    list.items.map((d) => d.name),
    ['市场监督管理局'],
  );
});
