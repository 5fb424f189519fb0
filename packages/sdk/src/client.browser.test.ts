// The SDK in real Chromium against msw's service worker: the browser's own
// fetch and XMLHttpRequest, the browser's error messages, the XHR upload path.
import { expect } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import { HttpResponse, delay, http } from 'msw';
import { AbortError, ApiError, ContractError, NetworkError, TimeoutError, YiwangError, createClient } from './index.ts';
import type { ClientConfig, UploadProgress } from './index.ts';
import { applicationCreate, applicationReceipt, errorBody, fileMeta, itemSearchResult } from '@yiwang/test/helpers/fixtures';

// Mocha's globals, as web-test-runner provides them.
declare function describe(title: string, body: () => void): void;
declare function it(title: string, body: () => Promise<void> | void): void;
declare function before(body: () => Promise<void> | void): void;
declare function after(body: () => Promise<void> | void): void;
declare function afterEach(body: () => Promise<void> | void): void;

const API = '/api/v1';
const worker = setupWorker();
const unhandled: unknown[] = [];
window.addEventListener('unhandledrejection', (event) => unhandled.push(event.reason));

function client(config: Partial<ClientConfig> = {}) {
  return createClient({ baseUrl: API, retry: { limit: 2, backoffLimitMs: 20 }, ...config });
}

