// Form association for an element that is a form control: the value a native
// <form> submits, validity (so `required` and an invalid value block
// submission, with a message at the field), reset, restore, a disabled
// fieldset and `:state(invalid)` — through ElementInternals. The element
// declares `static formAssociated = true` and forwards the browser's
// form*Callback methods here; the controller asks it for the value, the
// state to keep and the first problem whenever it writes them.
//
// Safari before 16.4 and Firefox before 98 have no form-associated custom
// elements (ElementInternals with setFormValue). With
// `fallbackInput`, the element degrades instead of failing: a hidden
// <input name> in its light DOM carries the value into FormData, `reset` of
// the form resets it, and checkValidity() / reportValidity() / validity /
// validationMessage answer from the same rules; but the browser itself does
// not stop a submission or show its bubble, so a page that supports those
// browsers should call `reportValidity()` in its submit handler. Without it,
// the element simply stays out of the form there.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface FormControlHost extends ReactiveControllerHost, HTMLElement {
  /** Name the value is submitted under. */
  readonly name: string | undefined;
}

export type ValidityFlag = 'valueMissing' | 'patternMismatch' | 'tooLong' | 'customError';

/** The first problem of a control: what the browser reports. */
export interface Invalidity {
  flag: ValidityFlag;
  message: string;
  /** The field the browser's message points at (focused by reportValidity). */
  anchor: HTMLElement | null;
}

export interface FormControlOptions {
  /** What the form submits under `name`; null submits nothing. */
  value(): string | null;
  /** What the browser keeps for restoring the page (the value when absent). */
  state?(): string | null;
  /** The first problem, or null when the value is valid. */
  invalidity(): Invalidity | null;
  /** The form was reset: back to the initial value. */
  reset(): void;
  /** The browser gives back a state `state()` returned (back-forward navigation, autofill). */
  restore(state: string): void;
  /** Without ElementInternals, submit the value through a hidden input in the light DOM. */
  fallbackInput?: boolean;
}

const VALIDITY_KEYS = [
  'badInput',
  'customError',
  'patternMismatch',
  'rangeOverflow',
  'rangeUnderflow',
  'stepMismatch',
  'tooLong',
  'tooShort',
  'typeMismatch',
  'valueMissing',
] as const;

export class FormControlController implements ReactiveController {
  /** ElementInternals, where the browser has it. */
  readonly internals: ElementInternals | null;
  /** Disabled by a disabled fieldset or form around the element. */
  disabled = false;
  private readonly host: FormControlHost;
  private readonly options: FormControlOptions;
  private fallback: HTMLInputElement | null = null;
  private fallbackForm: HTMLFormElement | null = null;
  private invalidity: Invalidity | null = null;
  private queued = false;

  constructor(host: FormControlHost, options: FormControlOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
    this.internals = typeof (host as Partial<HTMLElement>).attachInternals === 'function' ? host.attachInternals() : null;
  }

  hostConnected(): void {
    this.update();
    if (this.internals || !this.options.fallbackInput) return;
    this.fallbackForm = this.host.closest('form');
    this.fallbackForm?.addEventListener('reset', this.onFallbackReset);
  }

  hostDisconnected(): void {
    this.fallbackForm?.removeEventListener('reset', this.onFallbackReset);
    this.fallbackForm = null;
  }

  // The form's reset runs before its controls are reset; do it after, like a native control.
  private readonly onFallbackReset = (): void => void Promise.resolve().then(() => this.formReset());

  /** `formResetCallback` of the host. */
  formReset(): void {
    this.options.reset();
    this.commit();
  }

  /** `formDisabledCallback` of the host. */
  formDisabled(disabled: boolean): void {
    this.disabled = disabled;
    this.host.requestUpdate();
  }

  /** `formStateRestoreCallback` of the host. */
  formStateRestore(state: unknown): void {
    if (typeof state === 'string') this.options.restore(state);
  }

  /** Writes the value and validity once this task is done, however many things changed. */
  update(): void {
    if (this.queued) return;
    this.queued = true;
    void Promise.resolve().then(() => {
      if (this.queued) this.commit();
    });
  }

  /** Writes the value and validity now. */
  commit(): void {
    this.queued = false;
    if (!this.internals && !this.options.fallbackInput) return;
    const value = this.options.value();
    const invalidity = this.options.invalidity();
    this.invalidity = invalidity;
    if (this.internals) {
      this.internals.setFormValue(value, this.options.state ? this.options.state() : value);
      if (invalidity) this.internals.setValidity({ [invalidity.flag]: true }, invalidity.message, invalidity.anchor ?? undefined);
      else this.internals.setValidity({});
    } else if (this.options.fallbackInput) {
      this.syncFallback(value);
    }
    this.setState('invalid', !!invalidity);
  }

  /** A write still waiting for the end of the task happens now (before validity is read). */
  private flush(): void {
    if (this.queued) this.commit();
  }

  private syncFallback(value: string | null): void {
    const name = this.host.name;
    if (value === null || !name) {
      this.fallback?.remove();
      this.fallback = null;
      return;
    }
    if (!this.fallback) {
      this.fallback = document.createElement('input');
      this.fallback.type = 'hidden';
    }
    this.fallback.name = name;
    this.fallback.value = value;
    if (this.fallback.parentNode !== this.host) this.host.append(this.fallback);
  }

  /** `:state(invalid)` for page CSS, where custom states exist (Chromium 90–124 spell it `--invalid`). */
  private setState(name: string, on: boolean): void {
    const states = (this.internals as (ElementInternals & { states?: Set<string> }) | null)?.states;
    if (!states) return;
    for (const spelling of [name, `--${name}`]) {
      try {
        if (on) states.add(spelling);
        else states.delete(spelling);
        return;
      } catch {
        // This browser wants the other spelling.
      }
    }
  }

  /** The form the element belongs to. */
  get form(): HTMLFormElement | null {
    if (this.internals) return this.internals.form;
    return this.options.fallbackInput ? this.host.closest('form') : null;
  }

  get validity(): ValidityState {
    this.flush();
    if (this.internals) return this.internals.validity;
    const flags = Object.fromEntries(VALIDITY_KEYS.map((key) => [key, this.invalidity?.flag === key])) as Record<
      (typeof VALIDITY_KEYS)[number],
      boolean
    >;
    return { ...flags, valid: !this.invalidity } as ValidityState;
  }

  get validationMessage(): string {
    this.flush();
    return this.internals ? this.internals.validationMessage : (this.invalidity?.message ?? '');
  }

  get willValidate(): boolean {
    return this.internals ? this.internals.willValidate : true;
  }

  checkValidity(): boolean {
    this.flush();
    if (this.internals) return this.internals.checkValidity();
    if (!this.invalidity) return true;
    this.host.dispatchEvent(new Event('invalid', { cancelable: true }));
    return false;
  }

  reportValidity(): boolean {
    this.flush();
    if (this.internals) return this.internals.reportValidity();
    if (!this.invalidity) return true;
    if (this.host.dispatchEvent(new Event('invalid', { cancelable: true }))) this.invalidity.anchor?.focus();
    return false;
  }
}

/** Submits `form` as its submit button would: validity is checked and `submit` fires (form.submit() does neither). */
export function submitForm(form: HTMLFormElement): void {
  if (typeof form.requestSubmit === 'function') {
    form.requestSubmit();
  } else {
    // Safari < 16: a submit button's click does it.
    const button = Object.assign(document.createElement('button'), { type: 'submit', hidden: true });
    form.append(button);
    button.click();
    button.remove();
  }
}
