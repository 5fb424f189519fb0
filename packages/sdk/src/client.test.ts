// The SDK against a real HTTP server on 127.0.0.1 whose every answer the test
// scripts: what a caller of the SDK notices (values, typed errors, retries,
// headers the server receives), and how many requests the server saw.
import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AbortError, ApiError, ContractError, NetworkError, TimeoutError, YiwangError, createClient } from './index.ts';
import type { ClientConfig, UploadProgress } from './index.ts';
import { start } from '@yiwang/test/helpers/scripted-server';
import type { ScriptedServer } from '@yiwang/test/helpers/scripted-server';
import {
  FIXTURE_SCHEMAS,
  addressParseResult,
  applicationCreate,
  applicationReceipt,
  citiesOfHenan,
  errorBody,
  fileMeta,
  itemDetail,
  itemSearchResult,
  provinces,
  suggestResult,
} from '@yiwang/test/helpers/fixtures';

const unhandled: unknown[] = [];
process.on('unhandledRejection', (reason) => unhandled.push(reason));

let server: ScriptedServer;
before(async () => {
  server = await start();
});
after(async () => {
  await server.close();
});
beforeEach(() => server.reset());

/** A client on the scripted server; retries wait at most 20 ms unless the server says otherwise. */
function client(config: Partial<ClientConfig> = {}) {
  return createClient({ baseUrl: server.baseUrl, retry: { limit: 2, backoffLimitMs: 20 }, ...config });
}

/** The error a call rejects with, checked to be of `type`. */
async function failure<E extends Error>(call: Promise<unknown>, type: abstract new (...args: never[]) => E): Promise<E> {
  try {
    await call;
  } catch (error) {
    assert.ok(
      error instanceof type,
      `expected a ${type.name}, got ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`,
    );
    assert.ok(error instanceof YiwangError, 'every SDK error is a YiwangError');
    return error;
  }
  return assert.fail(`expected the call to reject with a ${type.name}`);
}

function header(index: number, name: string): string | undefined {
  const value = server.requests[index]?.headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(', ') : value;
}

test('every shared fixture satisfies its contract schema', () => {
  for (const [name, schema, value] of FIXTURE_SCHEMAS) {
    const parsed = schema.safeParse(value);
    assert.ok(parsed.success, `${name}: ${parsed.success ? '' : JSON.stringify(parsed.error.issues)}`);
  }
});

