// POST /admin/catalog/imports over real HTTP on PGlite: the import is served by
// the same server as soon as it answers; a dry run and a bad file write
// nothing; auth, the disabled and the unoffered endpoint, sizes and types.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CatalogImportResult, ErrorBody, ItemSearchResult } from '@yiwang/contract';
import { startTestServer, TEST_ADMIN_TOKEN, TEST_OPERATOR_TOKEN } from '@yiwang/test/helpers/test-server';
import type { TestServer } from '@yiwang/test/helpers/test-server';
import { importedItemId } from '../catalog/import/import.ts';

interface Answer {
  status: number;
  headers: Headers;
  // Test code reads whatever the answer holds.
  body: any;
}

const CODE = (n: number) => `511A0116499${String(n).padStart(3, '0')}-511602000000-000-11511300008778693M-1-00`;

function catalogFile(content: string, name: string, type = 'application/json'): Blob & { fileName: string } {
  return Object.assign(new Blob([content], { type }), { fileName: name });
}

async function importVia(
  server: TestServer,
  file: Blob & { fileName: string },
  options: { query?: Record<string, string>; token?: string | null; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const url = new URL(`${server.apiUrl}/admin/catalog/imports`);
  for (const [k, v] of Object.entries(options.query ?? {})) url.searchParams.set(k, v);
  const form = new FormData();
  form.append('file', file, file.fileName);
  const token = options.token === undefined ? TEST_ADMIN_TOKEN : options.token;
  const res = await fetch(url, {
    method: 'POST',
    headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...options.headers },
    body: form,
  });
  return { status: res.status, headers: res.headers, body: await res.json() };
}

async function search(server: TestServer, q: string) {
  const res = await fetch(`${server.apiUrl}/items?q=${encodeURIComponent(q)}&pageSize=100`);
  assert.equal(res.status, 200);
  return ItemSearchResult.parse(await res.json());
}

const countRows = async (server: TestServer, table: 'items' | 'catalog_versions' | 'departments') =>
  (await server.services.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]!.n;

function assertError(answer: Answer, status: number, code: string) {
  assert.equal(answer.status, status, JSON.stringify(answer.body));
  const parsed = ErrorBody.parse(answer.body);
  assert.equal(parsed.error.code, code);
  return parsed.error;
}

