// The outcome of an application (not accepted / not approved with the reason,
// approved with its result, withdrawn) with the owner's result download, and
// the owner's withdrawal with a confirmation step.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { WithdrawRequest } from '@yiwang/contract';
import type { Progress } from '@yiwang/contract';
import { ActionController } from '../../base/controllers/action.ts';
import { TrackerPanel } from './panel.ts';
import type { TrackerHost } from './tracker-host.ts';
import { formatSize } from './format.ts';

/** Statuses at which a decision has been taken (the result is known). */
const DECIDED = ['decided', 'certifying', 'delivering', 'completed'];

interface Download {
  number: string;
  url: string;
  size: number;
}

export class OwnerActionsController extends TrackerPanel {
  private download: Download | null = null;
  /** Fetching the result document. */
  private readonly fetching: ActionController;
  private downloadError = '';
  private confirming = '';
  private reason = '';
  private reasonError = '';
  private withdrawError = '';

  constructor(host: TrackerHost) {
    super(host);
    this.fetching = new ActionController(host);
  }

  hostDisconnected(): void {
    this.forget();
  }

  override hostUpdated(): void {
    const shown = this.host.progress?.number;
    // Another application (or none) on screen: its file and dialogue go.
    if (this.download && this.download.number !== shown) this.forget();
    if (this.confirming && this.confirming !== shown) this.confirming = '';
    super.hostUpdated();
  }

  // -------------------------------------------------------------------------
  // Outcome and result

  renderOutcome(p: Progress): TemplateResult | typeof nothing {
    const localize = this.localize;
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
      ${r.documentName ? this.renderDownload(p, r.documentName) : nothing}
    </section>`;
  }

  private renderDownload(p: Progress, documentName: string): TemplateResult {
    const localize = this.localize;
    if (!p.result?.downloadPath) return html`<p class="hint">${localize.t('progressTracker.result.signIn')}</p>`;
    const ready = this.download?.number === p.number ? this.download : null;
    return html`<div class="actions">
        ${ready
          ? html`<a class="yw-button" part="result-link" href=${ready.url} download=${`${p.number}-${documentName}.pdf`}>
              ${localize.t('progressTracker.result.download', documentName, formatSize(localize, ready.size))}
            </a>`
          : html`<button type="button" class="yw-button" part="result-button" aria-disabled=${this.fetching.busy ? 'true' : 'false'} @click=${() => this.fetchResult(p)}>
              ${this.fetching.busy ? localize.t('progressTracker.result.busy') : localize.t('progressTracker.result.get', documentName)}
            </button>`}
      </div>
      ${this.downloadError ? html`<div class="alert" role="alert"><p class="yw-error-message">${this.downloadError}</p></div>` : nothing}`;
  }

  /** Fetches the result document and offers it as a download link (an object URL). */
  private async fetchResult(p: Progress): Promise<void> {
    const client = this.host.client;
    if (!client || this.fetching.busy) return;
    this.downloadError = '';
    const outcome = await this.fetching.run(() => this.host.exclusive((signal) => client.applications.result(p.number, { signal }), 'applications.result'));
    const fetched = outcome.status === 'done' ? outcome.value : outcome;
    if (fetched.status === 'done') {
      const blob = fetched.value;
      this.forget();
      this.download = { number: p.number, url: URL.createObjectURL(blob), size: blob.size };
      this.focusSelector = '[part~="result-link"]';
    } else if (fetched.status === 'failed') this.downloadError = fetched.description.message;
    this.host.requestUpdate();
  }

  private forget(): void {
    if (this.download) URL.revokeObjectURL(this.download.url);
    this.download = null;
  }

  // -------------------------------------------------------------------------
  // Withdrawal

  renderWithdraw(p: Progress): TemplateResult | typeof nothing {
    if (!p.canWithdraw) return nothing;
    const localize = this.localize;
    if (this.confirming !== p.number) {
      return html`<div class="withdraw actions">
        <button type="button" class="yw-button secondary" part="withdraw-button" @click=${() => this.open(p)}>${localize.t('progressTracker.withdraw.button')}</button>
      </div>`;
    }
    return html`<section class="panel confirm" part="withdraw-confirm" aria-labelledby="pt-withdraw-title" @keydown=${this.onKeydown}>
      <h3 id="pt-withdraw-title">${localize.t('progressTracker.withdraw.title')}</h3>
      <p id="pt-withdraw-warning">${localize.t('progressTracker.withdraw.warning')}</p>
      <form novalidate @submit=${(e: Event) => this.withdraw(e, p)}>
        <div class="field">
          <label for="pt-withdraw-reason">${localize.t('progressTracker.withdraw.reason')}</label>
          <textarea
            id="pt-withdraw-reason"
            part="textarea"
            maxlength="200"
            required
            aria-invalid=${this.reasonError ? 'true' : 'false'}
            aria-describedby=${this.reasonError ? 'pt-withdraw-warning pt-withdraw-error' : 'pt-withdraw-warning'}
            .value=${this.reason}
            @input=${(e: Event) => (this.reason = (e.target as HTMLTextAreaElement).value)}
          ></textarea>
          ${this.reasonError ? html`<p class="field-error" id="pt-withdraw-error">${this.reasonError}</p>` : nothing}
        </div>
        ${this.withdrawError ? html`<div class="alert" role="alert"><p class="yw-error-message">${this.withdrawError}</p></div>` : nothing}
        <div class="actions">
          <button type="submit" class="yw-button danger" part="withdraw-confirm-button" aria-disabled=${this.action.busy ? 'true' : 'false'}>
            ${this.action.busy ? localize.t('progressTracker.withdraw.busy') : localize.t('progressTracker.withdraw.confirm')}
          </button>
          <button type="button" class="yw-button secondary" part="withdraw-cancel-button" @click=${this.cancel}>${localize.t('progressTracker.withdraw.cancel')}</button>
        </div>
      </form>
    </section>`;
  }

  private open(p: Progress): void {
    this.confirming = p.number;
    this.reason = '';
    this.reasonError = '';
    this.withdrawError = '';
    this.focusSelector = '#pt-withdraw-reason';
    this.host.requestUpdate();
  }

  private readonly cancel = (): void => {
    if (this.action.busy) return;
    this.confirming = '';
    this.focusSelector = '[part~="withdraw-button"]';
    this.host.requestUpdate();
  };

  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      this.cancel();
    }
  };

  private async withdraw(event: Event, p: Progress): Promise<void> {
    event.preventDefault();
    const client = this.host.client;
    if (!client || this.action.busy) return;
    const localize = this.localize;
    const body = WithdrawRequest.safeParse({ reason: this.reason });
    if (!body.success) {
      this.reasonError = localize.t('progressTracker.withdraw.reasonMissing');
      this.focusSelector = '#pt-withdraw-reason';
      this.host.requestUpdate();
      return;
    }
    this.reasonError = '';
    this.withdrawError = '';
    const run = (signal: AbortSignal) => client.applications.withdraw(p.number, body.data, { signal });
    const outcome = await this.action.run(() => this.host.act('applications.withdraw', run, localize.t('progressTracker.withdraw.done'), () => (this.confirming = '')));
    if (outcome.status === 'done') this.withdrawError = outcome.value.error;
    this.host.requestUpdate();
  }
}
