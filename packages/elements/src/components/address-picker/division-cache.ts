// Division lists and EMS coverage, cached per SDK client for the page's
// lifetime: a <yw-config> has one client, so every picker inside it shares the
// lists, and a level is fetched once however often the applicant goes back and
// forth. One level at a time (children of one code), never the whole country.
//
// A request is shared by everyone who asks while it runs and is not aborted when
// one of them stops waiting (it finishes into the cache instead); a failed one
// is forgotten so that a retry asks the server again.
import type { Coverage, Division } from '@yiwang/contract';
import type { Client } from '@yiwang/sdk';

interface ClientCache {
  children: Map<string, Promise<Division[]>>;
  coverage: Map<string, Promise<Coverage>>;
}

const caches = new WeakMap<Client, ClientCache>();

function cacheOf(client: Client): ClientCache {
  let cache = caches.get(client);
  if (!cache) caches.set(client, (cache = { children: new Map(), coverage: new Map() }));
  return cache;
}

/** An error named `AbortError`, which the elements treat as "nobody is waiting" (no message, no `yw-error`). */
function aborted(): Error {
  const error = new Error('The caller stopped waiting');
  error.name = 'AbortError';
  return error;
}

/** Settles like `promise`, or rejects with an AbortError as soon as `signal` aborts. */
function unlessAborted<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(aborted());
  return new Promise<T>((resolve, reject) => {
    const stop = () => reject(aborted());
    signal.addEventListener('abort', stop, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', stop);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', stop);
        reject(error);
      },
    );
  });
}

function shared<T>(map: Map<string, Promise<T>>, key: string, load: () => Promise<T>, signal?: AbortSignal): Promise<T> {
  let promise = map.get(key);
  if (!promise) {
    const started = load();
    map.set(key, (promise = started));
    started.catch(() => {
      if (map.get(key) === started) map.delete(key);
    });
  }
  return unlessAborted(promise, signal);
}

/** The children of a division (the provincial level is built in: provinces.ts). */
export function divisionChildren(client: Client, parent: string, signal?: AbortSignal): Promise<Division[]> {
  const load = () => client.divisions.children(parent).then((list) => list.items);
  return shared(cacheOf(client).children, parent, load, signal);
}

/** Whether EMS delivers results to a division, and in how many days (its message in `locale`, the client's locale). */
export function deliveryCoverage(client: Client, code: string, locale: string, signal?: AbortSignal): Promise<Coverage> {
  return shared(cacheOf(client).coverage, `${locale} ${code}`, () => client.delivery.coverage(code), signal);
}
