// A quiet sibling of the foundation's ApiController for the picker's secondary
// calls (a level's children, coverage, search): the same @lit/task semantics —
// a change of arguments aborts the running call, results are never stale — but
// no state region of its own, and no call at all while the arguments are null
// (no parent chosen yet, nothing typed). Failures fire `yw-error` like every
// element's; a missing api-base is reported once, by the picker's main call.
import { Task, TaskStatus } from '@lit/task';
import type { Client } from '@yiwang/sdk';
import type { ApiHost } from '../../base/controllers/api.ts';
import { YwErrorEvent } from '../../base/events/index.ts';
import { describeError } from '../../i18n/errors.ts';
import { translations } from '../../i18n/index.ts';

export type LoaderState = 'idle' | 'pending' | 'complete' | 'error';

export interface LoaderOptions<T, K> {
  /** Contract endpoint id, for `yw-error`. */
  endpoint: string;
  /** What to load; null means nothing (the loader is idle). */
  key: () => K | null;
  call: (client: Client, key: K, signal: AbortSignal) => Promise<T>;
}

interface Keyed<T, K> {
  client: Client | null;
  key: K | null;
  value: T | null;
}

/** A failure, with the arguments it was for. */
class KeyedError<K> {
  readonly client: Client | null;
  readonly key: K | null;
  readonly error: unknown;
  constructor(client: Client | null, key: K | null, error: unknown) {
    this.client = client;
    this.key = key;
    this.error = error;
  }
}

export class Loader<T, K = string> {
  private readonly task: Task<[Client | null, K | null], Keyed<T, K>>;
  private readonly host: ApiHost;
  private readonly options: LoaderOptions<T, K>;

  constructor(host: ApiHost, options: LoaderOptions<T, K>) {
    this.host = host;
    this.options = options;
    this.task = new Task(host, {
      args: () => [host.client, options.key()] as [Client | null, K | null],
      task: async ([client, key], { signal }) => {
        try {
          return { client, key, value: client && key !== null ? await options.call(client, key, signal) : null };
        } catch (error) {
          throw new KeyedError(client, key, error);
        }
      },
      onError: (keyed) => {
        const error = (keyed as KeyedError<K>).error;
        const described = describeError(error, translations[host.resolvedLocale]);
        if (described.kind === 'aborted') return;
        host.dispatchEvent(
          new YwErrorEvent({ error, kind: described.kind, message: described.message, requestId: described.requestId, endpoint: options.endpoint }),
        );
      },
    });
  }

  /**
   * The state for the current arguments. Between a change of arguments and the
   * next update (when the task starts again) the last result is for the old
   * ones: that is `pending` too, never someone else's list.
   */
  get state(): LoaderState {
    const key = this.options.key();
    switch (this.task.status) {
      case TaskStatus.ERROR: {
        const failed = this.task.error as KeyedError<K>;
        if (failed.client !== this.host.client || failed.key !== key) return key === null ? 'idle' : 'pending';
        return 'error';
      }
      case TaskStatus.COMPLETE: {
        const done = this.task.value!;
        if (done.client !== this.host.client || done.key !== key) return key === null ? 'idle' : 'pending';
        return done.value === null ? 'idle' : 'complete';
      }
      case TaskStatus.PENDING:
        return 'pending';
      default:
        return key === null ? 'idle' : 'pending';
    }
  }

  /** The result for the current arguments (undefined while loading, idle or failed). */
  get value(): T | undefined {
    return this.state === 'complete' ? (this.task.value!.value as T) : undefined;
  }

  get error(): unknown {
    return this.state === 'error' ? (this.task.error as KeyedError<K>).error : undefined;
  }

  /** Loads again (after an error). */
  readonly retry = (): void => {
    void this.task.run();
  };
}
