// Loading data: every SDK read an element makes goes through this controller
// (on @lit/task). It passes the element's client and an AbortSignal to the
// call, aborts the running call when its arguments change or the element
// leaves the page, and only ever reports a result or an error for the
// arguments in effect now — so results are never stale. It holds state and
// behaviour only: the loading / empty / error templates are in
// ../views/async-views.ts. Elements never call fetch.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Task, TaskStatus, initialState } from '@lit/task';
import type { Client } from '@yiwang/sdk';
import { NotConfiguredError, describeError } from '../../i18n/errors.ts';
import { translations } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/index.ts';
import { YwErrorEvent } from '../events/shared.ts';

/** The states a load can be in. `initial`: nothing to load (yet). */
export const DATA_STATES = ['initial', 'pending', 'complete', 'empty', 'error'] as const;
export type DataState = (typeof DATA_STATES)[number];

/** What the data and action controllers need from their element (YwElement provides it). */
export interface DataHost extends ReactiveControllerHost, HTMLElement {
  readonly client: Client | null;
  readonly resolvedLocale: Locale;
  /**
   * True while the element's loads are on hold, shown as loading: a <yw-config> around it is not
   * defined yet, or the element has a reason of its own (the search, its URL state not in yet).
   */
  readonly loadsOnHold: boolean;
}

export interface DataOptions<T, A extends readonly unknown[]> {
  /** Contract endpoint id, for `yw-error` (`catalog.stats`). */
  endpoint: string;
  /**
   * Values the call depends on (properties of the element); a change starts a
   * new call. `null`: nothing to load — no call, state `initial`.
   */
  args?: () => A | null;
  /** The call: use `client` and pass `signal` to the SDK method. */
  call: (client: Client, args: A, signal: AbortSignal) => Promise<T>;
  /** Whether a result is the empty state. */
  isEmpty?: (value: T) => boolean;
  /**
   * A secondary load of an element whose main load reports a missing
   * api-base: without a client it stays `initial` instead of failing.
   */
  secondary?: boolean;
}

/** The arguments "nothing to load" runs with (Task compares arguments one by one). */
const NOTHING = Symbol('nothing to load');

/** A result or a failure, with the client and arguments it was for. */
interface Settled<T> {
  args: readonly unknown[];
  value: T;
}
interface SettledError {
  args: readonly unknown[];
  error: unknown;
}

const sameArgs = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((v, i) => Object.is(v, b[i]));

export class DataController<T, A extends readonly unknown[] = []> implements ReactiveController {
  private readonly host: DataHost;
  private readonly options: DataOptions<T, A>;
  private readonly task: Task<unknown[], Settled<T> | null>;
  /** Set when a disconnect aborted a running call, which then reruns on reconnect. */
  private abortedByDisconnect = false;
  private announce = false;

  constructor(host: DataHost, options: DataOptions<T, A>) {
    this.host = host;
    this.options = options;
    this.task = new Task(host, {
      args: () => [host.loadsOnHold, ...this.currentArgs()],
      task: async ([waiting, client, ...args], { signal }) => {
        const key = [client, ...args];
        // On hold (a <yw-config> above still being defined, say): wait in the loading state.
        if (waiting) return initialState;
        if (args[0] === NOTHING || (!client && options.secondary)) return { args: key, value: null } as unknown as Settled<T>;
        if (!client) throw { args: key, error: new NotConfiguredError('no api-base') } satisfies SettledError;
        try {
          return { args: key, value: await options.call(client as Client, args as unknown as A, signal) };
        } catch (error) {
          throw { args: key, error } satisfies SettledError;
        }
      },
      onError: (settled) => this.reportError((settled as SettledError).error),
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

  /** The client and the arguments in effect now (NOTHING for none). */
  private currentArgs(): unknown[] {
    const args = this.options.args ? this.options.args() : ([] as unknown as A);
    return [this.host.client, ...(args === null ? [NOTHING] : args)];
  }

  /** Whether a settled run was for the arguments in effect now. */
  private isCurrent(settled: { args: readonly unknown[] } | undefined): boolean {
    return !!settled && sameArgs(settled.args, this.currentArgs());
  }

  /**
   * The state for the arguments in effect now. Between a change of arguments
   * and the next update (when the call starts) the last result is for the old
   * ones: that is `pending` too, never someone else's data.
   */
  get state(): DataState {
    const nothing = this.options.args?.() === null;
    switch (this.task.status) {
      case TaskStatus.PENDING:
        return 'pending';
      case TaskStatus.ERROR: {
        if (this.abortedByDisconnect) return 'pending';
        if (!this.isCurrent(this.task.error as SettledError)) return nothing ? 'initial' : 'pending';
        return 'error';
      }
      case TaskStatus.COMPLETE: {
        const settled = this.task.value;
        // No value: the loads are on hold (initialState).
        if (!settled) return 'pending';
        if (!this.isCurrent(settled)) return nothing ? 'initial' : 'pending';
        if (settled.value === null && (nothing || !this.host.client)) return 'initial';
        return this.options.isEmpty?.(settled.value) ? 'empty' : 'complete';
      }
      default:
        return this.host.loadsOnHold ? 'pending' : 'initial';
    }
  }

  /** The last result (also kept while a new call is pending). */
  get value(): T | undefined {
    return this.task.value?.value ?? undefined;
  }

  /** The result for the arguments in effect now (undefined while loading, with nothing to load, or failed). */
  get current(): T | undefined {
    const state = this.state;
    return state === 'complete' || state === 'empty' ? this.task.value!.value : undefined;
  }

  /** The error of the last call, when it failed for the arguments in effect now. */
  get error(): unknown {
    return this.state === 'error' ? (this.task.error as SettledError).error : undefined;
  }

  /** Whether the state should be announced: only for runs the applicant asked for (a retry). */
  get announced(): boolean {
    return this.announce;
  }

  /** Resolves when the current call has settled (never rejects). */
  async settled(): Promise<void> {
    try {
      await this.task.taskComplete;
    } catch {
      // The error is in `state`; waiting callers only need to know it settled.
    }
  }

  /** Loads again now (after an error), without moving focus. */
  readonly reload = (): void => {
    void this.task.run();
  };

  /**
   * Loads again at the applicant's request and announces the outcome. Keeps
   * keyboard focus in the element: when the retry button that had focus
   * disappears, focus moves to the new retry button or, after success, to the
   * state region (`.yw-state`, rendered by renderDataState).
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

  private reportError(error: unknown): void {
    const description = describeError(error, translations[this.host.resolvedLocale]);
    if (description.kind === 'aborted') return;
    this.host.dispatchEvent(YwErrorEvent.of(error, description, this.options.endpoint));
  }
}
