// The outcome of an application (not accepted / not approved with the reason,
// approved with its result, withdrawn) with the owner's result download, and
// the owner's withdrawal with its confirmation step.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Progress } from '@yiwang/contract';
import type { LocalizeController } from '../../../base/controllers/localize.ts';
import { formatSize } from '../format.ts';

/** Statuses at which a decision has been taken (the result is known). */
const DECIDED = ['decided', 'certifying', 'delivering', 'completed'];

export interface OutcomeState {
  /** The fetched result document of this application (an object URL), or null. */
  download: { url: string; size: number } | null;
  /** The result document is being fetched. */
  fetching: boolean;
  /** Why fetching it failed. */
  error: string;
}

export interface OutcomeActions {
  onFetchResult: (p: Progress) => void;
}

export interface WithdrawState {
  /** The confirmation step is open for this application. */
  confirming: boolean;
  reason: string;
  reasonError: string;
  /** Why the last withdrawal failed. */
  error: string;
  /** The withdrawal is being sent. */
  busy: boolean;
}

export interface WithdrawActions {
  onOpen: (p: Progress) => void;
  onReason: (reason: string) => void;
  onCancel: () => void;
  onKeydown: (event: KeyboardEvent) => void;
  onWithdraw: (event: Event, p: Progress) => void;
}

export function renderOutcome(
  localize: LocalizeController,
  p: Progress,
  state: OutcomeState,
  actions: OutcomeActions,
): TemplateResult | typeof nothing {
  if (p.status === 'withdrawn') {
    const last = p.events[p.events.length - 1];
    return html`<section class="panel outcome" part="outcome" data-outcome="withdrawn">
      <p class="outcome-title">– ${localize.t('progressTracker.outcome.withdrawn')}</p>
      ${last ? html`<p>${last.message}</p>` : nothing}
    </section>`;
  }
  const r = p.result;
  if (!r || (r.outcome === 'approved' && !DECIDED.includes(p.status))) return nothing;
  const failed = r.outcome !== 'approved';
  return html`<section class="panel outcome" part="outcome" data-outcome=${r.outcome}>
    <p class="outcome-title">${failed ? '✕' : '✓'} ${localize.t(`progressTracker.outcome.${r.outcome}`)}</p>
    ${r.reason ? html`<p>${localize.t('progressTracker.outcome.reason', r.reason)}</p>` : nothing}
    ${failed ? html`<p class="hint">${localize.t('progressTracker.outcome.appeal')}</p>` : nothing}
    ${r.documentName ? html`<p>${localize.t('progressTracker.result.document', r.documentName)}</p>` : nothing}
    ${r.licenseId ? html`<p>${localize.t('progressTracker.result.license', r.licenseId)}</p>` : nothing}
    ${r.documentName ? renderDownload(localize, p, r.documentName, state, actions) : nothing}
  </section>`;
}

function renderDownload(
  localize: LocalizeController,
  p: Progress,
  documentName: string,
  state: OutcomeState,
  actions: OutcomeActions,
): TemplateResult {
  if (!p.result?.downloadPath) return html`<p class="hint">${localize.t('progressTracker.result.signIn')}</p>`;
  const ready = state.download;
  return html`<div class="actions">
      ${
        ready
          ? html`<a class="yw-button" part="result-link" href=${ready.url} download=${`${p.number}-${documentName}.pdf`}>
            ${localize.t('progressTracker.result.download', documentName, formatSize(localize, ready.size))}
          </a>`
          : html`<button type="button" class="yw-button" part="result-button" aria-disabled=${state.fetching ? 'true' : 'false'} @click=${() => actions.onFetchResult(p)}>
            ${state.fetching ? localize.t('progressTracker.result.busy') : localize.t('progressTracker.result.get', documentName)}
          </button>`
      }
    </div>
    ${state.error ? html`<div class="alert" role="alert"><p class="yw-error-message">${state.error}</p></div>` : nothing}`;
}

export function renderWithdraw(
  localize: LocalizeController,
  p: Progress,
  state: WithdrawState,
  actions: WithdrawActions,
): TemplateResult | typeof nothing {
  if (!p.canWithdraw) return nothing;
  if (!state.confirming) {
    return html`<div class="withdraw actions">
      <button type="button" class="yw-button secondary" part="withdraw-button" @click=${() => actions.onOpen(p)}>${localize.t('progressTracker.withdraw.button')}</button>
    </div>`;
  }
  return html`<section class="panel confirm" part="withdraw-confirm" aria-labelledby="pt-withdraw-title" @keydown=${actions.onKeydown}>
    <h3 id="pt-withdraw-title">${localize.t('progressTracker.withdraw.title')}</h3>
    <p id="pt-withdraw-warning">${localize.t('progressTracker.withdraw.warning')}</p>
    <form novalidate @submit=${(e: Event) => actions.onWithdraw(e, p)}>
      <div class="field">
        <label for="pt-withdraw-reason">${localize.t('progressTracker.withdraw.reason')}</label>
        <textarea
          id="pt-withdraw-reason"
          part="textarea"
          maxlength="200"
          required
          aria-invalid=${state.reasonError ? 'true' : 'false'}
          aria-describedby=${state.reasonError ? 'pt-withdraw-warning pt-withdraw-error' : 'pt-withdraw-warning'}
          .value=${state.reason}
          @input=${(e: Event) => actions.onReason((e.target as HTMLTextAreaElement).value)}
        ></textarea>
        ${state.reasonError ? html`<p class="field-error" id="pt-withdraw-error">${state.reasonError}</p>` : nothing}
      </div>
      ${state.error ? html`<div class="alert" role="alert"><p class="yw-error-message">${state.error}</p></div>` : nothing}
      <div class="actions">
        <button type="submit" class="yw-button danger" part="withdraw-confirm-button" aria-disabled=${state.busy ? 'true' : 'false'}>
          ${state.busy ? localize.t('progressTracker.withdraw.busy') : localize.t('progressTracker.withdraw.confirm')}
        </button>
        <button type="button" class="yw-button secondary" part="withdraw-cancel-button" @click=${actions.onCancel}>${localize.t('progressTracker.withdraw.cancel')}</button>
      </div>
    </form>
  </section>`;
}