describe('POST /admin/catalog/imports', () => {
  let server: TestServer;
  before(async () => {
    // Not listening for imports: the server serves its own import because the endpoint reloads before answering.
    server = await startTestServer({}, { watchCatalog: false });
  });
  after(async () => {
    await server?.close();
  });

  test('imports a file and serves it from this server as soon as it answers', async () => {
    const before = await search(server, '候鸟栖息地观测许可');
    assert.equal(before.total, 0);
    const file = catalogFile(
      JSON.stringify([
        { name: '候鸟栖息地观测许可', code: CODE(1), department: '区候鸟保护站', type: '行政许可', keywords: ['观鸟'] },
        { name: '候鸟救护登记', code: CODE(2), department: '区候鸟保护站', type: 'public_service' },
      ]),
      '第九批.json',
    );
    const answer = await importVia(server, file, { query: { batch: '第九批' } });
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    const result = CatalogImportResult.parse(answer.body);
    assert.deepEqual(result.diff.added, [CODE(1), CODE(2)]);
    assert.deepEqual(result.newDepartments, ['区候鸟保护站']);
    assert.ok(result.version !== null && result.version > 0);
    assert.equal(answer.headers.get('cache-control'), 'private, no-store');

    // No waiting: the answer came after this server swapped its catalog.
    const after = await search(server, '候鸟栖息地观测许可');
    assert.equal(after.items[0]?.item.code, CODE(1));
    assert.equal((await search(server, '观鸟')).items[0]?.item.code, CODE(1), 'keywords are indexed');
    const detail = await fetch(`${server.apiUrl}/items/${importedItemId(CODE(2))}`);
    assert.equal(detail.status, 200);
    const stats = await (await fetch(`${server.apiUrl}/catalog/stats`)).json();
    assert.equal(stats.published.version, result.version);
    assert.equal(stats.published.batch, '第九批');
    assert.equal(server.services.catalog.version?.version, result.version);

    // The same file again changes nothing and records no version.
    const again = CatalogImportResult.parse((await importVia(server, file)).body);
    assert.equal(again.version, null);
    assert.deepEqual(again.diff.added, []);
    assert.deepEqual(again.diff.changed, []);
  });

  test('a dry run answers the diff and writes nothing', async () => {
    const items = await countRows(server, 'items');
    const versions = await countRows(server, 'catalog_versions');
    const version = server.services.catalog.version;
    const file = catalogFile(
      `事项名称,实施编码,实施主体,事项类型\n湿地巡护志愿者登记,${CODE(3)},区候鸟保护站,公共服务\n候鸟栖息地观测许可（变更）,${CODE(1)},区候鸟保护站,行政许可\n`,
      'catalog.csv',
      'text/csv',
    );
    const result = CatalogImportResult.parse((await importVia(server, file, { query: { dryRun: 'true', replace: 'true' } })).body);
    assert.deepEqual(result.diff.added, [CODE(3)]);
    assert.deepEqual(
      result.diff.changed.map((c) => c.code),
      [CODE(1)],
    );
    assert.ok(result.diff.unpublished.includes(CODE(2)), 'replace would unpublish what the file leaves out');
    assert.equal(result.version, null);
    assert.equal(await countRows(server, 'items'), items);
    assert.equal(await countRows(server, 'catalog_versions'), versions);
    assert.deepEqual(server.services.catalog.version, version);
    assert.equal((await search(server, '湿地巡护志愿者登记')).total, 0);
  });

  test('a file with bad rows answers 400 naming row, column and reason in the request language, and writes nothing', async () => {
    const items = await countRows(server, 'items');
    const versions = await countRows(server, 'catalog_versions');
    const csv =
      '事项名称,实施编码,实施主体,事项类型\n' +
      `湿地巡护志愿者登记,${CODE(4)},区候鸟保护站,公共服务\n` +
      `鸟类标本收藏备案,${CODE(5)},区候鸟保护站,登记备案\n` +
      `,${CODE(6)},区候鸟保护站,行政许可\n`;
    const zh = assertError(await importVia(server, catalogFile(csv, 'bad.csv', 'text/csv')), 400, 'VALIDATION_FAILED');
    assert.match(zh.message, /2 处错误，未写入任何数据/);
    const typeProblem = zh.details?.find((d) => d.path === 'file.rows.3.事项类型');
    assert.ok(typeProblem, JSON.stringify(zh.details));
    assert.match(typeProblem.message, /^第 3 行「事项类型」：取值无效/);
    assert.ok(zh.details?.some((d) => d.path === 'file.rows.4.事项名称' && /必填/.test(d.message)));

    const en = assertError(
      await importVia(server, catalogFile(csv, 'bad.csv', 'text/csv'), { headers: { 'Accept-Language': 'en' } }),
      400,
      'VALIDATION_FAILED',
    );
    assert.match(en.message, /2 problems in the file; nothing was written/);
    assert.match(en.details!.find((d) => d.path === 'file.rows.3.事项类型')!.message, /^row 3, column 事项类型: not an accepted value/);

    assert.equal(await countRows(server, 'items'), items, 'the good row was not written either');
    assert.equal(await countRows(server, 'catalog_versions'), versions);
    assert.equal((await search(server, '湿地巡护志愿者登记')).total, 0);
  });

  test('a mapping in the query maps other headers; a bad mapping or an unreadable file is 400', async () => {
    const csv = `事项名称,实施编码,实施主体,办件类别\n候鸟环志许可,${CODE(7)},区候鸟保护站,行政许可\n`;
    const unmapped = assertError(await importVia(server, catalogFile(csv, 'm.csv', 'text/csv')), 400, 'VALIDATION_FAILED');
    assert.ok(
      unmapped.details?.some((d) => d.path === 'file.rows.1.事项类型'),
      JSON.stringify(unmapped.details),
    );
    const mapped = await importVia(server, catalogFile(csv, 'm.csv', 'text/csv'), {
      query: { mapping: JSON.stringify({ 办件类别: 'type' }) },
    });
    assert.deepEqual(CatalogImportResult.parse(mapped.body).diff.added, [CODE(7)]);

    const badField = assertError(
      await importVia(server, catalogFile(csv, 'm.csv', 'text/csv'), { query: { mapping: JSON.stringify({ 办件类别: 'kind' }) } }),
      400,
      'VALIDATION_FAILED',
    );
    assert.equal(badField.details?.[0]?.path, 'query.mapping');
    const notJson = assertError(
      await importVia(server, catalogFile(csv, 'm.csv', 'text/csv'), { query: { mapping: '{办件类别' } }),
      400,
      'VALIDATION_FAILED',
    );
    assert.ok(notJson.details?.some((d) => d.path.startsWith('query.mapping')));
    const broken = assertError(await importVia(server, catalogFile('[{"name": ', 'broken.json')), 400, 'VALIDATION_FAILED');
    assert.equal(broken.details?.[0]?.path, 'body.file');
    const empty = assertError(await importVia(server, catalogFile('[]', 'empty.json')), 400, 'VALIDATION_FAILED');
    assert.equal(empty.details?.[0]?.path, 'body.file');
    assertError(await importVia(server, catalogFile('name,code', 'catalog.txt', 'text/plain')), 415, 'UNSUPPORTED_MEDIA_TYPE');
  });

  test('an Idempotency-Key replays the first answer; the same key with other options is a mismatch', async () => {
    const file = () =>
      catalogFile(JSON.stringify([{ name: '候鸟保护宣传活动报备', code: CODE(8), department: '区候鸟保护站', type: 9 }]), 'one.json');
    const key = `import-${Date.now()}`;
    const first = await importVia(server, file(), { headers: { 'Idempotency-Key': key } });
    assert.deepEqual(CatalogImportResult.parse(first.body).diff.added, [CODE(8)]);
    const replay = await importVia(server, file(), { headers: { 'Idempotency-Key': key } });
    assert.equal(replay.headers.get('idempotency-replayed'), 'true');
    assert.deepEqual(replay.body, first.body, 'the first diff, not an empty one');
    assertError(
      await importVia(server, file(), { headers: { 'Idempotency-Key': key }, query: { replace: 'true' } }),
      409,
      'IDEMPOTENCY_MISMATCH',
    );
  });

  test('401 without the administrator token or with another token', async () => {
    const file = catalogFile(JSON.stringify([{ name: '无权导入', code: CODE(9), department: '区候鸟保护站', type: 1 }]), 'x.json');
    assertError(await importVia(server, file, { token: null }), 401, 'UNAUTHORIZED');
    assertError(await importVia(server, file, { token: TEST_OPERATOR_TOKEN }), 401, 'UNAUTHORIZED');
    assertError(await importVia(server, file, { token: `${TEST_ADMIN_TOKEN}x` }), 401, 'UNAUTHORIZED');
    assert.equal((await search(server, '无权导入')).total, 0);
  });
});

describe('POST /admin/catalog/imports where it is disabled or not offered', () => {
  const file = catalogFile(JSON.stringify([{ name: '候鸟环志许可', code: CODE(10), department: '区候鸟保护站', type: 1 }]), 'x.json');

  test('403 when the server has no administrator token', async () => {
    const server = await startTestServer({ adminToken: null });
    try {
      assertError(await importVia(server, file), 403, 'FORBIDDEN');
    } finally {
      await server.close();
    }
  });

  test('501 without an importer (the browser mock); uploads above maxUploadBytes are 413 first', async () => {
    const server = await startTestServer({ maxUploadBytes: 4096 }, { importer: false });
    try {
      const error = assertError(await importVia(server, file), 501, 'NOT_IMPLEMENTED');
      assert.match(error.message, /不提供事项清单导入/);
      assertError(await importVia(server, catalogFile('x'.repeat(200 * 1024), 'big.json')), 413, 'PAYLOAD_TOO_LARGE');
    } finally {
      await server.close();
    }
  });
});
