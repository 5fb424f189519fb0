import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type {
  CatalogStats,
  Department,
  ErrorBody,
  FormSchema,
  ItemDetail,
  ItemSearchResult,
  ItemSummary,
  Suggestion,
} from '@yiwang/contract';
import { startTestServer } from '@yiwang/test/helpers/test-server';
import type { TestServer } from '@yiwang/test/helpers/test-server';
import { seedDepartments } from '../seed/departments.ts';

let server: TestServer;

before(async () => {
  server = await startTestServer();
});

after(async () => {
  await server?.close();
});

async function get<T>(path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: T }> {
  const response = await fetch(`${server.apiUrl}${path}`, { headers });
  return { status: response.status, body: (await response.json()) as T };
}

const GETI = '个体工商户设立登记';

describe('GET /items', () => {
  for (const q of ['营业执照', 'yyzz']) {
    test(`?q=${q} returns ${GETI}, with highlights and facets`, async () => {
      const { status, body } = await get<ItemSearchResult>(`/items?q=${encodeURIComponent(q)}&pageSize=20`);
      assert.equal(status, 200);
      const hit = body.items.find((h) => h.item.name === GETI);
      assert.ok(hit, body.items.map((h) => h.item.name).join(', '));
      const keywords = hit.item.keywords.join('、');
      assert.ok(hit.highlights.some((r) => r.field === 'keywords' && keywords.slice(r.start, r.end) === '营业执照'));
      assert.ok(body.total >= body.items.length);
      assert.ok(body.facets.department.length > 0);
      assert.ok(body.facets.department.every((f) => f.count > 0 && f.label.length > 0));
      assert.equal(typeof body.facets.zeroVisit, 'number');
      // Summaries only: the guide comes with the detail.
      assert.equal('guide' in hit.item, false);
    });
  }

  test('filters and paging from the query string', async () => {
    const all = await get<ItemSearchResult>('/items?zeroVisit=true&audience=enterprise&pageSize=100');
    assert.equal(all.status, 200);
    assert.ok(all.body.total > 0);
    assert.ok(all.body.items.every((h) => h.item.visitsRequired === 0 && h.item.audiences.includes('enterprise')));
    const page2 = await get<ItemSearchResult>('/items?zeroVisit=1&audience=enterprise&page=2&pageSize=1&sort=promised_days');
    assert.equal(page2.body.page, 2);
    assert.equal(page2.body.pageSize, 1);
    assert.equal(page2.body.total, all.body.total);
    assert.ok(all.body.total >= 2);
    assert.equal(page2.body.items.length, 1);
    const days = page2.body.items.map((h) => h.item.promisedLimitDays);
    assert.deepEqual(
      days,
      [...days].sort((a, b) => a - b),
    );
  });

  test('bad query parameters answer 400 VALIDATION_FAILED with per-field details', async () => {
    const big = await get<ErrorBody>('/items?pageSize=1000');
    assert.equal(big.status, 400);
    assert.equal(big.body.error.code, 'VALIDATION_FAILED');
    assert.ok(
      big.body.error.details?.some((d) => d.path === 'query.pageSize'),
      JSON.stringify(big.body.error.details),
    );
    assert.ok(big.body.error.requestId);

    const alien = await get<ErrorBody>('/items?audience=alien');
    assert.equal(alien.status, 400);
    assert.ok(alien.body.error.details?.some((d) => d.path === 'query.audience'));

    const longQ = await get<ErrorBody>(`/items?q=${'证'.repeat(101)}`);
    assert.equal(longQ.status, 400);
    assert.ok(longQ.body.error.details?.some((d) => d.path === 'query.q'));
  });
});

describe('GET /items/suggest and /items/hot', () => {
  test('suggest answers at most `limit` items with highlights', async () => {
    const { status, body } = await get<{ items: Suggestion[] }>(`/items/suggest?q=${encodeURIComponent('营业执照')}&limit=3`);
    assert.equal(status, 200);
    assert.ok(body.items.length >= 1 && body.items.length <= 3);
    const first = body.items[0]!;
    assert.ok(first.highlights.some((r) => r.field === 'name' && first.text.slice(r.start, r.end) === '营业执照'));
    assert.ok(first.departmentName.length > 0);
    const missing = await get<ErrorBody>('/items/suggest');
    assert.equal(missing.status, 400);
    assert.ok(missing.body.error.details?.some((d) => d.path === 'query.q'));
  });

  test('hot answers items, not the /items/{id} route', async () => {
    const { status, body } = await get<{ items: ItemSummary[] }>('/items/hot?limit=4');
    assert.equal(status, 200);
    assert.equal(body.items.length, 4);
    assert.ok(body.items.every((i) => i.visitsRequired === 0));
  });
});