describe('requests', () => {
  test('items.search sends the query, locale and bearer token, and resolves to the parsed body', async () => {
    server.script({ json: itemSearchResult });
    const api = client({ locale: 'en', getToken: async () => 'tok-123' });

    const result = await api.items.search({ q: '营业执照', audience: 'enterprise', zeroVisit: true, page: 2 });

    assert.deepEqual(result, itemSearchResult);
    assert.equal(server.requests.length, 1);
    const [request] = server.requests;
    assert.equal(request?.method, 'GET');
    assert.equal(request?.pathname, '/api/v1/items');
    assert.deepEqual(Object.fromEntries(request?.query ?? []), { q: '营业执照', audience: 'enterprise', zeroVisit: 'true', page: '2' });
    assert.equal([...(request?.query.keys() ?? [])].length, 4, 'nothing else in the query');
    assert.match(request?.url ?? '', /q=%E8%90%A5%E4%B8%9A%E6%89%A7%E7%85%A7/);
    assert.equal(header(0, 'Accept-Language'), 'en');
    assert.equal(header(0, 'Authorization'), 'Bearer tok-123');
    assert.match(header(0, 'Accept') ?? '', /application\/json/);
    assert.equal(header(0, 'Idempotency-Key'), undefined, 'a search is not a creating call');
  });

  test('acting for an enterprise: Yiwang-Acting-For on calls that need a token, from the config or setActingFor, until null', async () => {
    const drafts = { items: [] };
    server.script({ json: drafts }, { json: itemSearchResult }, { json: drafts }, { json: drafts });
    const api = client({ getToken: () => 'tok', actingFor: 'ent-1' });
    assert.equal(api.actingFor, 'ent-1');
    await api.drafts.list();
    await api.items.search();
    api.setActingFor('ent-2');
    await api.drafts.list();
    api.setActingFor(null);
    assert.equal(api.actingFor, null);
    await api.drafts.list();
    assert.equal(header(0, 'Yiwang-Acting-For'), 'ent-1');
    assert.equal(header(1, 'Yiwang-Acting-For'), undefined, 'a public call carries no acting-for (no CORS preflight)');
    assert.equal(header(2, 'Yiwang-Acting-For'), 'ent-2');
    assert.equal(header(3, 'Yiwang-Acting-For'), undefined);
  });

  test('admin.zeroResults sends limit and since with the administrator token, and parses the list', async () => {
    const list = {
      items: [{ query: '营业zhizhao', count: 12, firstSeen: '2026-12-01T09:00:00.000+08:00', lastSeen: '2026-12-06T10:30:00.000+08:00' }],
    };
    server.script({ json: list });
    const result = await client({ getToken: () => 'admin-tok' }).admin.zeroResults({ limit: 20, since: '2026-12-01' });
    assert.deepEqual(result, list);
    const [request] = server.requests;
    assert.equal(request?.pathname, '/api/v1/admin/search/zero-results');
    assert.deepEqual(Object.fromEntries(request?.query ?? []), { limit: '20', since: '2026-12-01' });
    assert.equal(header(0, 'Authorization'), 'Bearer admin-tok');
  });

  test('without a token no Authorization is sent; the locale defaults to zh-CN and may be a function', async () => {
    server.script({ json: itemSearchResult }, { json: itemSearchResult });
    await client({ getToken: () => null }).items.search();
    let locale = 'zh-CN';
    const api = client({ locale: () => locale });
    locale = 'en';
    await api.items.search();

    assert.equal(server.requests.length, 2);
    assert.equal(header(0, 'Authorization'), undefined);
    assert.equal(header(0, 'Accept-Language'), 'zh-CN');
    assert.equal(server.requests[0]?.url, '/api/v1/items', 'no empty query string');
    assert.equal(header(1, 'Accept-Language'), 'en', 'the locale function is asked per call');
  });

  test('items.get encodes the path parameter', async () => {
    server.script({ json: itemDetail });
    const item = await client().items.get('a b/c?d#e');

    assert.deepEqual(item, itemDetail);
    assert.equal(server.requests.length, 1);
    assert.equal(server.requests[0]?.url, '/api/v1/items/a%20b%2Fc%3Fd%23e');
  });

  test('items.suggest takes the query as its first argument', async () => {
    server.script({ json: suggestResult });
    const result = await client().items.suggest('yyzz', { limit: 5 });

    assert.deepEqual(result, suggestResult);
    assert.equal(server.requests.length, 1);
    assert.equal(server.requests[0]?.url, '/api/v1/items/suggest?q=yyzz&limit=5');
  });

  test('divisions.children lists provinces without a code and the children of a code with one', async () => {
    server.script({ json: provinces }, { json: citiesOfHenan });
    const api = client();

    assert.deepEqual(await api.divisions.children(), provinces);
    assert.deepEqual(await api.divisions.children('410000'), citiesOfHenan);
    assert.equal(server.requests.length, 2);
    assert.equal(server.requests[0]?.url, '/api/v1/divisions');
    assert.equal(server.requests[1]?.url, '/api/v1/divisions?parent=410000');
  });

  test('calls in parallel each get their own answer', async () => {
    server.route('GET /api/v1/items', { delayMs: 100, json: itemSearchResult });
    server.route('GET /api/v1/items/suggest', { json: suggestResult });
    const api = client();
    const [search, suggest] = await Promise.all([api.items.search({ q: '营业' }), api.items.suggest('yy')]);

    assert.deepEqual(search, itemSearchResult);
    assert.deepEqual(suggest, suggestResult);
    assert.equal(server.requests.length, 2);
  });

  test('a missing path parameter rejects before any request', async () => {
    // @ts-expect-error the id is required
    const error = await failure(client().items.get(), YiwangError);
    assert.match(error.message, /missing path parameter "id"/);
    assert.equal(server.requests.length, 0);
  });

  test('drafts.delete (204) resolves to undefined', async () => {
    server.script({ status: 204 });
    const result = await client({ getToken: () => 'tok' }).drafts.delete('f1');

    assert.equal(result, undefined);
    assert.equal(server.requests.length, 1);
    assert.equal(server.requests[0]?.method, 'DELETE');
    assert.equal(server.requests[0]?.url, '/api/v1/drafts/f1');
  });

  test('onRequest and onResponse see each request and response; reading the response in the hook is safe', async () => {
    server.script({ json: itemDetail, headers: { 'X-Request-Id': 'req-42' } });
    const seen: string[] = [];
    const api = client({
      getToken: () => 'tok',
      onRequest: (request) => {
        seen.push(`request ${request.method} ${new URL(request.url).pathname} ${request.headers.get('Authorization')}`);
      },
      onResponse: async (response, request) => {
        const body = (await response.json()) as { id: string };
        seen.push(`response ${response.status} ${response.headers.get('X-Request-Id')} ${body.id} for ${request.method}`);
      },
    });

    assert.deepEqual(await api.items.get('scjg-001'), itemDetail);
    assert.deepEqual(seen, ['request GET /api/v1/items/scjg-001 Bearer tok', 'response 200 req-42 scjg-001 for GET']);
    assert.equal(server.requests.length, 1);
  });
});

