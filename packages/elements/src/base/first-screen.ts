// How the CDN loader tells <yw-config> that the elements on the first screen
// are in: a promise on a global (the loader and the elements are separate
// scripts). <yw-config> hands it to the SDK client as `preloadAfter`, so the
// transport is not fetched while the first screen's code still downloads.
// Without the loader (npm, the one-file bundle) there is none.

const KEY = '__yiwangFirstScreen';

export function setFirstScreen(settled: Promise<unknown>): void {
  (globalThis as Record<string, unknown>)[KEY] = settled;
}

/** The loader's promise that the first screen's elements are in (loaded or failed), if a loader runs. */
export function firstScreen(): Promise<unknown> | undefined {
  return (globalThis as Record<string, unknown>)[KEY] as Promise<unknown> | undefined;
}