describe('GET /items/{id}', () => {
  test('returns the item with its guide', async () => {
    const search = await get<ItemSearchResult>(`/items?q=${encodeURIComponent(GETI)}`);
    const id = search.body.items[0]!.item.id;
    const { status, body } = await get<ItemDetail>(`/items/${id}`);
    assert.equal(status, 200);
    assert.equal(body.name, GETI);
    assert.ok(body.guide.materials.length > 0);
    assert.ok(
      body.guide.materials.some((m) => m.licenseType !== null),
      'materials an e-license can replace',
    );
    assert.ok(body.guide.steps.length > 0);
  });

  test('an unknown id is 404 in the error envelope, in the request language', async () => {
    const zh = await get<ErrorBody>('/items/no-such-item');
    assert.equal(zh.status, 404);
    assert.equal(zh.body.error.code, 'NOT_FOUND');
    assert.match(zh.body.error.message, /事项/);
    const en = await get<ErrorBody>('/items/no-such-item', { 'Accept-Language': 'en' });
    assert.match(en.body.error.message, /item/i);
  });

  test('an id outside the id syntax is 400', async () => {
    const { status, body } = await get<ErrorBody>(`/items/${encodeURIComponent('a b')}`);
    assert.equal(status, 400);
    assert.ok(body.error.details?.some((d) => d.path === 'params.id'));
  });
});

describe('departments, stats, forms', () => {
  test('departments list in catalog order with item counts', async () => {
    const { status, body } = await get<{ items: Department[] }>('/departments');
    assert.equal(status, 200);
    assert.ok(body.items.length >= 12);
    assert.ok(body.items.every((d) => d.itemCount > 0 && d.shortName.length > 0));
    assert.deepEqual(
      body.items.map((d) => d.id),
      seedDepartments.map((d) => d.id),
    );
    const search = await get<ItemSearchResult>('/items');
    assert.equal(
      body.items.reduce((s, d) => s + d.itemCount, 0),
      search.body.total,
    );
  });

  test('catalog stats: 不见面 counted as the zeroVisit filter counts it, with the departments below 90 % (督查)', async () => {
    const { status, body } = await get<CatalogStats>('/catalog/stats');
    assert.equal(status, 200);
    assert.equal(
      body.departments.reduce((s, d) => s + d.items, 0),
      body.total.items,
    );
    const zeroVisit = await get<ItemSearchResult>('/items?zeroVisit=true');
    assert.equal(body.total.zeroVisitItems, zeroVisit.body.total);
    assert.equal(zeroVisit.body.facets.zeroVisit, zeroVisit.body.total);
    assert.deepEqual(
      (body.gaps ?? []).map((g) => g.departmentId),
      body.departments.filter((d) => d.ratio < 0.9).map((d) => d.departmentId),
    );
    // Every item the seed declares 零跑动 has an online path (a form here, generated from its guide
    // where none was made by hand, or the applyUrl of another platform): a department below target
    // is there only for items that need a visit (公安: 身份证, 护照, 电动自行车上牌).
    assert.equal(body.total.zeroVisitItems, 191);
    const gapItems = (body.gaps ?? []).flatMap((g) => g.items);
    assert.ok(gapItems.length > 0);
    assert.ok(
      gapItems.every((i) => i.reason === 'visits_required' && i.visitsRequired > 0),
      JSON.stringify(gapItems),
    );
  });

  test('an item with an applyUrl and no form says where it is applied for; seeded items have no batch', async () => {
    const { body } = await get<ItemDetail>('/items/gjj-001');
    assert.equal(body.formId, null);
    assert.match(body.applyUrl!, /^https:\/\//);
    assert.equal(body.published, null);
  });

  test('forms/{id} returns the schema of an item form; unknown is 404', async () => {
    const search = await get<ItemSearchResult>(`/items?q=${encodeURIComponent(GETI)}`);
    const formId = search.body.items[0]!.item.formId;
    assert.ok(formId);
    const { status, body } = await get<FormSchema>(`/forms/${formId}`);
    assert.equal(status, 200);
    assert.equal(body.id, formId);
    const missing = await get<ErrorBody>('/forms/no-such-form');
    assert.equal(missing.status, 404);
    assert.equal(missing.body.error.code, 'NOT_FOUND');
  });
});
