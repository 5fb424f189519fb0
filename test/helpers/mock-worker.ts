// The @yiwang/mock API (the reference server over in-memory PGlite) behind
// msw's service worker, started once per test page. Faults are switched on
// with `mock.api.faults.add(…)`; one-off answers (an empty catalog) with
// `mock.worker.use(http.get(…))`. Both are reset by `resetMock()`.
import { setupWorker } from 'msw/browser';
import type { SetupWorker } from 'msw/browser';
import { createMockApi } from '@yiwang/mock';
import type { MockApi } from '@yiwang/mock';
import { afterEach, before } from './mocha.ts';

export interface BrowserMock {
  api: MockApi;
  worker: SetupWorker;
  /** Absolute API base URL the mock answers on. */
  baseUrl: string;
}

let started: Promise<BrowserMock> | null = null;

/** Starts the mock (once) and resolves when the service worker answers. */
export function startMock(): Promise<BrowserMock> {
  started ??= (async () => {
    // Fetched before the worker starts, straight from the dev server.
    const response = await fetch(new URL('../../packages/server/data/divisions.json', import.meta.url));
    const divisions = await response.json();
    // The seeded database as an image the dev server made once (reference-middleware.ts): loading it is
    // several times faster than migrating and seeding in the page.
    const imageResponse = await fetch('/__seed-image');
    const image = imageResponse.ok
      ? { data: await imageResponse.blob(), key: decodeURIComponent(imageResponse.headers.get('X-Seed-Image-Key') ?? '') }
      : undefined;
    const api = await createMockApi({ divisions, origin: location.origin, ...(image ? { image } : {}) });
    const worker = setupWorker(...api.handlers);
    await worker.start({ quiet: true });
    return { api, worker, baseUrl: api.baseUrl };
  })();
  return started;
}

/** Switches every fault and one-off handler off. */
export async function resetMock(): Promise<void> {
  if (!started) return;
  const mock = await started;
  mock.api.faults.clear();
  mock.worker.resetHandlers();
}

/**
 * The hooks of an element test suite (call inside its `describe`): the mock
 * started once and handed to `started`; after each test the nodes in
 * `mounted` removed (or `mounted` called, for a kit that keeps its own list)
 * and the mock reset.
 */
export function useMock(mounted: Element[] | (() => void), started: (mock: BrowserMock) => void): void {
  before(async function () {
    this.timeout(60_000);
    started(await startMock());
  });
  afterEach(async () => {
    if (typeof mounted === 'function') mounted();
    else for (const node of mounted.splice(0)) node.remove();
    await resetMock();
  });
}
