// The actions a staff member can take on a case, as one table: its small form,
// how the form is checked, and the SDK call. Which statuses allow each is the
// contract's STAFF_ACTION_FROM (the server's lifecycle uses the same table) and
// which roles admit it is the endpoint table's `roles` (any one of them), so the
// desk offers what the server will take; `available` narrows it by what the
// case shows (tracks, the decision, co-handling) and a 409 covers the rest. The
// element renders every entry the same way: a button, the form, a confirmation
// step, the call.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import {
  APPOINTMENT_HOURS,
  BAD_EVALUATION_MAX_LEVEL,
  MAX_EXTENSION_WORKING_DAYS,
  SPECIAL_PROCEDURE_KINDS,
  STAFF_ACTION_FROM,
  routes,
} from '@yiwang/contract';
import type { Department, ItemDetail, StaffAction, StaffCase, StaffCaseSummary, StaffRole } from '@yiwang/contract';
import type { Client } from '@yiwang/sdk';
import type { LocalizeController } from '../../base/controllers/localize.ts';
import type { MessageArgs, MessageKey } from '../../i18n/index.ts';

/** What a form's fields hold while the staff member types: field name → text. */
export type ActionValues = Record<string, string>;
/** A problem per field name (already in words). */
export type ActionErrors = Record<string, string>;

/** What a form's fields are rendered with (the case's and the 代办 request's forms alike). */
export interface FieldContext {
  localize: LocalizeController;
  /** Unique prefix for ids in the shadow root. */
  idPrefix: string;
  values: ActionValues;
  errors: ActionErrors;
  /** Call on every edit of a field. */
  onInput: (name: string, value: string) => void;
  /** Moves focus to the control with this id once the form has rendered (after adding or removing a line). */
  focus: (id: string) => void;
}

/** What an action's form is rendered with. */
export interface ActionFormContext extends FieldContext {
  /** The case acted on. */
  case: StaffCase;
  /** Who acts and what the forms choose from. */
  desk: DeskInfo;
}

/** What the desk knows beside the case: the staff member's department, the item's guide, the departments. */
export interface DeskInfo {
  /** The staff member's department (catalog id); unknown while loading. */
  department?: string | undefined;
  /** The case's item with its guide (for the 补正 materials). */
  guide?: ItemDetail | undefined;
  /** Every department (for the co-handling departments of 并联审查). */
  departments?: readonly Department[] | undefined;
}

/** What every action form of the desk has: checked in the browser, confirmed, then sent. */
export interface ActionFormDef {
  id: string;
  label: MessageKey;
  /** Irreversible: the confirmation step says so. */
  irreversible?: boolean;
  /** Problems with the values, per field (empty: fine). */
  validate: (values: ActionValues, localize: LocalizeController) => ActionErrors;
  /** The sentence of the confirmation step. */
  confirm: (localize: LocalizeController, number: string) => string;
  /** The sentence announced once it is done. */
  done: (localize: LocalizeController, number: string) => string;
  /**
   * Where the server's validation problems go: a body path (`body.at`) or its
   * prefix → the form's field. A refusal on such a path is shown at the field
   * and the form reopens there, instead of a message under the form.
   */
  serverFields?: Readonly<Record<string, string>>;
}

export interface CaseActionDef extends ActionFormDef {
  /** The action's name (the staff endpoint's), as in `yw-case-action`'s detail. */
  id: StaffAction;
  /** Whether the case, beside its status, allows it for this staff member (default: the lead department only). */
  available?: (c: StaffCase, desk: DeskInfo) => boolean;
  /** The form's fields (nothing for an action that needs no input). */
  renderForm: (ctx: ActionFormContext) => TemplateResult | typeof nothing;
  run: (client: Client, c: StaffCase, values: ActionValues, signal: AbortSignal, desk: DeskInfo) => Promise<StaffCaseSummary>;
}

/** The longest note or reason the contract takes (`text(500)`). */
const MAX_TEXT = 500;

