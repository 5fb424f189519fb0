// Smart paste (智能识别) as shown once opened: the text area and its button, and
// the message — which fields were filled, which were not, and what text could
// not be read (as text, never as HTML). The parsing is SmartPaste's (smart-paste.ts);
// the toggle and the panel's box are the picker's, which fetches this module
// when the panel is about to open (smart-paste.part.ts).
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { TemplateResult } from 'lit';
import type { LocalizeController } from '../../../base/controllers/localize.ts';
import type { ErrorDescription } from '../../../i18n/errors.ts';
import { FIELD_LABEL } from '../address-value.ts';
import type { AddressField } from '../address-value.ts';

/** What the last parse said. */
export type PasteResult =
  | { kind: 'empty' | 'nothing' }
  | { kind: 'done'; filled: AddressField[]; missing: AddressField[]; unparsed: string[] }
  | { kind: 'error'; error: ErrorDescription };

export interface SmartPasteData {
  /** The text in the box. */
  text: string;
  /** A parse is running. */
  busy: boolean;
  result: PasteResult | null;
  /** Nothing can be changed (disabled). */
  locked: boolean;
  /** Whether the area is chosen down to its last level. */
  regionComplete: boolean;
}

export interface SmartPasteActions {
  input(text: string): void;
  parse(): void;
}

function message(localize: LocalizeController, paste: SmartPasteData): unknown {
  const result = paste.result;
  const list = (fields: AddressField[]) => fields.map((f) => localize.t(FIELD_LABEL[f])).join(localize.t('addressPicker.listSeparator'));
  if (paste.busy) return localize.t('addressPicker.paste.working');
  switch (result?.kind) {
    case 'empty':
      return localize.t('addressPicker.paste.empty');
    case 'nothing':
      return localize.t('addressPicker.paste.nothing');
    case 'error':
      return html`<span class="paste-error">${result.error.message}</span>`;
    case 'done':
      return html`<span>${localize.t('addressPicker.paste.filled', list(result.filled))}</span>
        ${result.missing.length ? html`<span class="paste-missing">${localize.t('addressPicker.paste.missing', list(result.missing))}</span>` : nothing}
        ${result.unparsed.length ? html`<span class="paste-unparsed">${localize.t('addressPicker.paste.unparsed', result.unparsed.join(' '))}</span>` : nothing}
        ${result.filled.includes('region') && !paste.regionComplete ? html`<span>${localize.t('addressPicker.paste.deeper')}</span>` : nothing}`;
    default:
      return nothing;
  }
}

/** The inside of the panel (`#paste-panel`, the picker's). */
export function renderPastePanel(localize: LocalizeController, paste: SmartPasteData, actions: SmartPasteActions): TemplateResult {
  const locked = paste.locked;
  return html`<label for="paste-text" class="label" part="label">${localize.t('addressPicker.paste.label')}</label>
    <textarea id="paste-text" class="input" part="input" rows="2" maxlength="300" placeholder=${localize.t('addressPicker.paste.placeholder')} ?disabled=${locked}
      .value=${live(paste.text)} @input=${(e: Event) => actions.input((e.target as HTMLTextAreaElement).value)}></textarea>
    <button type="button" class="yw-button" ?disabled=${locked || paste.busy} @click=${() => actions.parse()}>${localize.t('addressPicker.paste.submit')}</button>
    <p class="paste-result" role="status">${message(localize, paste)}</p>`;
}
