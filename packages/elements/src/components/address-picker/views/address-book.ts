// The address book (常用地址) as shown: the saved addresses with their actions,
// and "Save to my addresses" under the fields. Mobiles are masked in the list;
// names are rendered as text. Loading and changing the book is AddressBook's
// (address-book.ts).
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { maskMobile } from '@yiwang/contract';
import type { Address } from '@yiwang/contract';
import type { LocalizeController } from '../../../base/controllers/localize.ts';
import type { MessageKey } from '../../../i18n/index.ts';
import { renderSignIn } from '../../../base/views/sign-in.ts';

/** Off (not wanted, or no client), anonymous (nobody signed in), pending, ready or error. */
export type AddressBookStatus = 'off' | 'anonymous' | 'pending' | 'ready' | 'error';

export interface AddressBookData {
  status: AddressBookStatus;
  /** The saved addresses (the last list while it is loaded again). */
  items: readonly Address[];
  /** Why the list could not be loaded. */
  error: unknown;
  /** A change is running: its buttons are disabled meanwhile. */
  busy: boolean;
  /** Nothing can be changed (disabled). */
  locked: boolean;
  /** The saved address being edited. */
  editingId: string | null;
  /** The saved address whose deletion is being confirmed. */
  confirmingId: string | null;
  /** "Make it my default address" is ticked. */
  asDefault: boolean;
  /** What the last action did (announced). */
  message: string;
}

export interface AddressBookActions {
  /** Loads the list again. */
  retry(): void;
  /** Puts a saved address into the picker … */
  use(address: Address): void;
  /** … to change it and save it back. */
  edit(address: Address): void;
  makeDefault(address: Address): void;
  /** Asks to confirm deleting a saved address, or stops asking. */
  askDelete(address: Address): void;
  cancelDelete(): void;
  /** Deletes a saved address (confirmed). */
  remove(address: Address): void;
  asDefault(checked: boolean): void;
  /** Saves the picker's address (new, or over the one being edited). */
  save(): void;
  cancelEdit(): void;
}

/** The saved addresses; when nobody is signed in, the site's sign-in (`signIn`), or nothing when it offers none. */
export function renderAddressBook(
  localize: LocalizeController,
  book: AddressBookData,
  actions: AddressBookActions,
  signIn: (() => void) | null = null,
): TemplateResult | typeof nothing {
  if (book.status === 'anonymous' && signIn)
    return html`<div id="saved" class="saved" part="saved" role="group" aria-labelledby="saved-title" tabindex="-1">
      <p id="saved-title" class="saved-title">${localize.t('addressPicker.saved.title')}</p>
      ${renderSignIn(localize, localize.t('addressPicker.saved.signIn'), signIn)}
    </div>`;
  if (book.status === 'off' || book.status === 'anonymous') return nothing;
  let body: unknown;
  if (book.status === 'pending' && book.items.length === 0) body = html`<p class="hint">${localize.t('addressPicker.saved.loading')}</p>`;
  else if (book.status === 'error') {
    const error = localize.error(book.error);
    body = html`<p class="paste-error">${localize.t('addressPicker.saved.loadFailed')}${error.message}</p>
      ${error.retryable ? html`<button type="button" class="yw-link-button" part="retry-button" @click=${() => actions.retry()}>${localize.t('state.retry')}</button>` : nothing}`;
  } else if (book.items.length === 0) body = html`<p class="hint">${localize.t('addressPicker.saved.empty')}</p>`;
  else body = html`<ul class="saved-list">${book.items.map((a) => renderItem(localize, book, actions, a))}</ul>`;
  return html`<div id="saved" class="saved" part="saved" role="group" aria-labelledby="saved-title" tabindex="-1">
    <p id="saved-title" class="saved-title">${localize.t('addressPicker.saved.title')}</p>
    ${body}
  </div>`;
}

function renderItem(localize: LocalizeController, book: AddressBookData, actions: AddressBookActions, a: Address): TemplateResult {
  const id = `saved-${a.id}`;
  const disabled = book.busy || book.locked;
  const button = (label: MessageKey, onClick: () => void, outline = false) =>
    html`<button type="button" class=${outline ? 'outline-button' : 'yw-link-button'} part="button" aria-describedby=${id} ?disabled=${disabled} @click=${onClick}>${localize.t(label)}</button>`;
  return html`<li class="saved-item" part="saved-item">
    <p id=${id} class="saved-text">
      <span class="saved-who">${a.recipient} ${maskMobile(a.mobile)}</span>
      ${a.isDefault ? html`<span class="badge">${localize.t('addressPicker.saved.default')}</span>` : nothing}
      <span class="saved-where">${a.divisionPath.map((d) => d.name).join(' ')} ${a.detail}</span>
    </p>
    <div class="saved-actions">
      ${
        book.confirmingId === a.id
          ? html`<span class="confirm">${localize.t('addressPicker.saved.confirmDelete')}</span>
            ${button('addressPicker.saved.confirm', () => actions.remove(a), true)}
            ${button('addressPicker.saved.cancel', () => actions.cancelDelete())}`
          : html`${button('addressPicker.saved.use', () => actions.use(a), true)} ${button('addressPicker.saved.edit', () => actions.edit(a))}
            ${a.isDefault ? nothing : button('addressPicker.saved.setDefault', () => actions.makeDefault(a))}
            ${button('addressPicker.saved.delete', () => actions.askDelete(a))}`
      }
    </div>
  </li>`;
}

/** "Save to my addresses" (or "Save changes" while editing), under the fields. */
export function renderAddressBookSave(
  localize: LocalizeController,
  book: AddressBookData,
  actions: AddressBookActions,
): TemplateResult | typeof nothing {
  if (book.status !== 'ready') return nothing;
  const locked = book.locked;
  return html`<div class="save" part="saved-actions">
    <label class="check"
      ><input type="checkbox" .checked=${live(book.asDefault)} ?disabled=${locked}
        @change=${(e: Event) => actions.asDefault((e.target as HTMLInputElement).checked)} />${localize.t('addressPicker.saved.asDefault')}</label
    >
    <button type="button" class="outline-button" part="button" ?disabled=${locked || book.busy} @click=${() => actions.save()}>
      ${localize.t(book.editingId ? 'addressPicker.saved.update' : 'addressPicker.saved.save')}
    </button>
    ${
      book.editingId
        ? html`<button type="button" class="yw-link-button" part="button" @click=${() => actions.cancelEdit()}>${localize.t('addressPicker.saved.cancelEdit')}</button>`
        : nothing
    }
    <p class="book-message" role="status">${book.message}</p>
  </div>`;
}
