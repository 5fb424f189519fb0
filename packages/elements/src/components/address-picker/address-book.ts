// The signed-in applicant's address book (常用地址): list, use, add, edit,
// delete and the default address. Without a token (base/session.ts) nothing is
// asked; a 401 or 403 to `addresses.list` (a token the server refuses) also
// means "not signed in", and the book stays out of sight without an error or a
// `yw-error` (an anonymous page is normal). views/address-book.ts renders it.
import type { ReactiveController } from 'lit';
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
import type { AddressBookActions, AddressBookData, AddressBookStatus } from './views/address-book.ts';

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
  private readonly changes: ActionController;

  constructor(host: DataHost, options: AddressBookOptions) {
    this.host = host;
    this.options = options;
    this.list = new DataController<Address[] | null>(host, {
      endpoint: ENDPOINT.list,
      args: () => (options.enabled() ? [] : null),
      call: (client, _args, signal) => this.load(client, signal),
      secondary: true,
    });
    this.changes = new ActionController(host);
    host.addController(this);
  }

  /** Whether the picker has left the page since the list was loaded. */
  private wasDisconnected = false;

  hostConnected(): void {
    // Moved in the page, or taken out and put back: the book may have changed
    // meanwhile (another tab, another picker), so it is asked again, unless a
    // load cut off by leaving is already running again.
    if (this.wasDisconnected && this.list.state !== 'pending') this.list.reload();
    this.wasDisconnected = false;
  }

  hostDisconnected(): void {
    this.wasDisconnected = true;
  }

  /** The book as shown: off (not wanted, or no client), anonymous, pending, ready or error. */
  private get state(): AddressBookStatus {
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
    if (!client || this.changes.busy || this.state === 'off') return;
    this.confirmingId = null;
    const outcome = await this.changes.run(async () => {
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

  private confirm(id: string | null): void {
    this.confirmingId = id;
    this.host.requestUpdate();
  }

  /** What the views show. */
  get data(): AddressBookData {
    return {
      status: this.state,
      items: this.items,
      error: this.list.error,
      busy: this.changes.busy,
      locked: this.options.locked(),
      editingId: this.editingId,
      confirmingId: this.confirmingId,
      asDefault: this.asDefault,
      message: this.message,
    };
  }

  /** What the views call. */
  readonly actions: AddressBookActions = {
    retry: () => this.list.reload(),
    use: (a) => this.use(a, false),
    edit: (a) => this.use(a, true),
    makeDefault: (a) => this.makeDefault(a),
    askDelete: (a) => this.confirm(a.id),
    cancelDelete: () => this.confirm(null),
    remove: (a) => void this.act('delete', (client) => client.addresses.delete(a.id)),
    asDefault: (checked) => (this.asDefault = checked),
    save: () => this.save(),
    cancelEdit: () => {
      this.clear();
      this.host.requestUpdate();
    },
  };
}
