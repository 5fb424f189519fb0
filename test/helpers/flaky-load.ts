// A stand-in for the fetch of a part an element loads when it is wanted (the static `load…`
// functions of the elements, which import a view's module): it fails the way a browser fails
// to fetch a module, then loads the real one.

/** A stand-in fetch, and how many times it was called. */
export interface FlakyLoad<T> {
  (): Promise<T>;
  readonly calls: number;
}

/**
 * The first `failures` calls (one unless told) reject as an offline module fetch does; later ones
 * wait for `hold` when one is given, then load the real module. `onCall` runs at every call (to
 * note the fetch in an order of events).
 */
export function flakyLoad<T>(
  load: () => Promise<T>,
  { failures = 1, hold, onCall }: { failures?: number; hold?: Promise<unknown>; onCall?: () => void } = {},
): FlakyLoad<T> {
  let calls = 0;
  const stand = () => {
    calls += 1;
    onCall?.();
    if (calls <= failures) return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    return hold ? hold.then(load) : load();
  };
  return Object.defineProperty(stand, 'calls', { get: () => calls }) as FlakyLoad<T>;
}
