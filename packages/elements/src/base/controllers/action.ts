// User actions: a request the applicant starts (save, delete, parse, submit,
// withdraw, evaluate, upload, refresh). The controller runs it exclusively —
// a second start while one runs is skipped, or, with `serial`, waits its turn
// so that one request is in flight — keeps a busy flag for the element to
// render, aborts what runs when the element leaves the page (or on `abort()`),
// fires `yw-error` for a failure and hands back the outcome. What to show and
// where focus goes afterwards is the element's business.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { describeError } from '../../i18n/errors.ts';
import type { ErrorDescription } from '../../i18n/errors.ts';
import { translations } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/index.ts';
import { YwErrorEvent } from '../events/shared.ts';

export interface ActionHost extends ReactiveControllerHost, HTMLElement {
  readonly resolvedLocale: Locale;
}

export interface ActionOptions {
  /** Queue a start while another runs (one request in flight) instead of skipping it. */
  serial?: boolean;
}

/** How an action ended: `skipped` when another was running, `aborted` when it was cancelled. */
export type ActionOutcome<T> =
  | { status: 'done'; value: T }
  | { status: 'failed'; error: unknown; description: ErrorDescription }
  | { status: 'aborted' }
  | { status: 'skipped' };

export class ActionController implements ReactiveController {
  private readonly host: ActionHost;
  private readonly serial: boolean;
  /** Running and queued actions. */
  private readonly running = new Set<AbortController>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(host: ActionHost, options: ActionOptions = {}) {
    this.host = host;
    this.serial = !!options.serial;
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    // Nothing keeps running for an element that left the page.
    this.abort();
  }

  /** An action is running (or, with `serial`, waiting). */
  get busy(): boolean {
    return this.running.size > 0;
  }

  /**
   * Runs `work` with an AbortSignal. A failure is reported as `yw-error` with
   * `endpoint` (when given) and comes back described for the applicant.
   */
  async run<T>(work: (signal: AbortSignal) => Promise<T>, endpoint?: string): Promise<ActionOutcome<T>> {
    if (this.busy && !this.serial) return { status: 'skipped' };
    const call = new AbortController();
    this.running.add(call);
    this.host.requestUpdate();
    const turn = this.queue.then(() =>
      call.signal.aborted ? Promise.reject(new DOMException('The action was aborted', 'AbortError')) : work(call.signal),
    );
    this.queue = turn.catch(() => undefined);
    try {
      const value = await turn;
      return call.signal.aborted ? { status: 'aborted' } : { status: 'done', value };
    } catch (error) {
      const description = describeError(error, translations[this.host.resolvedLocale]);
      if (call.signal.aborted || description.kind === 'aborted') return { status: 'aborted' };
      if (endpoint) {
        this.host.dispatchEvent(YwErrorEvent.of(error, description, endpoint));
      }
      return { status: 'failed', error, description };
    } finally {
      if (this.running.delete(call)) this.host.requestUpdate();
    }
  }

  /** Aborts every running (and waiting) action; `busy` is false at once. */
  abort(): void {
    if (this.running.size === 0) return;
    for (const call of this.running) call.abort();
    this.running.clear();
    this.host.requestUpdate();
  }
}
