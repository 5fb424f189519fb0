// The signed-in applicant's address book (常用地址): list, use, add, edit,
// delete and the default address. Without a token (base/session.ts) nothing is
// asked; a 401 or 403 to `addresses.list` (a token the server refuses) also
// means "not signed in", and the book stays out of sight without an error or a
// `yw-error` (an anonymous page is normal). Mobiles are masked in the list; names are rendered as text.
import { html, nothing } from 'lit';
import type { ReactiveController, TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { maskMobile } from '@yiwang/contract';
import type { Address, AddressInput } from '@yiwang/contract';
import type { Client } from '@yiwang/sdk';
import type { ApiHost } from '../../base/controllers/api.ts';
import { signedIn } from '../../base/session.ts';
import type { LocalizeController } from '../../base/controllers/localize.ts';
import { YwErrorEvent } from '../../base/events/index.ts';
import type { ErrorDescription } from '../../i18n/errors.ts';
import type { MessageKey } from '../../i18n/index.ts';
import type { AddressValue } from './address-value.ts';

type BookState = 'off' | 'pending' | 'ready' | 'anonymous' | 'error';
type BookAction = 'create' | 'update' | 'delete' | 'default';

const ENDPOINT: Record<BookAction | 'list', string> = {
  list: 'addresses.list',
  create: 'addresses.create',
  update: 'addresses.update',
  default: 'addresses.update',
  delete: 'addresses.delete',
};

const DONE: Record<BookAction, MessageKey> = {
  create: 'addressPicker.saved.created',
  update: 'addressPicker.saved.updated',
  default: 'addressPicker.saved.defaulted',
  delete: 'addressPicker.saved.deleted',
};

export interface AddressBookOptions {
  i18n: LocalizeController;
  /** Whether the book is wanted at all (not for a location). */
  enabled: () => boolean;
  locked: () => boolean;
  /** The picker's address when it is complete and valid; otherwise null (and its problems are shown). */
  validValue: () => AddressValue | null;
  /** Puts a saved address into the picker (the applicant's action). */
  use: (address: Address) => void;
}

export class AddressBook implements ReactiveController {
  private state: BookState = 'off';
  private items: Address[] = [];
  private error: ErrorDescription | null = null;
  /** An action is running (its buttons are disabled meanwhile). */
  private busy = false;
  private editingId: string | null = null;
  private confirmingId: string | null = null;
  private asDefault = false;
  private message = '';
  private loadedFor: Client | null = null;
  private controller: AbortController | null = null;
  private readonly host: ApiHost;
  private readonly options: AddressBookOptions;

  constructor(host: ApiHost, options: AddressBookOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.controller?.abort();
    this.loadedFor = null;
  }

  hostUpdate(): void {
    const client = this.options.enabled() ? this.host.client : null;
    if (client === this.loadedFor) return;
    this.loadedFor = client;
    if (client) void this.load();
    else {
      this.controller?.abort();
      this.state = 'off';
    }
  }

  /** Leaves editing (form reset). */
  clear(): void {
    this.editingId = null;
    this.confirmingId = null;
    this.message = '';
  }

  private readonly load = async (): Promise<void> => {
    const client = this.loadedFor;
    if (!client) return;
    this.controller?.abort();
    const controller = (this.controller = new AbortController());
    this.state = 'pending';
    this.host.requestUpdate();
    // No token, no address book: nothing to ask the server (its 401 would be logged by the browser).
    if (!(await signedIn(this.host))) {
      if (controller.signal.aborted) return;
      this.state = 'anonymous';
      this.host.requestUpdate();
      return;
    }
    try {
      const list = await client.addresses.list({ signal: controller.signal });
      this.items = list.items;
      this.state = 'ready';
      this.error = null;
    } catch (error) {
      if (controller.signal.aborted) return;
      const described = this.options.i18n.error(error);
      if (described.kind === 'aborted') return;
      if (described.kind === 'unauthorized' || described.kind === 'forbidden') this.state = 'anonymous';
      else {
        this.state = 'error';
        this.error = described;
        this.report(error, described, 'list');
      }
    }
    this.host.requestUpdate();
  };

  /** Runs an action, then reloads the list (the server decides which address is the default). */
  private async act(action: BookAction, run: (client: Client) => Promise<unknown>): Promise<void> {
    const client = this.loadedFor;
    if (!client || this.busy) return;
    this.busy = true;
    this.confirmingId = null;
    this.host.requestUpdate();
    try {
      await run(client);
      this.message = this.options.i18n.t(DONE[action]);
      if (action !== 'default') this.editingId = null;
      await this.load();
    } catch (error) {
      const described = this.options.i18n.error(error);
      this.message = this.options.i18n.t('addressPicker.saved.failed') + described.message;
      this.report(error, described, action);
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
    // A deleted row took focus with it: keep focus in the address book.
    await this.host.updateComplete;
    if (!this.host.shadowRoot?.activeElement) this.host.shadowRoot?.getElementById('saved')?.focus();
  }

  private save(): void {
    const value = this.options.validValue();
    if (!value) {
      this.message = this.options.i18n.t('addressPicker.saved.invalid');
      this.host.requestUpdate();
      return;
    }
    const input: AddressInput = {
      recipient: value.recipient,
      mobile: value.mobile,
      divisionCode: value.divisionCode,
      detail: value.detail,
      ...(value.postcode ? { postcode: value.postcode } : {}),
      isDefault: this.asDefault,
    };
    const id = this.editingId;
    void this.act(id ? 'update' : 'create', (client) => (id ? client.addresses.update(id, input) : client.addresses.create(input)));
  }

  private makeDefault(a: Address): void {
    const { recipient, mobile, divisionCode, detail, postcode } = a;
    void this.act('default', (client) =>
      client.addresses.update(a.id, { recipient, mobile, divisionCode, detail, ...(postcode ? { postcode } : {}), isDefault: true }),
    );
  }

  private use(a: Address, editing: boolean): void {
    this.options.use(a);
    this.editingId = editing ? a.id : null;
    this.asDefault = a.isDefault;
    this.message = this.options.i18n.t(editing ? 'addressPicker.saved.editing' : 'addressPicker.saved.used');
    this.host.requestUpdate();
  }

  private report(error: unknown, described: ErrorDescription, action: BookAction | 'list'): void {
    this.host.dispatchEvent(
      new YwErrorEvent({ error, kind: described.kind, message: described.message, requestId: described.requestId, endpoint: ENDPOINT[action] }),
    );
  }

  /** The saved addresses (nothing when nobody is signed in). */
  render(): TemplateResult | typeof nothing {
    const { i18n } = this.options;
    if (this.state === 'off' || this.state === 'anonymous') return nothing;
    let body: unknown;
    if (this.state === 'pending' && this.items.length === 0) body = html`<p class="hint">${i18n.t('addressPicker.saved.loading')}</p>`;
    else if (this.state === 'error') {
      body = html`<p class="paste-error">${i18n.t('addressPicker.saved.loadFailed')}${this.error?.message ?? ''}</p>
        ${this.error?.retryable ? html`<button type="button" class="text-button" part="retry-button" @click=${this.load}>${i18n.t('state.retry')}</button>` : nothing}`;
    } else if (this.items.length === 0) body = html`<p class="hint">${i18n.t('addressPicker.saved.empty')}</p>`;
    else body = html`<ul class="saved-list">${this.items.map((a) => this.renderItem(a))}</ul>`;
    return html`<div id="saved" class="saved" part="saved" role="group" aria-labelledby="saved-title" tabindex="-1">
      <p id="saved-title" class="saved-title">${i18n.t('addressPicker.saved.title')}</p>
      ${body}
    </div>`;
  }

  private renderItem(a: Address): TemplateResult {
    const { i18n } = this.options;
    const id = `saved-${a.id}`;
    const disabled = this.busy || this.options.locked();
    const button = (label: MessageKey, onClick: () => void, outline = false) =>
      html`<button type="button" class=${outline ? 'outline-button' : 'text-button'} part="button" aria-describedby=${id} ?disabled=${disabled} @click=${onClick}>${i18n.t(label)}</button>`;
    return html`<li class="saved-item" part="saved-item">
      <p id=${id} class="saved-text">
        <span class="saved-who">${a.recipient} ${maskMobile(a.mobile)}</span>
        ${a.isDefault ? html`<span class="badge">${i18n.t('addressPicker.saved.default')}</span>` : nothing}
        <span class="saved-where">${a.divisionPath.map((d) => d.name).join(' ')} ${a.detail}</span>
      </p>
      <div class="saved-actions">
        ${this.confirmingId === a.id
          ? html`<span class="confirm">${i18n.t('addressPicker.saved.confirmDelete')}</span>
              ${button('addressPicker.saved.confirm', () => void this.act('delete', (client) => client.addresses.delete(a.id)), true)}
              ${button('addressPicker.saved.cancel', () => this.confirm(null))}`
          : html`${button('addressPicker.saved.use', () => this.use(a, false), true)} ${button('addressPicker.saved.edit', () => this.use(a, true))}
              ${a.isDefault ? nothing : button('addressPicker.saved.setDefault', () => this.makeDefault(a))}
              ${button('addressPicker.saved.delete', () => this.confirm(a.id))}`}
      </div>
    </li>`;
  }

  private confirm(id: string | null): void {
    this.confirmingId = id;
    this.host.requestUpdate();
  }

  /** "Save to my addresses" (or "Save changes" while editing), under the fields. */
  renderSave(): TemplateResult | typeof nothing {
    if (this.state !== 'ready') return nothing;
    const { i18n } = this.options;
    const locked = this.options.locked();
    return html`<div class="save" part="saved-actions">
      <label class="check"
        ><input type="checkbox" .checked=${live(this.asDefault)} ?disabled=${locked}
          @change=${(e: Event) => (this.asDefault = (e.target as HTMLInputElement).checked)} />${i18n.t('addressPicker.saved.asDefault')}</label
      >
      <button type="button" class="outline-button" part="button" ?disabled=${locked || this.busy} @click=${() => this.save()}>
        ${i18n.t(this.editingId ? 'addressPicker.saved.update' : 'addressPicker.saved.save')}
      </button>
      ${this.editingId
        ? html`<button type="button" class="text-button" part="button" @click=${() => {
            this.clear();
            this.host.requestUpdate();
          }}>${i18n.t('addressPicker.saved.cancelEdit')}</button>`
        : nothing}
      <p class="book-message" role="status">${this.message}</p>
    </div>`;
  }
}
