// Taking part in a host page's native <form> (ElementInternals): with a `name`,
// the element contributes one entry — the application body as JSON — and is
// invalid while the application is (the form's submission is blocked with the
// first problem); the last step's button submits the host form instead of the
// API; form reset restores the prefilled values; a disabled fieldset disables
// it; the browser's back-forward restore gets the entered values back.
// Browsers without form-associated custom elements (Safari < 16.4, Firefox <
// 98) leave it out of the form; the element then submits to the API as usual.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ApplicationCreate } from '@yiwang/contract';
import type { Values } from '../model.ts';
import type { Errors } from '../validation.ts';

interface AssociationHost extends ReactiveControllerHost, HTMLElement {
  readonly name: string | undefined;
}

export interface AssociationOptions {
  body(): ApplicationCreate | null;
  /** What the browser keeps for restoring the page. */
  state(): string | null;
  problems(): Errors;
  restore(values: Values): void;
  reset(): void;
  disabledChanged(): void;
  /** Where the browser points at the problem. */
  anchor(): HTMLElement | null;
}

export class FormAssociation implements ReactiveController {
  /** Disabled by a disabled fieldset or form around it. */
  disabled = false;
  private readonly host: AssociationHost;
  private readonly options: AssociationOptions;
  private readonly internals: ElementInternals | null;
  private queued = false;

  constructor(host: AssociationHost, options: AssociationOptions) {
    this.host = host;
    this.options = options;
    // Guarded: Safari before 16.4 and Firefox before 98 have no ElementInternals.
    this.internals = typeof (host as Partial<HTMLElement>).attachInternals === 'function' ? host.attachInternals() : null;
    host.addController(this);
  }

  /** `formResetCallback` of the host: the form was reset. */
  reset(): void {
    this.options.reset();
  }

  /** `formDisabledCallback` of the host. */
  setDisabled(disabled: boolean): void {
    this.disabled = disabled;
    this.options.disabledChanged();
  }

  /** `formStateRestoreCallback` of the host: the browser gives back what `state()` returned. */
  restore(state: unknown): void {
    if (typeof state !== 'string') return;
    try {
      this.options.restore(JSON.parse(state) as Values);
    } catch {
      // Not a state this element wrote.
    }
  }

  hostConnected(): void {
    this.update();
  }

  /** The form this element belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.internals?.form ?? null;
  }

  /** Recomputes the value and validity (once per task, however many fields changed). */
  update(): void {
    if (!this.internals || this.queued) return;
    this.queued = true;
    void Promise.resolve().then(() => {
      this.queued = false;
      this.write();
    });
  }

  /** The validity the browser sees (an up-to-date one), or null without ElementInternals. */
  get internalsOrNull(): ElementInternals | null {
    if (this.internals && this.queued) this.write();
    return this.internals;
  }

  /** In a host form with a `name`: submit that form (which checks validity) instead of the API. */
  submitHostForm(): boolean {
    const form = this.form;
    if (!form || !this.host.name) return false;
    this.write();
    if (typeof form.requestSubmit === 'function') {
      form.requestSubmit();
    } else {
      // Safari < 16: a submit button's click runs validation and the submit event; form.submit() does neither.
      const button = Object.assign(document.createElement('button'), { type: 'submit', hidden: true });
      form.append(button);
      button.click();
      button.remove();
    }
    return true;
  }

  private write(): void {
    const internals = this.internals;
    if (!internals) return;
    const body = this.options.body();
    internals.setFormValue(body ? JSON.stringify(body) : null, this.options.state());
    // Whole-form validity is only worth computing for a form that will ask for it.
    if (!internals.form) return;
    const problems = this.options.problems();
    const first = problems.values().next();
    if (first.done) {
      internals.setValidity({});
      return;
    }
    const anchor = this.options.anchor();
    if (anchor) internals.setValidity({ customError: true }, first.value, anchor);
    else internals.setValidity({ customError: true }, first.value);
  }
}
