// What the tracker's controllers (supplement, evaluation, owner actions, query
// form) need from <yw-progress-tracker>: the client, the application on screen,
// and the one-request-in-flight rule for everything that talks to the server.
import type { ReactiveControllerHost } from 'lit';
import type { Progress } from '@yiwang/contract';
import type { Client } from '@yiwang/sdk';
import type { Locale } from '../../i18n/index.ts';
import type { YwEvent } from '../../base/events/index.ts';
import type { ActionOutcome } from '../../base/controllers/action.ts';
import type * as BodySchemas from './body-schemas.ts';

export interface TrackerHost extends ReactiveControllerHost, HTMLElement {
  readonly client: Client | null;
  readonly resolvedLocale: Locale;
  /** The application on screen (the freshest answer), or null. */
  readonly progress: Progress | null;
  /** Puts a newer answer on screen (an action's result or a refresh). */
  showProgress(progress: Progress): void;
  /**
   * Runs one request as the only one in flight (after those already queued): a
   * running refresh is aborted, and refreshes wait until it has settled. A
   * failure is reported as `yw-error` with `endpoint`.
   */
  exclusive<T>(run: (signal: AbortSignal) => Promise<T>, endpoint: string): Promise<ActionOutcome<T>>;
  /**
   * An owner's action that answers with the application (supplement,
   * withdrawal): run as the only request, then `succeeded` called (before the
   * new answer renders), the answer shown, `done` announced and the title
   * focused. Resolves with what to tell the applicant when it failed (reported
   * as `yw-error`; '' when it worked or was aborted) and whether it worked.
   */
  act(
    endpoint: string,
    run: (signal: AbortSignal) => Promise<Progress>,
    done: string,
    succeeded?: () => void,
  ): Promise<{ ok: boolean; error: string }>;
  /**
   * The contract's schemas of what the applicant sends (撤回, 补正, 好差评),
   * fetched the first time one is sent; the element's `updateComplete` waits for them.
   */
  bodySchemas(): Promise<typeof BodySchemas>;
  /** Says something in the element's polite live region. */
  announce(message: string): void;
  /** Fetches the application again (skipped while another request runs). */
  refresh(): Promise<void>;
  /** Moves focus to the application's title after the next render. */
  focusTitle(): void;
  /** Dispatches a yiwang event. */
  dispatch(event: YwEvent): boolean;
}
