// The draft offer: restoring a draft found on opening (and, for an earlier version of the form, what
// restoring carries over), or the choice after a save that conflicts with one made elsewhere. Fetched
// with the later views (views/later.ts): it shows after the drafts are looked up, by when they are in.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { LocalizeController } from '../../../base/controllers/localize.ts';
import type { Drafts } from '../controllers/drafts.ts';

const TIME: Intl.DateTimeFormatOptions = { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' };

export function renderDraftBanner(localize: LocalizeController, drafts: Drafts | null): TemplateResult | typeof nothing {
  if (drafts?.offer) {
    return html`<div class="banner" part="draft-banner" role="region" aria-labelledby="draft-offer">
      <p id="draft-offer">${localize.t('formRenderer.draft.offer', localize.date(drafts.offer.savedAt, TIME))}</p>
      ${drafts.olderVersion() ? renderCarriedOver(localize, drafts) : nothing}
      <div class="banner-actions">
        <button type="button" class="yw-button" part="draft-restore" @click=${() => drafts.restore()}>${localize.t('formRenderer.draft.restore')}</button>
        <button type="button" class="yw-button secondary" part="draft-discard" @click=${() => void drafts.discard()}>${localize.t('formRenderer.draft.discard')}</button>
      </div>
    </div>`;
  }
  if (drafts?.status === 'conflict') {
    return html`<div class="banner warning" part="draft-banner" role="alert">
      <p>${localize.t('formRenderer.draft.conflict')}</p>
      <div class="banner-actions">
        <button type="button" class="yw-button" part="draft-theirs" @click=${() => void drafts.keepTheirs()}>${localize.t('formRenderer.draft.keepTheirs')}</button>
        <button type="button" class="yw-button secondary" part="draft-mine" @click=${() => void drafts.keepMine()}>${localize.t('formRenderer.draft.keepMine')}</button>
      </div>
    </div>`;
  }
  return nothing;
}

/** A draft of an earlier version: the form changed, which answers carry over, and how many do not. */
function renderCarriedOver(localize: LocalizeController, drafts: Drafts): TemplateResult {
  const { kept, dropped } = drafts.carriedOver();
  return html`<div part="draft-version">
    <p>${localize.t('formRenderer.draft.newVersion', drafts.offer!.formVersion!, drafts.formVersion)}</p>
    ${
      kept.length > 0
        ? html`<p id="draft-carried">${localize.t('formRenderer.draft.carried')}</p>
            <ul part="draft-carried" aria-labelledby="draft-carried">
              ${kept.map((label) => html`<li>${label}</li>`)}
            </ul>`
        : html`<p>${localize.t('formRenderer.draft.nothingCarried')}</p>`
    }
    ${dropped > 0 ? html`<p part="draft-dropped">${localize.t('formRenderer.draft.dropped', dropped)}</p>` : nothing}
  </div>`;
}
