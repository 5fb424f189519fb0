// A module an element needs only sometimes (the templates of a rarely opened
// view: the 补正 upload, the evaluation, the address book), fetched the first
// time it is asked for rather than with the element. It holds state only: the
// element asks `get()` while rendering, renders nothing (or a placeholder) for
// that part until the module is in, and is updated when it arrives. The
// element's `updateComplete` waits for it (YwElement.trackLoad), so code that
// awaits an update sees the view.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface LazyHost extends ReactiveControllerHost {
  /** Makes `updateComplete` wait for `load` too (YwElement provides it). */
  trackLoad(load: Promise<unknown>): void;
}

export class LazyModule<M> implements ReactiveController {
  private readonly host: LazyHost;
  private readonly load: () => Promise<M>;
  private module: M | undefined;
  private loading: Promise<void> | null = null;
  private lastFailed = false;

  constructor(host: LazyHost, load: () => Promise<M>) {
    this.host = host;
    this.load = load;
    host.addController(this);
  }

  hostConnected(): void {}

  /**
   * Fetches the module now, for a load that should show the view at once:
   * resolves when it is in (or could not be fetched: the view then comes at a
   * later render).
   */
  preload(): Promise<void> {
    const retrying = this.failed;
    this.get();
    // A retry: the failure shown gives way to the placeholder.
    if (retrying) this.host.requestUpdate();
    return this.loading ?? Promise.resolve();
  }

  /** Whether the last fetch failed (and none is under way): the element may offer to try again, which `get()` does. */
  get failed(): boolean {
    return this.lastFailed && !this.loading;
  }

  /** Whether a fetch is under way (the element shows a placeholder meanwhile). */
  get pending(): boolean {
    return !!this.loading;
  }

  /** The module if it is already in, without starting a fetch. */
  get current(): M | undefined {
    return this.module;
  }

  /** The module, once fetched; the first call starts the fetch (a failed one is tried again at the next call). */
  get(): M | undefined {
    if (this.module === undefined && !this.loading) {
      this.loading = this.load().then(
        (module) => {
          this.module = module;
          this.lastFailed = false;
          this.host.requestUpdate();
        },
        (error: unknown) => {
          this.loading = null;
          this.lastFailed = true;
          console.error('yiwang: could not load a view', error);
          this.host.requestUpdate();
        },
      );
      this.host.trackLoad(this.loading);
    }
    return this.module;
  }
}
