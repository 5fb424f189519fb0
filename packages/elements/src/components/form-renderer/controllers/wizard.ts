// The wizard: the steps (the schema's, then delivery where the item offers a
// choice, then review), moving between them with focus on the new step's
// heading, the error summary on Next (GOV.UK: focus on the summary, each link
// to its field on whichever step it is), and change links from the review
// step that come back to it.
import type { ReactiveControllerHost } from 'lit';
import type { LocalizeController } from '../../../base/controllers/localize.ts';
import { controlId } from '../model.ts';
import type { Errors } from '../validation.ts';
import { deliveryErrors, hasDeliveryStep } from '../views/delivery.ts';
import { MATERIALS_PATH, materialProblems } from './materials.ts';
import type { FormState } from './form-state.ts';

export interface StepDef {
  kind: 'schema' | 'materials' | 'delivery' | 'review';
  /** Index in `schema.steps` for a schema step; -1 otherwise. */
  index: number;
  title: string;
}

export interface WizardHost extends ReactiveControllerHost {
  step: number;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export class Wizard {
  /** The applicant came from the review step through a change link. */
  returnToReview = false;
  private readonly host: WizardHost;
  private readonly formState: FormState;
  private readonly localize: LocalizeController;

  constructor(host: WizardHost, formState: FormState, localize: LocalizeController) {
    this.host = host;
    this.formState = formState;
    this.localize = localize;
  }

  get steps(): StepDef[] {
    const schema = this.formState.model!.schema;
    const steps: StepDef[] = schema.steps.map((s, index) => ({ kind: 'schema', index, title: s.title }));
    if (this.formState.extras.length > 0)
      steps.push({ kind: 'materials', index: -1, title: this.localize.t('formRenderer.materialsStep') });
    if (hasDeliveryStep(schema)) steps.push({ kind: 'delivery', index: -1, title: this.localize.t('formRenderer.deliveryStep') });
    steps.push({ kind: 'review', index: -1, title: this.localize.t('formRenderer.reviewStep') });
    return steps;
  }

  get current(): StepDef {
    const steps = this.steps;
    return steps[this.host.step] ?? steps[0]!;
  }

  get review(): number {
    return this.steps.length - 1;
  }

  /** Keeps `step` within the steps there are. */
  clamp(): void {
    const last = this.review;
    const step = this.host.step;
    if (!(step >= 0 && step <= last)) this.host.step = Math.max(0, Math.min(last, Math.floor(step) || 0));
  }

  /** The wizard step a field path is on. */
  stepOf(path: string): number {
    if (path.startsWith(`${MATERIALS_PATH}.`)) return this.steps.findIndex((s) => s.kind === 'materials');
    if (path.startsWith('$')) return this.steps.findIndex((s) => s.kind === 'delivery');
    return this.formState.model!.stepOf(path);
  }

  /** The problems of one wizard step (of the whole form on the review step). */
  stepErrors(index: number): Errors {
    const def = this.steps[index]!;
    if (def.kind === 'schema') return this.formState.validator!.step(def.index);
    if (def.kind === 'materials')
      return materialProblems(this.formState.extras, this.formState.model!, this.formState.uploads, this.localize);
    if (def.kind === 'delivery') return deliveryErrors(this.formState.model!, this.localize);
    return this.formState.allErrors();
  }

  async go(index: number, focus = true): Promise<void> {
    void this.formState.drafts?.flush();
    this.host.step = index;
    this.formState.summary = false;
    this.host.requestUpdate();
    await this.host.updateComplete;
    if (focus) this.host.renderRoot.querySelector<HTMLElement>('[part~="form"] [part~="step-heading"]')?.focus();
  }

  /** "下一步": the step's problems in the summary, or on to the next step (back to review after a change link). */
  async next(): Promise<void> {
    const errors = this.stepErrors(this.host.step);
    for (const path of [...this.formState.errors.keys()]) if (this.stepOf(path) === this.host.step) this.formState.errors.delete(path);
    for (const [path, message] of errors) this.formState.errors.set(path, message);
    if (errors.size > 0) return this.showSummary();
    await this.go(this.returnToReview ? this.review : this.host.step + 1);
    if (this.host.step === this.review) this.returnToReview = false;
  }

  async showSummary(): Promise<void> {
    this.formState.summary = true;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>('[part~="error-summary"]')?.focus();
  }

  readonly back = (): void => {
    this.returnToReview = false;
    void this.go(this.host.step - 1);
  };

  /** A change link of the review step: back to that step, then back to review. */
  readonly change = (index: number): void => {
    this.returnToReview = true;
    void this.go(index);
  };

  /** Follows an error-summary link: to the field's step, then focus on its control. */
  readonly focusField = async (path: string): Promise<void> => {
    const step = this.stepOf(path);
    if (step >= 0 && step !== this.host.step) {
      this.host.step = step;
      this.host.requestUpdate();
      await this.host.updateComplete;
    }
    await this.focusControl(path);
  };

  async focusControl(path: string): Promise<void> {
    const find = () => this.host.renderRoot.querySelector<HTMLElement>(`#${controlId(path)}`);
    let control = find();
    if (!control) return;
    // A custom control whose element is still being fetched (the address picker, fetched when its
    // step first shows) has no shadow root and takes no focus yet. The renderer's updateComplete
    // waits for that fetch and the render it brings (the picker, or the plain entry if it failed).
    if (control.localName.includes('-') && !customElements.get(control.localName)) {
      await this.host.updateComplete;
      control = find();
      if (!control) return;
    }
    control.focus();
    const inner = control.shadowRoot;
    if (!inner || inner.activeElement) return;
    // A custom control that took no focus (the address picker before its first render, or in its error state): its first field or button.
    await (control as { updateComplete?: Promise<unknown> }).updateComplete;
    const fields = inner.querySelectorAll<HTMLElement>(
      'input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled])',
    );
    for (const candidate of [...fields, ...inner.querySelectorAll<HTMLElement>('button:not([disabled])')]) {
      // A part that is not displayed (a closed panel) does not take focus: try the next.
      candidate.focus();
      if (inner.activeElement === candidate) return;
    }
  }
}
