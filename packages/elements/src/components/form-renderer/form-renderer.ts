import { html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { beijingDate, formFields } from '@yiwang/contract';
import type { FormSchema } from '@yiwang/contract';
import { YwElement } from '../../base/yw-element.ts';
import { linkButtonStyles, signInStyles } from '../../base/styles/shared.ts';
import { DataController } from '../../base/controllers/data.ts';
import { LazyModule } from '../../base/controllers/lazy.ts';
import { LazyPart } from '../../base/controllers/lazy-part.ts';
import { LocalizeController } from '../../base/controllers/localize.ts';
import { renderDataState, renderEmpty, renderSkeleton, renderViewMissing } from '../../base/views/async-views.ts';
import { formRendererStyles } from './form-renderer.styles.ts';
import { asAddress, asFileValue } from './model.ts';
import type { FileValue, Values } from './model.ts';
import { FormControlController, submitForm } from '../../base/controllers/form-control.ts';
import { FormState } from './controllers/form-state.ts';
import { SubmitFlow } from './controllers/submit-flow.ts';
import { Wizard } from './controllers/wizard.ts';
import { renderFields } from './fields/index.ts';
import type { FieldContext } from './fields/index.ts';
import { FALLBACK_ADDRESS_TAG } from './fields/context.ts';
import type * as LaterModule from './views/later.ts';
import { renderSchemaStep } from './views/steps.ts';
import { renderSteps, renderSummary } from './views/frame.ts';
import { renderDraftFooter } from './views/drafts.ts';
import { formRendererLaterMessages, formRendererMessages } from '../../i18n/messages/form-renderer.ts';
import { renderSignIn } from '../../base/views/sign-in.ts';

/** The tag of the address picker, used for address fields when it is registered. */
export const ADDRESS_PICKER_TAG = 'yw-address-picker';

/** Kinds of control whose every keystroke is a value. */
const TEXT_KINDS = new Set(['text', 'number', 'date', 'idCard', 'uscc', 'mobile', 'email']);

/** Form data as entered: field name to value (groups nested, repeatable groups as lists). */
export type FormValues = Values;

/** The templates of views/later.ts. */
type LaterViews = typeof LaterModule;

/**
 * Renders an online application form from its contract schema — loaded by
 * `form-id` or given as `schema` — as a wizard: one step per schema step, then
 * how to apply and receive the result, then "check your answers" and submit.
 * Prefills from the signed-in applicant's profile and e-licenses, uploads
 * materials with progress (or uses an e-license instead), validates with the
 * contract's own code on blur and on each step (an error summary linking to the
 * fields), autosaves drafts on the device and on the server, and submits with
 * an idempotency key so that a retry never creates a second application.
 *
 * Inside a native `<form>`, with a `name`, it is a form control: it contributes
 * the application body as JSON, blocks the form while the application is
 * invalid, and its last step submits that form instead of the API.
 *
 * @summary Schema-driven application form: wizard, prefill, uploads, drafts, validation, idempotent submission.
 * @tag yw-form-renderer
 *
 * @property {FormSchema | undefined} schema - A form schema to render instead of loading one by `form-id`.
 *
 * @csspart state - The box around the current state (loading, empty, error or the form).
 * @csspart title - The form's title.
 * @csspart steps - The step indicator.
 * @csspart step - One step of the indicator.
 * @csspart form - The current step.
 * @csspart step-heading - The heading of the current step (focused on each step change).
 * @csspart error-summary - The problems of the step, each a link to its field.
 * @csspart section - A section of a step.
 * @csspart field - One field.
 * @csspart label - A field's label or legend.
 * @csspart hint - A field's hint.
 * @csspart input - A text input, text area or select.
 * @csspart unit - The unit after a number (万元).
 * @csspart counter - Characters left in a text area.
 * @csspart field-error - A field's problem.
 * @csspart prefilled - "Filled in from …" under a prefilled field.
 * @csspart choices - The options of a choice.
 * @csspart choice - One option.
 * @csspart group - A group of fields.
 * @csspart group-label - A group's legend.
 * @csspart entry - One entry of a repeatable group.
 * @csspart entry-label - An entry's legend.
 * @csspart add-button - Adds an entry.
 * @csspart remove-button - Removes an entry.
 * @csspart material - A file or e-license field.
 * @csspart license - An e-license as shown (name, number, issuer, validity).
 * @csspart file-list - The files of a material.
 * @csspart file - One file.
 * @csspart progress - An upload's progress bar.
 * @csspart progress-fill - The filled part of the bar.
 * @csspart file-error - Why an upload failed.
 * @csspart upload-retry - Sends a failed upload again.
 * @csspart file-remove - Removes a file (or cancels its upload).
 * @csspart choose-button - Opens the file chooser.
 * @csspart address - The address element of an address field or of the delivery address.
 * @csspart review-section - One step's answers on the review step.
 * @csspart change-link - Goes back to a step from the review step.
 * @csspart nav - The step buttons.
 * @csspart back-button - "上一步".
 * @csspart next-button - "下一步".
 * @csspart submit-button - "确认提交".
 * @csspart submit-error - Why the submission failed (everything entered is kept).
 * @csspart sign-in-note - Shown to an applicant who is not signed in.
 * @csspart draft-banner - The offer to restore a draft, or the choice after a conflicting save.
 * @csspart draft-restore - Restores the offered draft.
 * @csspart draft-discard - Drops the offered draft.
 * @csspart draft-version - On a draft of an earlier version of the form: the form changed, and what restoring carries over.
 * @csspart draft-carried - The list of the fields whose answers restoring keeps.
 * @csspart draft-dropped - How many answers restoring drops (their fields are gone).
 * @csspart draft-theirs - Loads the draft saved elsewhere.
 * @csspart draft-mine - Keeps this page's values.
 * @csspart draft-status - When the draft was last saved.
 * @csspart draft-device - The "keep a draft on this device" choice.
 * @csspart receipt - After submission: the application number and query code.
 * @csspart application-number - The application number (申报号).
 * @csspart query-code - The query code (查询码).
 * @csspart copy-button - Copies the query code.
 * @csspart skeleton - The loading placeholder.
 * @csspart empty - The empty state.
 * @csspart error - The error state (loading the form failed).
 * @csspart retry-button - The retry button of the error state.
 *
 * @cssprop [--yw-form-renderer-max-width=48rem] - Widest the form grows.
 * @cssprop [--yw-form-renderer-progress-color=var(--yw-color-accent)] - Colour of upload progress bars.
 *
 * @cssstate invalid - In a native `<form>`: the application is not valid yet (spelled `:--invalid` in Chromium 90–124).
 *
 * @fires {YwSubmitEvent} yw-submit - The application was created: `{ number, queryCode, receipt, earlier }`.
 * @fires {YwErrorEvent} yw-error - Loading the form or submitting it failed (the element shows why, and keeps what was entered).
 */
export class YwFormRenderer extends YwElement {
  static override tagName = 'yw-form-renderer';

  protected static override messageParts = [formRendererMessages];
  /** @internal The parts the element takes on later (the later views' words), for tools that list every word it shows. */
  static laterMessageParts = [formRendererLaterMessages];
  static override styles = [YwElement.styles, linkButtonStyles, signInStyles, formRendererStyles];
  /** Joins a native `<form>` around it (ElementInternals, where the browser has it). */
  static formAssociated = true;

  static override properties: PropertyDeclarations = {
    formId: { attribute: 'form-id' },
    schema: { attribute: false },
    name: { reflect: true },
    noLocalDraft: { type: Boolean, attribute: 'no-local-draft' },
    disabled: { type: Boolean, reflect: true },
    step: { type: Number },
    preview: { type: Boolean },
  };

  /** Id of the form schema to load (`form-scjg-001`); ignored when `schema` is set. */
  declare formId: string | undefined;
  /** A form schema to render instead of loading one. */
  declare schema: FormSchema | undefined;
  /** Inside a native `<form>`: the name of the one entry the element contributes (the application body as JSON). */
  declare name: string | undefined;
  /** Never keep a draft on this device (a hall kiosk, a shared terminal); the applicant is not asked. */
  declare noLocalDraft: boolean;
  /** Disables every control. */
  declare disabled: boolean;
  /**
   * The wizard step shown, 0-based: the schema's steps, then the guide's other materials (where there are
   * any), then delivery (where the item offers a choice), then review. Past the end: the last step.
   */
  declare step: number;
  /**
   * A designer's preview of `schema`: no API at all (no sign-in, prefill, guide, uploads or drafts, on the
   * device or the server), a new `schema` object is shown at once with what was entered kept, and the last
   * step checks everything but submits nothing.
   */
  declare preview: boolean;

  /**
   * Registers <yw-address-picker> when a step with an address field (or the
   * delivery address) first shows (`define/yw-form-renderer.ts` sets the import
   * of its define module), so a form without one never fetches it. Null (a
   * class registered by the page itself): the picker is left to the page, and
   * the plain address entry stands in until it is registered.
   */
  static loadAddressPicker: (() => Promise<unknown>) | null = null;

  /**
   * Registers the plain address entry (<yw-form-address-fallback>) the first time it is needed: where the
   * picker is not fetched or its fetch failed. Like the picker, it upgrades in place when it arrives.
   * Null: the page registers it.
   */
  static loadAddressFallback: (() => Promise<unknown>) | null = null;

  /**
   * Fetches what the first step of a typical form does not show (views/later.ts: file and e-license
   * fields, the materials, delivery and review steps, the receipt). The renderer starts it with the
   * form's schema, so moving on adds no wait; until it is in those parts show a placeholder.
   */
  static loadLater: () => Promise<LaterViews> = () => import('./views/later.ts');

  private readonly localize = new LocalizeController(this);
  private readonly addressPicker = new LazyModule(this, () => (this.constructor as typeof YwFormRenderer).loadAddressPicker!());
  private readonly addressFallback = new LazyModule(this, () => (this.constructor as typeof YwFormRenderer).loadAddressFallback!());
  /** The later views, with their words and styles (fetched together). */
  private readonly later = new LazyPart(this, () => (this.constructor as typeof YwFormRenderer).loadLater(), [formRendererLaterMessages]);
  private readonly load = new DataController(this, {
    endpoint: 'forms.get',
    // A preview never calls the API: its schema is rendered as given (render()). Without a form (a page
    // that sets one later) there is nothing to load: the element waits quietly.
    args: () => (this.preview || !(this.schema || this.formId) ? null : ([this.formId, this.schema] as const)),
    call: (client, [formId, schema], signal) => {
      // The later views are fetched alongside the schema: the form needs them once it is on screen.
      this.later.get();
      return schema ? Promise.resolve(schema) : client.forms.get(formId!, { signal });
    },
    isEmpty: (schema) => formFields(schema).length === 0,
  });
  // In a host page's <form>, with a `name`: one entry (the application body as JSON), invalid while the
  // application is (the submission is blocked at the first problem); the last step's button submits that
  // form instead of the API; reset restores the prefilled values; back-forward restore the entered ones.
  private readonly formControl: FormControlController = new FormControlController(this, {
    value: () => (this.formState.model && !this.submitFlow.receipt ? JSON.stringify(this.submitFlow.body()) : null),
    state: () => (this.formState.model ? JSON.stringify(this.formState.model.values) : null),
    invalidity: () => {
      // Whole-form validity is only worth computing for a form that will ask for it.
      if (!this.formControl.form || !this.formState.model || this.submitFlow.receipt) return null;
      const first = this.formState.allErrors().values().next();
      return first.done
        ? null
        : {
            flag: 'customError',
            message: first.value,
            anchor: this.renderRoot.querySelector<HTMLElement>('[part~="next-button"], [part~="submit-button"]'),
          };
    },
    restore: (state) => {
      try {
        this.formState.applySnapshot({ data: JSON.parse(state) as Values, step: this.step });
      } catch {
        // Not a state this element wrote.
      }
    },
    reset: () => this.formState.reset(),
  });
  private readonly formState = new FormState(this, this.localize, () => this.formControl.update());
  private readonly wizard = new Wizard(this, this.formState, this.localize);
  /** The language the problems on screen are in. */
  private shownLocale: string | null = null;
  /** In a preview: the last "submit" found no problem. */
  private previewChecked = false;
  private readonly submitFlow = new SubmitFlow(this, this.formState, this.wizard, this.localize, () => this.submitHostForm());

  constructor() {
    super();
    this.noLocalDraft = false;
    this.disabled = false;
    this.step = 0;
    this.preview = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The picker may be registered after this element: switch to it then.
    if (!customElements.get(ADDRESS_PICKER_TAG)) void customElements.whenDefined(ADDRESS_PICKER_TAG).then(() => this.requestUpdate());
    addEventListener('pagehide', this.onPageHide);
    // Moved in the page: pick up what the disconnect stopped.
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('pagehide', this.onPageHide);
    this.formState.close();
  }

  /** In a host form, with a `name`: submits that form (which checks validity) instead of the API. */
  private submitHostForm(): boolean {
    const form = this.formControl.form;
    if (!form || !this.name) return false;
    this.formControl.commit();
    submitForm(form);
    return true;
  }

  /** @internal Called by the browser when the form around the element is reset. */
  formResetCallback(): void {
    this.formControl.formReset();
  }

  /** @internal Called by the browser when a fieldset or form around the element is disabled or enabled. */
  formDisabledCallback(disabled: boolean): void {
    this.formControl.formDisabled(disabled);
  }

  /** @internal Called by the browser to restore the entered values (back-forward navigation). */
  formStateRestoreCallback(state: unknown): void {
    this.formControl.formStateRestore(state);
  }

  /** The entered data (hidden fields' values included: they come back when shown again). Setting it replaces them. */
  get data(): FormValues {
    return this.formState.values();
  }
  set data(values: FormValues) {
    this.formState.applySnapshot({ data: values, step: this.step });
  }

  /** The data as it would be submitted: visible fields only, in the contract's shape. */
  get submittedData(): FormValues {
    return JSON.parse(JSON.stringify(this.formState.model?.submitted ?? {})) as FormValues;
  }

  /** @internal For tests and stories: the state being rendered. */
  get state() {
    return this.load.state;
  }

  /** @internal For tests and stories: the session (prefill, e-licenses) and the drafts are loaded. */
  get settled(): boolean {
    return !!this.formState.session && !!this.formState.drafts?.opened;
  }

  /** The native form this element belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.formControl.form;
  }

  /** The form control's validity (where the browser has ElementInternals). */
  get validity(): ValidityState | undefined {
    return this.formControl.internals ? this.formControl.validity : undefined;
  }

  /** The first problem, as a form control reports it ('' when valid). */
  get validationMessage(): string {
    if (this.formControl.internals && this.formControl.form) return this.formControl.validationMessage;
    return this.formState.allErrors().values().next().value ?? '';
  }

  /** Whether the application is complete and valid. */
  checkValidity(): boolean {
    return !!this.formState.model && this.formState.allErrors().size === 0;
  }

  /** Like `checkValidity()`, and shows the problems in the review step's error summary. */
  reportValidity(): boolean {
    const valid = this.checkValidity();
    if (!valid) void this.validate();
    return valid;
  }

  /** Checks the whole form; shows the problems on the review step and returns whether there were none. */
  async validate(): Promise<boolean> {
    if (!this.formState.model) return false;
    const errors = this.formState.allErrors();
    this.formState.errors = errors;
    this.formState.general = [];
    if (errors.size === 0) return true;
    await this.wizard.go(this.wizard.review, false);
    await this.wizard.showSummary();
    return false;
  }

  /** Submits, as the review step's button does (everything is checked first). */
  submit(): Promise<void> {
    return this.submitFlow.submit();
  }

  /** Saves the draft now instead of after the debounce. */
  saveDraft(): Promise<void> {
    return this.formState.drafts?.flush() ?? Promise.resolve();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const before = this.formState.model?.schema.id;
    this.formState.sync(this.preview ? this.schema : this.load.state === 'complete' ? this.load.value : undefined);
    const model = this.formState.model;
    if (!model) return;
    // Another form starts fresh: at its first step, without the last one's receipt.
    if (before !== undefined && before !== model.schema.id) {
      this.step = 0;
      this.submitFlow.startOver();
    }
    // The steps are known once the guide is (its extra materials may add one).
    if (this.formState.session) this.wizard.clamp();
    // Problems of fields that got hidden are no longer problems.
    for (const path of [...this.formState.errors.keys()])
      if (!path.startsWith('$') && model.isHidden(path)) this.formState.errors.delete(path);
    // Problems are said again in the new language (the server's, which the browser cannot repeat, stay).
    if (this.shownLocale !== this.resolvedLocale) {
      if (this.shownLocale)
        for (const path of [...this.formState.errors.keys()])
          this.formState.errors.set(path, this.formState.problemOf(path) ?? this.formState.errors.get(path)!);
      this.shownLocale = this.resolvedLocale;
    }
  }

  // -------------------------------------------------------------------------
  // Entering values: one listener each on the step's form, for every control.

  private readonly onInput = (event: Event): void => {
    const target = event.target as HTMLInputElement;
    const { path, kind } = target.dataset ?? {};
    if (path && kind && TEXT_KINDS.has(kind)) this.formState.write(path, target.value, { commit: false });
    // Typing in an address (its detail, recipient …): a fixed problem goes as with any text field,
    // not only when the address element reports its change on blur.
    else if (path && kind === 'address') {
      const value = asAddress((target as { value?: unknown }).value);
      if (value) this.formState.write(path, value, { commit: false });
    }
  };

  /**
   * While a pointer is pressed in the form, rendering waits until it is released: a problem said or
   * cleared when the last field loses focus would otherwise move the control under the pointer between
   * press and release, and the click would be lost.
   */
  private pointerHeld = false;
  private readonly onPointerDown = (): void => {
    if (this.pointerHeld) return;
    this.pointerHeld = true;
    const release = () => {
      removeEventListener('pointerup', release, true);
      removeEventListener('pointercancel', release, true);
      // After the click the release belongs to.
      setTimeout(() => {
        this.pointerHeld = false;
        this.requestUpdate();
      });
    };
    addEventListener('pointerup', release, true);
    addEventListener('pointercancel', release, true);
  };

  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    return super.shouldUpdate(changed) && !this.pointerHeld;
  }

  private readonly onChange = (event: Event): void => {
    const target = event.target as HTMLInputElement;
    const { path, kind } = target.dataset ?? {};
    const model = this.formState.model;
    if (!path || !kind || !model) return;
    const write = (value: unknown) => this.formState.write(path, value, { commit: true });
    const file = (): FileValue => asFileValue(model.get(path));
    switch (kind) {
      case 'radio':
      case 'select':
      case 'license':
        return write(target.value);
      case 'boolean':
        return write(target.checked);
      case 'checkbox': {
        const field = this.formState.fieldAt(path);
        const current = model.get(path);
        const chosen = new Set(Array.isArray(current) ? (current as string[]) : []);
        if (target.checked) chosen.add(target.value);
        else chosen.delete(target.value);
        // Kept in the order of the options, whatever the order of the clicks.
        return write((field?.type === 'checkbox' ? field.options.map((o) => o.value) : [...chosen]).filter((v) => chosen.has(v)));
      }
      case 'file-use':
        return write({ ...file(), use: target.value === 'license' ? 'license' : 'upload' });
      case 'file-license':
        return write({ ...file(), use: 'license', licenseId: target.value });
      case 'file':
        return this.chooseFiles(path, target);
      default:
        if (TEXT_KINDS.has(kind)) this.formState.commitText(path, target);
    }
  };

  private readonly onFocusOut = (event: FocusEvent): void => {
    const target = event.target as HTMLInputElement;
    const { path, kind } = target.dataset ?? {};
    if (path && kind && TEXT_KINDS.has(kind)) this.formState.commitText(path, target);
  };

  private chooseFiles(path: string, input: HTMLInputElement): void {
    const field = this.formState.fieldAt(path);
    if (field?.type === 'file' && input.files) this.formState.uploads.choose(path, field, [...input.files]);
    // Choosing the same file again must fire `change` again.
    input.value = '';
    // A refused file is said at once; an upload that runs is no problem (until Next).
    const refusal = this.formState.uploads.refusal(path);
    if (refusal) this.formState.errors.set(path, refusal);
    else this.formState.errors.delete(path);
    this.requestUpdate();
  }

  private readonly onFormSubmit = (event: Event): void => {
    event.preventDefault();
    if (this.wizard.current.kind === 'review' && this.preview) void this.checkPreview();
    else if (this.wizard.current.kind === 'review') void this.submitFlow.submit();
    else void this.wizard.next();
  };

  /** The preview's submit: everything is checked, nothing is sent. */
  private async checkPreview(): Promise<void> {
    this.previewChecked = await this.validate();
  }

  private readonly onPageHide = (): void => {
    void this.formState.drafts?.flush();
  };

  // -------------------------------------------------------------------------
  // Rendering

  protected override render(): TemplateResult | typeof nothing {
    if (this.preview)
      return html`<div class="yw-state" part="state" data-state=${this.schema ? 'complete' : 'initial'}>
        ${this.schema ? this.renderForm() : nothing}
      </div>`;
    if (this.load.state === 'initial' && !this.schema && !this.formId) return nothing;
    return renderDataState(this.load, this.localize, {
      complete: () => this.renderForm(),
      empty: () => renderEmpty(this.localize.t('formRenderer.empty')),
    });
  }

  /**
   * The tag address fields render: the picker once registered, and while it is
   * being fetched (the element upgrades when it arrives, keeping what was set on
   * it); the plain entry when no one fetches it or the fetch failed.
   */
  private addressTag(): string {
    if (customElements.get(ADDRESS_PICKER_TAG)) return ADDRESS_PICKER_TAG;
    if (!(this.constructor as typeof YwFormRenderer).loadAddressPicker) return this.fallbackTag();
    // A failed fetch is not tried again at each render: the plain entry does the job.
    if (this.addressPicker.failed) return this.fallbackTag();
    return this.addressPicker.get() === undefined ? ADDRESS_PICKER_TAG : this.fallbackTag();
  }

  /** The plain entry's tag; asking for it starts registering it where that is this element's job. */
  private fallbackTag(): string {
    if ((this.constructor as typeof YwFormRenderer).loadAddressFallback && !customElements.get(FALLBACK_ADDRESS_TAG))
      this.addressFallback.get();
    return FALLBACK_ADDRESS_TAG;
  }

  private context(): FieldContext {
    const addressTag = () => this.addressTag();
    const later = () => this.laterViews();
    const formState = this.formState;
    const ctx: FieldContext = {
      localize: this.localize,
      model: formState.model!,
      errors: formState.errors,
      prefilled: formState.prefilled,
      uploads: formState.uploads,
      session: formState.session,
      extras: formState.extras,
      requiredMaterials: formState.requiredMaterials,
      disabled: this.disabled || this.formControl.disabled,
      today: beijingDate(new Date()),
      // Read only where an address element renders: that starts fetching the picker.
      get addressTag() {
        return addressTag();
      },
      addressConfig: { apiBase: this.apiBase, locale: this.resolvedLocale, elder: this.resolvedElder },
      addEntry: (path) => void this.addEntry(path),
      removeEntry: (path, index) => void this.removeEntry(path, index),
      retryUpload: (path, field, key) => formState.uploads.retry(path, field, key),
      removeFile: (path, key) => {
        formState.uploads.remove(path, key);
        void this.updateComplete.then(() => this.wizard.focusControl(path));
      },
      // A change the element reports (fields/address.ts leaves out what is no change).
      addressChanged: (path, value) => formState.write(path, value, { commit: !!value?.divisionCode && !!value.detail }),
      renderFields: (fields, prefix) => renderFields(ctx, fields, prefix),
      get later() {
        return later();
      },
      laterPending: () => this.renderLaterPending(),
    };
    return ctx;
  }

  private async addEntry(path: string): Promise<void> {
    const first = this.formState.addEntry(path);
    await this.updateComplete;
    if (first) await this.wizard.focusControl(first);
  }

  private async removeEntry(path: string, index: number): Promise<void> {
    this.formState.removeEntry(path, index);
    await this.updateComplete;
    await this.wizard.focusControl(path);
  }

  /**
   * The later views, wanted from the first step on (see loadLater): asking starts the fetch where the
   * schema's load did not already. After a failed fetch, undefined until the applicant retries.
   */
  private laterViews(): LaterViews | undefined {
    return this.later.failed ? undefined : this.later.get();
  }

  /** Stands in for a later view until it is in: a placeholder, or why it could not be fetched with a retry. */
  private renderLaterPending(): TemplateResult {
    if (this.later.failed)
      return renderViewMissing(this.localize, true, () => {
        this.later.get();
        this.requestUpdate();
      });
    return html`<div class="yw-state" data-state="pending" aria-busy="true">${renderSkeleton(3)}</div>`;
  }

  private renderForm(): TemplateResult | typeof nothing {
    const formState = this.formState;
    const model = formState.model;
    if (!model) return nothing;
    const localize = this.localize;
    const submitter = this.submitFlow;
    const later = this.laterViews();
    if (submitter.receipt)
      return later
        ? later.renderReceipt(localize, submitter.receipt.receipt, submitter.receipt.earlier, submitter.copied, () => void submitter.copy())
        : this.renderLaterPending();
    const steps = this.wizard.steps;
    const def = this.wizard.current;
    const ctx = this.context();
    const review = def.kind === 'review';
    const shown = [...formState.errors].filter(([path]) => review || this.wizard.stepOf(path) === this.step);
    const general = review ? formState.general : [];
    return html`<h2 class="form-title" part="title">${model.schema.title}</h2>
      ${renderSteps(localize, steps, this.step, (index) => void this.wizard.go(index))}
      ${formState.drafts?.offer || formState.drafts?.status === 'conflict' ? (later ? later.renderDraftBanner(localize, formState.drafts) : this.renderLaterPending()) : nothing}
      ${
        formState.session && !formState.session.profile && !this.preview
          ? this.signInOffer
            ? html`<div part="sign-in-note">${renderSignIn(localize, localize.t('formRenderer.signInNote'), this.signInOffer)}</div>`
            : html`<p class="note" part="sign-in-note">${localize.t('formRenderer.signInNote')}</p>`
          : nothing
      }
      <form class="step-form" part="form" novalidate @submit=${this.onFormSubmit} @input=${this.onInput} @change=${this.onChange} @focusout=${this.onFocusOut}
        @pointerdown=${this.onPointerDown}>
        ${formState.summary && shown.length + general.length > 0 ? renderSummary(localize, shown, general, (path) => void this.wizard.focusField(path)) : nothing}
        <h3 class="step-heading" part="step-heading" tabindex="-1">${localize.t('formRenderer.stepOf', this.step + 1, steps.length, def.title)}</h3>
        ${
          def.kind === 'schema'
            ? renderSchemaStep(ctx, def.index)
            : !later
              ? this.renderLaterPending()
              : def.kind === 'materials'
                ? later.renderMaterials(ctx)
                : def.kind === 'delivery'
                  ? later.renderDelivery(ctx)
                  : later.renderReview(ctx, steps, this.wizard.change)
        }
        ${submitter.error && review && later ? later.renderSubmitError(localize, submitter.error, this.signInOffer) : nothing}
        ${
          this.preview && review
            ? html`<p class="note" part="preview-note" role="status">
                ${localize.t(this.previewChecked && formState.errors.size === 0 ? 'formRenderer.preview.valid' : 'formRenderer.preview.note')}
              </p>`
            : nothing
        }
        <div class="nav" part="nav">
          ${this.step > 0 ? html`<button type="button" class="yw-button secondary" part="back-button" @click=${this.wizard.back}>${localize.t('formRenderer.back')}</button>` : nothing}
          ${
            review
              ? html`<button type="submit" class="yw-button" part="submit-button" aria-disabled=${submitter.submitting ? 'true' : 'false'}>
                ${submitter.submitting ? localize.t('formRenderer.submitting') : submitter.error ? localize.t('formRenderer.submit.retry') : localize.t('formRenderer.submit')}
              </button>`
              : html`<button type="submit" class="yw-button" part="next-button">
                ${this.wizard.returnToReview ? localize.t('formRenderer.saveAndReview') : localize.t('formRenderer.next')}
              </button>`
          }
        </div>
      </form>
      ${renderDraftFooter(localize, formState.drafts, this.noLocalDraft ? null : !formState.deviceOptOut, (keep) => formState.deviceChoice(keep))}`;
  }
}
