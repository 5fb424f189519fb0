// Form association for the picker: the value a native <form> submits, validity
// (so `required` and an invalid address block submission, with a message at
// the field), reset, and restore — through ElementInternals.
//
// Safari before 16.4 and Firefox before 93 have no ElementInternals. There the
// picker degrades instead of failing: a hidden <input name> in its light DOM
// carries the value into FormData, `reset` of the form clears it, and
// checkValidity() / reportValidity() / validity / validationMessage answer from
// the same rules; but the browser itself does not stop a submission or show
// its bubble, so a page that supports those browsers should call
// `picker.reportValidity()` in its submit handler.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface FormControlHost extends ReactiveControllerHost, HTMLElement {
  /** Name the value is submitted under. */
  name: string;
  formResetCallback(): void;
}

export type ValidityFlag = 'valueMissing' | 'patternMismatch' | 'tooLong' | 'customError';

export interface Invalidity {
  flag: ValidityFlag;
  message: string;
  /** The field the browser's message points at (focused by reportValidity). */
  anchor: HTMLElement | null;
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

export class FormControl implements ReactiveController {
  /** ElementInternals, where the browser has it. */
  readonly internals: ElementInternals | null;
  private readonly host: FormControlHost;
  private fallback: HTMLInputElement | null = null;
  private fallbackForm: HTMLFormElement | null = null;
  private invalidity: Invalidity | null = null;

  constructor(host: FormControlHost) {
    this.host = host;
    host.addController(this);
    this.internals = typeof host.attachInternals === 'function' ? host.attachInternals() : null;
  }

  hostConnected(): void {
    if (this.internals) return;
    this.fallbackForm = this.host.closest('form');
    this.fallbackForm?.addEventListener('reset', this.onFallbackReset);
  }

  hostDisconnected(): void {
    this.fallbackForm?.removeEventListener('reset', this.onFallbackReset);
    this.fallbackForm = null;
  }

  // The form's reset runs before its controls are reset; do it after, like a native control.
  private readonly onFallbackReset = (): void => void Promise.resolve().then(() => this.host.formResetCallback());

  /** Sets the submitted value (null submits nothing), the state kept for restore, and validity. */
  update(value: string | null, state: string | null, invalidity: Invalidity | null): void {
    this.invalidity = invalidity;
    if (this.internals) {
      this.internals.setFormValue(value, state ?? value);
      if (invalidity) this.internals.setValidity({ [invalidity.flag]: true }, invalidity.message, invalidity.anchor ?? undefined);
      else this.internals.setValidity({});
    } else {
      this.syncFallback(value);
    }
    this.setState('invalid', !!invalidity);
  }

  private syncFallback(value: string | null): void {
    if (value === null || !this.host.name) {
      this.fallback?.remove();
      this.fallback = null;
      return;
    }
    if (!this.fallback) {
      this.fallback = document.createElement('input');
      this.fallback.type = 'hidden';
    }
    this.fallback.name = this.host.name;
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

  get form(): HTMLFormElement | null {
    return this.internals ? this.internals.form : this.host.closest('form');
  }

  get validity(): ValidityState {
    if (this.internals) return this.internals.validity;
    const flags = Object.fromEntries(VALIDITY_KEYS.map((key) => [key, this.invalidity?.flag === key])) as Record<(typeof VALIDITY_KEYS)[number], boolean>;
    return { ...flags, valid: !this.invalidity } as ValidityState;
  }

  get validationMessage(): string {
    return this.internals ? this.internals.validationMessage : (this.invalidity?.message ?? '');
  }

  get willValidate(): boolean {
    return this.internals ? this.internals.willValidate : true;
  }

  checkValidity(): boolean {
    if (this.internals) return this.internals.checkValidity();
    if (!this.invalidity) return true;
    this.host.dispatchEvent(new Event('invalid', { cancelable: true }));
    return false;
  }

  reportValidity(): boolean {
    if (this.internals) return this.internals.reportValidity();
    if (!this.invalidity) return true;
    if (this.host.dispatchEvent(new Event('invalid', { cancelable: true }))) this.invalidity.anchor?.focus();
    return false;
  }
}
