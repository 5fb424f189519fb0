// The events more than one element uses: `yw-error` (DataController and ActionController fire it for
// every element's failed call) and `yw-acting-change` (fired by <yw-account-switch>, honoured by
// <yw-config>). One module, so that they sit in the chunk every page loads rather than in one more file.
import type { ErrorDescription, ErrorKind } from '../../i18n/errors.ts';

/**
 * The init of every yiwang event (one helper, so that each event class is a line of code in its
 * element's chunk): it bubbles and is composed; cancelable only where the element honours preventDefault().
 */
export const eventInit = <T>(detail: T, cancelable: boolean): CustomEventInit<T> => ({ detail, bubbles: true, composed: true, cancelable });

/** Detail of `yw-error`. */
export interface YwErrorDetail {
  /** The error the SDK call ended with (an `ApiError`, `NetworkError`, …). */
  error: unknown;
  kind: ErrorKind;
  /** The sentence the element shows the applicant. */
  message: string;
  /** The server's request id, when there is one. */
  requestId: string;
  /** The contract endpoint that failed, e.g. `catalog.stats`. */
  endpoint: string;
}

/**
 * An SDK call of an element failed and the element now shows its error state.
 * For a site's error reporting; not cancelable (the error state is always shown).
 */
export class YwErrorEvent extends CustomEvent<YwErrorDetail> {
  static readonly eventName = 'yw-error' as const;
  constructor(detail: YwErrorDetail) {
    super(YwErrorEvent.eventName, eventInit(detail, false));
  }

  /** The event for a failed call of `endpoint`, as `describeError` put it in words. */
  static of(error: unknown, description: ErrorDescription, endpoint: string): YwErrorEvent {
    return new YwErrorEvent({ error, kind: description.kind, message: description.message, requestId: description.requestId, endpoint });
  }
}

/** Detail of `yw-acting-change`. */
export interface YwActingChangeDetail {
  /** The enterprise to act for (its id, from `me.get()`'s `enterprises`); null: the signed-in person. */
  enterpriseId: string | null;
}

/**
 * The applicant switched whom they act for (`<yw-account-switch>`). The
 * `<yw-config>` around that makes the client sets it (`acting-for`), and every
 * element inside reloads. Cancelable: `preventDefault()` keeps the current one.
 */
export class YwActingChangeEvent extends CustomEvent<YwActingChangeDetail> {
  static readonly eventName = 'yw-acting-change' as const;
  constructor(detail: YwActingChangeDetail) {
    super(YwActingChangeEvent.eventName, eventInit(detail, true));
  }
}
