// One @yiwang/mock API per Storybook tab: the reference server over in-memory
// PGlite, answered by msw's service worker. Stories switch faults on through
// `parameters.yiwang.faults` and one-off answers through `parameters.msw`.
import { setupWorker } from 'msw/browser';
import type { SetupWorker } from 'msw/browser';
import { createMockApi } from '@yiwang/mock';
import type { Fault, MockApi } from '@yiwang/mock';

let ready: Promise<{ api: MockApi; worker: SetupWorker }> | null = null;

/** Builds the mock server and starts the worker with its handlers (once). */
export function startMock(): Promise<{ api: MockApi; worker: SetupWorker }> {
  ready ??= (async () => {
    const response = await fetch(new URL('yiwang-data/divisions.json', document.baseURI));
    const api = await createMockApi({ divisions: await response.json() });
    // Handlers given to setupWorker survive msw-storybook-addon's reset between stories.
    const worker = setupWorker(...api.handlers);
    await worker.start({ quiet: true, serviceWorker: { url: new URL('mockServiceWorker.js', document.baseURI).pathname } });
    return { api, worker };
  })();
  return ready;
}

/**
 * Replaces the mock's faults with the story's, and starts the rate limits,
 * saved drafts and the elements' storage afresh: a story shows one state, not
 * what the stories before it used up or left behind (several tracker stories
 * query the same application, which the server allows 10 times a minute; a
 * form story's draft would be offered in the next one). Runs as a loader, after
 * the previous story is torn down (its last draft save included).
 */
export async function applyFaults(faults: readonly Fault[] = []): Promise<void> {
  const { api } = await startMock();
  api.faults.clear();
  for (const fault of faults) api.faults.add(fault);
  await api.services.db.query('DELETE FROM rate_limits');
  await api.services.db.query('DELETE FROM drafts');
  for (const key of Object.keys(localStorage)) if (key.startsWith('yiwang:') || key.startsWith('yw-')) localStorage.removeItem(key);
}

declare module 'storybook/internal/csf' {
  interface Parameters {
    /** Faults of the @yiwang/mock API for this story. */
    yiwang?: { faults?: Fault[] };
  }
}
