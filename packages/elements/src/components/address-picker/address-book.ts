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
import { ActionController } from '../../base/controllers/action.ts';
import { DataController } from '../../base/controllers/data.ts';
import type { DataHost } from '../../base/controllers/data.ts';
import { signedIn } from '../../base/session.ts';
import type { LocalizeController } from '../../base/controllers/localize.ts';
import { describeError } from '../../i18n/errors.ts';
import { translations } from '../../i18n/index.ts';
import type { MessageKey } from '../../i18n/index.ts';
import type { AddressValue } from './address-value.ts';

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
  localize: LocalizeController;
  /** Whether the book is wanted at all (not for a location). */
  enabled: () => boolean;
  locked: () => boolean;
  /** The picker's address when it is complete and valid; otherwise null (and its problems are shown). */
  validValue: () => AddressValue | null;
  /** Puts a saved address into the picker (the applicant's action). */
  use: (address: Address) => void;
}

export class AddressBook implements ReactiveController {
  private editingId: string | null = null;
  private confirmingId: string | null = null;
  private asDefault = false;
  private message = '';
  private readonly host: DataHost;
  private readonly options: AddressBookOptions;
  /** The saved addresses; null when nobody is signed in. */
  private readonly list: DataController<Address[] | null>;
  /** Save, update, delete, make default: one at a time (their buttons are disabled meanwhile). */
  private readonly actions: ActionController;

  constructor(host: DataHost, options: AddressBookOptions) {
    this.host = host;
    this.options = options;
    this.list = new DataController<Address[] | null>(host, {
      endpoint: ENDPOINT.list,
      args: () => (options.enabled() ? [] : null),
      call: (client, _args, signal) => this.load(client, signal),
      secondary: true,
    });
    this.actions = new ActionController(host);
    host.addController(this);
  }

  hostConnected(): void {}

  /** The book as shown: off (not wanted, or no client), anonymous, pending, ready or error. */
  private get state(): 'off' | 'anonymous' | 'pending' | 'ready' | 'error' {
    const state = this.list.state;
    if (state === 'initial') return 'off';
    if (state === 'complete' || state === 'empty') return this.list.current ? 'ready' : 'anonymous';
    return state;
  }

  private get items(): Address[] {
    return this.list.value ?? [];
  }

  /** Leaves editing (form reset). */
  clear(): void {
    this.editingId = null;
    this.confirmingId = null;
    this.message = '';
  }

  /** The list, or null for nobody signed in. */
  private async load(client: Client, signal: AbortSignal): Promise<Address[] | null> {
    // No token, no address book: nothing to ask the server (its 401 would be logged by the browser).
    if (!(await signedIn(this.host))) return null;
    try {
      return (await client.addresses.list({ signal })).items;
    } catch (error) {
      // A token the server refuses: anonymous too, without an error.
      const { kind } = describeError(error, translations[this.host.resolvedLocale]);
      if (kind === 'unauthorized' || kind === 'forbidden') return null;
      throw error;
    }
  }

  /** Runs an action, then reloads the list (the server decides which address is the default). */
  private async act(action: BookAction, run: (client: Client) => Promise<unknown>): Promise<void> {
    const client = this.host.client;
    if (!client || this.actions.busy || this.state === 'off') return;
    this.confirmingId = null;
    const outcome = await this.actions.run(async () => {
      await run(client);
      this.message = this.options.localize.t(DONE[action]);
      if (action !== 'default') this.editingId = null;
      this.list.reload();
      await this.list.settled();
    }, ENDPOINT[action]);
    if (outcome.status === 'failed') this.message = this.options.localize.t('addressPicker.saved.failed') + outcome.description.message;
    this.host.requestUpdate();
    // A deleted row took focus with it: keep focus in the address book.
    await this.host.updateComplete;
    if (!this.host.shadowRoot?.activeElement) this.host.shadowRoot?.getElementById('saved')?.focus();
  }

  private save(): void {
    const value = this.options.validValue();
    if (!value) {
      this.message = this.options.localize.t('addressPicker.saved.invalid');
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
    this.message = this.options.localize.t(editing ? 'addressPicker.saved.editing' : 'addressPicker.saved.used');
    this.host.requestUpdate();
  }

  /** The saved addresses (nothing when nobody is signed in). */
  render(): TemplateResult | typeof nothing {
    const { localize } = this.options;
    if (this.state === 'off' || this.state === 'anonymous') return nothing;
    let body: unknown;
    if (this.state === 'pending' && this.items.length === 0) body = html`<p class="hint">${localize.t('addressPicker.saved.loading')}</p>`;
    else if (this.state === 'error') {
      const error = localize.error(this.list.error);
      body = html`<p class="paste-error">${localize.t('addressPicker.saved.loadFailed')}${error.message}</p>
        ${error.retryable ? html`<button type="button" class="yw-link-button" part="retry-button" @click=${this.list.reload}>${localize.t('state.retry')}</button>` : nothing}`;
    } else if (this.items.length === 0) body = html`<p class="hint">${localize.t('addressPicker.saved.empty')}</p>`;
    else body = html`<ul class="saved-list">${this.items.map((a) => this.renderItem(a))}</ul>`;
    return html`<div id="saved" class="saved" part="saved" role="group" aria-labelledby="saved-title" tabindex="-1">
      <p id="saved-title" class="saved-title">${localize.t('addressPicker.saved.title')}</p>
      ${body}
    </div>`;
  }

  private renderItem(a: Address): TemplateResult {
    const { localize } = this.options;
    const id = `saved-${a.id}`;
    const disabled = this.actions.busy || this.options.locked();
    const button = (label: MessageKey, onClick: () => void, outline = false) =>
      html`<button type="button" class=${outline ? 'outline-button' : 'yw-link-button'} part="button" aria-describedby=${id} ?disabled=${disabled} @click=${onClick}>${localize.t(label)}</button>`;
    return html`<li class="saved-item" part="saved-item">
      <p id=${id} class="saved-text">
        <span class="saved-who">${a.recipient} ${maskMobile(a.mobile)}</span>
        ${a.isDefault ? html`<span class="badge">${localize.t('addressPicker.saved.default')}</span>` : nothing}
        <span class="saved-where">${a.divisionPath.map((d) => d.name).join(' ')} ${a.detail}</span>
      </p>
      <div class="saved-actions">
        ${this.confirmingId === a.id
          ? html`<span class="confirm">${localize.t('addressPicker.saved.confirmDelete')}</span>
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
    const { localize } = this.options;
    const locked = this.options.locked();
    return html`<div class="save" part="saved-actions">
      <label class="check"
        ><input type="checkbox" .checked=${live(this.asDefault)} ?disabled=${locked}
          @change=${(e: Event) => (this.asDefault = (e.target as HTMLInputElement).checked)} />${localize.t('addressPicker.saved.asDefault')}</label
      >
      <button type="button" class="outline-button" part="button" ?disabled=${locked || this.actions.busy} @click=${() => this.save()}>
        ${localize.t(this.editingId ? 'addressPicker.saved.update' : 'addressPicker.saved.save')}
      </button>
      ${this.editingId
        ? html`<button type="button" class="yw-link-button" part="button" @click=${() => {
            this.clear();
            this.host.requestUpdate();
          }}>${localize.t('addressPicker.saved.cancelEdit')}</button>`
        : nothing}
      <p class="book-message" role="status">${this.message}</p>
    </div>`;
  }
}
