// From "确认提交" to the receipt: check everything, build the body of
// `POST /applications`, submit it with the kept idempotency key, then show the
// number and query code — or say why it failed and keep every value (a server
// VALIDATION_FAILED goes onto the fields and into the summary).
import type { ReactiveControllerHost } from 'lit';
import { formFields } from '@yiwang/contract';
import type { ApplicationCreate, ApplicationReceipt } from '@yiwang/contract';
import type { Client } from '@yiwang/sdk';
import type { LocalizeController } from '../../../base/controllers/localize.ts';
import { YwErrorEvent } from '../../../base/events/shared.ts';
import { YwSubmitEvent } from '../../../base/events/form-renderer.ts';
import type { ErrorDescription } from '../../../i18n/errors.ts';
import { asAddress } from '../model.ts';
import { CHANNEL_PATH, DATA_PREFIX, DELIVERY_ADDRESS_PATH, DELIVERY_PATH } from '../validation.ts';
import type { Errors } from '../validation.ts';
import { channelOf, deliveryOf } from '../views/delivery.ts';
import type { FormState } from './form-state.ts';
import type { Wizard } from './wizard.ts';
import { provisions } from './materials.ts';

export interface SubmitHost extends ReactiveControllerHost, HTMLElement {
  readonly client: Client | null;
  readonly renderRoot: HTMLElement | DocumentFragment;
  step: number;
}

/** Where a server detail outside the data belongs (`provided`: the path of each `materials` entry sent). */
function targetOf(path: string, provided: readonly string[]): string | null {
  const material = /^body\.materials\.(\d+)/.exec(path);
  if (material) return provided[Number(material[1])] ?? null;
  if (path.startsWith('body.channel')) return CHANNEL_PATH;
  if (path.startsWith('body.delivery.address')) return DELIVERY_ADDRESS_PATH;
  if (path.startsWith('body.delivery')) return DELIVERY_PATH;
  return null;
}

export class SubmitFlow {
  submitting = false;
  /** Why the last attempt failed (not a validation problem). */
  error: ErrorDescription | null = null;
  receipt: { receipt: ApplicationReceipt; earlier: boolean } | null = null;
  copied: 'idle' | 'done' | 'failed' = 'idle';
  /** The path each entry of the last body's `materials` came from. */
  private provided: string[] = [];

  private readonly host: SubmitHost;
  private readonly formState: FormState;
  private readonly wizard: Wizard;
  private readonly localize: LocalizeController;
  /** Inside a native form: submits it instead (true when it did). */
  private readonly hostForm: () => boolean;

  constructor(host: SubmitHost, formState: FormState, wizard: Wizard, localize: LocalizeController, hostForm: () => boolean) {
    this.host = host;
    this.formState = formState;
    this.wizard = wizard;
    this.localize = localize;
    this.hostForm = hostForm;
  }

  /** Forgets the last submission (another form was opened). */
  startOver(): void {
    this.submitting = false;
    this.error = null;
    this.receipt = null;
    this.copied = 'idle';
    this.provided = [];
  }

  /** The body of `POST /applications` from what is entered now. */
  body(): ApplicationCreate {
    const model = this.formState.model!;
    const method = deliveryOf(model);
    const a = asAddress(model.get(DELIVERY_ADDRESS_PATH));
    const address = a && {
      recipient: a.recipient,
      mobile: a.mobile,
      divisionCode: a.divisionCode,
      detail: a.detail.trim(),
      ...(a.postcode ? { postcode: a.postcode } : {}),
    };
    // The form's file fields name their material (`materialId`): the server takes those from the
    // data. `materials` carries the guide's others, as the applicant provided them.
    const materials = provisions(this.formState.extras, model);
    this.provided = materials.map((m) => m.path);
    const data = model.submitted;
    // The 多情形 answers travel on their own too: the server requires the materials they call for.
    const situations = Object.fromEntries(
      formFields(model.schema).flatMap((f) =>
        (f.type === 'radio' || f.type === 'select' || f.type === 'checkbox') && f.situation && isAnswer(data[f.name])
          ? [[f.situation, data[f.name] as string | string[]]]
          : [],
      ),
    );
    return {
      itemId: model.schema.itemId,
      formId: model.schema.id,
      formVersion: model.schema.version,
      data,
      ...(Object.keys(situations).length > 0 ? { situations } : {}),
      materials: materials.map((m) => m.provision),
      channel: channelOf(model),
      delivery: method === 'express' && address ? { method: 'express', address } : { method: 'pickup' },
    };
  }

  async submit(): Promise<void> {
    if (!this.formState.model || this.submitting || this.receipt) return;
    const errors = this.formState.allErrors();
    if (errors.size > 0) {
      this.formState.errors = errors;
      this.formState.general = [];
      if (this.host.step !== this.wizard.review) await this.wizard.go(this.wizard.review, false);
      return this.wizard.showSummary();
    }
    if (this.hostForm()) return;
    const client = this.host.client;
    if (!client) return;
    this.submitting = true;
    this.error = null;
    this.formState.general = [];
    this.host.requestUpdate();
    try {
      const { receipt, earlier } = await this.formState.submission.submit(client, this.body());
      this.receipt = { receipt, earlier };
      this.formState.drafts?.clear();
      this.host.dispatchEvent(new YwSubmitEvent({ number: receipt.number, queryCode: receipt.queryCode, receipt, earlier }));
      this.submitting = false;
      this.host.requestUpdate();
      await this.host.updateComplete;
      this.host.renderRoot.querySelector<HTMLElement>('[part~="receipt"] [part~="step-heading"]')?.focus();
    } catch (error) {
      this.submitting = false;
      await this.failed(error);
    }
  }

  private async failed(error: unknown): Promise<void> {
    const description = this.localize.error(error);
    this.host.dispatchEvent(YwErrorEvent.of(error, description, 'applications.create'));
    const details = (error as { details?: Array<{ path: string; message: string }> }).details ?? [];
    if (description.kind === 'validation' && details.length > 0) {
      const mapped = this.formState.validator!.toErrors(details.filter((d) => d.path.startsWith(DATA_PREFIX)));
      const errors: Errors = mapped.fields;
      for (const d of details.filter((d) => !d.path.startsWith(DATA_PREFIX))) {
        const target = targetOf(d.path, this.provided);
        if (!target) mapped.general.push(d.message);
        else if (!errors.has(target)) errors.set(target, d.message);
      }
      this.formState.errors = errors;
      this.formState.general = mapped.general;
      return this.wizard.showSummary();
    }
    this.error = description;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>('[part~="submit-error"]')?.focus();
  }

  readonly copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(this.receipt?.receipt.queryCode ?? '');
      this.copied = 'done';
    } catch {
      this.copied = 'failed';
    }
    this.host.requestUpdate();
  };
}

/** A chosen option or options (a string, or a non-empty list of strings). */
function isAnswer(value: unknown): boolean {
  return typeof value === 'string' ? value !== '' : Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string');
}
