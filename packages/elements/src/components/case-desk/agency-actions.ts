// The actions staff take on a 预审代办 request, as one table like the case's
// (actions.ts): its small form, how the form is checked, and the SDK call.
// Which statuses allow each is the contract's AGENCY_ACTION_FROM (the server
// refuses by the same table); the endpoints' roles are the same for all five.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { AGENCY_ACTION_FROM, isApplicationNumber } from '@yiwang/contract';
import type { AgencyAction, ColleagueList, StaffAgencyRequest } from '@yiwang/contract';
import type { Client } from '@yiwang/sdk';
import { optional, renderTextArea, textOnly } from './actions.ts';
import type { ActionErrors, ActionFormDef, ActionValues, FieldContext } from './actions.ts';

/** What an agency action's form is rendered with. */
export interface AgencyFormContext extends FieldContext {
  request: StaffAgencyRequest;
  /** The department's staff (`staff.colleagues`); unknown while loading. */
  colleagues: ColleagueList['items'] | undefined;
}

export interface AgencyActionDef extends ActionFormDef {
  id: AgencyAction;
  renderForm: (ctx: AgencyFormContext) => TemplateResult | typeof nothing;
  run: (client: Client, r: StaffAgencyRequest, values: ActionValues, signal: AbortSignal) => Promise<StaffAgencyRequest>;
}

/** The application numbers typed in a field: separated by spaces, commas or lines, upper-cased, once each. */
export function numbersOf(value: string | undefined): string[] {
  return [
    ...new Set(
      (value ?? '')
        .split(/[\s,，、;；]+/)
        .map((n) => n.trim().toUpperCase())
        .filter(Boolean),
    ),
  ];
}

/** The most applications one link takes (the contract's). */
const MAX_LINKED = 20;

/** The agent picker: a select of the department's staff, the current agent marked. */
function renderAssignForm(ctx: AgencyFormContext): TemplateResult {
  const { localize, idPrefix, values, errors } = ctx;
  const id = `${idPrefix}-agent`;
  const error = errors.agent;
  const colleagues = ctx.colleagues;
  const current = values.agent ?? '';
  return html`<div class="field" part="field">
    <label for=${id} part="label">${localize.t('caseDesk.agency.assign.agent')}</label>
    <p class="hint" part="hint" id="${id}-hint">${localize.t('caseDesk.agency.assign.hint')}</p>
    <select
      id=${id}
      part="input"
      aria-required="true"
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${error ? `${id}-hint ${id}-error` : `${id}-hint`}
      ?disabled=${!colleagues}
      @change=${(e: Event) => ctx.onInput('agent', (e.target as HTMLSelectElement).value)}
    >
      <option value="" ?selected=${current === ''}>
        ${colleagues ? localize.t('caseDesk.agency.assign.pick') : localize.t('caseDesk.agency.assign.loading')}
      </option>
      ${(colleagues ?? []).map(
        (c) =>
          html`<option value=${c.userId} ?selected=${current === c.userId}>
            ${c.userId === ctx.request.agentUserId ? localize.t('caseDesk.agency.assign.current', c.name) : c.name}
          </option>`,
      )}
    </select>
    ${error ? html`<p class="field-error" part="field-error" id="${id}-error">${error}</p>` : nothing}
  </div>`;
}

