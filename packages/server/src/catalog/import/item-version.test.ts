// Per item 分批公布: the import that first publishes an item records its catalog
// version, which item detail shows; and imported items count as 不见面 only
// with a way to apply without a visit. On PGlite, and on PostgreSQL where the
// tests have one.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CatalogStats, ItemDetail } from '@yiwang/contract';
import type { CatalogImportItem } from '@yiwang/contract/catalog-import';
import { testAppDatabases } from '@yiwang/test/helpers/test-databases';
import { createTestApp } from '@yiwang/test/helpers/test-server';
import type { Db } from '../../db/db.ts';
import { importCatalog, importedItemId } from './import.ts';

const CODE = (n: number) => `511A0116400${String(n).padStart(3, '0')}-511602000000-000-11511300008778693M-1-00`;
const row = (n: number, extra: Partial<CatalogImportItem> = {}): CatalogImportItem => ({
  name: `测试事项${n}`,
  code: CODE(n),
  department: '区测试局',
  type: 'licensing',
  ...extra,
});

/** A fresh seeded database per test: in-memory PGlite, and PostgreSQL where the tests have one (.ci/run). */
const DATABASES = testAppDatabases('yiwang_item_version');

/** The API over `db` as it is now (the catalog is read at start). */
async function api(db: Db) {
  const { app } = await createTestApp({}, { db });
  return async <T>(path: string): Promise<T> => (await (await app.request(`/api/v1${path}`)).json()) as T;
}

for (const [where, fresh] of DATABASES)
  describe(`item versions and 不见面 on ${where}`, () => {
    test('an item carries the version that first published it; changing or republishing it keeps that version', async () => {
      const { db } = await fresh();
      const first = await importCatalog(db, [row(1), row(2)], { batch: '第一批', now: new Date('2026-06-01T02:00:00Z') });
      // Seeded items were not published by an import.
      assert.equal((await (await api(db))<ItemDetail>('/items/scjg-001')).published, null);
      const second = await importCatalog(db, [row(1, { name: '测试事项一（改）' }), row(3)], {
        batch: '第三批',
        replace: true,
        now: new Date('2026-12-01T02:00:00Z'),
      });
      await importCatalog(db, [row(1, { name: '测试事项一（改）' }), row(2), row(3)], {
        batch: '第四批',
        now: new Date('2026-12-20T02:00:00Z'),
      });
      const get = await api(db);
      const one = await get<ItemDetail>(`/items/${importedItemId(CODE(1))}`);
      assert.equal(one.name, '测试事项一（改）');
      assert.deepEqual(one.published, { version: first.version, batch: '第一批', publishedAt: '2026-06-01T10:00:00.000+08:00' });
      // Unpublished by 第三批, published again by 第四批: still first published in 第一批.
      assert.equal((await get<ItemDetail>(`/items/${importedItemId(CODE(2))}`)).published!.batch, '第一批');
      assert.deepEqual(await get<ItemDetail>(`/items/${importedItemId(CODE(3))}`).then((i) => i.published), {
        version: second.version,
        batch: '第三批',
        publishedAt: '2026-12-01T10:00:00.000+08:00',
      });
      await db.close();
    });

    test('imported items count as 不见面 only with an applyUrl; declared 零跑动 alone lands in the 督查 list', async () => {
      const { db } = await fresh();
      await importCatalog(db, [
        row(1, { visitsRequired: 0, applyUrl: 'https://zwfw.example.org/apply/1' }),
        row(2, { visitsRequired: 0 }),
        row(3, { visitsRequired: 2 }),
      ]);
      const get = await api(db);
      const stats = await get<CatalogStats>('/catalog/stats');
      const dept = stats.departments.find((d) => d.departmentName === '区测试局')!;
      assert.deepEqual([dept.items, dept.zeroVisitItems], [3, 1]);
      const gap = stats.gaps!.find((g) => g.departmentId === dept.departmentId)!;
      assert.deepEqual(
        gap.items.map((i) => [i.id, i.reason, i.visitsRequired]),
        [
          [importedItemId(CODE(2)), 'no_online_path', 0],
          [importedItemId(CODE(3)), 'visits_required', 2],
        ],
      );
      assert.equal(gap.needed, 2);
      const search = await get<{ total: number }>(`/items?zeroVisit=true&department=${dept.departmentId}`);
      assert.equal(search.total, 1);
      await db.close();
    });
  });
