// The shared loading / empty / error-with-retry templates. Server strings never
// reach these as HTML: every value is bound as text.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { ErrorDescription } from '../i18n/errors.ts';

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
    ${error.retryable
      ? html`<button type="button" class="yw-button" part="retry-button" @click=${onRetry}>${retryLabel}</button>`
      : nothing}
  </div>`;
}
