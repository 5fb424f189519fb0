// Text-like inputs and choices. Every control carries `data-path` (and
// `data-kind`); the renderer listens once on its form for input, change and
// focusout, so a 500-field form does not bind 1,500 listeners per render.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { FormField } from '@yiwang/contract';
import type { FieldContext } from './context.ts';
import { maskIdCard } from '@yiwang/contract';
import { describedBy, ids, labelText, maskedIdentity, notes } from './context.ts';

// `&` rather than Extract: the contract builds select/radio/checkbox (and text/textarea …) from one generic schema.
export type Field<T extends FormField['type']> = FormField & { type: T };
type TextLike = Field<'text' | 'textarea' | 'number' | 'date' | 'idCard' | 'uscc' | 'mobile' | 'email'>;

const INPUT: Record<
  Exclude<TextLike['type'], 'textarea'>,
  { type: string; inputmode?: string; autocomplete?: string; spellcheck?: boolean }
> = {
  text: { type: 'text' },
  number: { type: 'text', inputmode: 'decimal', spellcheck: false },
  date: { type: 'date' },
  idCard: { type: 'text', spellcheck: false, autocomplete: 'off' },
  uscc: { type: 'text', spellcheck: false, autocomplete: 'off' },
  mobile: { type: 'tel', inputmode: 'tel', autocomplete: 'tel-national', spellcheck: false },
  email: { type: 'email', inputmode: 'email', autocomplete: 'email', spellcheck: false },
};

const text = (value: unknown) => (value === undefined || value === null ? '' : String(value));
/** A date bound of the schema: `today` is Beijing's date. */
const bound = (ctx: FieldContext, b: string | undefined) => (b === 'today' ? ctx.today : b);

export function renderTextLike(ctx: FieldContext, field: TextLike, path: string): TemplateResult {
  const i = ids(path);
  const error = ctx.errors.has(path);
  const masked = maskedIdentity(ctx, field, path);
  const value = text(ctx.model.get(path));
  // A value taken from a verified source may be locked by the schema; an empty one never is.
  const readonly = (!!field.readonly && ctx.prefilled.has(path)) || masked;
  const counter = field.type === 'textarea' && field.maxLength !== undefined;
  const common = {
    describedBy: describedBy(ctx, path, field, counter || field.type === 'number'),
    invalid: error ? 'true' : 'false',
    required: field.required ? 'true' : nothing,
  };
  let control: TemplateResult;
  if (field.type === 'textarea') {
    control = html`<textarea id=${i.id} part="input" rows="4" data-path=${path} data-kind="text" .value=${live(value)}
      ?readonly=${readonly} ?disabled=${ctx.disabled} aria-invalid=${common.invalid} aria-required=${common.required}
      aria-describedby=${common.describedBy}></textarea>`;
  } else {
    const kind = INPUT[field.type];
    const placeholder = 'placeholder' in field ? field.placeholder : undefined;
    // A masked number is not an entry: its control is left out of the renderer's input handling.
    control = html`<input id=${i.id} part="input" type=${kind.type} data-path=${path} data-kind=${masked ? 'masked' : field.type}
      .value=${live(masked ? maskIdCard(value) : value)}
      inputmode=${kind.inputmode ?? nothing} autocomplete=${kind.autocomplete ?? nothing} spellcheck=${kind.spellcheck === false ? 'false' : nothing}
      placeholder=${placeholder ?? nothing} min=${field.type === 'date' ? (bound(ctx, field.min) ?? nothing) : nothing}
      max=${field.type === 'date' ? (bound(ctx, field.max) ?? nothing) : nothing} ?readonly=${readonly} ?disabled=${ctx.disabled}
      aria-invalid=${common.invalid} aria-required=${common.required} aria-describedby=${common.describedBy} />`;
  }
  return html`<div class="field" part="field" data-type=${field.type} ?data-invalid=${error}>
    <label part="label" id=${i.label} for=${i.id}>${labelText(ctx, field)}</label>
    ${notes(ctx, path, field)}
    ${
      field.type === 'number' && field.unit
        ? html`<span class="with-unit">${control}<span class="unit" part="unit" id=${i.extra}>${field.unit}</span></span>`
        : control
    }
    ${counter ? renderCounter(ctx, i.extra, value, field.maxLength!) : nothing}
  </div>`;
}

