// The shared loading / empty / error-with-retry templates, and the state
// region that shows a DataController's state through them (controllers hold
// state and behaviour; templates live here and in the elements). Server
// strings never reach these as HTML: every value is bound as text.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { ErrorDescription } from '../../i18n/errors.ts';
import type { DataController } from '../controllers/data.ts';
import type { LocalizeController } from '../controllers/localize.ts';

/** A loading skeleton of `lines` grey bars; the live region says "loading". */
export function renderSkeleton(lines = 3): TemplateResult {
  return html`<div class="yw-skeleton" part="skeleton" aria-hidden="true">
    ${Array.from({ length: lines }, () => html`<span class="yw-skeleton-line"></span>`)}
  </div>`;
}

/** The empty state: a sentence. */
export function renderEmpty(message: string): TemplateResult {
  return html`<div class="yw-empty" part="empty"><p>${message}</p></div>`;
}

/**
 * The error state: the message, the request id for the help desk, and a retry
 * button when trying again can help. `role="alert"` announces it once.
 */
export function renderError(error: ErrorDescription, retryLabel: string, requestIdLabel: string, onRetry: () => void): TemplateResult {
  return html`<div class="yw-error" part="error" role="alert">
    <p class="yw-error-message">${error.message}</p>
    ${error.requestId ? html`<p class="yw-error-id">${requestIdLabel}</p>` : nothing}
    ${
      error.retryable ? html`<button type="button" class="yw-button" part="retry-button" @click=${onRetry}>${retryLabel}</button>` : nothing
    }
  </div>`;
}

/** renderError with the shared strings. */
export function renderErrorState(localize: LocalizeController, error: ErrorDescription, onRetry: () => void): TemplateResult {
  return renderError(error, localize.t('state.retry'), error.requestId ? localize.t('error.requestId', error.requestId) : '', onRetry);
}

/**
 * Where a part loaded when opened (a view's module) is not in: a skeleton while it comes, or, when its fetch
 * failed, `message` (default: the network error's words) with a retry that fetches it again.
 */
export function renderViewMissing(
  localize: LocalizeController,
  failed: boolean,
  retry: () => void,
  skeletonLines = 3,
  message = localize.t('error.network'),
): TemplateResult {
  return failed
    ? renderErrorState(localize, { kind: 'network', message, requestId: '', retryAfter: null, retryable: true, code: '' }, retry)
    : renderSkeleton(skeletonLines);
}

/** renderViewMissing for a lazily loaded part (a LazyPart or LazyModule): its retry is the part's `preload()`. */
export function renderPartMissing(
  localize: LocalizeController,
  part: { readonly failed: boolean; preload(): Promise<unknown> },
  skeletonLines?: number,
  message?: string,
): TemplateResult {
  return renderViewMissing(localize, part.failed, () => void part.preload(), skeletonLines, message);
}

/** An element's templates for the states of its data; the shared ones stand in for those left out. */
export interface DataStateTemplates<T> {
  complete: (value: T) => unknown;
  pending?: () => unknown;
  empty?: (value: T) => unknown;
  error?: (error: ErrorDescription, retry: () => void) => unknown;
  /** Skeleton lines of the shared loading template (default 3). */
  skeletonLines?: number;
}

/**
 * The state region of a load: the element's template for the current state,
 * or the shared one, inside `.yw-state` (`part="state"`, `data-state`,
 * `aria-busy`) and followed by a live region that speaks only for runs the
 * applicant started (a retry).
 */
export function renderDataState<T, A extends readonly unknown[]>(
  data: DataController<T, A>,
  localize: LocalizeController,
  templates: DataStateTemplates<T>,
): TemplateResult {
  const state = data.state;
  let content: unknown;
  let status = '';
  switch (state) {
    case 'initial':
    case 'pending':
      content = templates.pending ? templates.pending() : renderSkeleton(templates.skeletonLines);
      status = localize.t('state.loading');
      break;
    case 'error': {
      const error = localize.error(data.error);
      content = templates.error ? templates.error(error, data.retry) : renderErrorState(localize, error, data.retry);
      break;
    }
    case 'empty':
      content = templates.empty ? templates.empty(data.current as T) : renderEmpty(localize.t('state.empty'));
      status = localize.t('state.empty');
      break;
    default:
      content = templates.complete(data.current as T);
      status = localize.t('state.loaded');
  }
  // The live region stays in place across states so that screen readers hear its changes.
  return html`<div class="yw-state" part="state" data-state=${state} aria-busy=${state === 'pending' ? 'true' : 'false'} tabindex="-1">
      ${content}
    </div>
    <span class="yw-sr-only" role="status">${data.announced ? status : ''}</span>`;
}
