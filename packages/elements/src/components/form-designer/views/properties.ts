// The property panel: the form's settings, a step, a section, or a field (label,
// name, hint, placeholder, required, format checks, type-specific limits,
// options, prefill, the section it sits in) and its `visibleWhen` builder.
// Every control edits one property; an entry that would make the document
// invalid (a taken name, a non-number) is said beside it and not applied.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { LICENSE_TYPES } from '@yiwang/contract';
import type { Comparison, FormField, FormSchema, Prefill } from '@yiwang/contract';
import type { LocalizeController } from '../../../base/controllers/localize.ts';
import {
  FORMAT_TYPES,
  LIST_OPS,
  PLACEHOLDER_TYPES,
  PROFILE_FIELDS,
  VALUELESS,
  defaultComparison,
  earlierFields,
  fromRule,
  opsFor,
  toRule,
} from '../document.ts';
import type { BuilderRule } from '../document.ts';
import { typeName } from './outline.ts';

export interface PropertyActions {
  /** Sets properties of the selected field (undefined removes one); `key` merges typing into one undo step. */
  patchField(patch: Record<string, unknown>, key: string): void;
  rename(name: string): void;
  changeFormat(type: (typeof FORMAT_TYPES)[number]): void;
  moveToSection(sectionId: string): void;
  patchForm(patch: Partial<FormSchema>, key: string): void;
  patchStep(id: string, title: string): void;
  patchSection(id: string, patch: { title?: string; description?: string }, key: string): void;
  moveStep(id: string, delta: -1 | 1): void;
  moveSection(id: string, delta: -1 | 1): void;
  removeStep(id: string): void;
  removeSection(id: string): void;
  /** A problem of an entry not applied (null: none). */
  problem(key: string, message: string | null): void;
  /** Typing into a property ended. */
  settle(): void;
  toggleCondition(): void;
}

export interface PropertyState {
  problems: ReadonlyMap<string, string>;
  conditionOpen: boolean;
}

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const DATE = /^(\d{4}-\d{2}-\d{2}|today)$/;
const valueOf = (e: Event) => (e.target as HTMLInputElement).value;
const checkedOf = (e: Event) => (e.target as HTMLInputElement).checked;

/** A labelled text input; `apply` gets the text and returns a problem or null. */
function textInput(
  state: PropertyState,
  actions: PropertyActions,
  key: string,
  label: string,
  value: string,
  apply: (raw: string) => string | null,
  options: { hint?: string; multiline?: boolean; inputmode?: string; type?: string } = {},
): TemplateResult {
  const id = `prop-${key}`;
  const problem = state.problems.get(key);
  const described = [options.hint ? `${id}-hint` : '', problem ? `${id}-problem` : ''].filter(Boolean).join(' ') || nothing;
  const onInput = (e: Event) => actions.problem(key, apply(valueOf(e)));
  return html`<div class="prop" part="prop">
    <label for=${id}>${label}</label>
    ${options.hint ? html`<span class="hint" id="${id}-hint">${options.hint}</span>` : nothing}
    ${
      options.multiline
        ? html`<textarea id=${id} part="prop-input" rows="2" .value=${value} aria-invalid=${problem ? 'true' : 'false'} aria-describedby=${described} @input=${onInput} @change=${actions.settle}></textarea>`
        : html`<input
          id=${id}
          part="prop-input"
          type=${options.type ?? 'text'}
          inputmode=${options.inputmode ?? nothing}
          .value=${value}
          aria-invalid=${problem ? 'true' : 'false'}
          aria-describedby=${described}
          @input=${onInput}
          @change=${actions.settle}
        />`
    }
    ${problem ? html`<span class="problem" part="prop-problem" id="${id}-problem">${problem}</span>` : nothing}
  </div>`;
}

function checkbox(key: string, label: string, checked: boolean, onChange: (checked: boolean) => void): TemplateResult {
  return html`<div class="prop check">
    <input type="checkbox" id="prop-${key}" .checked=${checked} @change=${(e: Event) => onChange(checkedOf(e))} />
    <label for="prop-${key}">${label}</label>
  </div>`;
}

