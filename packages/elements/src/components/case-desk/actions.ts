// The actions a staff member can take on a case, as one table: which statuses
// allow each (the server's lifecycle table decides; this mirrors it so that the
// desk offers only what the server will take, and a 409 covers the rest), the
// role it needs, its small form, how the form is checked, and the SDK call.
// A further action (补正, review-track decisions, 决定, 制证, 寄递, 办结) is one
// more entry here with its form; the element renders every entry the same way:
// a button, the form, a confirmation step, the call.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { ApplicationStatus, StaffCaseSummary, StaffRole } from '@yiwang/contract';
import type { Client } from '@yiwang/sdk';
import type { LocalizeController } from '../../base/controllers/localize.ts';
import type { MessageKey } from '../../i18n/index.ts';

/** What a form's fields hold while the staff member types: field name → text. */
export type ActionValues = Record<string, string>;
/** A problem per field name (already in words). */
export type ActionErrors = Record<string, string>;

/** What an action's form is rendered with. */
export interface ActionFormContext {
  localize: LocalizeController;
  /** Unique prefix for ids in the shadow root. */
  idPrefix: string;
  values: ActionValues;
  errors: ActionErrors;
  /** Call on every edit of a field. */
  onInput: (name: string, value: string) => void;
}

export interface CaseActionDef {
  /** The action's name, as in `yw-case-action`'s detail. */
  id: string;
  label: MessageKey;
  /** Statuses in which the lifecycle allows it. */
  from: readonly ApplicationStatus[];
  /** The role the server requires. */
  role: StaffRole;
  /** The form's fields (nothing for an action that needs no input). */
  renderForm: (ctx: ActionFormContext) => TemplateResult | typeof nothing;
  /** Problems with the values, per field (empty: fine). */
  validate: (values: ActionValues, localize: LocalizeController) => ActionErrors;
  /** The sentence of the confirmation step. */
  confirm: (localize: LocalizeController, number: string) => string;
  /** The sentence announced once it is done. */
  done: (localize: LocalizeController, number: string) => string;
  run: (client: Client, number: string, values: ActionValues, signal: AbortSignal) => Promise<StaffCaseSummary>;
}

/** The longest note or reason the contract takes (`text(500)`). */
const MAX_TEXT = 500;

/** A labelled textarea with its hint and problem tied to it. */
export function renderTextArea(
  ctx: ActionFormContext,
  field: { name: string; label: MessageKey; hint?: MessageKey; required?: boolean },
): TemplateResult {
  const { localize, idPrefix, values, errors } = ctx;
  const id = `${idPrefix}-${field.name}`;
  const error = errors[field.name];
  const described = [field.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return html`<div class="field" part="field">
    <label for=${id} part="label">${localize.t(field.label)}</label>
    ${field.hint ? html`<p class="hint" part="hint" id="${id}-hint">${localize.t(field.hint)}</p>` : nothing}
    <textarea
      id=${id}
      part="input"
      rows="3"
      maxlength=${MAX_TEXT + 100}
      .value=${values[field.name] ?? ''}
      ?required=${!!field.required}
      aria-required=${field.required ? 'true' : 'false'}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${described || nothing}
      @input=${(e: Event) => ctx.onInput(field.name, (e.target as HTMLTextAreaElement).value)}
    ></textarea>
    ${error ? html`<p class="field-error" part="field-error" id="${id}-error">${error}</p>` : nothing}
  </div>`;
}

function checkLength(values: ActionValues, name: string, localize: LocalizeController, errors: ActionErrors): void {
  if ((values[name] ?? '').trim().length > MAX_TEXT) errors[name] = localize.t('caseDesk.tooLong', localize.number(MAX_TEXT));
}

/** 受理 and 不予受理 (the intake actions; from pre-review, and 不予受理 also while a pre-review 补正 is open). */
export const CASE_ACTIONS: readonly CaseActionDef[] = [
  {
    id: 'accept',
    label: 'caseDesk.action.accept',
    from: ['prereview'],
    role: 'intake',
    renderForm: (ctx) => renderTextArea(ctx, { name: 'message', label: 'caseDesk.accept.message' }),
    validate: (values, localize) => {
      const errors: ActionErrors = {};
      checkLength(values, 'message', localize, errors);
      return errors;
    },
    confirm: (localize, number) => localize.t('caseDesk.confirm.accept', number),
    done: (localize, number) => localize.t('caseDesk.done.accept', number),
    run: (client, number, values, signal) => {
      const message = (values.message ?? '').trim();
      return client.staff.accept(number, message ? { message } : {}, { signal });
    },
  },
  {
    id: 'reject',
    label: 'caseDesk.action.reject',
    from: ['prereview', 'supplement_requested'],
    role: 'intake',
    renderForm: (ctx) =>
      renderTextArea(ctx, { name: 'reason', label: 'caseDesk.reject.reason', hint: 'caseDesk.reject.hint', required: true }),
    validate: (values, localize) => {
      const errors: ActionErrors = {};
      if (!(values.reason ?? '').trim()) errors.reason = localize.t('caseDesk.reject.required');
      else checkLength(values, 'reason', localize, errors);
      return errors;
    },
    confirm: (localize, number) => localize.t('caseDesk.confirm.reject', number),
    done: (localize, number) => localize.t('caseDesk.done.reject', number),
    run: (client, number, values, signal) => client.staff.reject(number, { reason: (values.reason ?? '').trim() }, { signal }),
  },
];

/** The actions a case in `status` allows. */
export function actionsFor(status: ApplicationStatus, table: readonly CaseActionDef[] = CASE_ACTIONS): CaseActionDef[] {
  return table.filter((a) => a.from.includes(status));
}
