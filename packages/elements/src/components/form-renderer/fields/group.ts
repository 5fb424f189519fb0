// Groups: a fieldset of fields; a repeatable one has numbered entries with
// "删除" on each (while above the minimum) and "添加" (while below the maximum).
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { FormField } from '@yiwang/contract';
import type { FieldContext } from './context.ts';
import { minEntries } from '../model.ts';
import { ids, labelText, notes } from './context.ts';

type GroupField = Extract<FormField, { type: 'group' }>;

/** How many entries a repeatable group needs at least. */

export function renderGroup(ctx: FieldContext, field: GroupField, path: string): TemplateResult {
  const i = ids(path);
  const error = ctx.errors.has(path);
  if (!field.repeat) {
    return html`<fieldset class="field group" part="field group" data-type="group" ?data-invalid=${error}>
      <legend part="label group-label" id=${i.label}>${labelText(ctx, field)}</legend>
      ${notes(ctx, path, field)}
      <div class="group-fields">${ctx.renderFields(field.fields, path)}</div>
    </fieldset>`;
  }
  const localize = ctx.localize;
  const value = ctx.model.get(path);
  const entries = Array.isArray(value) ? value : [];
  const min = minEntries(field);
  const max = field.repeat.max;
  const item = field.itemLabel ?? field.label;
  return html`<fieldset class="field group" part="field group" data-type="group" ?data-invalid=${error}
    aria-describedby=${[field.hint ? i.hint : '', i.extra, error ? i.error : ''].filter(Boolean).join(' ')}>
    <legend part="label group-label" id=${i.label}>${labelText(ctx, field)}</legend>
    ${notes(ctx, path, field)}
    <p class="hint" id=${i.extra}>${localize.t('formRenderer.entryCount', min, max)}</p>
    ${entries.map(
      (_, n) => html`<fieldset class="entry" part="entry">
        <legend part="entry-label">${localize.t('formRenderer.entry', item, n + 1)}</legend>
        <div class="group-fields">${ctx.renderFields(field.fields, `${path}.${n}`)}</div>
        ${
          entries.length > min
            ? html`<button type="button" class="yw-button secondary" part="remove-button" ?disabled=${ctx.disabled}
              @click=${() => ctx.removeEntry(path, n, field)}>${localize.t('formRenderer.removeEntry', localize.t('formRenderer.entry', item, n + 1))}</button>`
            : nothing
        }
      </fieldset>`,
    )}
    ${
      entries.length < max
        ? html`<button type="button" id=${i.id} class="yw-button secondary" part="add-button" ?disabled=${ctx.disabled}
          @click=${() => ctx.addEntry(path, field)}>${localize.t('formRenderer.addEntry', item)}</button>`
        : html`<p class="hint" id=${i.id} tabindex="-1">${localize.t('formRenderer.entryMax', max)}</p>`
    }
  </fieldset>`;
}