describe('responses that break the contract', () => {
  test('a wrong-typed field is a ContractError naming the field', async () => {
    server.script({ json: { ...itemSearchResult, total: '3' } });
    const error = await failure(client().items.search({ q: 'x' }), ContractError);

    assert.equal(error.request.endpoint, 'items.search');
    assert.equal(error.status, 200);
    assert.ok(
      error.issues.some((issue) => issue.path === 'total'),
      `issues: ${JSON.stringify(error.issues)}`,
    );
    assert.match(error.message, /total/);
    assert.equal(server.requests.length, 1, 'a contract violation is not retried');
  });

  test('a 200 that is not JSON is a ContractError', async () => {
    server.script({ text: '<html><body>维护中</body></html>', headers: { 'Content-Type': 'text/html' } });
    const error = await failure(client().items.search(), ContractError);

    assert.equal(error.status, 200);
    assert.match(String(error.body), /维护中/);
    assert.equal(server.requests.length, 1);
  });

  test('malformed JSON labelled as JSON is a ContractError', async () => {
    server.script({ text: '{"items": [', headers: { 'Content-Type': 'application/json' } });
    await failure(client().items.search(), ContractError);
    assert.equal(server.requests.length, 1);
  });
});

describe('error statuses', () => {
  test('400 with the error envelope is an ApiError with its code, details and request id, not retried', async () => {
    const details = [{ path: 'q', message: '最多 100 个字' }];
    server.script({ status: 400, json: errorBody('VALIDATION_FAILED', '请检查填写内容', { details, requestId: 'req-400' }) });
    const error = await failure(client().items.search({ q: 'x' }), ApiError);

    assert.equal(error.status, 400);
    assert.equal(error.code, 'VALIDATION_FAILED');
    assert.equal(error.message, '请检查填写内容');
    assert.deepEqual(error.details, details);
    assert.equal(error.requestId, 'req-400');
    assert.equal(error.request.endpoint, 'items.search');
    assert.equal(server.requests.length, 1);
  });

  test('404 without the envelope takes its code from the status', async () => {
    server.script({ status: 404, text: 'Not Found', headers: { 'X-Request-Id': 'gw-7' } });
    const error = await failure(client().items.get('nope'), ApiError);

    assert.equal(error.status, 404);
    assert.equal(error.code, 'NOT_FOUND');
    assert.equal(error.requestId, 'gw-7');
    assert.equal(server.requests.length, 1);
  });

  test('503 with Retry-After is retried after the time the server asked for', async () => {
    server.script({ status: 503, headers: { 'Retry-After': '1' }, json: errorBody('INTERNAL', '系统繁忙') }, { json: itemSearchResult });
    const result = await client().items.search();

    assert.deepEqual(result, itemSearchResult);
    assert.equal(server.requests.length, 2);
    const [first, second] = server.requests;
    assert.ok(second!.at - first!.at >= 900, `retried after ${Math.round(second!.at - first!.at)} ms`);
  });

  test('503 that never ends is an ApiError after limit + 1 attempts', async () => {
    server.script({
      status: 503,
      headers: { 'Retry-After': '1' },
      json: errorBody('INTERNAL', '系统繁忙', { requestId: 'req-503' }),
      repeat: true,
    });
    const error = await failure(client({ retry: { limit: 2 } }).items.search(), ApiError);

    assert.equal(error.status, 503);
    assert.equal(error.requestId, 'req-503');
    assert.equal(server.requests.length, 3);
    for (let i = 1; i < server.requests.length; i++) {
      const gap = server.requests[i]!.at - server.requests[i - 1]!.at;
      assert.ok(gap >= 900, `attempt ${i + 1} came ${Math.round(gap)} ms after the one before`);
    }
  });

  test('429 with a long Retry-After is not waited for: ApiError RATE_LIMITED with retryAfter', async () => {
    server.script({ status: 429, headers: { 'Retry-After': '120' }, json: errorBody('RATE_LIMITED', '查询过于频繁'), repeat: true });
    const error = await failure(client().applications.progress('YW2026112800001', { queryCode: 'AB12CD' }), ApiError);

    assert.equal(error.status, 429);
    assert.equal(error.code, 'RATE_LIMITED');
    assert.equal(error.retryAfter, 120);
    assert.equal(server.requests.length, 1);
  });

  test('502 with a proxy HTML page is an ApiError INTERNAL after retries, never a ContractError', async () => {
    server.script({ status: 502, text: '<html><h1>502 Bad Gateway</h1></html>', headers: { 'Content-Type': 'text/html' }, repeat: true });
    const error = await failure(client().items.search(), ApiError);

    assert.equal(error.status, 502);
    assert.equal(error.code, 'INTERNAL');
    assert.match(String(error.body), /Bad Gateway/);
    assert.equal(server.requests.length, 3);
  });
});

