// Smart paste (智能识别): a whole address line — `河南省新乡市红旗区人民路12号
// 张三 13800000000` — goes to `addresses.parse`; every field recognised is
// filled for the applicant to check, and the message says which were filled,
// which were not, and what text could not be read. Nothing of the answer is
// rendered as HTML.
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ReactiveController, TemplateResult } from 'lit';
import type { AddressParseResult } from '@yiwang/contract';
import { ActionController } from '../../base/controllers/action.ts';
import type { DataHost } from '../../base/controllers/data.ts';
import type { LocalizeController } from '../../base/controllers/localize.ts';
import type { ErrorDescription } from '../../i18n/errors.ts';
import type { MessageKey } from '../../i18n/index.ts';
import { parsedFields } from './address-value.ts';
import type { AddressField } from './address-value.ts';

export const FIELD_LABEL: Record<AddressField, MessageKey> = {
  region: 'addressPicker.region',
  detail: 'addressPicker.detail',
  recipient: 'addressPicker.recipient',
  mobile: 'addressPicker.mobile',
  postcode: 'addressPicker.postcode',
};

type PasteResult =
  | { kind: 'empty' | 'nothing' }
  | { kind: 'done'; filled: AddressField[]; missing: AddressField[]; unparsed: string[] }
  | { kind: 'error'; error: ErrorDescription };

export interface SmartPasteOptions {
  localize: LocalizeController;
  locked: () => boolean;
  noRecipient: () => boolean;
  /** Whether the area is chosen down to its last level. */
  regionComplete: () => boolean;
  /** Puts what was recognised into the fields. */
  fill: (result: AddressParseResult) => void;
}

export class SmartPaste implements ReactiveController {
  private open = false;
  private text = '';
  private result: PasteResult | null = null;
  private readonly host: DataHost;
  private readonly options: SmartPasteOptions;
  private readonly parsing: ActionController;

  constructor(host: DataHost, options: SmartPasteOptions) {
    this.host = host;
    this.options = options;
    this.parsing = new ActionController(host);
    host.addController(this);
  }

  hostConnected(): void {}

  /** Forgets the text and the message (form reset). */
  clear(): void {
    this.text = '';
    this.result = null;
    this.host.requestUpdate();
  }

  private async parse(): Promise<void> {
    const text = this.text.trim();
    const client = this.host.client;
    if (!text) {
      this.result = { kind: 'empty' };
      this.host.requestUpdate();
      return;
    }
    if (!client) return;
    const outcome = await this.parsing.run((signal) => client.addresses.parse({ text }, { signal }), 'addresses.parse');
    if (outcome.status === 'done') {
      const result = outcome.value;
      const { filled, missing } = parsedFields(result, this.options.noRecipient());
      if (filled.length > 0) this.options.fill(result);
      this.result = filled.length ? { kind: 'done', filled, missing, unparsed: result.unparsed } : { kind: 'nothing' };
    } else if (outcome.status === 'failed') this.result = { kind: 'error', error: outcome.description };
    this.host.requestUpdate();
  }

  private message(): unknown {
    const { localize } = this.options;
    const result = this.result;
    const list = (fields: AddressField[]) => fields.map((f) => localize.t(FIELD_LABEL[f])).join(localize.t('addressPicker.listSeparator'));
    if (this.parsing.busy) return localize.t('addressPicker.paste.working');
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
          ${result.filled.includes('region') && !this.options.regionComplete() ? html`<span>${localize.t('addressPicker.paste.deeper')}</span>` : nothing}`;
      default:
        return nothing;
    }
  }

  render(): TemplateResult {
    const { localize } = this.options;
    const locked = this.options.locked();
    return html`<div class="paste" part="paste">
      <button type="button" class="outline-button" part="paste-toggle" aria-expanded=${this.open ? 'true' : 'false'} aria-controls="paste-panel"
        ?disabled=${locked} @click=${() => {
          this.open = !this.open;
          this.host.requestUpdate();
        }}>${localize.t('addressPicker.paste.toggle')}</button>
      <div id="paste-panel" class="paste-panel" ?hidden=${!this.open}>
        <label for="paste-text" class="label" part="label">${localize.t('addressPicker.paste.label')}</label>
        <textarea id="paste-text" class="input" part="input" rows="2" maxlength="300" placeholder=${localize.t('addressPicker.paste.placeholder')} ?disabled=${locked}
          .value=${live(this.text)} @input=${(e: Event) => (this.text = (e.target as HTMLTextAreaElement).value)}></textarea>
        <button type="button" class="yw-button" ?disabled=${locked || this.parsing.busy} @click=${() => void this.parse()}>${localize.t('addressPicker.paste.submit')}</button>
        <p class="paste-result" role="status">${this.message()}</p>
      </div>
    </div>`;
  }
}
