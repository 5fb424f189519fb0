// Smart paste (智能识别): a whole address line — `河南省新乡市红旗区人民路12号
// 张三 13800000000` — goes to `addresses.parse`; every field recognised is
// filled for the applicant to check, and the message says which were filled,
// which were not, and what text could not be read (views/smart-paste.ts
// renders it; nothing of the answer is rendered as HTML).
import type { ReactiveController } from 'lit';
import type { AddressParseResult } from '@yiwang/contract';
import { ActionController } from '../../base/controllers/action.ts';
import type { DataHost } from '../../base/controllers/data.ts';
import { parsedFields } from './address-value.ts';
import type { PasteResult, SmartPasteActions, SmartPasteData } from './views/smart-paste.ts';

export interface SmartPasteOptions {
  locked: () => boolean;
  noRecipient: () => boolean;
  /** Whether the area is chosen down to its last level. */
  regionComplete: () => boolean;
  /** Puts what was recognised into the fields. */
  fill: (result: AddressParseResult) => void;
}

export class SmartPaste implements ReactiveController {
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

  /** What the view shows. */
  get data(): SmartPasteData {
    return {
      text: this.text,
      busy: this.parsing.busy,
      result: this.result,
      locked: this.options.locked(),
      regionComplete: this.options.regionComplete(),
    };
  }

  /** What the view calls. */
  readonly actions: SmartPasteActions = {
    input: (text) => (this.text = text),
    parse: () => void this.parse(),
  };
}