describe('time limits and aborts', () => {
  test('no answer within timeoutMs is a TimeoutError', async () => {
    server.script({ delayMs: 2000, json: itemSearchResult });
    const error = await failure(client({ timeoutMs: 200 }).items.search(), TimeoutError);

    assert.equal(error.timeoutMs, 200);
    assert.equal(error.request.endpoint, 'items.search');
    assert.equal(server.requests.length, 1);
  });

  test('a per-call timeoutMs overrides the client one', async () => {
    server.script({ delayMs: 2000, json: itemDetail });
    const error = await failure(client({ timeoutMs: 15_000 }).items.get('scjg-001', { timeoutMs: 200 }), TimeoutError);

    assert.equal(error.timeoutMs, 200);
    assert.equal(server.requests.length, 1);
  });

  test('a body that stops arriving is a TimeoutError too', async () => {
    server.script({ stallMidBody: true, json: itemSearchResult });
    const error = await failure(client({ timeoutMs: 300 }).items.search(), TimeoutError);

    assert.equal(error.timeoutMs, 300);
    assert.equal(server.requests.length, 1);
  });

  test('aborting the signal mid-flight is an AbortError', async () => {
    const controller = new AbortController();
    server.script(() => {
      // Abort once the server has the request in hand.
      controller.abort();
      return { delayMs: 2000, json: itemSearchResult };
    });
    const error = await failure(client().items.search({ signal: controller.signal }), AbortError);

    assert.equal(error.request.endpoint, 'items.search');
    assert.equal(server.requests.length, 1);
  });

  test('aborting while waiting to retry is an AbortError, and no retry is sent', async () => {
    const controller = new AbortController();
    server.script({ status: 503, headers: { 'Retry-After': '5' }, json: errorBody('INTERNAL', '系统繁忙'), repeat: true });
    // Abort once the 503 is in: the SDK is then waiting the 5 s the server asked for.
    const api = client({ onResponse: () => void setTimeout(() => controller.abort(), 50) });
    await failure(api.items.search({ signal: controller.signal }), AbortError);
    assert.equal(server.requests.length, 1);
  });

  test('an already aborted signal rejects with an AbortError without a request', async () => {
    await failure(client().items.search({ signal: AbortSignal.abort() }), AbortError);
    assert.equal(server.requests.length, 0);
  });
});

