// The draft's footer: when the draft was last saved, and the "keep a draft on
// this device" choice. The offer and the conflict choice are in draft-banner.ts.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { LocalizeController } from '../../../base/controllers/localize.ts';
import type { Drafts } from '../controllers/drafts.ts';

/** `device`: whether a device copy is kept (null: the site switched device copies off). */
export function renderDraftFooter(
  localize: LocalizeController,
  drafts: Drafts | null,
  device: boolean | null,
  choose: (keep: boolean) => void,
): TemplateResult {
  const at = drafts?.savedAt ? localize.date(drafts.savedAt, { hour: '2-digit', minute: '2-digit' }) : '';
  const status = drafts?.status ?? 'idle';
  const text =
    status === 'saved'
      ? localize.t('formRenderer.draft.saved', at)
      : status === 'device'
        ? localize.t('formRenderer.draft.device', at)
        : status === 'pending'
          ? localize.t('formRenderer.draft.pending')
          : status === 'failed'
            ? localize.t('formRenderer.draft.failed')
            : '';
  return html`<div class="footer">
    <p class="draft-status muted" part="draft-status" data-status=${status}>${text}</p>
    ${
      device === null
        ? nothing
        : html`<label class="choice small" part="draft-device"
          ><input type="checkbox" .checked=${device} @change=${(e: Event) => choose((e.target as HTMLInputElement).checked)} /><span
            >${localize.t('formRenderer.draft.deviceChoice')}</span
          ></label
        >`
    }
  </div>`;
}