/** A labelled textarea with its hint and problem tied to it. */
export function renderTextArea(
  ctx: FieldContext,
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

export function checkLength(values: ActionValues, name: string, localize: LocalizeController, errors: ActionErrors): void {
  if ((values[name] ?? '').trim().length > MAX_TEXT) errors[name] = localize.t('caseDesk.tooLong', localize.number(MAX_TEXT));
}

/** A message without arguments (a field's problem). */
type PlainMessageKey = { [K in MessageKey]: MessageArgs<K> extends [] ? K : never }[MessageKey];

/** A text field's problem: `required`'s message when it is required and empty, else too long. */
export function checkText(
  values: ActionValues,
  name: string,
  localize: LocalizeController,
  errors: ActionErrors,
  required?: PlainMessageKey,
): void {
  if (required && !(values[name] ?? '').trim()) errors[name] = localize.t(required);
  else checkLength(values, name, localize, errors);
}

/** The check of a form whose one field is a text (a note, a message or a reason; required when `required` names its problem). */
export function textOnly(name: string, required?: PlainMessageKey): (values: ActionValues, localize: LocalizeController) => ActionErrors {
  return (values, localize) => {
    const errors: ActionErrors = {};
    checkText(values, name, localize, errors, required);
    return errors;
  };
}

/** The ids of a field's hint and problem, for `aria-describedby`. */
function describedBy(id: string, hint: boolean, error: string | undefined): string {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
}

/** A labelled one-line input (text, date or number) with its hint and problem tied to it. */
export function renderInput(
  ctx: FieldContext,
  field: {
    name: string;
    label: MessageKey;
    hint?: MessageKey;
    type?: 'text' | 'date' | 'number' | 'time';
    required?: boolean;
    min?: number | string;
    max?: number | string;
    step?: number;
    /** Characters the field takes (the contract's limit). */
    maxLength?: number;
  },
): TemplateResult {
  const { localize, idPrefix, values, errors } = ctx;
  const id = `${idPrefix}-${field.name}`;
  const error = errors[field.name];
  const described = describedBy(id, !!field.hint, error);
  return html`<div class="field" part="field">
    <label for=${id} part="label">${localize.t(field.label)}</label>
    ${field.hint ? html`<p class="hint" part="hint" id="${id}-hint">${localize.t(field.hint)}</p>` : nothing}
    <input
      id=${id}
      part="input"
      type=${field.type ?? 'text'}
      inputmode=${field.type === 'number' ? 'numeric' : nothing}
      min=${field.min ?? nothing}
      max=${field.max ?? nothing}
      step=${field.step ?? nothing}
      maxlength=${field.maxLength ?? nothing}
      .value=${values[field.name] ?? ''}
      ?required=${!!field.required}
      aria-required=${field.required ? 'true' : 'false'}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${described || nothing}
      @input=${(e: Event) => ctx.onInput(field.name, (e.target as HTMLInputElement).value)}
    />
    ${error ? html`<p class="field-error" part="field-error" id="${id}-error">${error}</p>` : nothing}
  </div>`;
}

/** A radio group in a fieldset (its legend the label), the problem tied to the group. */
function renderChoice(
  ctx: ActionFormContext,
  field: { name: string; label: MessageKey; options: Array<{ value: string; label: MessageKey }> },
): TemplateResult {
  const { localize, idPrefix, values, errors } = ctx;
  const id = `${idPrefix}-${field.name}`;
  const error = errors[field.name];
  return html`<fieldset class="field choice" part="field" id=${id} tabindex="-1" aria-describedby=${error ? `${id}-error` : nothing}>
    <legend part="label">${localize.t(field.label)}</legend>
    ${field.options.map(
      (o) => html`<label class="check"
        ><input
          type="radio"
          part="input"
          name=${id}
          value=${o.value}
          .checked=${values[field.name] === o.value}
          @change=${() => ctx.onInput(field.name, o.value)}
        />
        ${localize.t(o.label)}</label
      >`,
    )}
    ${error ? html`<p class="field-error" part="field-error" id="${id}-error">${error}</p>` : nothing}
  </fieldset>`;
}

const APPROVE_DENY = [
  { value: 'approved', label: 'caseDesk.outcome.approved' as const },
  { value: 'denied', label: 'caseDesk.outcome.denied' as const },
];

const CONTACTED = [
  { value: 'yes', label: 'caseDesk.rectify.contactedYes' as const },
  { value: 'no', label: 'caseDesk.rectify.contactedNo' as const },
];
/** The longest finding or measures the contract takes (`text(1000)`). */
const MAX_RECTIFICATION = 1000;

/** Working days a 补正 gives by default (the server's default is the deployment's). */
const SUPPLEMENT_DAYS = 5;
const MAX_NOTE = 200;

/** The 补正 form: the guide's materials, each with a checkbox and its own reason; the overall reason; the working days. */
function renderSupplementForm(ctx: ActionFormContext): TemplateResult {
  const { localize, idPrefix, values, errors } = ctx;
  const materials = ctx.desk.guide?.guide.materials ?? [];
  const id = `${idPrefix}-materials`;
  const error = errors.materials;
  return html`<fieldset class="field materials-pick" part="field" id=${id} tabindex="-1" aria-describedby=${error ? `${id}-error` : nothing}>
      <legend part="label">${localize.t('caseDesk.supplement.materials')}</legend>
      ${
        materials.length === 0
          ? html`<p class="hint" part="hint">${localize.t('caseDesk.supplement.noGuide')}</p>`
          : materials.map((m) => {
              const picked = values[`m:${m.id}`] === '1';
              const noteId = `${idPrefix}-note-${m.id}`;
              const noteError = errors[`note:${m.id}`];
              return html`<div class="pick">
                <label class="check"
                  ><input
                    type="checkbox"
                    part="input"
                    data-material=${m.id}
                    .checked=${picked}
                    @change=${(e: Event) => ctx.onInput(`m:${m.id}`, (e.target as HTMLInputElement).checked ? '1' : '')}
                  />
                  ${m.name}</label
                >
                ${
                  picked
                    ? html`<label class="note-label" for=${noteId}>${localize.t('caseDesk.supplement.note', m.name)}</label>
                        <input
                          id=${noteId}
                          part="input"
                          type="text"
                          data-note=${m.id}
                          .value=${values[`note:${m.id}`] ?? ''}
                          aria-required="true"
                          aria-invalid=${noteError ? 'true' : 'false'}
                          aria-describedby=${noteError ? `${noteId}-error` : nothing}
                          @input=${(e: Event) => ctx.onInput(`note:${m.id}`, (e.target as HTMLInputElement).value)}
                        />
                        ${noteError ? html`<p class="field-error" part="field-error" id="${noteId}-error">${noteError}</p>` : nothing}`
                    : nothing
                }
              </div>`;
            })
      }
      ${error ? html`<p class="field-error" part="field-error" id="${id}-error">${error}</p>` : nothing}
    </fieldset>
    ${renderTextArea(ctx, { name: 'reason', label: 'caseDesk.supplement.reason', hint: 'caseDesk.supplement.reasonHint', required: true })}
    ${renderInput(ctx, { name: 'days', label: 'caseDesk.supplement.days', hint: 'caseDesk.supplement.daysHint', type: 'number', min: 1, max: 60 })}`;
}

/** The 并联审查 form: the co-handling departments, as checkboxes (none: the lead department reviews alone). */
function renderTracksForm(ctx: ActionFormContext): TemplateResult {
  const { localize, idPrefix, values } = ctx;
  const others = (ctx.desk.departments ?? []).filter((d) => d.id !== ctx.case.department);
  return html`<fieldset class="field" part="field" id="${idPrefix}-departments" tabindex="-1">
    <legend part="label">${localize.t('caseDesk.tracks.departments')}</legend>
    <p class="hint" part="hint">${localize.t('caseDesk.tracks.hint')}</p>
    ${others.map(
      (d) => html`<label class="check"
        ><input
          type="checkbox"
          part="input"
          data-department=${d.id}
          .checked=${values[`d:${d.id}`] === '1'}
          @change=${(e: Event) => ctx.onInput(`d:${d.id}`, (e.target as HTMLInputElement).checked ? '1' : '')}
        />
        ${d.name}</label
      >`,
    )}
  </fieldset>`;
}

/** An approve / deny choice with a text that a denial requires. */
function validateOutcome(values: ActionValues, localize: LocalizeController, textName: string, missing: MessageKey): ActionErrors {
  const errors: ActionErrors = {};
  if (values.outcome !== 'approved' && values.outcome !== 'denied') errors.outcome = localize.t('caseDesk.outcome.required');
  else if (values.outcome === 'denied' && !(values[textName] ?? '').trim())
    errors[textName] = localize.t(missing as 'caseDesk.reject.required');
  checkLength(values, textName, localize, errors);
  return errors;
}

export const optional = (value: string | undefined): string | undefined => (value ?? '').trim() || undefined;

/** A 13-digit domestic EMS number, or a UPU S10 number (the server checks its check digit). */
const WAYBILL = /^(\d{13}|[A-Z]{2}\d{9}[A-Z]{2})$/;

/** This staff member's department's track of the case, when it has one not decided yet. */
export function ownOpenTrack(c: StaffCase, desk: DeskInfo) {
  return (c.tracks ?? []).find(
    (t) => t.departmentId !== undefined && t.departmentId === desk.department && t.state !== 'approved' && t.state !== 'denied',
  );
}

const lead = (c: StaffCase): boolean => !c.coHandling;

/** A whole number of working days from 1 to `max`, or nothing when the field is optional and empty. */
function checkDays(values: ActionValues, name: string, max: number, required: boolean): boolean {
  const days = (values[name] ?? '').trim();
  if (!days) return !required;
  return /^\d+$/.test(days) && Number(days) >= 1 && Number(days) <= max;
}

/** The most working days staff may say a special procedure will take (the contract's). */
const MAX_SUSPENSION_DAYS = 250;

const suspended = (c: StaffCase): boolean => c.deadline?.suspended === true || !!c.deadline?.suspension;

/** The most lines "what to bring" takes, and the longest line (the contract's). */
const MAX_BRING = 50;
const MAX_LINE = 200;

/**
 * The appointment form's "what to bring" lines: as edited (a JSON list in
 * `values.bring`), or else prefilled from the item's guide — its required
 * materials that every applicant hands in, then any other the case holds.
 */
export function bringLines(values: ActionValues, c: StaffCase, desk: DeskInfo): string[] {
  if (values.bring !== undefined) {
    try {
      const parsed: unknown = JSON.parse(values.bring);
      if (Array.isArray(parsed)) return parsed.map(String);
    } catch {
      // Not a list: start from the prefill again.
    }
  }
  const materials = desk.guide?.guide.materials ?? [];
  const names = [
    ...materials.filter((m) => m.required && !m.conditional).map((m) => m.name),
    ...c.materials.map((m) => m.name).filter((n): n is string => !!n),
  ];
  return [...new Set(names)];
}

/** The appointment's instant from the form's Beijing date and time. */
export function appointmentAt(values: ActionValues): string {
  return `${(values.date ?? '').trim()}T${(values.time ?? '').trim()}:00+08:00`;
}

/** The 预约现场办理 form: date, time within the hall's hours, the place and window, and the lines of what to bring. */
function renderAppointmentForm(ctx: ActionFormContext): TemplateResult {
  const { localize, idPrefix, errors } = ctx;
  const lines = bringLines(ctx.values, ctx.case, ctx.desk);
  const set = (next: string[]) => ctx.onInput('bring', JSON.stringify(next));
  const id = `${idPrefix}-bring`;
  const error = errors.bring;
  return html`<p class="hint" part="hint" id="${idPrefix}-hours">
      ${localize.t('caseDesk.appointment.hours', APPOINTMENT_HOURS.from, APPOINTMENT_HOURS.to)}
    </p>
    <div class="when">
      ${renderInput(ctx, { name: 'date', label: 'caseDesk.appointment.date', type: 'date', required: true })}
      ${renderInput(ctx, {
        name: 'time',
        label: 'caseDesk.appointment.time',
        hint: 'caseDesk.appointment.timeHint',
        type: 'time',
        required: true,
        min: APPOINTMENT_HOURS.from,
        max: APPOINTMENT_HOURS.to,
        step: 300,
      })}
    </div>
    ${renderInput(ctx, { name: 'place', label: 'caseDesk.appointment.place', hint: 'caseDesk.appointment.placeHint', required: true, maxLength: MAX_LINE + 50 })}
    <fieldset class="field bring" part="field" id=${id} tabindex="-1" aria-describedby=${error ? `${id}-error` : nothing}>
      <legend part="label">${localize.t('caseDesk.appointment.bring')}</legend>
      <p class="hint" part="hint">${localize.t('caseDesk.appointment.bringHint')}</p>
      <ol class="bring-lines">
        ${lines.map((line, k) => {
          const lineId = `${idPrefix}-bring-${k}`;
          const lineError = errors[`bring:${k}`];
          return html`<li class="bring-line">
            <label class="yw-sr-only" for=${lineId}>${localize.t('caseDesk.appointment.line', localize.number(k + 1))}</label>
            <input
              id=${lineId}
              part="input"
              type="text"
              data-bring=${k}
              maxlength=${MAX_LINE + 50}
              .value=${line}
              aria-invalid=${lineError ? 'true' : 'false'}
              aria-describedby=${lineError ? `${lineId}-error` : nothing}
              @input=${(e: Event) => set(lines.map((l, i) => (i === k ? (e.target as HTMLInputElement).value : l)))}
            />
            <button
              type="button"
              class="yw-button secondary remove"
              part="remove-line"
              aria-label=${localize.t('caseDesk.appointment.removeLine', line.trim() || localize.number(k + 1))}
              @click=${() => {
                set(lines.filter((_l, i) => i !== k));
                ctx.focus(lines.length > 1 ? `${idPrefix}-bring-${Math.max(0, k - 1)}` : `${idPrefix}-bring-add`);
              }}
            >
              ${localize.t('caseDesk.appointment.remove')}
            </button>
            ${lineError ? html`<p class="field-error" part="field-error" id="${lineId}-error">${lineError}</p>` : nothing}
          </li>`;
        })}
      </ol>
      ${lines.length === 0 ? html`<p class="hint">${localize.t('caseDesk.appointment.bringNone')}</p>` : nothing}
      <button
        type="button"
        class="yw-button secondary"
        part="add-line"
        id="${idPrefix}-bring-add"
        ?disabled=${lines.length >= MAX_BRING}
        @click=${() => {
          set([...lines, '']);
          ctx.focus(`${idPrefix}-bring-${lines.length}`);
        }}
      >
        + ${localize.t('caseDesk.appointment.addLine')}
      </button>
      ${error ? html`<p class="field-error" part="field-error" id="${id}-error">${error}</p>` : nothing}
    </fieldset>`;
}

/** The form's problems: a date, a time within the hall's hours, a place; each line short enough. The day and "after now" are the server's. */
function validateAppointment(values: ActionValues, localize: LocalizeController): ActionErrors {
  const errors: ActionErrors = {};
  const date = (values.date ?? '').trim();
  const time = (values.time ?? '').trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) errors.date = localize.t('caseDesk.appointment.dateRequired');
  if (!/^\d{2}:\d{2}$/.test(time)) errors.time = localize.t('caseDesk.appointment.timeRequired');
  else if (time < APPOINTMENT_HOURS.from || time > APPOINTMENT_HOURS.to)
    errors.time = localize.t('caseDesk.appointment.timeRange', APPOINTMENT_HOURS.from, APPOINTMENT_HOURS.to);
  const place = (values.place ?? '').trim();
  if (!place) errors.place = localize.t('caseDesk.appointment.placeRequired');
  else if (place.length > MAX_LINE) errors.place = localize.t('caseDesk.tooLong', localize.number(MAX_LINE));
  if (values.bring !== undefined) {
    let lines: unknown = [];
    try {
      lines = JSON.parse(values.bring);
    } catch {
      lines = [];
    }
    const list = Array.isArray(lines) ? lines.map(String) : [];
    list.forEach((line, k) => {
      if (line.trim().length > MAX_LINE) errors[`bring:${k}`] = localize.t('caseDesk.tooLong', localize.number(MAX_LINE));
    });
    if (list.filter((l) => l.trim()).length > MAX_BRING)
      errors.bring = localize.t('caseDesk.appointment.bringTooMany', localize.number(MAX_BRING));
  }
  return errors;
}

