import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ErrorBody, ZeroResultList } from '@yiwang/contract';
import { testAppDatabases } from '@yiwang/test/helpers/test-databases';
import { createTestApp, TEST_ADMIN_TOKEN } from '@yiwang/test/helpers/test-server';
import { beijingDate } from '../domain/time.ts';
import { ZeroResultLog, mayBePersonal } from './zero-results.ts';

describe('mayBePersonal: queries that are never stored', () => {
  test('ID numbers, phone numbers, bank cards and e-mail addresses', () => {
    for (const q of [
      '11010519491231002x',
      '身份证 110105194912310021 丢了',
      '13800138000',
      '138 0013 8000',
      '138-0013-8000',
      '电话１３８００１３８０００', // full-width, as typed; the index folds it first
      '6222020200112233445',
      '邮编 453000',
      'zhangsan@example.com',
    ])
      assert.equal(mayBePersonal(q.normalize('NFKC')), true, q);
  });
  test('ordinary searches, years and short numbers are kept', () => {
    for (const q of ['营业执照', 'sfz丢了', '2026年度 年报', '第3批', '12345热线', 'yingye执照', '110'])
      assert.equal(mayBePersonal(q), false, q);
  });
  test('any run of six digits, whatever separates or surrounds them', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 6, maxLength: 20 }),
        fc.constantFrom('', ' ', '-', '.'),
        fc.string({ maxLength: 6 }),
        (digits, separator, around) => mayBePersonal(`${around}${digits.join(separator)}${around}`),
      ),
    );
  });
});

/** A fresh seeded database per test: in-memory PGlite, and PostgreSQL where the tests have one (.ci/run). */
const DATABASES = testAppDatabases('yiwang_zero');

type App = Awaited<ReturnType<typeof createTestApp>>['app'];

const search = async (app: App, query: Record<string, string>, client = 'client-1') => {
  const response = await app.request(`/api/v1/items?${new URLSearchParams(query)}`, { headers: { 'X-Test-Client': client } });
  assert.equal(response.status, 200);
  return (await response.json()) as { total: number };
};

const zeroResults = async (app: App, query = '', token = TEST_ADMIN_TOKEN) => {
  const response = await app.request(`/api/v1/admin/search/zero-results${query}`, { headers: { Authorization: `Bearer ${token}` } });
  return { status: response.status, body: (await response.json()) as unknown };
};

const list = async (app: App, query = '') => {
  const { status, body } = await zeroResults(app, query);
  assert.equal(status, 200, JSON.stringify(body));
  return ZeroResultList.parse(body).items;
};

const counts = async (app: App, query = '') => Object.fromEntries((await list(app, query)).map((r) => [r.query, r.count]));