/** How each request to `…/files` since the last `clearResourceTimings()` was made: `fetch` or `xmlhttprequest`. */
function uploadInitiators(): string[] {
  return (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
    .filter((entry) => new URL(entry.name).pathname.endsWith('/files'))
    .map((entry) => entry.initiatorType);
}

/** The error a call rejects with, checked to be of `type` (and a YiwangError). */
async function failure<E extends Error>(call: Promise<unknown>, type: abstract new (...args: never[]) => E): Promise<E> {
  try {
    await call;
  } catch (error) {
    expect(error, error instanceof Error ? `${error.name}: ${error.message}` : String(error)).to.be.instanceOf(type);
    expect(error).to.be.instanceOf(YiwangError);
    return error as E;
  }
  throw new Error(`expected the call to reject with a ${type.name}`);
}

// First, before msw's service worker handles this page: Chromium reports XHR
// upload progress only for requests that go to the network, not for those a
// service worker answers. `/__reply/` is the test runner's own endpoint.
describe('sdk in the browser (network)', () => {
  it('reports upload progress from XHR while the file is being sent', async () => {
    const content = new Uint8Array(8 * 1024 * 1024).fill(0x25);
    const progress: UploadProgress[] = [];
    const received: Array<{ bytes: string | null; type: string | null }> = [];
    const api = createClient({
      baseUrl: '/__reply/api/v1',
      onResponse: (response) => {
        received.push({ bytes: response.headers.get('X-Received-Bytes'), type: response.headers.get('X-Received-Content-Type') });
      },
    });
    performance.clearResourceTimings();
    const meta = await api.files.upload(new Blob([content], { type: 'application/pdf' }), {
      fileName: 'big.pdf',
      headers: { 'X-Reply': encodeURIComponent(JSON.stringify({ status: 201, json: fileMeta })) },
      onProgress: (p) => progress.push(p),
    });

    expect(meta).to.deep.equal(fileMeta);
    expect(uploadInitiators()).to.deep.equal(['xmlhttprequest']);
    expect(received).to.have.length(1);
    expect(Number(received[0]!.bytes)).to.be.greaterThan(content.length);
    expect(received[0]!.type).to.match(/^multipart\/form-data; boundary=/);
    // At least one report of the XHR's own (Chromium may send just one on a fast
    // local upload), then the SDK's final one.
    expect(progress.length, JSON.stringify(progress)).to.be.at.least(2);
    expect(progress.at(-1)!.percent).to.equal(1);
    // Counted in the file's bytes throughout, never going backwards.
    for (const p of progress) expect(p.totalBytes).to.equal(content.length);
    for (let i = 1; i < progress.length; i++) expect(progress[i]!.transferredBytes).to.be.at.least(progress[i - 1]!.transferredBytes);
  });

  it('uploads with onProgress through a caller-supplied fetch too (over HTTP/1.1)', async () => {
    const content = new Uint8Array(64 * 1024).fill(0x25);
    const progress: UploadProgress[] = [];
    let fetches = 0;
    const api = createClient({
      baseUrl: '/__reply/api/v1',
      fetch: (input, init) => {
        fetches++;
        return fetch(input, init);
      },
    });
    const meta = await api.files.upload(new Blob([content], { type: 'application/pdf' }), {
      fileName: 'a.pdf',
      headers: { 'X-Reply': encodeURIComponent(JSON.stringify({ status: 201, json: fileMeta })) },
      onProgress: (p) => progress.push(p),
    });

    expect(meta).to.deep.equal(fileMeta);
    expect(fetches).to.equal(1);
    expect(progress.at(-1)).to.deep.equal({ percent: 1, transferredBytes: content.length, totalBytes: content.length });
  });
});

describe('sdk in the browser (msw)', () => {
  before(async () => {
    await worker.start({ quiet: true, onUnhandledFrame: 'error' });
  });
  afterEach(() => worker.resetHandlers());
  after(() => worker.stop());

  it('resolves to the parsed body and sends locale and token', async () => {
    const seen: Request[] = [];
    worker.use(
      http.get(`${API}/items`, ({ request }) => {
        seen.push(request);
        return HttpResponse.json(itemSearchResult);
      }),
    );
    const result = await client({ locale: 'en', getToken: async () => 'tok-1' }).items.search({ q: '营业执照', page: 2 });

    expect(result).to.deep.equal(itemSearchResult);
    expect(seen).to.have.length(1);
    const url = new URL(seen[0]!.url);
    expect(url.searchParams.get('q')).to.equal('营业执照');
    expect(url.searchParams.get('page')).to.equal('2');
    expect(seen[0]!.headers.get('Accept-Language')).to.equal('en');
    expect(seen[0]!.headers.get('Authorization')).to.equal('Bearer tok-1');
  });

  it('rejects a schema-violating body with a ContractError naming the field', async () => {
    let calls = 0;
    worker.use(
      http.get(`${API}/items`, () => {
        calls++;
        return HttpResponse.json({ ...itemSearchResult, total: '3' });
      }),
    );
    const error = await failure(client().items.search(), ContractError);

    expect(error.issues.map((i) => i.path)).to.include('total');
    expect(error.request.endpoint).to.equal('items.search');
    expect(calls).to.equal(1);
  });

  it('rejects malformed JSON with a ContractError', async () => {
    let calls = 0;
    worker.use(
      http.get(`${API}/items`, () => {
        calls++;
        return new HttpResponse('{"items": [', { headers: { 'Content-Type': 'application/json' } });
      }),
    );
    await failure(client().items.search(), ContractError);
    expect(calls).to.equal(1);
  });

  it('waits for Retry-After on 503 and then succeeds', async () => {
    const at: number[] = [];
    worker.use(
      http.get(`${API}/items`, () => {
        at.push(performance.now());
        return at.length === 1
          ? HttpResponse.json(errorBody('INTERNAL', '系统繁忙'), { status: 503, headers: { 'Retry-After': '1' } })
          : HttpResponse.json(itemSearchResult);
      }),
    );
    expect(await client().items.search()).to.deep.equal(itemSearchResult);
    expect(at).to.have.length(2);
    expect(at[1]! - at[0]!).to.be.at.least(900);
  });

  it('does not wait for a long Retry-After on 429: ApiError with retryAfter', async () => {
    let calls = 0;
    worker.use(
      http.get(`${API}/applications/:number/progress`, () => {
        calls++;
        // A gateway's bare 429, without the contract's envelope.
        return new HttpResponse(null, { status: 429, headers: { 'Retry-After': '120' } });
      }),
    );
    const error = await failure(client().applications.progress('YW2026112800001', { queryCode: 'AB12CD' }), ApiError);

    expect(error.status).to.equal(429);
    expect(error.code).to.equal('RATE_LIMITED');
    expect(error.retryAfter).to.equal(120);
    expect(calls).to.equal(1);
  });

  it('retries a network error with the same Idempotency-Key, then rejects with a NetworkError', async () => {
    const keys: Array<string | null> = [];
    worker.use(
      http.post(`${API}/applications`, ({ request }) => {
        keys.push(request.headers.get('Idempotency-Key'));
        return HttpResponse.error();
      }),
    );
    const error = await failure(client().applications.create(applicationCreate), NetworkError);

    expect(error.request.endpoint).to.equal('applications.create');
    expect(keys).to.have.length(3);
    expect(keys[0]).to.be.a('string').and.have.length.above(0);
    expect(new Set(keys).size, `keys: ${keys.join(', ')}`).to.equal(1);
  });

  it('resolves a create whose first attempt failed on the network', async () => {
    const keys: Array<string | null> = [];
    worker.use(
      http.post(`${API}/applications`, ({ request }) => {
        keys.push(request.headers.get('Idempotency-Key'));
        return keys.length === 1 ? HttpResponse.error() : HttpResponse.json(applicationReceipt, { status: 201 });
      }),
    );
    expect(await client().applications.create(applicationCreate)).to.deep.equal(applicationReceipt);
    expect(keys).to.have.length(2);
    expect(keys[1]).to.equal(keys[0]);
  });

  it('rejects with a TimeoutError when no answer comes within timeoutMs', async () => {
    let calls = 0;
    worker.use(
      http.get(`${API}/items`, async () => {
        calls++;
        await delay(2000);
        return HttpResponse.json(itemSearchResult);
      }),
    );
    const error = await failure(client({ timeoutMs: 200 }).items.search(), TimeoutError);

    expect(error.timeoutMs).to.equal(200);
    expect(calls).to.equal(1);
  });

  it('rejects with an AbortError when the signal is aborted', async () => {
    const controller = new AbortController();
    let calls = 0;
    worker.use(
      http.get(`${API}/items`, async () => {
        calls++;
        controller.abort();
        await delay(2000);
        return HttpResponse.json(itemSearchResult);
      }),
    );
    await failure(client().items.search({ signal: controller.signal }), AbortError);
    expect(calls).to.equal(1);
  });

  it('uploads through XHR with progress, a `file` part and an Idempotency-Key', async () => {
    const received: Array<{ key: string | null; name: string; type: string; size: number }> = [];
    worker.use(
      http.post(`${API}/files`, async ({ request }) => {
        const form = await request.formData();
        const file = form.get('file') as File;
        received.push({ key: request.headers.get('Idempotency-Key'), name: file.name, type: file.type, size: file.size });
        return HttpResponse.json(fileMeta, { status: 201 });
      }),
    );
    const content = new Uint8Array(512 * 1024).fill(0x25);
    const progress: UploadProgress[] = [];
    performance.clearResourceTimings();
    const meta = await client({ getToken: () => 'tok' }).files.upload(new Blob([content], { type: 'application/pdf' }), {
      fileName: 'a.pdf',
      onProgress: (p) => progress.push(p),
    });

    expect(meta).to.deep.equal(fileMeta);
    // msw's service worker saw the XHR (Chromium reports no upload progress for
    // requests a service worker answers, so only the SDK's final report comes).
    expect(uploadInitiators()).to.deep.equal(['xmlhttprequest']);
    expect(received).to.have.length(1);
    expect(received[0]).to.include({ name: 'a.pdf', type: 'application/pdf', size: content.length });
    expect(received[0]!.key).to.be.a('string').and.have.length.above(0);
    expect(progress.length).to.be.at.least(1);
    expect(progress.at(-1)!.percent).to.equal(1);
    for (const p of progress) expect(p.percent).to.be.within(0, 1);
  });

  it('left no unhandled rejection', async () => {
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(unhandled).to.deep.equal([]);
  });
});