describe('connections', () => {
  test('a dropped connection on a GET is a NetworkError after the retries', async () => {
    server.script({ drop: true, repeat: true });
    const error = await failure(client().items.search(), NetworkError);

    assert.equal(error.request.endpoint, 'items.search');
    assert.equal(server.requests.length, 3);
  });

  test('a body cut mid-stream is a NetworkError, retried like a dropped connection', async () => {
    server.script({ dropMidBody: true, json: itemSearchResult, repeat: true });
    const error = await failure(client().items.search(), NetworkError);

    assert.equal(error.request.endpoint, 'items.search');
    assert.equal(server.requests.length, 3);
  });

  test('a GET whose body was cut once succeeds on the retry', async () => {
    server.script({ dropMidBody: true, json: itemSearchResult }, { json: itemSearchResult });
    assert.deepEqual(await client().items.search(), itemSearchResult);
    assert.equal(server.requests.length, 2);
  });

  test('connection refused is a NetworkError', async () => {
    const closed = createServer();
    closed.listen(0, '127.0.0.1');
    await once(closed, 'listening');
    const { port } = closed.address() as AddressInfo;
    closed.close();
    await once(closed, 'close');

    const error = await failure(
      createClient({ baseUrl: `http://127.0.0.1:${port}/api/v1`, retry: { limit: 1, backoffLimitMs: 20 } }).items.search(),
      NetworkError,
    );
    assert.equal(error.request.url, `http://127.0.0.1:${port}/api/v1/items`);
  });
});

describe('creating calls and idempotency', () => {
  test('a create whose first attempt is dropped is retried with the same Idempotency-Key', async () => {
    server.script({ drop: true }, { status: 201, json: applicationReceipt });
    const receipt = await client({ getToken: () => 'tok' }).applications.create(applicationCreate);

    assert.deepEqual(receipt, applicationReceipt);
    assert.equal(server.requests.length, 2);
    const [first, second] = [header(0, 'Idempotency-Key'), header(1, 'Idempotency-Key')];
    assert.ok(first && first.length >= 16, `a key was sent: ${first}`);
    assert.equal(second, first);
    for (const request of server.requests) {
      assert.equal(request.method, 'POST');
      assert.match(String(request.headers['content-type']), /^application\/json/);
      assert.deepEqual(JSON.parse(request.text), applicationCreate);
    }
  });

  test('a caller-supplied idempotencyKey is sent as is; separate calls get separate keys', async () => {
    server.script(
      { status: 201, json: applicationReceipt },
      { status: 201, json: applicationReceipt },
      { status: 201, json: applicationReceipt },
    );
    const api = client({ getToken: () => 'tok' });
    await api.applications.create(applicationCreate, { idempotencyKey: 'caller-key-1' });
    await api.applications.create(applicationCreate);
    await api.applications.create(applicationCreate);

    assert.equal(server.requests.length, 3);
    assert.equal(header(0, 'Idempotency-Key'), 'caller-key-1');
    assert.ok(header(1, 'Idempotency-Key'));
    assert.notEqual(header(1, 'Idempotency-Key'), header(2, 'Idempotency-Key'));
  });

  test('a non-idempotent POST is not retried on 503', async () => {
    server.script({ status: 503, headers: { 'Retry-After': '1' }, json: errorBody('INTERNAL', '系统繁忙'), repeat: true });
    const error = await failure(client().addresses.parse({ text: '河南省新乡市红旗区人民东路1号 张三 13800138000' }), ApiError);

    assert.equal(error.status, 503);
    assert.equal(server.requests.length, 1);
    assert.equal(header(0, 'Idempotency-Key'), undefined);
  });

  test('a non-idempotent POST is not retried when the connection drops', async () => {
    server.script({ drop: true, repeat: true });
    await failure(client().addresses.parse({ text: '河南省新乡市' }), NetworkError);
    assert.equal(server.requests.length, 1);
  });

  test('addresses.parse posts the text and resolves to the parse result', async () => {
    server.script({ json: addressParseResult });
    const result = await client().addresses.parse({ text: '河南省新乡市红旗区人民东路1号 张三 13800138000' });

    assert.deepEqual(result, addressParseResult);
    assert.equal(server.requests.length, 1);
    assert.deepEqual(JSON.parse(server.requests[0]!.text), { text: '河南省新乡市红旗区人民东路1号 张三 13800138000' });
  });
});