for (const [where, fresh] of DATABASES)
  describe(`zero-result searches on ${where}`, () => {
    test('counts normalised query texts that found nothing, most frequent first; not suggest, not hits, not personal data', async () => {
      const { app, services, db } = await fresh();
      try {
        assert.deepEqual(await list(app), []);
        // One client each: a client's next query that extends the last is typing, not a new search.
        for (const [q, client] of [
          ['火星移民', 'a'],
          ['  火星移民 ', 'b'],
          ['火星　移民', 'c'],
          ['火星 移民', 'd'],
          ['ＵＦＯ登记', 'e'],
          ['ufo登记', 'f'],
          ['UFO登记', 'g'],
          ['魔法学院', 'h'],
        ] as const)
          assert.equal((await search(app, { q }, client)).total, 0, q);
        assert.ok((await search(app, { q: '营业执照' }, 'i')).total > 0);
        await app.request(`/api/v1/items/suggest?q=${encodeURIComponent('木星移民')}`);
        await search(app, { q: '身份证 110105194912310021' }, 'j');
        await search(app, { q: '13800138000' }, 'k');
        // A text that finds items, only not under these filters, is no vocabulary gap.
        const filtered = await search(app, { q: '营业执照', department: 'no-such-dept' }, 'l');
        assert.equal(filtered.total, 0);
        // A text that finds nothing anywhere counts with or without filters.
        await search(app, { q: '魔法学院', audience: 'enterprise' }, 'm');

        const rows = await list(app);
        assert.deepEqual(Object.fromEntries(rows.map((r) => [r.query, r.count])), {
          ufo登记: 3,
          '火星 移民': 2,
          火星移民: 2,
          魔法学院: 2,
        });
        assert.ok(
          rows.every((r, k) => k === 0 || rows[k - 1]!.count >= r.count),
          'most frequent first',
        );
        for (const r of rows) assert.ok(r.firstSeen <= r.lastSeen);
        assert.equal(rows[0]!.query, 'ufo登记');
        assert.deepEqual((await list(app, '?limit=1')).length, 1);
        // Exact after every read: the read flushed the buffer.
        await search(app, { q: '火星移民' }, 'z');
        assert.equal((await counts(app))['火星移民'], 3);
        const stored = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM search_zero_results');
        assert.equal(stored[0]!.n, 4, 'one row per day and query');
      } finally {
        await services.close();
        await db.close();
      }
    });

    test('a query the same client goes on typing counts once, as finally typed', async () => {
      const { app, services, db } = await fresh();
      try {
        for (const q of ['qwxq', 'qwxqw', 'qwxqwx']) await search(app, { q }, 'typist');
        await search(app, { q: 'qwxqw' }, 'other'); // another client's search is its own
        await search(app, { q: '火星移民' }, 'typist'); // a new search: the last one is counted
        await search(app, { q: '火星移民' }, 'typist'); // the same search again (back, reload) counts once
        const found = await counts(app);
        assert.deepEqual(found, { qwxqwx: 1, qwxqw: 1, 火星移民: 1 });
      } finally {
        await services.close();
        await db.close();
      }
    });

    test('since: counts from a Beijing date on; the admin token is required', async () => {
      const { app, services, db } = await fresh();
      try {
        await search(app, { q: '火星移民' });
        const today = beijingDate(Date.now());
        assert.deepEqual(await counts(app, `?since=${today}`), { 火星移民: 1 });
        assert.deepEqual(await counts(app, '?since=2999-01-01'), {});
        assert.equal((await zeroResults(app, '?since=yesterday')).status, 400);
        assert.equal((await zeroResults(app, '?limit=0')).status, 400);
        const denied = await zeroResults(app, '', 'wrong-token');
        assert.equal(denied.status, 401);
        assert.equal(ErrorBody.parse(denied.body).error.code, 'UNAUTHORIZED');
        const anonymous = await app.request('/api/v1/admin/search/zero-results');
        assert.equal(anonymous.status, 401);
      } finally {
        await services.close();
        await db.close();
      }
    });

    test('closing writes the buffer; server processes sharing the database add up their counts', async () => {
      const first = await fresh();
      // A second server on the same database (as several processes share one PostgreSQL).
      const second = await createTestApp({}, { db: first.db });
      try {
        await search(first.app, { q: '火星移民' }, 'a');
        await search(first.app, { q: '火星移民' }, 'b');
        await search(second.app, { q: '火星移民' }, 'c');
        await search(second.app, { q: '魔法学院' }, 'c');
        await first.services.close();
        const rows = await first.db.query<{ query: string; count: string | number }>('SELECT query, count FROM search_zero_results');
        assert.deepEqual(
          rows.map((r) => [r.query, Number(r.count)]),
          [['火星移民', 2]],
        );
        assert.deepEqual(await counts(second.app), { 火星移民: 3, 魔法学院: 1 });
      } finally {
        await first.services.close();
        await second.services.close();
        await first.db.close();
      }
    });
  });

describe('ZeroResultLog buffering', () => {
  test('flushes on its interval once a query has settled, and keeps counts when the database fails', async () => {
    const { db, services } = await createTestApp();
    await services.close();
    const log = new ZeroResultLog(db, { flushIntervalMs: 10, settleMs: 0 });
    try {
      log.record('a', '火星移民');
      let rows: Array<{ count: string | number }> = [];
      for (let i = 0; i < 500 && rows.length === 0; i++) {
        await new Promise((resolve) => setTimeout(resolve, 10));
        rows = await db.query('SELECT count FROM search_zero_results');
      }
      assert.deepEqual(
        rows.map((r) => Number(r.count)),
        [1],
      );
    } finally {
      await log.close();
    }
    const failing = new ZeroResultLog(
      {
        ...db,
        query: async () => {
          throw new Error('database down');
        },
      },
      { flushIntervalMs: 60_000 },
    );
    failing.record('a', '魔法学院');
    await assert.rejects(failing.flush(), /database down/);
    // The failed batch is kept: the next flush (here to the working database's query) writes it.
    (failing as unknown as { db: typeof db }).db = db;
    await failing.close();
    const [row] = await db.query<{ count: string | number }>("SELECT count FROM search_zero_results WHERE query = '魔法学院'");
    assert.equal(Number(row!.count), 1);
    await db.close();
  });
});
