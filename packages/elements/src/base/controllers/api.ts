// Every SDK call an element makes goes through this controller (on @lit/task):
// it passes the element's client and an AbortSignal to the call, aborts the
// running call when its arguments change (so results are never stale), and
// renders the shared loading / empty / error-with-retry states around the
// element's own template. Elements never call fetch.
import { html } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { Task, TaskStatus, initialState } from '@lit/task';
import type { Client } from '@yiwang/sdk';
import { NotConfiguredError } from '../../i18n/errors.ts';
import type { ErrorDescription } from '../../i18n/errors.ts';
import type { Locale } from '../../i18n/index.ts';
import { YwErrorEvent } from '../events/index.ts';
import { renderEmpty, renderError, renderSkeleton } from '../states.ts';
import { LocalizeController } from './localize.ts';

/** The states an API call can be in, as rendered. */
export const API_STATES = ['initial', 'pending', 'complete', 'empty', 'error'] as const;
export type ApiState = (typeof API_STATES)[number];

/** What the controller needs from its element (YwElement provides it). */
export interface ApiHost extends ReactiveControllerHost, HTMLElement {
  readonly client: Client | null;
  readonly resolvedLocale: Locale;
  /** True while a <yw-config> around the element is not defined yet. */
  readonly configPending: boolean;
}

export interface ApiCallOptions<T, A extends readonly unknown[]> {
  /** Contract endpoint id, for `yw-error` (`catalog.stats`). */
  endpoint: string;
  /** Values the call depends on (properties of the element); a change starts a new call. */
  args?: () => A;
  /** The call: use `client` and pass `signal` to the SDK method. */
  call: (client: Client, args: A, signal: AbortSignal) => Promise<T>;
  /** Whether a result is rendered as the empty state. */
  isEmpty?: (value: T) => boolean;
  /** Skeleton lines while loading (default 3). */
  skeletonLines?: number;
}

export interface ApiRenderers<T> {
  complete: (value: T) => unknown;
  pending?: () => unknown;
  empty?: (value: T) => unknown;
  error?: (error: ErrorDescription, retry: () => void) => unknown;
}

export class ApiController<T, A extends readonly unknown[] = []> implements ReactiveController {
  private readonly host: ApiHost;
  private readonly options: ApiCallOptions<T, A>;
  private readonly task: Task<[Client | null, boolean, ...A], T>;
  private readonly i18n: LocalizeController;
  /** Set when a disconnect aborted a running call, which then reruns on reconnect. */
  private abortedByDisconnect = false;
  /** Announce progress in the live region (only for runs the applicant asked for). */
  private announce = false;

  constructor(host: ApiHost, options: ApiCallOptions<T, A>) {
    this.host = host;
    this.options = options;
    this.i18n = new LocalizeController(host);
    this.task = new Task(host, {
      args: () => [host.client, host.configPending, ...(options.args?.() ?? ([] as unknown as A))] as [Client | null, boolean, ...A],
      task: async ([client, waiting, ...args], { signal }) => {
        // A <yw-config> above is still being defined: wait in the loading state.
        if (waiting) return initialState;
        if (!client) throw new NotConfiguredError('no api-base');
        return options.call(client, args as unknown as A, signal);
      },
      onError: (error) => this.reportError(error),
    });
    host.addController(this);
  }

  hostConnected(): void {
    if (this.abortedByDisconnect) {
      this.abortedByDisconnect = false;
      void this.task.run();
    }
  }

  hostDisconnected(): void {
    // Do not leave requests running for an element that left the page.
    if (this.task.status === TaskStatus.PENDING) {
      this.abortedByDisconnect = true;
      this.task.abort();
    }
  }

  /** The state as rendered. */
  get state(): ApiState {
    switch (this.task.status) {
      case TaskStatus.INITIAL:
        return this.host.configPending ? 'pending' : 'initial';
      case TaskStatus.PENDING:
        return 'pending';
      case TaskStatus.ERROR:
        return this.abortedByDisconnect ? 'pending' : 'error';
      default:
        return this.options.isEmpty?.(this.task.value as T) ? 'empty' : 'complete';
    }
  }

  /** The last result (also kept while a new call is pending). */
  get value(): T | undefined {
    return this.task.value;
  }

  /** The error of the last call, when it failed. */
  get error(): unknown {
    return this.task.status === TaskStatus.ERROR ? this.task.error : undefined;
  }

  /** Resolves when the current call has settled (never rejects). */
  async settled(): Promise<void> {
    try {
      await this.task.taskComplete;
    } catch {
      // The error is rendered; waiting callers only need to know it settled.
    }
  }

  /**
   * Runs the call again. Keeps keyboard focus in the element: when the retry
   * button that had focus disappears, focus moves to the new retry button or,
   * after success, to the state region.
   */
  readonly retry = async (): Promise<void> => {
    const root = this.host.shadowRoot;
    const hadFocus = !!root?.activeElement;
    this.announce = true;
    await this.task.run();
    await this.host.updateComplete;
    if (hadFocus && root && !root.activeElement) {
      const target = root.querySelector<HTMLElement>('[part~="retry-button"]') ?? root.querySelector<HTMLElement>('.yw-state');
      target?.focus();
    }
  };

  /** Renders the state: the element's `complete` template, or the shared ones. */
  render(renderers: ApiRenderers<T>): TemplateResult {
    const state = this.state;
    let content: unknown;
    let status = '';
    switch (state) {
      case 'initial':
      case 'pending':
        content = renderers.pending ? renderers.pending() : renderSkeleton(this.options.skeletonLines);
        status = this.i18n.t('state.loading');
        break;
      case 'error': {
        const error = this.i18n.error(this.task.error);
        content = renderers.error
          ? renderers.error(error, this.retry)
          : renderError(error, this.i18n.t('state.retry'), error.requestId ? this.i18n.t('error.requestId', error.requestId) : '', this.retry);
        break;
      }
      case 'empty':
        content = renderers.empty ? renderers.empty(this.task.value as T) : renderEmpty(this.i18n.t('state.empty'));
        status = this.i18n.t('state.empty');
        break;
      default:
        content = renderers.complete(this.task.value as T);
        status = this.i18n.t('state.loaded');
    }
    // The live region stays in place across states so that screen readers hear
    // its changes; it only speaks for runs the applicant started (retry).
    return html`<div class="yw-state" part="state" data-state=${state} aria-busy=${state === 'pending' ? 'true' : 'false'} tabindex="-1">
        ${content}
      </div>
      <span class="yw-sr-only" role="status">${this.announce ? status : ''}</span>`;
  }

  private reportError(error: unknown): void {
    const description = this.i18n.error(error);
    if (description.kind === 'aborted') return;
    this.host.dispatchEvent(
      new YwErrorEvent({ error, kind: description.kind, message: description.message, requestId: description.requestId, endpoint: this.options.endpoint }),
    );
  }
}