describe('uploads', () => {
  test('files.upload sends multipart with a `file` part and an Idempotency-Key, and reports progress up to 1', async () => {
    server.script({ status: 201, json: fileMeta });
    const content = new Uint8Array(256 * 1024).fill(0x25);
    const progress: UploadProgress[] = [];
    const meta = await client({ getToken: () => 'tok' }).files.upload(new Blob([content], { type: 'application/pdf' }), {
      fileName: 'a.pdf',
      onProgress: (p) => progress.push(p),
    });

    assert.deepEqual(meta, fileMeta);
    assert.equal(server.requests.length, 1);
    const [request] = server.requests;
    assert.equal(request?.method, 'POST');
    assert.equal(request?.pathname, '/api/v1/files');
    const type = String(request?.headers['content-type']);
    assert.match(type, /^multipart\/form-data; boundary=/);
    const text = request!.body.toString('latin1');
    assert.match(text, /Content-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application\/pdf\r\n\r\n/);
    assert.ok(request!.body.includes(Buffer.from(content)), 'the file content is in the body');
    assert.ok(header(0, 'Idempotency-Key'));
    // ky's reports while the body streams, then the SDK's final one; all in the file's bytes.
    assert.ok(progress.length >= 2, JSON.stringify(progress));
    assert.deepEqual(progress.at(-1), { percent: 1, transferredBytes: content.length, totalBytes: content.length });
    for (const p of progress) {
      assert.ok(p.percent >= 0 && p.percent <= 1, `percent ${p.percent}`);
      assert.equal(p.totalBytes, content.length);
    }
  });
});

describe('catalog imports', () => {
  const result = {
    diff: { added: ['C-1'], changed: [], unpublished: [], republished: [] },
    version: null,
    publishedItems: 1,
    newDepartments: [],
  };

  test('admin.importCatalog sends the file as multipart and the options as query parameters (the mapping as JSON)', async () => {
    server.script({ status: 200, json: result });
    const answer = await client({ getToken: () => 'admin-token' }).admin.importCatalog(new Blob(['[]'], { type: 'application/json' }), {
      fileName: '第三批.json',
      dryRun: true,
      replace: false,
      batch: '第三批',
      mapping: { 办件类别: 'type' },
    });
    assert.deepEqual(answer, result);
    const [request] = server.requests;
    assert.equal(request?.method, 'POST');
    assert.equal(request?.pathname, '/api/v1/admin/catalog/imports');
    const query = request!.query;
    assert.equal(query.get('dryRun'), 'true');
    assert.equal(query.get('replace'), 'false');
    assert.equal(query.get('batch'), '第三批');
    assert.deepEqual(JSON.parse(query.get('mapping')!), { 办件类别: 'type' });
    assert.match(request!.body.toString('utf8'), /name="file"; filename="第三批.json"/);
    assert.equal(header(0, 'Authorization'), 'Bearer admin-token');
    assert.ok(header(0, 'Idempotency-Key'), 'an import may be retried with its key');
  });

  test('a bad file rejects with an ApiError whose details name row and column; no importer is NOT_IMPLEMENTED', async () => {
    const details = [{ path: 'file.rows.3.事项类型', message: '第 3 行「事项类型」：取值无效' }];
    server.script({ status: 400, json: errorBody('VALIDATION_FAILED', '文件有 1 处错误，未写入任何数据', { details }) });
    const bad = await failure(client().admin.importCatalog(new Blob(['x'])), ApiError);
    assert.equal(bad.code, 'VALIDATION_FAILED');
    assert.deepEqual(bad.details, details);
    server.script({ status: 501, json: errorBody('NOT_IMPLEMENTED', '此服务器不提供事项清单导入') });
    const absent = await failure(client().admin.importCatalog(new Blob(['x'])), ApiError);
    assert.equal(absent.status, 501);
    assert.equal(absent.code, 'NOT_IMPLEMENTED');
  });
});

