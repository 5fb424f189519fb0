import { html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { AddressParseResult } from '@yiwang/contract';
import { YwElement } from '../../base/yw-element.ts';
import { linkButtonStyles, signInStyles } from '../../base/styles/shared.ts';
import { LocalizeController } from '../../base/controllers/localize.ts';
import { renderDataState, renderPartMissing } from '../../base/views/async-views.ts';
import { YwAddressChangeEvent } from '../../base/events/address-picker.ts';
import {
  addressProblems,
  cleanMobile,
  cleanText,
  FIELD_LABEL,
  fromAddress,
  isEmptyValue,
  parseStoredValue,
  ref,
  sameAddress,
  summaryMessage,
  toFormValue,
} from './address-value.ts';
import type { AddressField, AddressProblem, AddressValue } from './address-value.ts';
import type { AddressBook } from './address-book.ts';
import { LazyPart } from '../../base/controllers/lazy-part.ts';
import { signedIn } from '../../base/session.ts';
import { CoverageCheck } from './coverage.ts';
import { FormControlController } from '../../base/controllers/form-control.ts';
import { RegionController } from './region.ts';
import { renderRegion, renderRegionSheet } from './views/region.ts';
import type { SmartPaste } from './smart-paste.ts';
import { optionStyles } from '../../base/styles/options.ts';
import { addressPickerStyles } from './address-picker.styles.ts';
import { addressPickerMessages } from '../../i18n/messages/address-picker.ts';

export type { AddressValue, AddressField } from './address-value.ts';

/** Layouts: inline comboboxes, a bottom sheet, or by the element's width (`auto`: a sheet below 560px). */
export const PICKER_LAYOUTS = ['auto', 'inline', 'sheet'] as const;
export type PickerLayout = (typeof PICKER_LAYOUTS)[number];

/** Below this width (px) of the element, `layout="auto"` uses the bottom sheet. */
const SHEET_BELOW = 560;

type TextField = 'detail' | 'recipient' | 'mobile' | 'postcode';

/**
 * A delivery address for results sent by EMS (快递送达): the area chosen
 * province → city → county → township (GB/T 2260), the provinces built in (shown
 * with no request) and each level below loaded when the one above is chosen,
 * each filtered by Chinese, pinyin or initials; a search
 * across levels; street address, recipient, mobile and postcode; smart paste
 * of a whole address line; the signed-in applicant's saved addresses; and
 * whether EMS delivers there (an area it does not reach is refused with a
 * message). Inline comboboxes on wide screens, a bottom sheet on narrow ones.
 *
 * Form-associated: inside a `<form>` it submits under `name` the JSON of
 * `{ recipient, mobile, divisionCode, detail, postcode }` (the contract's
 * AddressInput), blocks submission while `required` and empty or while the
 * address is incomplete, invalid or not deliverable, and is emptied by the
 * form's reset. Browsers without form-associated custom elements (Safari < 16.4, Firefox < 98)
 * get a hidden input with the value, and the page must call `reportValidity()`
 * itself before submitting. With `no-recipient` it is a location (area and
 * street only): no recipient or mobile, no EMS check, no address book.
 *
 * @summary Delivery address with cascading area levels, pinyin search, smart paste, saved addresses and EMS coverage; a form control.
 * @tag yw-address-picker
 *
 * @csspart state - The box around the current state (loading, empty, error or the picker).
 * @csspart label - A field's label, and the area's legend.
 * @csspart input - Every text input and combobox input.
 * @csspart level - One area level (label and combobox) in the inline layout.
 * @csspart popup - The drop-down of a combobox.
 * @csspart listbox - The list of a combobox.
 * @csspart option - An option of a list.
 * @csspart search - The search across levels.
 * @csspart sheet-trigger - The button that opens the bottom sheet (narrow layout).
 * @csspart sheet - The bottom sheet.
 * @csspart tab - A level's tab in the bottom sheet.
 * @csspart coverage - Whether EMS delivers to the chosen area.
 * @csspart field - A text field with its label and messages.
 * @csspart field-error - A validation message.
 * @csspart paste-toggle - The button that opens smart paste.
 * @csspart paste - Smart paste.
 * @csspart saved - The saved addresses.
 * @csspart saved-item - One saved address.
 * @csspart saved-actions - "Save to my addresses" with its options.
 * @csspart button - Secondary buttons (use, edit, delete, close …).
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error state.
 * @csspart retry-button - A retry button.
 *
 * @cssprop [--yw-address-picker-sheet-max-height=85vh] - Tallest the bottom sheet gets.
 * @cssprop [--yw-address-picker-list-max-height=18em] - Tallest an inline list gets before it scrolls.
 *
 * @cssstate invalid - The address is not valid (spelled `:--invalid` in Chromium 90–124).
 *
 * @fires {Event} change - The applicant changed the address (native-style: bubbles; once per choice or committed field).
 * @fires {YwAddressChangeEvent} yw-change - The same, with `detail.value`.
 * @fires {YwErrorEvent} yw-error - A call failed (loading a level, search, coverage, smart paste, the address book).
 */
export class YwAddressPicker extends YwElement {
  static override tagName = 'yw-address-picker';

  protected static override messageParts = [addressPickerMessages];
  static formAssociated = true;
  static override styles = [YwElement.styles, optionStyles, linkButtonStyles, signInStyles, addressPickerStyles];

  /** @internal Fetches smart paste's module (a test stands in a failing fetch). */
  static loadSmartPaste = () => import('./smart-paste.part.ts');
  /** @internal Fetches the coverage line's module (a test stands in a failing fetch). */
  static loadCoverage = () => import('./coverage.part.ts');
  /** @internal Fetches the address book's module (a test stands in a failing fetch). */
  static loadAddressBook = () => import('./address-book.part.ts');

  static override properties: PropertyDeclarations = {
    name: { reflect: true },
    required: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
    noRecipient: { type: Boolean, reflect: true, attribute: 'no-recipient' },
    layout: { reflect: true },
  };

  /** Name the value is submitted under in a <form>. */
  declare name: string;
  /** An address must be given: an empty picker blocks the form. */
  declare required: boolean;
  /** Nothing can be changed, and nothing is submitted. */
  declare disabled: boolean;
  /** A location rather than a delivery address: no recipient or mobile, no EMS check, no address book. */
  declare noRecipient: boolean;
  /** `auto` (a bottom sheet when the element is narrower than 560px), `inline` or `sheet`. */
  declare layout: PickerLayout;

  /** What the element shows besides its properties (set through `show()`, which renders again). */
  private readonly ui = {
    fields: { detail: '', recipient: '', mobile: '', postcode: '' } as Record<TextField, string>,
    /** The element is narrower than SHEET_BELOW. */
    narrowByWidth: false,
    /** Every problem is shown (after a submit attempt or reportValidity()). */
    showAll: false,
    /** Smart paste's panel is open. */
    pasteOpen: false,
  };

  private readonly localize = new LocalizeController(this);
  private readonly regionController = new RegionController(this, {
    locked: () => this.locked,
    sheetLayout: () => this.sheetLayout,
    chosen: () => {
      this.userDriven = true;
      this.touched.add('region');
    },
  });
  private readonly cascade = this.regionController.cascade;
  private readonly coverageCheck = new CoverageCheck(this, () =>
    !this.noRecipient && this.cascade.complete ? this.cascade.last!.code : null,
  );
  /**
   * The coverage line's template, styles and words, fetched once an area is
   * being chosen (a first level, a value given, smart paste), before the check
   * whose answer it shows.
   */
  private readonly coveragePart = new LazyPart(this, () => (this.constructor as typeof YwAddressPicker).loadCoverage());
  /**
   * Smart paste (its controller, panel, styles and words), fetched when the
   * applicant is about to open it (pointer over or focus on its button) or opens it.
   */
  private readonly smartPastePart = new LazyPart(this, () => (this.constructor as typeof YwAddressPicker).loadSmartPaste());
  /** Created when its module is in. */
  private smartPaste: SmartPaste | null = null;
  /**
   * The address book (its controller, which loads the saved addresses, and its
   * templates, styles and words), fetched when it is wanted: for a signed-in
   * applicant, or to offer signing in. The fetch starts with the first update,
   * alongside the province list; the book's own list follows it.
   */
  private readonly addressBookPart = new LazyPart(this, () => (this.constructor as typeof YwAddressPicker).loadAddressBook());
  /** Created when its module is in. */
  private addressBook: AddressBook | null = null;
  /** The client (and so the session) the book was last considered for. */
  private bookConsideredFor: object | null = null;
  /** The book is wanted (signed in, or signing in is offered): its module is fetched. */
  private bookWanted = false;
  private readonly formControl = new FormControlController(this, {
    value: () => {
      const value = this.value;
      return value ? toFormValue(value) : null;
    },
    state: () => {
      const value = this.value;
      return value ? JSON.stringify(value) : null;
    },
    invalidity: () => {
      const first = this.problems()[0];
      return first
        ? {
            flag: first.flag,
            message: this.localize.t(summaryMessage(this.value, this.noRecipient, first)),
            anchor: this.anchorFor(first.field),
          }
        : null;
    },
    reset: () => {
      this.applyValue(null, false);
      this.touched.clear();
      this.show({ showAll: false });
      this.smartPaste?.clear();
      this.addressBook?.clear();
      this.announced = null;
    },
    restore: (state) => {
      const value = parseStoredValue(state);
      if (value) this.value = value;
    },
    fallbackInput: true,
  });

  /** The page's value came as a bare code: its path is being looked up. */
  private pendingCode = '';
  /** Changes are the applicant's, and are announced with change / yw-change. */
  private userDriven = false;
  /** A text field is being typed in: change waits until it is committed. */
  private typing = false;
  /** The value last announced with change (or set by the page). */
  private announced: AddressValue | null = null;
  /** The postcode field holds what the area's data filled in (and may be replaced). */
  private postcodeAuto = false;
  private readonly touched = new Set<AddressField>();
  private resizeObserver: ResizeObserver | null = null;

  constructor() {
    super();
    this.name = '';
    this.required = false;
    this.disabled = false;
    this.noRecipient = false;
    this.layout = 'auto';
    // The form (or reportValidity) found the address invalid: show every problem.
    this.addEventListener('invalid', () => this.show({ showAll: true }));
  }

  // ---------------------------------------------------------------- value and form

  /** The address, or null when nothing is entered. Setting it fires no event. */
  get value(): AddressValue | null {
    const path = this.cascade.path;
    const { detail, recipient, mobile, postcode } = this.ui.fields;
    const value: AddressValue = {
      recipient: this.noRecipient ? '' : cleanText(recipient),
      mobile: this.noRecipient ? '' : cleanMobile(mobile),
      divisionCode: path.length ? path[path.length - 1]!.code : this.pendingCode,
      divisionPath: path.map(ref),
      detail: cleanText(detail),
      postcode: cleanText(postcode) || null,
    };
    return isEmptyValue(value) ? null : value;
  }

  set value(value: AddressValue | null) {
    // The page handing back what the picker last announced changes nothing: keep what is being typed.
    // (An empty value is no address, as `this.value` and so `announced` say it.)
    if (this.typing && sameAddress(isEmptyValue(value) ? null : value, this.announced)) return;
    this.applyValue(value, false);
    this.announced = this.value;
    this.formControl.commit();
  }

  /** The form this control belongs to. */
  get form(): HTMLFormElement | null {
    return this.formControl.form;
  }
  /** Validity, as a native control reports it. */
  get validity(): ValidityState {
    return this.formControl.validity;
  }
  /** The message of the first problem, or `''`. */
  get validationMessage(): string {
    return this.formControl.validationMessage;
  }
  /** Whether the control takes part in form validation. */
  get willValidate(): boolean {
    return this.formControl.willValidate;
  }
  /** Whether the address is valid (fires `invalid` when not). */
  checkValidity(): boolean {
    return this.formControl.checkValidity();
  }
  /** Like checkValidity(), and shows every problem and focuses the first. */
  reportValidity(): boolean {
    const valid = this.formControl.reportValidity();
    if (!valid) void this.updateComplete.then(() => this.anchorFor(this.problems()[0]?.field ?? 'region')?.focus());
    return valid;
  }

  /** @internal The browser calls it when the form is reset. */
  formResetCallback(): void {
    this.formControl.formReset();
  }

  /** @internal The browser calls it to restore the value after navigation or autofill. */
  formStateRestoreCallback(state: unknown): void {
    this.formControl.formStateRestore(state);
  }

  /** @internal The browser calls it when a surrounding fieldset or form disables the element. */
  formDisabledCallback(disabled: boolean): void {
    this.formControl.formDisabled(disabled);
  }

  private show(patch: Partial<YwAddressPicker['ui']>): void {
    Object.assign(this.ui, patch);
    this.requestUpdate();
  }

  private get locked(): boolean {
    return this.disabled || this.formControl.disabled;
  }

  private get sheetLayout(): boolean {
    return this.layout === 'sheet' || (this.layout !== 'inline' && this.ui.narrowByWidth);
  }

  /** Puts a value into the fields (from the page, a saved address, a reset). */
  private applyValue(value: AddressValue | null, user: boolean): void {
    this.userDriven = user;
    this.typing = false;
    this.show({
      fields: {
        detail: value?.detail ?? '',
        recipient: value?.recipient ?? '',
        mobile: value?.mobile ?? '',
        postcode: value?.postcode ?? '',
      },
    });
    this.postcodeAuto = false;
    this.pendingCode = '';
    const path = value?.divisionPath ?? [];
    this.cascade.set(path);
    if (!path.length && value?.divisionCode) void this.resolveCode(value.divisionCode);
  }

  /** A value given with a code but no path: the server knows the path. */
  private async resolveCode(code: string): Promise<void> {
    this.pendingCode = code;
    try {
      const path = (await this.client?.divisions.path(code))?.items ?? [];
      if (this.pendingCode !== code) return;
      this.pendingCode = '';
      this.cascade.set(path);
    } catch {
      // An unknown code stays as given, and validation asks for an area.
    }
  }

  /** Puts what smart paste recognised into the fields; the rest stays as it was. */
  private fillFromParse(result: AddressParseResult): void {
    this.userDriven = true;
    if (result.divisionPath.length) this.cascade.set(result.divisionPath);
    const fields = { ...this.ui.fields };
    if (result.detail) fields.detail = result.detail;
    if (!this.noRecipient && result.recipient) fields.recipient = result.recipient;
    if (!this.noRecipient && result.mobile) fields.mobile = result.mobile;
    if (result.postcode) {
      fields.postcode = result.postcode;
      this.postcodeAuto = false;
    }
    this.show({ fields });
  }

  private problems(): AddressProblem[] {
    return addressProblems({
      value: this.value,
      required: this.required,
      noRecipient: this.noRecipient,
      regionComplete: this.cascade.complete,
      coverage: this.coverageCheck.state,
    });
  }

  /** For the address book: the address if it can be saved; else its problems are shown and the first focused. */
  private validValueOrShowProblems(): AddressValue | null {
    const problem = this.problems()[0];
    if (!problem && this.value) return this.value;
    this.show({ showAll: true });
    void this.updateComplete.then(() => this.anchorFor(problem?.field ?? 'region')?.focus());
    return null;
  }

  /**
   * Focuses the area's first control (the first level, or the bottom sheet's
   * button on a narrow screen), as a host page's error summary link expects.
   * (Not `delegatesFocus`: that would pick the focusable state region first.)
   * Before the first render, and while the picker waits (for a <yw-config>
   * that is not defined yet: no level is rendered), a link that focuses the
   * picker must not lose focus: it focuses the busy state region at once, and
   * the first level once it is there, unless focus has moved on meanwhile.
   */
  override focus(options?: FocusOptions): void {
    if (!this.hasUpdated) {
      void this.updateComplete.then(() => this.focus(options));
      return;
    }
    const anchor = this.anchorFor('region');
    if (anchor) return anchor.focus(options);
    const region = this.shadowRoot?.querySelector<HTMLElement>('[part~="state"]');
    if (!region || this.cascade.root.state !== 'pending') return super.focus(options);
    region.focus(options);
    void this.cascade.root
      .settled()
      .then(() => this.updateComplete)
      .then(() => {
        if (this.shadowRoot?.activeElement === region) this.focus(options);
      });
  }

  /** The control a problem is reported at. */
  private anchorFor(field: AddressField): HTMLElement | null {
    return field === 'region' ? this.regionController.anchor() : (this.shadowRoot?.getElementById(field) ?? null);
  }

  // ---------------------------------------------------------------- lifecycle

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver ??= new ResizeObserver((entries) => {
      const width = entries[0]?.contentRect.width ?? 0;
      // Switching layouts resizes the element: switch in the next frame, not inside this callback (no observer loop).
      if (width > 0 && width < SHEET_BELOW !== this.ui.narrowByWidth)
        requestAnimationFrame(() => this.show({ narrowByWidth: width < SHEET_BELOW }));
    });
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.considerAddressBook();
    this.takeParts();
    if (!this.noRecipient && this.cascade.path.length && !this.coveragePart.failed) this.coveragePart.get();
    this.setAttribute('data-layout', this.sheetLayout ? 'sheet' : 'inline');
    // A postcode the area's data knows fills an empty field (or one it filled itself).
    const known = this.cascade.postcode;
    if ((this.postcodeAuto || !this.ui.fields.postcode) && (known ?? '') !== this.ui.fields.postcode && (known || this.postcodeAuto)) {
      this.ui.fields = { ...this.ui.fields, postcode: known ?? '' };
      this.postcodeAuto = !!known;
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.formControl.commit();
    const value = this.value;
    if (this.userDriven && !this.typing && !sameAddress(value, this.announced)) {
      this.announced = value;
      this.dispatchEvent(new Event('change', { bubbles: true }));
      this.emit(new YwAddressChangeEvent({ value }));
    }
  }

  /** Starts fetching the address book when it is wanted for the current client (nothing for an anonymous page that offers no sign-in). */
  private considerAddressBook(): void {
    const client = this.noRecipient ? null : this.client;
    if (!client || client === this.bookConsideredFor || this.addressBook) return;
    this.bookConsideredFor = client;
    const want = () => {
      this.bookWanted = true;
      void this.addressBookPart.preload();
    };
    if (this.signInOffer) want();
    else
      void signedIn(this).then((yes) => {
        if (yes && this.bookConsideredFor === client) want();
      });
  }

  /**
   * Creates the controllers of the parts whose modules came in: before the
   * controllers' own hostUpdate, so that the address book's list starts loading
   * in this update.
   */
  private takeParts(): void {
    const book = this.addressBookPart.current;
    if (book && !this.addressBook)
      this.addressBook = new book.AddressBook(this, {
        localize: this.localize,
        enabled: () => !this.noRecipient,
        locked: () => this.locked,
        validValue: () => this.validValueOrShowProblems(),
        use: (address) => this.applyValue(fromAddress(address), true),
      });
    const paste = this.smartPastePart.current;
    if (paste && !this.smartPaste)
      this.smartPaste = new paste.SmartPaste(this, {
        locked: () => this.locked,
        noRecipient: () => this.noRecipient,
        regionComplete: () => this.cascade.complete,
        fill: (result) => this.fillFromParse(result),
      });
  }

  private togglePaste(): void {
    this.show({ pasteOpen: !this.ui.pasteOpen });
  }

  private onInput(field: TextField, event: Event): void {
    this.show({ fields: { ...this.ui.fields, [field]: (event.target as HTMLInputElement).value } });
    if (field === 'postcode') this.postcodeAuto = false;
    this.userDriven = true;
    this.typing = true;
  }

  private onCommit(field: TextField): void {
    this.typing = false;
    this.touched.add(field);
    this.requestUpdate();
  }

  // ---------------------------------------------------------------- render

  protected override render(): TemplateResult {
    return renderDataState(this.cascade.root, this.localize, {
      skeletonLines: 4,
      complete: () => this.renderPicker(),
    });
  }

  private renderPicker(): TemplateResult {
    const problems = this.problems();
    const shown = (field: AddressField) =>
      this.ui.showAll || this.touched.has(field) ? problems.find((p) => p.field === field) : undefined;
    // "Not deliverable" (and "checking") is said by the coverage line itself, at once.
    const blocked = problems.some((p) => p.message === 'addressPicker.invalid.notCovered');
    const region = this.ui.showAll ? problems.find((p) => p.field === 'region' && p.flag !== 'customError') : undefined;
    const mark = blocked ? { id: 'coverage-message', chosen: true } : region ? { id: 'region-error', chosen: false } : null;
    const area = this.regionController.data;
    const areaActions = this.regionController.actions;
    return html`${this.renderAddressBook()} ${this.renderSmartPaste()}
      <fieldset class="region" ?disabled=${this.locked}>
        <legend id="region-legend" class="legend" part="label">${this.localize.t('addressPicker.region')}</legend>
        ${renderRegion(this.localize, area, areaActions, mark)}
        ${region ? html`<p id="region-error" class="field-error" part="field-error">${this.localize.t(region.message)}</p>` : nothing}
        ${this.renderCoverage()}
      </fieldset>
      ${this.renderField('detail', shown('detail'), { autocomplete: 'street-address', placeholder: this.localize.t('addressPicker.detailPlaceholder') })}
      ${
        this.noRecipient
          ? nothing
          : html`<div class="pair">
            ${this.renderField('recipient', shown('recipient'), { autocomplete: 'name' })}
            ${this.renderField('mobile', shown('mobile'), { autocomplete: 'tel-national', type: 'tel', inputmode: 'tel' })}
          </div>`
      }
      ${this.renderField('postcode', shown('postcode'), { autocomplete: 'postal-code', inputmode: 'numeric', hint: this.localize.t('addressPicker.postcodeHint') })}
      ${this.renderAddressBookSave()} ${renderRegionSheet(this.localize, area, areaActions)}`;
  }

  /** A part not in yet: a skeleton while it comes, or — when it could not be fetched — why, with a retry. */
  private partMissing(part: { readonly failed: boolean; preload(): Promise<void> }, lines = 2): TemplateResult {
    return renderPartMissing(this.localize, part, lines, this.localize.t('state.partFailed'));
  }

  /** Whether EMS delivers there, in a live region that stays in place; a placeholder while its module is fetched. */
  private renderCoverage(): TemplateResult {
    const check = this.coverageCheck;
    const part = check.status === 'initial' || this.coveragePart.failed ? undefined : this.coveragePart.get();
    const content = part
      ? part.renderCoverage(this.localize, check, check.retry)
      : check.status === 'initial'
        ? nothing
        : this.partMissing(this.coveragePart, 1);
    return html`<div class="coverage" part="coverage" role="status">${content}</div>`;
  }

  /** The saved addresses (or the offer to sign in); a placeholder while the book's module is fetched. */
  private renderAddressBook(): unknown {
    const part = this.bookWanted && !this.addressBookPart.failed ? this.addressBookPart.get() : undefined;
    const book = this.addressBook;
    if (part && book) return part.renderAddressBook(this.localize, book.data, book.actions, this.signInOffer);
    if (!this.addressBookPart.pending && !this.addressBookPart.failed) return nothing;
    return html`<div class="saved" part="saved">${this.partMissing(this.addressBookPart)}</div>`;
  }

  private renderAddressBookSave(): unknown {
    const part = this.bookWanted && !this.addressBookPart.failed ? this.addressBookPart.get() : undefined;
    const book = this.addressBook;
    return part && book ? part.renderAddressBookSave(this.localize, book.data, book.actions) : nothing;
  }

  /** The toggle, and the panel: its module is fetched when the panel is about to open, with a placeholder until it is in. */
  private renderSmartPaste(): TemplateResult {
    const open = this.ui.pasteOpen;
    // Once fetched, the panel stays rendered (hidden when closed), keeping what was typed.
    const part = (open || this.smartPaste) && !this.smartPastePart.failed ? this.smartPastePart.get() : undefined;
    const paste = this.smartPaste;
    const preload = () => void this.smartPastePart.preload();
    return html`<div class="paste" part="paste">
      <button type="button" class="outline-button" part="paste-toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls="paste-panel"
        ?disabled=${this.locked} @pointerenter=${preload} @focus=${preload} @click=${() => this.togglePaste()}>${this.localize.t('addressPicker.paste.toggle')}</button>
      <div id="paste-panel" class="paste-panel" ?hidden=${!open}>
        ${part && paste ? part.renderPastePanel(this.localize, paste.data, paste.actions) : open ? this.partMissing(this.smartPastePart) : nothing}
      </div>
    </div>`;
  }

  private renderField(
    field: TextField,
    problem: AddressProblem | undefined,
    options: { autocomplete: string; placeholder?: string; type?: string; inputmode?: string; hint?: string },
  ): TemplateResult {
    const optional = field === 'postcode';
    const describedBy = [problem ? `${field}-error` : '', options.hint ? `${field}-hint` : ''].filter(Boolean).join(' ');
    return html`<div class="field" part="field">
      <label for=${field} class="label" part="label">${this.localize.t(FIELD_LABEL[field])}${optional ? this.localize.t('addressPicker.optional') : ''}</label>
      <input
        id=${field}
        class="input"
        part="input"
        type=${options.type ?? 'text'}
        inputmode=${options.inputmode ?? nothing}
        autocomplete=${options.autocomplete}
        placeholder=${options.placeholder ?? nothing}
        ?required=${!optional && (this.required || !!this.value)}
        ?disabled=${this.locked}
        aria-invalid=${problem ? 'true' : 'false'}
        aria-describedby=${describedBy || nothing}
        .value=${live(this.ui.fields[field])}
        @input=${(e: Event) => this.onInput(field, e)}
        @change=${() => this.onCommit(field)}
      />
      ${options.hint ? html`<p id=${`${field}-hint`} class="hint">${options.hint}</p>` : nothing}
      ${problem ? html`<p id=${`${field}-error`} class="field-error" part="field-error">${this.localize.t(problem.message)}</p>` : nothing}
    </div>`;
  }
}
