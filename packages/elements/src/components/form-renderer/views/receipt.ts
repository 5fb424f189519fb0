// The receipt after submission: the application number and the query code to keep.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { ApplicationReceipt } from '@yiwang/contract';
import type { LocalizeController } from '../../../base/controllers/localize.ts';

export function renderReceipt(
  localize: LocalizeController,
  receipt: ApplicationReceipt,
  earlier: boolean,
  copied: 'idle' | 'done' | 'failed',
  copy: () => void,
): TemplateResult {
  return html`<div class="receipt" part="receipt">
    <h3 class="step-heading" part="step-heading" tabindex="-1">✓ ${localize.t('formRenderer.receipt.title')}</h3>
    ${earlier ? html`<p class="note">${localize.t('formRenderer.receipt.earlier')}</p>` : nothing}
    <dl class="receipt-list">
      <div><dt>${localize.t('formRenderer.receipt.item')}</dt><dd>${receipt.itemName}</dd></div>
      <div><dt>${localize.t('formRenderer.receipt.number')}</dt><dd class="receipt-number" part="application-number">${receipt.number}</dd></div>
      <div><dt>${localize.t('formRenderer.receipt.queryCode')}</dt><dd class="query-code" part="query-code">${receipt.queryCode}</dd></div>
    </dl>
    <p class="keep">${localize.t('formRenderer.receipt.keep')}</p>
    <button type="button" class="yw-button" part="copy-button" @click=${copy}>${localize.t('formRenderer.receipt.copy')}</button>
    <span class="copied" role="status">${copied === 'done' ? localize.t('formRenderer.receipt.copied') : copied === 'failed' ? localize.t('formRenderer.receipt.copyFailed') : ''}</span>
  </div>`;
}