function renderCounter(ctx: FieldContext, id: string, value: string, max: number): TemplateResult {
  const left = max - Array.from(value.trim()).length;
  return html`<p class="counter" part="counter" id=${id} ?data-over=${left < 0}>${ctx.localize.t('formRenderer.counter', left)}</p>`;
}

export function renderSelect(ctx: FieldContext, field: Field<'select'>, path: string): TemplateResult {
  const i = ids(path);
  const value = text(ctx.model.get(path));
  const error = ctx.errors.has(path);
  return html`<div class="field" part="field" data-type="select" ?data-invalid=${error}>
    <label part="label" id=${i.label} for=${i.id}>${labelText(ctx, field)}</label>
    ${notes(ctx, path, field)}
    <select id=${i.id} part="input" data-path=${path} data-kind="select" ?disabled=${ctx.disabled}
      aria-invalid=${error ? 'true' : 'false'} aria-required=${field.required ? 'true' : nothing} aria-describedby=${describedBy(ctx, path, field)}>
      <option value="" ?selected=${value === ''}>${ctx.localize.t('formRenderer.choose')}</option>
      ${field.options.map((o) => html`<option value=${o.value} ?selected=${o.value === value}>${o.label}</option>`)}
    </select>
  </div>`;
}

/**
 * Radios and checkboxes in a fieldset whose legend is the label. The first
 * option's control has the field's id, so the error summary links to it. A
 * checkbox field without options is one yes/no box (我已阅读并同意…).
 */
export function renderChoices(ctx: FieldContext, field: Field<'radio' | 'checkbox'>, path: string): TemplateResult {
  const i = ids(path);
  const error = ctx.errors.has(path);
  const value = ctx.model.get(path);
  if (field.type === 'checkbox' && field.options.length === 0) {
    return html`<div class="field" part="field" data-type="checkbox" ?data-invalid=${error}>
      ${notes(ctx, path, field)}
      <label class="choice" part="choice"
        ><input type="checkbox" id=${i.id} data-path=${path} data-kind="boolean" .checked=${live(value === true)} ?disabled=${ctx.disabled}
          aria-invalid=${error ? 'true' : 'false'} aria-describedby=${describedBy(ctx, path, field)} /><span part="label">${labelText(ctx, field)}</span></label
      >
    </div>`;
  }
  const radio = field.type === 'radio';
  const checked = (v: string) => (radio ? value === v : Array.isArray(value) && value.includes(v));
  return html`<fieldset class="field" part="field" data-type=${field.type} ?data-invalid=${error}
    role=${radio ? 'radiogroup' : nothing} aria-labelledby=${radio ? i.label : nothing} aria-invalid=${radio ? (error ? 'true' : 'false') : nothing}
    aria-required=${radio && field.required ? 'true' : nothing} aria-describedby=${describedBy(ctx, path, field)}>
    <legend part="label" id=${i.label}>${labelText(ctx, field)}</legend>
    ${notes(ctx, path, field)}
    <div class="choices" part="choices">
      ${field.options.map(
        (o, n) => html`<label class="choice" part="choice"
          ><input type=${field.type} id=${n === 0 ? i.id : `${i.id}-${n}`} name=${i.id} value=${o.value} data-path=${path} data-kind=${field.type}
            .checked=${live(checked(o.value))} ?disabled=${ctx.disabled} aria-invalid=${!radio && error ? 'true' : nothing} /><span>${o.label}</span></label
        >`,
      )}
    </div>
  </fieldset>`;
}
