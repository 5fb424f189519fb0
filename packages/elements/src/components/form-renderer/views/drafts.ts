// The draft's visible side: the offer to restore a draft found on opening, the
// choice after a save that conflicts with one made elsewhere, when the draft
// was last saved, and the "keep a draft on this device" choice.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { LocalizeController } from '../../../base/controllers/localize.ts';
import type { Drafts } from '../controllers/drafts.ts';

const TIME: Intl.DateTimeFormatOptions = { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' };

export function renderDraftBanner(t: LocalizeController, drafts: Drafts | null): TemplateResult | typeof nothing {
  if (drafts?.offer) {
    return html`<div class="banner" part="draft-banner" role="region" aria-labelledby="draft-offer">
      <p id="draft-offer">${t.t('formRenderer.draft.offer', t.date(drafts.offer.savedAt, TIME))}</p>
      <div class="banner-actions">
        <button type="button" class="yw-button" part="draft-restore" @click=${() => drafts.restore()}>${t.t('formRenderer.draft.restore')}</button>
        <button type="button" class="yw-button secondary" part="draft-discard" @click=${() => void drafts.discard()}>${t.t('formRenderer.draft.discard')}</button>
      </div>
    </div>`;
  }
  if (drafts?.status === 'conflict') {
    return html`<div class="banner warning" part="draft-banner" role="alert">
      <p>${t.t('formRenderer.draft.conflict')}</p>
      <div class="banner-actions">
        <button type="button" class="yw-button" part="draft-theirs" @click=${() => void drafts.keepTheirs()}>${t.t('formRenderer.draft.keepTheirs')}</button>
        <button type="button" class="yw-button secondary" part="draft-mine" @click=${() => void drafts.keepMine()}>${t.t('formRenderer.draft.keepMine')}</button>
      </div>
    </div>`;
  }
  return nothing;
}

/** `device`: whether a device copy is kept (null: the site switched device copies off). */
export function renderDraftFooter(t: LocalizeController, drafts: Drafts | null, device: boolean | null, choose: (keep: boolean) => void): TemplateResult {
  const at = drafts?.savedAt ? t.date(drafts.savedAt, { hour: '2-digit', minute: '2-digit' }) : '';
  const status = drafts?.status ?? 'idle';
  const text =
    status === 'saved' ? t.t('formRenderer.draft.saved', at)
    : status === 'device' ? t.t('formRenderer.draft.device', at)
    : status === 'pending' ? t.t('formRenderer.draft.pending')
    : status === 'failed' ? t.t('formRenderer.draft.failed')
    : '';
  return html`<div class="footer">
    <p class="draft-status muted" part="draft-status" data-status=${status}>${text}</p>
    ${device === null
      ? nothing
      : html`<label class="choice small" part="draft-device"
          ><input type="checkbox" .checked=${device} @change=${(e: Event) => choose((e.target as HTMLInputElement).checked)} /><span
            >${t.t('formRenderer.draft.deviceChoice')}</span
          ></label
        >`}
  </div>`;
}
