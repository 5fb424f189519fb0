// Two server processes on one PostgreSQL database behind a round-robin proxy,
// as a city runs them behind its load balancer: what one instance does, the
// other knows. A token one issues (its secret generated once, in the database)
// is good at the other; the same Idempotency-Key sent to both makes one
// application; a rate limit counts requests to both; a draft saved on one is
// read on the other; a catalog imported through one is served by both.
// Needs YIWANG_TEST_DATABASE_URL; skipped without it.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, request } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ItemSearchResult } from '@yiwang/contract';
import { createBody, pdf } from '@yiwang/test/fixtures/applications';
import { createTestDatabase, TEST_POSTGRES_URL } from '@yiwang/test/helpers/postgres';
import { startServerProcess } from '@yiwang/test/helpers/server-process';
import type { ServerProcess } from '@yiwang/test/helpers/server-process';

const ADMIN_TOKEN = 'multi-instance-admin-token';

/** A round-robin reverse proxy in front of `origins`; each answer says which instance gave it in X-Test-Instance. */
async function roundRobin(ports: number[]): Promise<{ origin: string; close(): Promise<void> }> {
  let next = 0;
  const server: Server = createServer((req, res) => {
    const index = next++ % ports.length;
    const upstream = request(
      {
        host: '127.0.0.1',
        port: ports[index],
        method: req.method,
        path: req.url,
        headers: { ...req.headers, 'x-forwarded-for': req.socket.remoteAddress ?? '127.0.0.1', connection: 'close' },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, { ...answer.headers, 'x-test-instance': String(index) });
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const adminUrl = TEST_POSTGRES_URL;
if (!adminUrl) {
  test('several instances on one PostgreSQL behave as one', (ctx) => ctx.skip('YIWANG_TEST_DATABASE_URL is not set (.ci/run sets it)'));
} else {
  describe('two instances on one PostgreSQL behind a round-robin proxy', () => {
    let database: Awaited<ReturnType<typeof createTestDatabase>>;
    const instances: ServerProcess[] = [];
    let proxy: Awaited<ReturnType<typeof roundRobin>>;
    let token = '';

    const call = async (
      origin: string,
      method: string,
      path: string,
      options: { body?: unknown; headers?: Record<string, string> } = {},
    ) => {
      const res = await fetch(`${origin}/api/v1${path}`, {
        method,
        headers: {
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
          ...(options.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
          ...options.headers,
        },
        ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
      });
      const text = await res.text();
      return { status: res.status, headers: res.headers, body: text ? (JSON.parse(text) as Record<string, unknown>) : null };
    };

    before(async () => {
      database = await createTestDatabase(adminUrl, 'yiwang_multi');
      const env = { DATABASE_URL: database.url, YIWANG_ADMIN_TOKEN: ADMIN_TOKEN, YIWANG_TRUST_PROXY: 'on', YIWANG_LOG: 'warn' };
      // Started together: the migrations and the seed serialise on advisory locks.
      instances.push(...(await Promise.all([startServerProcess([], env), startServerProcess([], env)])));
      proxy = await roundRobin(instances.map((i) => i.port));
      const signIn = await call(proxy.origin, 'POST', '/auth/demo-sign-in', { body: { userId: 'demo-person' } });
      assert.equal(signIn.status, 200);
      token = signIn.body!.token as string;
    });
    after(async () => {
      await proxy?.close();
      for (const instance of instances) await instance.stop();
      await database?.drop();
    });

    test('a token one instance issued is good at the other; a draft saved on one is read on the other', async () => {
      const [a, b] = instances.map((i) => i.origin) as [string, string];
      for (const origin of [a, b]) assert.equal((await call(origin, 'GET', '/me')).status, 200);
      const saved = await call(a, 'PUT', '/drafts/form-scjg-001', { body: { data: { operatorName: '李文博（甲实例）' } } });
      assert.equal(saved.status, 200);
      const read = await call(b, 'GET', '/drafts/form-scjg-001');
      assert.equal(read.status, 200);
      assert.deepEqual(read.body!.data, { operatorName: '李文博（甲实例）' });
      assert.equal(read.body!.version, saved.body!.version);
    });

    test('the same Idempotency-Key sent to both instances makes one application', async () => {
      const [a, b] = instances.map((i) => i.origin) as [string, string];
      const form = new FormData();
      form.set('file', new Blob([pdf('multi-instance lease')], { type: 'application/pdf' }), '租赁合同.pdf');
      const upload = await fetch(`${a}/api/v1/files`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: form });
      assert.equal(upload.status, 201);
      const fileId = ((await upload.json()) as { id: string }).id;
      const before = (await call(a, 'GET', '/applications?pageSize=100')).body!.total as number;

      const key = crypto.randomUUID();
      const submit = (origin: string) =>
        call(origin, 'POST', '/applications', { body: createBody(fileId), headers: { 'Idempotency-Key': key } });
      // Both at once: one creates it; the other replays the answer or, while the first still works on it, says so (409).
      const first = await Promise.all([submit(a), submit(b)]);
      for (const answer of first) assert.ok([201, 409].includes(answer.status), JSON.stringify(answer.body));
      // The client retries each one that did not get an answer, at the instance it reached.
      const answers = await Promise.all(first.map((answer, i) => (answer.status === 201 ? answer : submit(i === 0 ? a : b))));
      for (const answer of answers) assert.equal(answer.status, 201, JSON.stringify(answer.body));
      assert.equal(answers[0]!.body!.number, answers[1]!.body!.number);
      assert.ok(answers.some((answer) => answer.headers.get('Idempotency-Replayed') === 'true'));
      const after = (await call(b, 'GET', '/applications?pageSize=100')).body!.total as number;
      assert.equal(after, before + 1);
    });

    test('a rate limit counts the requests to both instances', async () => {
      const saved = token;
      token = ''; // anonymous progress queries are the limited ones
      try {
        const served = new Set<string>();
        const path = '/applications/YW2026120100977/progress?queryCode=AAAAAA';
        for (let i = 0; i < 10; i++) {
          const res = await call(proxy.origin, 'GET', path);
          assert.notEqual(res.status, 429, `query ${i + 1} of 10 is allowed`);
          served.add(res.headers.get('x-test-instance')!);
        }
        assert.equal(served.size, 2, 'both instances answered');
        const limited = await call(proxy.origin, 'GET', path);
        assert.equal(limited.status, 429);
        assert.ok(Number(limited.headers.get('Retry-After')) > 0);
      } finally {
        token = saved;
      }
    });

    test('a catalog imported through one instance is served by both', async () => {
      const code = '511A0116488002-511602000000-000-11511300008778693M-1-00';
      const name = '城市屋顶光伏备案';
      const form = new FormData();
      form.set(
        'file',
        new Blob([JSON.stringify([{ name, code, department: '区能源服务中心', type: 'public_service' }])], { type: 'application/json' }),
        '第十一批.json',
      );
      const imported = await fetch(`${instances[0]!.origin}/api/v1/admin/catalog/imports?batch=${encodeURIComponent('第十一批')}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${ADMIN_TOKEN}` },
        body: form,
      });
      assert.equal(imported.status, 200, await imported.clone().text());
      const finds = async (origin: string) => {
        const res = await fetch(`${origin}/api/v1/items?q=${encodeURIComponent(name)}`);
        return ItemSearchResult.parse(await res.json()).items.some((hit) => hit.item.code === code);
      };
      // The importing instance reloads before it answers; the other on the import's NOTIFY.
      assert.equal(await finds(instances[0]!.origin), true);
      let other = false;
      for (let i = 0; i < 200 && !other; i++) {
        other = await finds(instances[1]!.origin);
        if (!other) await new Promise((resolve) => setTimeout(resolve, 25));
      }
      assert.equal(other, true, instances[1]!.output());
    });

    test('both report ready', async () => {
      for (const instance of instances) {
        const res = await fetch(`${instance.origin}/readyz`);
        assert.equal(res.status, 200);
        assert.equal(((await res.json()) as { status: string }).status, 'ready');
      }
    });
  });
}