describe('a refused token', () => {
  const unauthorized = { status: 401, json: errorBody('UNAUTHORIZED', '请先登录') };
  const profile = {
    id: 'u1',
    kind: 'person',
    name: '李文博',
    idCardMasked: null,
    mobileMasked: null,
    enterprise: null,
    prefill: { name: '李文博' },
  };

  test('getToken is asked once more with refresh, and the call is sent again with the fresh token', async () => {
    server.script(unauthorized, { json: profile });
    const asked: Array<{ refresh: boolean }> = [];
    let current = 'stale';
    const me = await client({
      getToken: (context) => {
        asked.push(context);
        if (context.refresh) current = 'fresh';
        return current;
      },
    }).me.get();
    assert.equal(me.name, '李文博');
    assert.deepEqual(asked, [{ refresh: false }, { refresh: true }]);
    assert.equal(server.requests.length, 2);
    assert.equal(header(0, 'authorization'), 'Bearer stale');
    assert.equal(header(1, 'authorization'), 'Bearer fresh');
  });

  test('the same token again, or none, ends the call with the 401 and no second request', async () => {
    for (const next of ['stale', null]) {
      server.reset();
      server.script(unauthorized);
      const asked: boolean[] = [];
      const error = await failure(
        client({
          getToken: ({ refresh }) => {
            asked.push(refresh);
            return refresh ? next : 'stale';
          },
        }).me.get(),
        ApiError,
      );
      assert.equal(error.status, 401);
      assert.equal(error.code, 'UNAUTHORIZED');
      assert.deepEqual(asked, [false, true]);
      assert.equal(server.requests.length, 1, `no second request when getToken gives ${next}`);
    }
  });

  test('only once: a fresh token refused too ends the call with that 401', async () => {
    server.script(unauthorized, unauthorized);
    let n = 0;
    const error = await failure(client({ getToken: () => `token-${++n}` }).me.get(), ApiError);
    assert.equal(error.status, 401);
    assert.equal(server.requests.length, 2);
    assert.equal(n, 2);
  });

  test('an anonymous call (no token) is not asked about again', async () => {
    server.script(unauthorized);
    const asked: boolean[] = [];
    await failure(
      client({
        getToken: ({ refresh }) => {
          asked.push(refresh);
          return null;
        },
      }).me.get(),
      ApiError,
    );
    assert.deepEqual(asked, [false]);
    assert.equal(server.requests.length, 1);
  });

  test('a retried create keeps its Idempotency-Key', async () => {
    server.script(unauthorized, { status: 201, json: applicationReceipt });
    let n = 0;
    await client({ getToken: () => `token-${++n}` }).applications.create(applicationCreate);
    assert.equal(server.requests.length, 2);
    assert.ok(header(0, 'idempotency-key'));
    assert.equal(header(1, 'idempotency-key'), header(0, 'idempotency-key'));
  });
});

describe('hooks that fail', () => {
  test('getToken throwing rejects the call with a YiwangError carrying the cause, before any request', async () => {
    const cause = new TypeError('token store unavailable');
    const error = await failure(
      client({
        getToken: async () => {
          throw cause;
        },
      }).me.get(),
      YiwangError,
    );

    assert.ok(!(error instanceof NetworkError), 'a failing token provider is not a network problem');
    assert.equal(error.cause, cause);
    assert.equal(error.request.endpoint, 'me.get');
    assert.equal(server.requests.length, 0);
  });

  test('onRequest or onResponse throwing rejects with a YiwangError naming the hook', async () => {
    server.script({ json: itemDetail });
    const requestHook = await failure(
      client({
        onRequest: () => {
          throw new TypeError('bad header');
        },
      }).items.get('scjg-001'),
      YiwangError,
    );
    assert.match(requestHook.message, /onRequest failed: bad header/);
    assert.ok(!(requestHook instanceof NetworkError));
    assert.equal(server.requests.length, 0);

    const responseHook = await failure(
      client({
        onResponse: () => {
          throw new RangeError('metrics full');
        },
      }).items.get('scjg-001'),
      YiwangError,
    );
    assert.match(responseHook.message, /onResponse failed: metrics full/);
    assert.ok(!(responseHook instanceof NetworkError || responseHook instanceof ApiError || responseHook instanceof ContractError));
    assert.equal(server.requests.length, 1);
  });
});

test('no call left an unhandled rejection', async () => {
  // Let any stray rejection of the tests above surface.
  await new Promise((resolve) => setTimeout(resolve, 50));
  assert.deepEqual(unhandled, []);
});