function select(
  key: string,
  label: string,
  value: string,
  options: Array<[string, string]>,
  onChange: (value: string) => void,
): TemplateResult {
  return html`<div class="prop">
    <label for="prop-${key}">${label}</label>
    <select id="prop-${key}" part="prop-input" @change=${(e: Event) => onChange(valueOf(e))}>
      ${options.map(([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`)}
    </select>
  </div>`;
}

/** Parses an optional number: undefined for empty, NaN for not a number. */
function optionalNumber(raw: string, int = false): number | undefined | null {
  const text = raw.trim();
  if (text === '') return undefined;
  const n = Number(text);
  return Number.isFinite(n) && (!int || Number.isInteger(n)) ? n : null;
}

function numberProp(
  localize: LocalizeController,
  state: PropertyState,
  actions: PropertyActions,
  field: Record<string, unknown>,
  prop: string,
  label: string,
  int = false,
  min?: number,
): TemplateResult {
  const current = field[prop];
  return textInput(
    state,
    actions,
    prop,
    label,
    current === undefined ? '' : String(current),
    (raw) => {
      const n = optionalNumber(raw, int);
      if (n === null || (n !== undefined && min !== undefined && n < min))
        return localize.t(int ? 'formDesigner.prop.intInvalid' : 'formDesigner.prop.numberInvalid');
      actions.patchField({ [prop]: n }, prop);
      return null;
    },
    { inputmode: int ? 'numeric' : 'decimal' },
  );
}

export function renderFormProperties(
  localize: LocalizeController,
  form: FormSchema,
  state: PropertyState,
  actions: PropertyActions,
): TemplateResult {
  const idProp = (key: 'id' | 'itemId', label: string) =>
    textInput(
      state,
      actions,
      `form-${key}`,
      label,
      form[key],
      (raw) => {
        if (!ID.test(raw)) return localize.t('formDesigner.prop.idInvalid');
        actions.patchForm({ [key]: raw }, `form.${key}`);
        return null;
      },
      { hint: localize.t('formDesigner.prop.idHint') },
    );
  return html`<div class="props" part="props">
    ${textInput(state, actions, 'form-title', localize.t('formDesigner.prop.title'), form.title, (raw) => (actions.patchForm({ title: raw }, 'form.title'), null))}
    ${idProp('id', localize.t('formDesigner.prop.formId'))} ${idProp('itemId', localize.t('formDesigner.prop.itemId'))}
    <p class="hint">${localize.t('formDesigner.prop.version', String(form.version))}</p>
    <fieldset class="prop-group">
      <legend>${localize.t('formDesigner.prop.delivery')}</legend>
      ${checkbox('form-express', localize.t('formDesigner.prop.express'), form.delivery.express, (v) => actions.patchForm({ delivery: { ...form.delivery, express: v } }, 'form.express'))}
      ${checkbox('form-pickup', localize.t('formDesigner.prop.pickup'), form.delivery.pickup, (v) => actions.patchForm({ delivery: { ...form.delivery, pickup: v } }, 'form.pickup'))}
    </fieldset>
    ${checkbox('form-offline', localize.t('formDesigner.prop.offline'), form.offlineAllowed, (v) => actions.patchForm({ offlineAllowed: v }, 'form.offline'))}
  </div>`;
}

function structureButtons(
  localize: LocalizeController,
  up: () => void,
  down: () => void,
  remove: () => void,
  removable: boolean,
): TemplateResult {
  return html`<div class="prop-actions">
    <button type="button" class="yw-button secondary" part="move-up" @click=${up}>${localize.t('formDesigner.moveUp')}</button>
    <button type="button" class="yw-button secondary" part="move-down" @click=${down}>${localize.t('formDesigner.moveDown')}</button>
    <button type="button" class="yw-button secondary danger" part="delete" aria-disabled=${removable ? 'false' : 'true'} aria-describedby="remove-note" @click=${remove}>
      ${localize.t('formDesigner.delete')}
    </button>
    <span class="hint" id="remove-note">${localize.t('formDesigner.notEmpty')}</span>
  </div>`;
}

export function renderStepProperties(
  localize: LocalizeController,
  form: FormSchema,
  id: string,
  state: PropertyState,
  actions: PropertyActions,
): TemplateResult {
  const step = form.steps.find((s) => s.id === id);
  if (!step) return html``;
  const removable = form.steps.length > 1 && step.sections.every((c) => c.fields.length === 0);
  return html`<div class="props" part="props">
    ${textInput(state, actions, 'step-title', localize.t('formDesigner.prop.stepTitle'), step.title, (raw) => (actions.patchStep(id, raw), null))}
    ${structureButtons(
      localize,
      () => actions.moveStep(id, -1),
      () => actions.moveStep(id, 1),
      () => actions.removeStep(id),
      removable,
    )}
  </div>`;
}

export function renderSectionProperties(
  localize: LocalizeController,
  form: FormSchema,
  id: string,
  state: PropertyState,
  actions: PropertyActions,
): TemplateResult {
  const section = form.steps.flatMap((s) => s.sections).find((c) => c.id === id);
  if (!section) return html``;
  return html`<div class="props" part="props">
    ${textInput(state, actions, 'section-title', localize.t('formDesigner.prop.sectionTitle'), section.title, (raw) => (actions.patchSection(id, { title: raw }, 'title'), null))}
    ${textInput(
      state,
      actions,
      'section-description',
      localize.t('formDesigner.prop.sectionDescription'),
      section.description ?? '',
      (raw) => (actions.patchSection(id, { description: raw }, 'description'), null),
      { multiline: true },
    )}
    ${structureButtons(
      localize,
      () => actions.moveSection(id, -1),
      () => actions.moveSection(id, 1),
      () => actions.removeSection(id),
      section.fields.length === 0,
    )}
  </div>`;
}

function renderOptions(
  localize: LocalizeController,
  field: FormField & { options: Array<{ value: string; label: string }> },
  actions: PropertyActions,
): TemplateResult {
  const set = (options: Array<{ value: string; label: string }>, key: string) => actions.patchField({ options }, key);
  const move = (i: number, delta: number) => {
    const options = [...field.options];
    const [one] = options.splice(i, 1);
    options.splice(i + delta, 0, one!);
    set(options, 'options.move');
  };
  return html`<fieldset class="prop-group options" part="options">
    <legend>${localize.t('formDesigner.prop.options')}</legend>
    ${field.type === 'checkbox' ? html`<p class="hint">${localize.t('formDesigner.prop.noOptions')}</p>` : nothing}
    <ol class="option-list">
      ${field.options.map(
        (option, i) => html`<li class="option-row" part="option-row">
          <span class="option-inputs">
            <label class="yw-sr-only" for="opt-label-${i}">${localize.t('formDesigner.prop.optionLabel', String(i + 1))}</label>
            <input
              id="opt-label-${i}"
              part="option-label"
              .value=${option.label}
              placeholder=${localize.t('formDesigner.prop.optionLabel', String(i + 1))}
              @input=${(e: Event) =>
                set(
                  field.options.map((o, j) => (j === i ? { ...o, label: valueOf(e) } : o)),
                  `options.${i}.label`,
                )}
              @change=${actions.settle}
            />
            <label class="yw-sr-only" for="opt-value-${i}">${localize.t('formDesigner.prop.optionValue', String(i + 1))}</label>
            <input
              id="opt-value-${i}"
              part="option-value"
              class="option-value"
              .value=${option.value}
              placeholder=${localize.t('formDesigner.prop.optionValue', String(i + 1))}
              @input=${(e: Event) =>
                set(
                  field.options.map((o, j) => (j === i ? { ...o, value: valueOf(e) } : o)),
                  `options.${i}.value`,
                )}
              @change=${actions.settle}
            />
          </span>
          <span class="option-actions">
            <button type="button" class="yw-button secondary small" ?disabled=${i === 0} aria-label="${localize.t('formDesigner.moveUp')} ${option.label}" @click=${() => move(i, -1)}>↑</button>
            <button type="button" class="yw-button secondary small" ?disabled=${i === field.options.length - 1} aria-label="${localize.t('formDesigner.moveDown')} ${option.label}" @click=${() => move(i, 1)}>↓</button>
            <button
              type="button"
              class="yw-button secondary small danger"
              aria-label="${localize.t('formDesigner.delete')} ${option.label}"
              @click=${() =>
                set(
                  field.options.filter((_, j) => j !== i),
                  'options.remove',
                )}
            >
              ${localize.t('formDesigner.delete')}
            </button>
          </span>
        </li>`,
      )}
    </ol>
    <button
      type="button"
      class="yw-button secondary"
      part="add-option"
      @click=${() => {
        const n = field.options.length + 1;
        let value = `option${n}`;
        for (let k = n; field.options.some((o) => o.value === value); k++) value = `option${k + 1}`;
        set([...field.options, { value, label: localize.t('formDesigner.option', String(n)) }], 'options.add');
      }}
    >
      ${localize.t('formDesigner.prop.addOption')}
    </button>
  </fieldset>`;
}

function renderPrefill(localize: LocalizeController, field: FormField, state: PropertyState, actions: PropertyActions): TemplateResult {
  const prefill = field.prefill;
  const current = !prefill ? '' : prefill.source === 'profile' ? `profile:${prefill.field}` : `license:${prefill.licenseType}`;
  const choices: Array<[string, string]> = [
    ['', localize.t('formDesigner.prop.none')],
    ...PROFILE_FIELDS.map((f): [string, string] => [
      `profile:${f}`,
      `${localize.t('formDesigner.prop.prefillProfile')} · ${localize.t(`formDesigner.profile.${f}` as const)}`,
    ]),
    ...LICENSE_TYPES.map((t): [string, string] => [
      `license:${t}`,
      `${localize.t('formDesigner.prop.prefillLicense')} · ${localize.t(`formRenderer.licenseType.${t}` as const)}`,
    ]),
  ];
  return html`${select('prefill', localize.t('formDesigner.prop.prefill'), current, choices, (value) => {
    const [source, which] = value.split(':') as [string, string];
    const next: Prefill | undefined = !value
      ? undefined
      : source === 'profile'
        ? { source: 'profile', field: which as (typeof PROFILE_FIELDS)[number] }
        : {
            source: 'license',
            licenseType: which as (typeof LICENSE_TYPES)[number],
            field: prefill?.source === 'license' ? prefill.field : field.name,
          };
    actions.patchField({ prefill: next }, 'prefill');
  })}
  ${
    prefill?.source === 'license'
      ? textInput(state, actions, 'prefill-field', localize.t('formDesigner.prop.prefillLicenseField'), prefill.field, (raw) => {
          actions.patchField({ prefill: { ...prefill, field: raw } }, 'prefill.field');
          return null;
        })
      : nothing
  }`;
}

const ACCEPT = ['application/pdf', 'image/jpeg', 'image/png', 'application/ofd'];
const ACCEPT_NAMES: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPG',
  'image/png': 'PNG',
  'application/ofd': 'OFD',
};

function renderTypeProperties(localize: LocalizeController, field: FormField, state: PropertyState, actions: PropertyActions): unknown {
  const record = field as unknown as Record<string, unknown>;
  const licenseChoices = LICENSE_TYPES.map((t): [string, string] => [t, localize.t(`formRenderer.licenseType.${t}` as const)]);
  switch (field.type) {
    case 'text':
    case 'textarea':
      return html`${numberProp(localize, state, actions, record, 'minLength', localize.t('formDesigner.prop.minLength'), true, 0)}
      ${numberProp(localize, state, actions, record, 'maxLength', localize.t('formDesigner.prop.maxLength'), true, 1)}
      ${textInput(state, actions, 'pattern', localize.t('formDesigner.prop.pattern'), field.pattern?.regex ?? '', (raw) => {
        if (!raw) return (actions.patchField({ pattern: undefined }, 'pattern'), null);
        try {
          new RegExp(raw);
        } catch {
          return localize.t('formDesigner.prop.patternInvalid');
        }
        actions.patchField({ pattern: { regex: raw, message: field.pattern?.message ?? '' } }, 'pattern');
        return null;
      })}
      ${
        field.pattern
          ? textInput(state, actions, 'pattern-message', localize.t('formDesigner.prop.patternMessage'), field.pattern.message, (raw) => {
              actions.patchField({ pattern: { regex: field.pattern!.regex, message: raw } }, 'pattern.message');
              return null;
            })
          : nothing
      }`;
    case 'number':
      return html`${numberProp(localize, state, actions, record, 'min', localize.t('formDesigner.prop.min'))}
      ${numberProp(localize, state, actions, record, 'max', localize.t('formDesigner.prop.max'))}
      ${numberProp(localize, state, actions, record, 'step', localize.t('formDesigner.prop.step'))}
      ${textInput(state, actions, 'unit', localize.t('formDesigner.prop.unit'), field.unit ?? '', (raw) => (actions.patchField({ unit: raw || undefined }, 'unit'), null))}`;
    case 'date': {
      const dateProp = (prop: 'min' | 'max', label: string) =>
        textInput(state, actions, `date-${prop}`, label, field[prop] ?? '', (raw) => {
          if (raw && !DATE.test(raw)) return localize.t('formDesigner.prop.dateInvalid');
          actions.patchField({ [prop]: raw || undefined }, prop);
          return null;
        });
      return html`${dateProp('min', localize.t('formDesigner.prop.dateMin'))} ${dateProp('max', localize.t('formDesigner.prop.dateMax'))}`;
    }
    case 'select':
    case 'radio':
    case 'checkbox':
      // A choice may answer a 多情形 question of the guide; the server then asks for the materials its answer calls for.
      return html`${renderOptions(localize, field, actions)}
      ${textInput(
        state,
        actions,
        'situation',
        localize.t('formDesigner.prop.situation'),
        field.situation ?? '',
        (raw) => {
          if (raw && !ID.test(raw)) return localize.t('formDesigner.prop.idInvalid');
          actions.patchField({ situation: raw || undefined }, 'situation');
          return null;
        },
        { hint: localize.t('formDesigner.prop.situationHint') },
      )}`;
    case 'file':
      return html`<fieldset class="prop-group">
          <legend>${localize.t('formDesigner.prop.accept')}</legend>
          ${ACCEPT.map((type) =>
            checkbox(`accept-${ACCEPT_NAMES[type]}`, ACCEPT_NAMES[type]!, field.accept?.includes(type) ?? false, (on) => {
              const next = ACCEPT.filter((t) => (t === type ? on : (field.accept ?? []).includes(t)));
              actions.patchField({ accept: next.length ? next : undefined }, 'accept');
            }),
          )}
        </fieldset>
        ${numberProp(localize, state, actions, record, 'maxSizeMb', localize.t('formDesigner.prop.maxSizeMb'), false, 0)}
        ${numberProp(localize, state, actions, record, 'maxFiles', localize.t('formDesigner.prop.maxFiles'), true, 1)}
        ${textInput(state, actions, 'materialId', localize.t('formDesigner.prop.materialId'), field.materialId ?? '', (raw) => {
          if (raw && !ID.test(raw)) return localize.t('formDesigner.prop.idInvalid');
          actions.patchField({ materialId: raw || undefined }, 'materialId');
          return null;
        })}
        ${select(
          'file-license',
          localize.t('formDesigner.prop.fileLicense'),
          field.licenseType ?? '',
          [['', localize.t('formDesigner.prop.none')], ...licenseChoices],
          (v) => actions.patchField({ licenseType: v || undefined }, 'licenseType'),
        )}`;
    case 'license':
      return select('license-type', localize.t('formDesigner.prop.licenseType'), field.licenseType, licenseChoices, (v) =>
        actions.patchField({ licenseType: v }, 'licenseType'),
      );
    case 'group':
      return html`${checkbox('repeatable', localize.t('formDesigner.prop.repeatable'), !!field.repeat, (on) =>
        actions.patchField({ repeat: on ? { min: 0, max: 10 } : undefined }, 'repeat'),
      )}
        ${
          field.repeat
            ? html`${textInput(state, actions, 'repeat-min', localize.t('formDesigner.prop.repeatMin'), String(field.repeat.min), (raw) => {
                const n = optionalNumber(raw, true);
                if (n === null || n === undefined || n < 0) return localize.t('formDesigner.prop.intInvalid');
                actions.patchField({ repeat: { ...field.repeat!, min: n } }, 'repeat.min');
                return null;
              })}
            ${textInput(state, actions, 'repeat-max', localize.t('formDesigner.prop.repeatMax'), String(field.repeat.max), (raw) => {
              const n = optionalNumber(raw, true);
              if (n === null || n === undefined || n < 1) return localize.t('formDesigner.prop.intInvalid');
              actions.patchField({ repeat: { ...field.repeat!, max: n } }, 'repeat.max');
              return null;
            })}
            ${textInput(state, actions, 'itemLabel', localize.t('formDesigner.prop.itemLabel'), field.itemLabel ?? '', (raw) => (actions.patchField({ itemLabel: raw || undefined }, 'itemLabel'), null))}`
            : nothing
        }
        <p class="hint">${localize.t('formDesigner.prop.groupFields', String(field.fields.length))}</p>`;
    default:
      return nothing;
  }
}

export function renderFieldProperties(
  localize: LocalizeController,
  form: FormSchema,
  field: FormField,
  sectionId: string,
  state: PropertyState,
  actions: PropertyActions,
): TemplateResult {
  const format = (FORMAT_TYPES as readonly string[]).includes(field.type);
  const sections = form.steps.flatMap((step, s) =>
    step.sections.map((c): [string, string] => [c.id, localize.t('formDesigner.prop.sectionOption', String(s + 1), c.title)]),
  );
  return html`<div class="props" part="props">
    <p class="field-type" part="field-type">${typeName(localize, field.type)}</p>
    ${textInput(state, actions, 'label', localize.t('formDesigner.prop.label'), field.label, (raw) => (actions.patchField({ label: raw }, 'label'), null))}
    ${textInput(state, actions, 'name', localize.t('formDesigner.prop.name'), field.name, (raw) => (actions.rename(raw), null), {
      hint: localize.t('formDesigner.prop.nameHint'),
    })}
    ${textInput(
      state,
      actions,
      'hint',
      localize.t('formDesigner.prop.hint'),
      field.hint ?? '',
      (raw) => (actions.patchField({ hint: raw || undefined }, 'hint'), null),
      {
        multiline: true,
      },
    )}
    ${
      PLACEHOLDER_TYPES.has(field.type)
        ? textInput(
            state,
            actions,
            'placeholder',
            localize.t('formDesigner.prop.placeholder'),
            (field as { placeholder?: string }).placeholder ?? '',
            (raw) => {
              actions.patchField({ placeholder: raw || undefined }, 'placeholder');
              return null;
            },
          )
        : nothing
    }
    ${checkbox('required', localize.t('formDesigner.prop.required'), !!field.required, (on) => actions.patchField({ required: on || undefined }, 'required'))}
    ${
      format
        ? select(
            'format',
            localize.t('formDesigner.prop.format'),
            field.type,
            FORMAT_TYPES.map((t): [string, string] => [t, localize.t(`formDesigner.prop.format.${t}` as const)]),
            (v) => actions.changeFormat(v as (typeof FORMAT_TYPES)[number]),
          )
        : nothing
    }
    ${renderTypeProperties(localize, field, state, actions)} ${field.type !== 'group' ? renderPrefill(localize, field, state, actions) : nothing}
    ${field.prefill ? checkbox('readonly', localize.t('formDesigner.prop.readonly'), !!field.readonly, (on) => actions.patchField({ readonly: on || undefined }, 'readonly')) : nothing}
    ${select('section', localize.t('formDesigner.prop.section'), sectionId, sections, (id) => actions.moveToSection(id))}
    ${renderConditionBuilder(localize, form, field, state, actions)}
  </div>`;
}

// ---------------------------------------------------------------------------
// The visibleWhen builder: only earlier fields, operators for their type, values of their kind.

function summary(localize: LocalizeController, rule: BuilderRule | null): string {
  if (!rule) return localize.t('formDesigner.condition.count', '…');
  return rule.items.length === 0
    ? localize.t('formDesigner.condition.always')
    : localize.t('formDesigner.condition.count', String(rule.items.length));
}

export function renderConditionBuilder(
  localize: LocalizeController,
  form: FormSchema,
  field: FormField,
  state: PropertyState,
  actions: PropertyActions,
): TemplateResult {
  const rule = toRule(field.visibleWhen);
  const earlier = earlierFields(form, field.name);
  const set = (next: BuilderRule) => actions.patchField({ visibleWhen: fromRule(next) }, 'visibleWhen');
  return html`<div class="condition" part="condition">
    <button type="button" class="yw-button secondary" part="condition-toggle" aria-expanded=${state.conditionOpen ? 'true' : 'false'} aria-controls="condition-panel" @click=${actions.toggleCondition}>
      ${localize.t('formDesigner.condition.edit', summary(localize, rule))}
    </button>
    <div id="condition-panel" class="condition-panel" part="condition-panel" ?hidden=${!state.conditionOpen}>
      ${state.conditionOpen ? renderRule(localize, rule, earlier, set, actions) : nothing}
    </div>
  </div>`;
}

function renderRule(
  localize: LocalizeController,
  rule: BuilderRule | null,
  earlier: FormField[],
  set: (rule: BuilderRule) => void,
  actions: PropertyActions,
): TemplateResult {
  if (!rule)
    return html`<p class="hint">${localize.t('formDesigner.condition.tooDeep')}</p>
      <button type="button" class="yw-button secondary" part="condition-clear" @click=${() => actions.patchField({ visibleWhen: undefined }, 'visibleWhen')}>
        ${localize.t('formDesigner.condition.clear')}
      </button>`;
  // A rule naming a field that is no longer before this one stays shown (the JSON view names the problem) but only earlier fields are offered.
  if (earlier.length === 0 && rule.items.length === 0)
    return html`<p class="hint" part="condition-none">${localize.t('formDesigner.condition.noEarlier')}</p>`;
  const byName = new Map(earlier.map((f) => [f.name, f]));
  return html`${
    rule.items.length > 0
      ? html`<fieldset class="prop-group">
          <legend>${localize.t('formDesigner.condition.join')}</legend>
          ${select(
            'cond-join',
            localize.t('formDesigner.condition.join'),
            rule.join,
            [
              ['all', localize.t('formDesigner.condition.all')],
              ['any', localize.t('formDesigner.condition.any')],
            ],
            (v) => set({ ...rule, join: v as 'all' | 'any' }),
          )}
          ${checkbox('cond-negate', localize.t('formDesigner.condition.negate'), rule.negate, (on) => set({ ...rule, negate: on }))}
        </fieldset>`
      : html`<p class="hint">${localize.t('formDesigner.condition.always')}</p>`
  }
    <ol class="comparisons">
      ${rule.items.map((item, i) =>
        renderComparison(
          localize,
          item,
          i,
          byName,
          earlier,
          (next) => set({ ...rule, items: rule.items.map((c, j) => (j === i ? next : c)) }),
          () => set({ ...rule, items: rule.items.filter((_, j) => j !== i) }),
        ),
      )}
    </ol>
    ${
      earlier.length > 0
        ? html`<button type="button" class="yw-button secondary" part="condition-add" @click=${() => set({ ...rule, items: [...rule.items, defaultComparison(earlier[earlier.length - 1]!)] })}>
          ${localize.t('formDesigner.condition.add')}
        </button>`
        : nothing
    }`;
}

function renderComparison(
  localize: LocalizeController,
  item: Comparison,
  i: number,
  byName: ReadonlyMap<string, FormField>,
  earlier: FormField[],
  set: (c: Comparison) => void,
  remove: () => void,
): TemplateResult {
  const target = byName.get(item.field);
  const n = String(i + 1);
  const fieldChoices: Array<[string, string]> = earlier.map((f) => [f.name, f.label || f.name]);
  // A field that is no longer before this one: kept in the list so the rule is shown as it is.
  if (!target) fieldChoices.unshift([item.field, item.field]);
  const ops = target ? opsFor(target) : [item.op];
  return html`<li class="comparison" part="comparison">
    <fieldset class="prop-group">
      <legend>${localize.t('formDesigner.condition.item', n)}</legend>
      ${select(`cond-${i}-field`, localize.t('formDesigner.condition.field'), item.field, fieldChoices, (name) => set(defaultComparison(byName.get(name)!)))}
      ${select(
        `cond-${i}-op`,
        localize.t('formDesigner.condition.op'),
        item.op,
        ops.map((op): [string, string] => [op, localize.t(`formDesigner.op.${op}` as const)]),
        (op) => set(target ? defaultComparison(target, op as Comparison['op']) : item),
      )}
      ${target && !VALUELESS.has(item.op) ? renderValue(localize, item, i, target, set) : nothing}
      <button type="button" class="yw-button secondary danger" part="condition-remove" @click=${remove}>${localize.t('formDesigner.condition.remove', n)}</button>
    </fieldset>
  </li>`;
}

function renderValue(
  localize: LocalizeController,
  item: Comparison,
  i: number,
  target: FormField,
  set: (c: Comparison) => void,
): TemplateResult {
  const id = `cond-${i}-value`;
  if ('options' in target && target.options.length > 0) {
    if (LIST_OPS.has(item.op)) {
      const chosen = new Set(Array.isArray(item.value) ? item.value.map(String) : []);
      return html`<fieldset class="prop-group">
        <legend>${localize.t('formDesigner.condition.values')}</legend>
        ${target.options.map((o, k) =>
          checkbox(`${id}-${k}`, o.label, chosen.has(o.value), (on) => {
            const next = target.options.map((x) => x.value).filter((v) => (v === o.value ? on : chosen.has(v)));
            set({ ...item, value: next });
          }),
        )}
      </fieldset>`;
    }
    const options: Array<[string, string]> = target.options.map((o) => [o.value, o.label]);
    return select(id, localize.t('formDesigner.condition.value'), String(item.value ?? ''), options, (v) => set({ ...item, value: v }));
  }
  if (target.type === 'checkbox')
    return select(
      id,
      localize.t('formDesigner.condition.value'),
      String(item.value === true),
      [
        ['true', localize.t('formDesigner.condition.yes')],
        ['false', localize.t('formDesigner.condition.no')],
      ],
      (v) => set({ ...item, value: v === 'true' }),
    );
  const number = target.type === 'number';
  return html`<div class="prop">
    <label for=${id}>${localize.t('formDesigner.condition.value')}</label>
    <input
      id=${id}
      part="prop-input"
      type=${target.type === 'date' ? 'date' : 'text'}
      inputmode=${number ? 'decimal' : nothing}
      .value=${item.value === undefined || item.value === null ? '' : String(item.value)}
      @input=${(e: Event) => {
        const raw = valueOf(e);
        if (!number) return set({ ...item, value: raw });
        const n = Number(raw);
        // A number comparison keeps its last number until the entry is one.
        if (raw.trim() !== '' && Number.isFinite(n)) set({ ...item, value: n });
      }}
    />
  </div>`;
}