/** Every staff action on a case, in the order the desk lists them. */
export const CASE_ACTIONS: readonly CaseActionDef[] = [
  {
    id: 'accept',
    label: 'caseDesk.action.accept',
    renderForm: (ctx) => renderTextArea(ctx, { name: 'message', label: 'caseDesk.accept.message' }),
    validate: textOnly('message'),
    confirm: (localize, number) => localize.t('caseDesk.confirm.accept', number),
    done: (localize, number) => localize.t('caseDesk.done.accept', number),
    run: (client, c, values, signal) => {
      const message = optional(values.message);
      return client.staff.accept(c.number, message ? { message } : {}, { signal });
    },
  },
  {
    id: 'supplement',
    label: 'caseDesk.action.supplement',
    // Not while a special procedure runs (the server refuses it until the clock is resumed).
    available: (c) => lead(c) && !suspended(c),
    renderForm: renderSupplementForm,
    validate: (values, localize) => {
      const errors: ActionErrors = {};
      const picked = Object.keys(values).filter((k) => k.startsWith('m:') && values[k] === '1');
      if (picked.length === 0) errors.materials = localize.t('caseDesk.supplement.pick');
      for (const k of picked) {
        const note = (values[`note:${k.slice(2)}`] ?? '').trim();
        if (!note) errors[`note:${k.slice(2)}`] = localize.t('caseDesk.supplement.noteRequired');
        else if (note.length > MAX_NOTE) errors[`note:${k.slice(2)}`] = localize.t('caseDesk.tooLong', localize.number(MAX_NOTE));
      }
      checkText(values, 'reason', localize, errors, 'caseDesk.supplement.reasonRequired');
      const days = (values.days ?? '').trim();
      if (days && !(/^\d+$/.test(days) && Number(days) >= 1 && Number(days) <= 60))
        errors.days = localize.t('caseDesk.supplement.daysRange');
      return errors;
    },
    confirm: (localize, number) => localize.t('caseDesk.confirm.supplement', number),
    done: (localize, number) => localize.t('caseDesk.done.supplement', number),
    run: (client, c, values, signal) => {
      const materials = Object.keys(values)
        .filter((k) => k.startsWith('m:') && values[k] === '1')
        .map((k) => ({ materialId: k.slice(2), note: (values[`note:${k.slice(2)}`] ?? '').trim() }));
      const days = (values.days ?? '').trim();
      return client.staff.supplement(
        c.number,
        { reason: (values.reason ?? '').trim(), materials, dueWorkingDays: days ? Number(days) : SUPPLEMENT_DAYS },
        { signal },
      );
    },
  },
  {
    id: 'reject',
    label: 'caseDesk.action.reject',
    irreversible: true,
    renderForm: (ctx) =>
      renderTextArea(ctx, { name: 'reason', label: 'caseDesk.reject.reason', hint: 'caseDesk.reject.hint', required: true }),
    validate: textOnly('reason', 'caseDesk.reject.required'),
    confirm: (localize, number) => localize.t('caseDesk.confirm.reject', number),
    done: (localize, number) => localize.t('caseDesk.done.reject', number),
    run: (client, c, values, signal) => client.staff.reject(c.number, { reason: (values.reason ?? '').trim() }, { signal }),
  },
  {
    id: 'openTracks',
    label: 'caseDesk.action.openTracks',
    renderForm: renderTracksForm,
    validate: () => ({}),
    confirm: (localize, number) => localize.t('caseDesk.confirm.openTracks', number),
    done: (localize, number) => localize.t('caseDesk.done.openTracks', number),
    run: (client, c, values, signal) => {
      const departments = Object.keys(values)
        .filter((k) => k.startsWith('d:') && values[k] === '1')
        .map((k) => k.slice(2));
      return client.staff.openTracks(c.number, { departments }, { signal });
    },
  },
  {
    id: 'suspend',
    label: 'caseDesk.action.suspend',
    // The lead department runs the clock; one special procedure at a time, once the clock has started.
    available: (c) => lead(c) && c.deadline !== null && !suspended(c),
    renderForm: (ctx) =>
      html`${renderChoice(ctx, {
        name: 'procedure',
        label: 'caseDesk.suspend.procedure',
        options: SPECIAL_PROCEDURE_KINDS.map((kind) => ({ value: kind, label: `caseDesk.procedure.${kind}` as const })),
      })}
      ${renderTextArea(ctx, { name: 'reason', label: 'caseDesk.suspend.reason', required: true })}
      ${renderInput(ctx, { name: 'days', label: 'caseDesk.suspend.days', hint: 'caseDesk.suspend.daysHint', type: 'number', min: 1, max: MAX_SUSPENSION_DAYS })}`,
    validate: (values, localize) => {
      const errors: ActionErrors = {};
      if (!(SPECIAL_PROCEDURE_KINDS as readonly string[]).includes(values.procedure ?? ''))
        errors.procedure = localize.t('caseDesk.suspend.procedureRequired');
      checkText(values, 'reason', localize, errors, 'caseDesk.suspend.reasonRequired');
      if (!checkDays(values, 'days', MAX_SUSPENSION_DAYS, false)) errors.days = localize.t('caseDesk.suspend.daysRange');
      return errors;
    },
    confirm: (localize, number) => localize.t('caseDesk.confirm.suspend', number),
    done: (localize, number) => localize.t('caseDesk.done.suspend', number),
    run: (client, c, values, signal) => {
      const days = (values.days ?? '').trim();
      const procedure = SPECIAL_PROCEDURE_KINDS.find((k) => k === values.procedure) ?? 'other';
      return client.staff.suspend(
        c.number,
        { procedure, reason: (values.reason ?? '').trim(), ...(days ? { expectedWorkingDays: Number(days) } : {}) },
        { signal },
      );
    },
  },
  {
    id: 'resume',
    label: 'caseDesk.action.resume',
    available: (c) => lead(c) && suspended(c),
    renderForm: (ctx) => renderTextArea(ctx, { name: 'message', label: 'caseDesk.resume.message' }),
    validate: textOnly('message'),
    confirm: (localize, number) => localize.t('caseDesk.confirm.resume', number),
    done: (localize, number) => localize.t('caseDesk.done.resume', number),
    run: (client, c, values, signal) => {
      const message = optional(values.message);
      return client.staff.resume(c.number, message ? { message } : {}, { signal });
    },
  },
  {
    id: 'extend',
    label: 'caseDesk.action.extend',
    // How many extensions a case may have is the deployment's rule: the server answers 409 past it.
    available: (c) => lead(c) && c.deadline !== null,
    renderForm: (ctx) =>
      html`${renderInput(ctx, {
        name: 'days',
        label: 'caseDesk.extend.days',
        hint: 'caseDesk.extend.daysHint',
        type: 'number',
        required: true,
        min: 1,
        max: MAX_EXTENSION_WORKING_DAYS,
      })}
      ${renderTextArea(ctx, { name: 'reason', label: 'caseDesk.extend.reason', required: true })}`,
    validate: (values, localize) => {
      const errors: ActionErrors = {};
      if (!checkDays(values, 'days', MAX_EXTENSION_WORKING_DAYS, true)) errors.days = localize.t('caseDesk.extend.daysRange');
      checkText(values, 'reason', localize, errors, 'caseDesk.extend.reasonRequired');
      return errors;
    },
    confirm: (localize, number) => localize.t('caseDesk.confirm.extend', number),
    done: (localize, number) => localize.t('caseDesk.done.extend', number),
    run: (client, c, values, signal) =>
      client.staff.extend(c.number, { workingDays: Number((values.days ?? '').trim()), reason: (values.reason ?? '').trim() }, { signal }),
  },
  {
    id: 'decideTrack',
    label: 'caseDesk.action.decideTrack',
    // The one action of a co-handling department: its own track, while open.
    available: (c, desk) => ownOpenTrack(c, desk) !== undefined,
    renderForm: (ctx) =>
      html`${renderChoice(ctx, { name: 'outcome', label: 'caseDesk.track.outcome', options: APPROVE_DENY })}
      ${renderTextArea(ctx, { name: 'opinion', label: 'caseDesk.track.opinion', hint: 'caseDesk.track.opinionHint' })}`,
    validate: (values, localize) => validateOutcome(values, localize, 'opinion', 'caseDesk.track.opinionRequired'),
    confirm: (localize, number) => localize.t('caseDesk.confirm.decideTrack', number),
    done: (localize, number) => localize.t('caseDesk.done.decideTrack', number),
    run: (client, c, values, signal, desk) => {
      const opinion = optional(values.opinion);
      return client.staff.decideTrack(
        c.number,
        desk.department ?? '',
        { outcome: values.outcome === 'denied' ? 'denied' : 'approved', ...(opinion ? { opinion } : {}) },
        { signal },
      );
    },
  },
  {
    id: 'decide',
    label: 'caseDesk.action.decide',
    irreversible: true,
    // Every track decided first (the server says which are not).
    available: (c) => lead(c) && !suspended(c) && (c.tracks ?? []).every((t) => t.state === 'approved' || t.state === 'denied'),
    renderForm: (ctx) =>
      html`${renderChoice(ctx, { name: 'outcome', label: 'caseDesk.decide.outcome', options: APPROVE_DENY })}
      ${renderTextArea(ctx, { name: 'reason', label: 'caseDesk.decide.reason', hint: 'caseDesk.decide.reasonHint' })}`,
    validate: (values, localize) => validateOutcome(values, localize, 'reason', 'caseDesk.decide.reasonRequired'),
    confirm: (localize, number) => localize.t('caseDesk.confirm.decide', number),
    done: (localize, number) => localize.t('caseDesk.done.decide', number),
    run: (client, c, values, signal) => {
      const reason = optional(values.reason);
      return client.staff.decide(
        c.number,
        { outcome: values.outcome === 'denied' ? 'denied' : 'approved', ...(reason ? { reason } : {}) },
        { signal },
      );
    },
  },
  {
    id: 'certify',
    label: 'caseDesk.action.certify',
    irreversible: true,
    // An approval of an item that issues something (the guide says; the server has the last word).
    available: (c, desk) => lead(c) && c.result?.outcome === 'approved' && desk.guide?.guide.resultType !== 'none',
    renderForm: (ctx) =>
      html`${renderInput(ctx, { name: 'documentName', label: 'caseDesk.certify.documentName', hint: 'caseDesk.certify.documentHint' })}
      ${renderInput(ctx, { name: 'validUntil', label: 'caseDesk.certify.validUntil', hint: 'caseDesk.certify.validHint', type: 'date' })}`,
    validate: (values, localize) => {
      const errors: ActionErrors = {};
      if ((values.documentName ?? '').trim().length > 100) errors.documentName = localize.t('caseDesk.tooLong', localize.number(100));
      const until = (values.validUntil ?? '').trim();
      if (until && !/^\d{4}-\d{2}-\d{2}$/.test(until)) errors.validUntil = localize.t('caseDesk.certify.dateFormat');
      else if (until && until <= new Date().toISOString().slice(0, 10)) errors.validUntil = localize.t('caseDesk.certify.future');
      return errors;
    },
    confirm: (localize, number) => localize.t('caseDesk.confirm.certify', number),
    done: (localize, number) => localize.t('caseDesk.done.certify', number),
    run: (client, c, values, signal) => {
      const documentName = optional(values.documentName);
      const validUntil = optional(values.validUntil);
      return client.staff.certify(c.number, { ...(documentName ? { documentName } : {}), validUntil: validUntil ?? null }, { signal });
    },
  },
  {
    id: 'dispatch',
    label: 'caseDesk.action.dispatch',
    renderForm: (ctx) =>
      ctx.case.delivery.method === 'express'
        ? renderInput(ctx, { name: 'waybillNumber', label: 'caseDesk.dispatch.waybill', hint: 'caseDesk.dispatch.waybillHint' })
        : html`<p class="hint" part="hint">${ctx.localize.t('caseDesk.dispatch.pickup')}</p>`,
    validate: (values, localize) => {
      const errors: ActionErrors = {};
      const waybill = (values.waybillNumber ?? '').trim().toUpperCase();
      if (waybill && !WAYBILL.test(waybill)) errors.waybillNumber = localize.t('caseDesk.dispatch.waybillFormat');
      return errors;
    },
    confirm: (localize, number) => localize.t('caseDesk.confirm.dispatch', number),
    done: (localize, number) => localize.t('caseDesk.done.dispatch', number),
    run: (client, c, values, signal) => {
      const waybillNumber = optional(values.waybillNumber)?.toUpperCase();
      return client.staff.dispatch(c.number, waybillNumber && c.delivery.method === 'express' ? { waybillNumber } : {}, { signal });
    },
  },
  {
    id: 'complete',
    label: 'caseDesk.action.complete',
    irreversible: true,
    // From `decided` only when nothing is to be made (a denial, or an item that issues nothing).
    available: (c, desk) =>
      lead(c) && (c.status !== 'decided' || c.result?.outcome !== 'approved' || desk.guide?.guide.resultType === 'none'),
    renderForm: (ctx) => renderTextArea(ctx, { name: 'message', label: 'caseDesk.complete.message' }),
    validate: textOnly('message'),
    confirm: (localize, number) => localize.t('caseDesk.confirm.complete', number),
    done: (localize, number) => localize.t('caseDesk.done.complete', number),
    run: (client, c, values, signal) => {
      const message = optional(values.message);
      return client.staff.complete(c.number, message ? { message } : {}, { signal });
    },
  },
  {
    id: 'appointment',
    label: 'caseDesk.action.appointment',
    // Offline-channel cases only (the applicant comes to the hall); the lead department sets it.
    available: (c) => lead(c) && c.channel === 'offline',
    renderForm: renderAppointmentForm,
    validate: validateAppointment,
    serverFields: { 'body.at': 'date', 'body.place': 'place', 'body.bring': 'bring' },
    confirm: (localize, number) => localize.t('caseDesk.confirm.appointment', number),
    done: (localize, number) => localize.t('caseDesk.done.appointment', number),
    run: (client, c, values, signal, desk) =>
      client.staff.appointment(
        c.number,
        {
          at: new Date(appointmentAt(values)).toISOString(),
          place: (values.place ?? '').trim(),
          bring: [
            ...new Set(
              bringLines(values, c, desk)
                .map((l) => l.trim())
                .filter(Boolean),
            ),
          ],
        },
        { signal },
      ),
  },
  {
    id: 'rectify',
    label: 'caseDesk.action.rectify',
    // A 差评 of the lead department's case without its 整改 record; the desk shows the form in the evaluation section.
    available: (c) => lead(c) && awaitsRectification(c),
    renderForm: (ctx) =>
      html`${renderTextArea(ctx, { name: 'finding', label: 'caseDesk.rectify.finding', hint: 'caseDesk.rectify.findingHint', required: true })}
      ${renderTextArea(ctx, { name: 'measures', label: 'caseDesk.rectify.measures', hint: 'caseDesk.rectify.measuresHint', required: true })}
      ${renderChoice(ctx, { name: 'contacted', label: 'caseDesk.rectify.contacted', options: CONTACTED })}
      ${
        ctx.values.contacted === 'yes'
          ? renderTextArea(ctx, { name: 'applicantResponse', label: 'caseDesk.rectify.response', required: true })
          : nothing
      }`,
    validate: (values, localize) => {
      const errors: ActionErrors = {};
      for (const name of ['finding', 'measures'] as const) {
        const value = (values[name] ?? '').trim();
        if (!value) errors[name] = localize.t(`caseDesk.rectify.${name}Required`);
        else if (value.length > MAX_RECTIFICATION) errors[name] = localize.t('caseDesk.tooLong', localize.number(MAX_RECTIFICATION));
      }
      if (values.contacted !== 'yes' && values.contacted !== 'no') errors.contacted = localize.t('caseDesk.rectify.contactedRequired');
      else if (values.contacted === 'yes') {
        if (!(values.applicantResponse ?? '').trim()) errors.applicantResponse = localize.t('caseDesk.rectify.responseRequired');
        else checkLength(values, 'applicantResponse', localize, errors);
      }
      return errors;
    },
    serverFields: {
      'body.finding': 'finding',
      'body.measures': 'measures',
      'body.contacted': 'contacted',
      'body.applicantResponse': 'applicantResponse',
    },
    confirm: (localize, number) => localize.t('caseDesk.confirm.rectify', number),
    done: (localize, number) => localize.t('caseDesk.done.rectify', number),
    // The answer is the evaluation with its record; the case keeps its status (the desk reloads it).
    run: async (client, c, values, signal) => {
      const contacted = values.contacted === 'yes';
      const applicantResponse = contacted ? optional(values.applicantResponse) : undefined;
      await client.staff.rectify(
        c.number,
        {
          finding: (values.finding ?? '').trim(),
          measures: (values.measures ?? '').trim(),
          contacted,
          ...(applicantResponse ? { applicantResponse } : {}),
        },
        { signal },
      );
      return c;
    },
  },
];

/** Whether the case's evaluation is a 差评 (rated `BAD_EVALUATION_MAX_LEVEL` or lower) without its 整改 record. */
export function awaitsRectification(c: StaffCase): boolean {
  const e = c.evaluation;
  return !!e && e.level <= BAD_EVALUATION_MAX_LEVEL && !e.rectification;
}

/** The roles that admit an action (any one of them): the endpoint table's. */
export function rolesOf(def: CaseActionDef): readonly StaffRole[] {
  return ((routes.staff[def.id] as { roles?: readonly string[] }).roles ?? []) as readonly StaffRole[];
}

/**
 * The actions a case allows: by its status (the contract's STAFF_ACTION_FROM),
 * then what the case shows (`available`; a co-handling department only decides its track).
 */
export function actionsFor(c: StaffCase, desk: DeskInfo, table: readonly CaseActionDef[] = CASE_ACTIONS): CaseActionDef[] {
  return table.filter((a) => STAFF_ACTION_FROM[a.id].includes(c.status) && (a.available ? a.available(c, desk) : lead(c)));
}