/** Every staff action on an agency request, in the order the desk lists them. */
export const AGENCY_ACTION_DEFS: readonly AgencyActionDef[] = [
  {
    id: 'agencyAssign',
    label: 'caseDesk.agency.action.agencyAssign',
    renderForm: renderAssignForm,
    validate: (values, localize): ActionErrors => (values.agent ? {} : { agent: localize.t('caseDesk.agency.assign.required') }),
    serverFields: { 'body.agentUserId': 'agent' },
    confirm: (localize, number) => localize.t('caseDesk.agency.confirm.agencyAssign', number),
    done: (localize, number) => localize.t('caseDesk.agency.done.agencyAssign', number),
    run: (client, r, values, signal) => client.staff.agencyAssign(r.id, { agentUserId: values.agent ?? '' }, { signal }),
  },
  {
    id: 'agencyProgress',
    label: 'caseDesk.agency.action.agencyProgress',
    renderForm: (ctx) =>
      renderTextArea(ctx, { name: 'note', label: 'caseDesk.agency.progress.note', hint: 'caseDesk.agency.progress.hint', required: true }),
    validate: textOnly('note', 'caseDesk.agency.progress.required'),
    serverFields: { 'body.note': 'note' },
    confirm: (localize, number) => localize.t('caseDesk.agency.confirm.agencyProgress', number),
    done: (localize, number) => localize.t('caseDesk.agency.done.agencyProgress', number),
    run: (client, r, values, signal) => client.staff.agencyProgress(r.id, { note: (values.note ?? '').trim() }, { signal }),
  },
  {
    id: 'agencyLink',
    label: 'caseDesk.agency.action.agencyLink',
    renderForm: (ctx) =>
      renderTextArea(ctx, { name: 'numbers', label: 'caseDesk.agency.link.numbers', hint: 'caseDesk.agency.link.hint', required: true }),
    validate: (values, localize): ActionErrors => {
      const numbers = numbersOf(values.numbers);
      if (numbers.length === 0) return { numbers: localize.t('caseDesk.agency.link.required') };
      if (numbers.length > MAX_LINKED) return { numbers: localize.t('caseDesk.agency.link.tooMany', localize.number(MAX_LINKED)) };
      const wrong = numbers.filter((n) => !isApplicationNumber(n));
      return wrong.length > 0 ? { numbers: localize.t('caseDesk.agency.link.format', wrong.join('、')) } : {};
    },
    serverFields: { 'body.numbers': 'numbers' },
    confirm: (localize, number) => localize.t('caseDesk.agency.confirm.agencyLink', number),
    done: (localize, number) => localize.t('caseDesk.agency.done.agencyLink', number),
    run: (client, r, values, signal) => client.staff.agencyLink(r.id, { numbers: numbersOf(values.numbers) }, { signal }),
  },
  {
    id: 'agencyComplete',
    label: 'caseDesk.agency.action.agencyComplete',
    irreversible: true,
    renderForm: (ctx) => renderTextArea(ctx, { name: 'note', label: 'caseDesk.agency.complete.note' }),
    validate: textOnly('note'),
    serverFields: { 'body.note': 'note' },
    confirm: (localize, number) => localize.t('caseDesk.agency.confirm.agencyComplete', number),
    done: (localize, number) => localize.t('caseDesk.agency.done.agencyComplete', number),
    run: (client, r, values, signal) => {
      const note = optional(values.note);
      return client.staff.agencyComplete(r.id, note ? { note } : {}, { signal });
    },
  },
  {
    id: 'agencyCancel',
    label: 'caseDesk.agency.action.agencyCancel',
    irreversible: true,
    renderForm: (ctx) =>
      renderTextArea(ctx, { name: 'reason', label: 'caseDesk.agency.cancel.reason', hint: 'caseDesk.agency.cancel.hint', required: true }),
    validate: textOnly('reason', 'caseDesk.agency.cancel.required'),
    serverFields: { 'body.reason': 'reason' },
    confirm: (localize, number) => localize.t('caseDesk.agency.confirm.agencyCancel', number),
    done: (localize, number) => localize.t('caseDesk.agency.done.agencyCancel', number),
    run: (client, r, values, signal) => client.staff.agencyCancel(r.id, { reason: (values.reason ?? '').trim() }, { signal }),
  },
];

/** The actions a request's status allows (the contract's AGENCY_ACTION_FROM). */
export function agencyActionsFor(r: StaffAgencyRequest): AgencyActionDef[] {
  return AGENCY_ACTION_DEFS.filter((a) => AGENCY_ACTION_FROM[a.id].includes(r.status));
}
