import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { TEST_POSTGRES_URL } from '@yiwang/test/helpers/postgres';
import { testAppDatabases } from '@yiwang/test/helpers/test-databases';
import { createTestApp } from '@yiwang/test/helpers/test-server';
import type { Db } from '../../db/db.ts';
import { importCatalog, importFile, importedItemId } from './import.ts';
import type { FileImportResult } from './import.ts';

const REAL_CATALOG = new URL('../../../../../bench/data/real-catalog-511602.json', import.meta.url).pathname;

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'yw-import-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, content: string | Buffer): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

function ok(result: FileImportResult) {
  assert.ok(result.ok, JSON.stringify(!result.ok && result.problems));
  return result;
}

const count = async (db: Db, where = 'true') =>
  (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM items WHERE ${where}`))[0]!.n;

const CODE = (n: number) => `511A0116400${String(n).padStart(3, '0')}-511602000000-000-11511300008778693M-1-00`;
const rows = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ name: `测试事项${i + 1}`, implementationCode: CODE(i + 1), department: '区测试局', taskType: 1 }));

/** A fresh seeded database per test: in-memory PGlite, and PostgreSQL where the tests have one (.ci/run). */
const DATABASES = testAppDatabases('yiwang_import');

for (const [where, fresh] of DATABASES)
  describe(`catalog import on ${where}`, () => {
    test('a file with one bad row writes nothing and names the row and column', async () => {
      const { db, app } = await fresh();
      const seeded = (await (await app.request('/api/v1/catalog/stats')).json()) as any;
      assert.equal(seeded.published, null, 'the seeded catalog has no version');
      const before = await count(db);
      const bad = rows(3);
      bad[1]!.taskType = 3;
      const result = await importFile(db, await file('bad.json', JSON.stringify(bad)));
      assert.equal(result.ok, false);
      assert.ok(!result.ok);
      assert.deepEqual(
        result.problems.map((p) => [p.row, p.column]),
        [[2, 'taskType']],
      );
      assert.match(result.problems[0]!.zh, /取值无效/);
      assert.match(result.problems[0]!.en, /not an accepted value/);
      assert.equal(await count(db), before);
      assert.equal((await db.query('SELECT * FROM catalog_versions')).length, 0);
      await db.close();
    });

    test('CSV with Chinese headers imports; re-importing it changes nothing', async () => {
      const { db } = await fresh();
      const csv = [
        '序号,事项名称,实施编码,实施主体,事项类型,服务对象,办理方式,到现场次数,法定办结时限,承诺办结时限,网办深度',
        `1,测试许可,${CODE(1)},区测试局,行政许可,"自然人、法人",全程网办、快递送达,0,20个工作日,5个工作日,四级`,
        `2,测试服务,${CODE(2)},区测试局,20,,,,,,`,
      ].join('\n');
      const path = await file('catalog.csv', `\uFEFF${csv}\n`);
      const first = ok(await importFile(db, path, { batch: '第一批' }));
      assert.deepEqual(first.diff.added, [CODE(1), CODE(2)]);
      const [full] = await db.query<{ data: any }>('SELECT data FROM items WHERE id = $1', [importedItemId(CODE(1))]);
      assert.deepEqual(
        [
          full!.data.type,
          full!.data.audiences,
          full!.data.channels,
          full!.data.visitsRequired,
          full!.data.legalLimitDays,
          full!.data.promisedLimitDays,
          full!.data.onlineDepth,
        ],
        ['licensing', ['person', 'enterprise'], ['online', 'express'], 0, 20, 5, 4],
      );
      const [sparse] = await db.query<{ data: any }>('SELECT data FROM items WHERE id = $1', [importedItemId(CODE(2))]);
      assert.equal(sparse!.data.type, 'public_service');
      assert.equal(sparse!.data.guide.incomplete, true);
      assert.deepEqual([sparse!.data.visitsRequired, sparse!.data.channels, sparse!.data.legalLimitDays], [1, ['offline'], 20]);

      const again = ok(await importFile(db, path, { dryRun: true }));
      assert.deepEqual(again.diff, { added: [], changed: [], unpublished: [], republished: [] });
      const written = ok(await importFile(db, path));
      assert.equal(written.version, null);
      const versions = await db.query<{ batch: string; added: number }>('SELECT batch, added FROM catalog_versions');
      assert.deepEqual(versions, [{ batch: '第一批', added: 2 }]);
      await db.close();
    });

    test('--replace unpublishes what the file leaves out, never deletes it; search and lists leave it out', async () => {
      const { db } = await fresh();
      const total = await count(db);
      const path = await file('two.json', JSON.stringify(rows(2)));
      const dry = ok(await importFile(db, path, { replace: true, dryRun: true }));
      assert.equal(dry.diff.unpublished.length, total);
      assert.equal(await count(db, 'NOT published'), 0);
      const result = ok(await importFile(db, path, { replace: true, batch: '第二批' }));
      assert.equal(result.diff.unpublished.length, total);
      assert.equal(await count(db), total + 2);
      assert.equal(await count(db, 'published'), 2);
      const { app } = await createTestApp({}, { db });
      const search = (await (await app.request('/api/v1/items?pageSize=50')).json()) as any;
      assert.equal(search.total, 2);
      // An unpublished item takes no new applications (existing ones keep it).
      const signIn = await app.request('/api/v1/auth/demo-sign-in', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ userId: 'demo-person' }),
      });
      const { token } = (await signIn.json()) as { token: string };
      const apply = await app.request('/api/v1/applications', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({
          itemId: 'scjg-001',
          formId: 'form-scjg-001',
          data: {},
          materials: [],
          channel: 'online',
          delivery: { method: 'pickup' },
        }),
      });
      assert.equal(apply.status, 404, await apply.text());
      // Putting a seed item back in a file republishes it.
      const seedCode = (await db.query<{ code: string }>("SELECT data->>'code' AS code FROM items WHERE NOT published LIMIT 1"))[0]!.code;
      const back = ok(
        await importFile(
          db,
          await file(
            'back.jsonl',
            [...rows(2), { name: '回来的事项', code: seedCode, department: '区测试局', type: 'licensing' }]
              .map((r) => JSON.stringify(r))
              .join('\n'),
          ),
        ),
      );
      assert.deepEqual(back.diff.republished, [seedCode]);
      await db.close();
    });

    test('XLSX with a header row and a mapping for other headers imports', async () => {
      const { db } = await fresh();
      const book = new ExcelJS.Workbook();
      const sheet = book.addWorksheet('事项清单');
      sheet.addRow(['事项全称', '实施编码', '部门', '事项类型', '关键词']);
      sheet.addRow(['测试确认', CODE(7), '区测试局', '行政确认', '证明、开证明']);
      const path = await file('catalog.xlsx', Buffer.from(await book.xlsx.writeBuffer()));
      const unmapped = await importFile(db, path);
      assert.ok(!unmapped.ok);
      assert.deepEqual(
        unmapped.problems.map((p) => [p.row, p.column]),
        [[1, '事项名称']],
      );
      const result = ok(await importFile(db, path, { mapping: { 事项全称: 'name' } }));
      assert.deepEqual(result.diff.added, [CODE(7)]);
      const [row] = await db.query<{ data: any }>('SELECT data FROM items WHERE id = $1', [importedItemId(CODE(7))]);
      assert.deepEqual([row!.data.name, row!.data.type, row!.data.keywords], ['测试确认', 'confirmation', ['证明', '开证明']]);
      await db.close();
    });

    test('the real catalog of 广安区 (1,135 items) imports and GET /items?q= finds it', async () => {
      const { db } = await fresh();
      const result = ok(await importFile(db, REAL_CATALOG, { batch: '第一批' }));
      assert.equal(result.diff.added.length, 1135);
      assert.equal(result.newDepartments.length, 34);
      const { app } = await createTestApp({}, { db });
      // The version in force is published with the statistics (分批公布).
      const stats = (await (await app.request('/api/v1/catalog/stats')).json()) as any;
      assert.deepEqual([stats.published.version, stats.published.batch], [1, '第一批']);
      assert.match(stats.published.publishedAt, /\+08:00$/);
      const res = await app.request(`/api/v1/items?q=${encodeURIComponent('居民身份证')}`);
      assert.equal(res.status, 200);
      const body = (await res.json()) as any;
      assert.ok(body.items.some((h: any) => h.item.name.startsWith('居民身份证办理') && h.item.departmentName === '区公安分局'));
      const item = (await (await app.request(`/api/v1/items/${body.items[0].item.id}`)).json()) as any;
      assert.equal(item.guide.incomplete ?? false, item.id.startsWith('imp-'));
      assert.deepEqual(ok(await importFile(db, REAL_CATALOG, { dryRun: true })).diff.added, []);
      await db.close();
    });

    // The planning code is the same on both databases; inserting 150,000 rows takes half a minute in
    // WebAssembly PGlite and a few seconds in PostgreSQL, so it runs where one is given (CI always has one).
    const bulkSkip = where === 'PGlite' && TEST_POSTGRES_URL ? 'runs on PostgreSQL' : false;
    test('a catalog of 150,000 items can be imported into again', { skip: bulkSkip }, async () => {
      const { db } = await fresh();
      // Positions were once found with Math.max(...positions), which overflows the stack on large catalogs.
      const [dept] = await db.query<{ id: string }>('SELECT id FROM departments LIMIT 1');
      await db.query(
        `INSERT INTO items (id, department_id, position, data)
         SELECT 'bulk-' || n, $1, 1000 + n, jsonb_build_object('code', 'BULK-' || n) FROM generate_series(1, 150000) AS n`,
        [dept!.id],
      );
      const result = await importCatalog(db, [{ name: '测试事项', code: CODE(1), department: '区测试局', type: 'licensing' }], {
        dryRun: true,
      });
      assert.deepEqual(result.diff.added, [CODE(1)]);
      await db.close();
    });
  });
