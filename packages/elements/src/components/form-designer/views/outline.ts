// The palette of field types and the form's structure (steps → sections →
// fields): every action is a button, reachable by keyboard; dragging is an
// extra way to do what the buttons and Alt+↑/↓ do.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { FormField, FormSchema } from '@yiwang/contract';
import type { LocalizeController } from '../../../base/controllers/localize.ts';
import { FIELD_TYPES } from '../document.ts';
import type { FieldType } from '../document.ts';

/** What is selected: the form's settings, a step, a section or a field. */
export type Selection = { kind: 'form' } | { kind: 'step'; id: string } | { kind: 'section'; id: string } | { kind: 'field'; name: string };

export interface OutlineActions {
  add(type: FieldType): void;
  select(selection: Selection): void;
  fieldKey(event: KeyboardEvent, name: string): void;
  moveField(name: string, delta: -1 | 1): void;
  duplicate(name: string): void;
  remove(name: string): void;
  addStep(): void;
  addSection(stepId: string): void;
  moveStep(id: string, delta: -1 | 1): void;
  moveSection(id: string, delta: -1 | 1): void;
  removeStep(id: string): void;
  removeSection(id: string): void;
  dragStart(event: DragEvent, payload: { field?: string; type?: FieldType }): void;
  drop(event: DragEvent, sectionId: string, index: number): void;
}

export const typeName = (localize: LocalizeController, type: FieldType): string => localize.t(`formDesigner.type.${type}` as const);

export function renderPalette(localize: LocalizeController, actions: OutlineActions): TemplateResult {
  return html`<section class="panel palette" part="palette" aria-labelledby="palette-heading">
    <h3 id="palette-heading" class="panel-heading">${localize.t('formDesigner.palette')}</h3>
    <p class="hint" id="palette-hint">${localize.t('formDesigner.paletteHint')}</p>
    <ul class="palette-list">
      ${FIELD_TYPES.map(
        (type) =>
          html`<li>
            <button
              type="button"
              class="yw-button secondary palette-item"
              part="palette-item"
              data-type=${type}
              draggable="true"
              aria-label=${localize.t('formDesigner.add', typeName(localize, type))}
              aria-describedby="palette-hint"
              @click=${() => actions.add(type)}
              @dragstart=${(e: DragEvent) => actions.dragStart(e, { type })}
            >
              ${typeName(localize, type)}
            </button>
          </li>`,
      )}
    </ul>
  </section>`;
}

function fieldRow(
  localize: LocalizeController,
  field: FormField,
  section: string,
  index: number,
  selected: boolean,
  actions: OutlineActions,
): TemplateResult {
  const label = field.label || field.name;
  const marks =
    (field.required ? localize.t('formDesigner.requiredMark') : '') + (field.visibleWhen ? localize.t('formDesigner.conditionalMark') : '');
  return html`<li
    class="field-row"
    part="field-row"
    data-name=${field.name}
    ?data-selected=${selected}
    @dragover=${(e: DragEvent) => e.preventDefault()}
    @drop=${(e: DragEvent) => actions.drop(e, section, index)}
  >
    <button
      type="button"
      class="field-button"
      part="field-button"
      data-field=${field.name}
      draggable="true"
      aria-pressed=${selected ? 'true' : 'false'}
      aria-describedby="outline-hint"
      @click=${() => actions.select({ kind: 'field', name: field.name })}
      @keydown=${(e: KeyboardEvent) => actions.fieldKey(e, field.name)}
      @dragstart=${(e: DragEvent) => actions.dragStart(e, { field: field.name })}
    >
      <span class="drag-handle" aria-hidden="true">⋮⋮</span>
      ${localize.t('formDesigner.fieldRow', label, typeName(localize, field.type), marks)}
    </button>
    ${
      selected
        ? html`<span class="row-actions" part="row-actions">
          <button type="button" class="yw-button secondary small" part="move-up" aria-label=${localize.t('formDesigner.moveUpNamed', label)} @click=${() => actions.moveField(field.name, -1)}>
            ↑
          </button>
          <button type="button" class="yw-button secondary small" part="move-down" aria-label=${localize.t('formDesigner.moveDownNamed', label)} @click=${() => actions.moveField(field.name, 1)}>
            ↓
          </button>
          <button type="button" class="yw-button secondary small" part="duplicate" aria-label=${localize.t('formDesigner.duplicateNamed', label)} @click=${() => actions.duplicate(field.name)}>
            ${localize.t('formDesigner.duplicate')}
          </button>
          <button type="button" class="yw-button secondary small danger" part="delete" aria-label=${localize.t('formDesigner.deleteNamed', label)} @click=${() => actions.remove(field.name)}>
            ${localize.t('formDesigner.delete')}
          </button>
        </span>`
        : nothing
    }
  </li>`;
}

export function renderOutline(
  localize: LocalizeController,
  form: FormSchema,
  selection: Selection,
  actions: OutlineActions,
): TemplateResult {
  const isSelected = (kind: Selection['kind'], key: string) =>
    selection.kind === kind && (selection.kind === 'field' ? selection.name : 'id' in selection ? selection.id : '') === key;
  return html`<section class="panel outline" part="outline" aria-labelledby="outline-heading">
    <h3 id="outline-heading" class="panel-heading">${localize.t('formDesigner.outline')}</h3>
    <p class="hint" id="outline-hint">${localize.t('formDesigner.outlineHint')}</p>
    <button type="button" class="structure-button" part="form-button" aria-pressed=${selection.kind === 'form' ? 'true' : 'false'} @click=${() => actions.select({ kind: 'form' })}>
      ${localize.t('formDesigner.formSettings')}
    </button>
    <ol class="steps" part="steps">
      ${repeat(
        form.steps,
        (step) => step.id,
        (step, s) => html`<li class="step" part="step" data-step=${step.id}>
          <div class="structure-head">
            <button
              type="button"
              class="structure-button step-button"
              part="step-button"
              data-step-button=${step.id}
              aria-pressed=${isSelected('step', step.id) ? 'true' : 'false'}
              @click=${() => actions.select({ kind: 'step', id: step.id })}
              @keydown=${(e: KeyboardEvent) => {
                if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
                  e.preventDefault();
                  actions.moveStep(step.id, e.key === 'ArrowUp' ? -1 : 1);
                }
              }}
            >
              ${localize.t('formDesigner.stepLabel', String(s + 1), step.title)}
            </button>
          </div>
          <ol class="sections">
            ${repeat(
              step.sections,
              (section) => section.id,
              (section) => html`<li class="section" part="section" data-section=${section.id}>
                <div class="structure-head">
                  <button
                    type="button"
                    class="structure-button section-button"
                    part="section-button"
                    data-section-button=${section.id}
                    aria-pressed=${isSelected('section', section.id) ? 'true' : 'false'}
                    @click=${() => actions.select({ kind: 'section', id: section.id })}
                    @keydown=${(e: KeyboardEvent) => {
                      if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
                        e.preventDefault();
                        actions.moveSection(section.id, e.key === 'ArrowUp' ? -1 : 1);
                      }
                    }}
                  >
                    ${localize.t('formDesigner.sectionLabel', section.title)}
                  </button>
                </div>
                <ol
                  class="fields"
                  part="fields"
                  @dragover=${(e: DragEvent) => e.preventDefault()}
                  @drop=${(e: DragEvent) => {
                    if (e.target === e.currentTarget) actions.drop(e, section.id, Infinity);
                  }}
                >
                  ${section.fields.length === 0 ? html`<li class="hint empty-section">${localize.t('formDesigner.emptySection')}</li>` : nothing}
                  ${repeat(
                    section.fields,
                    (field) => field.name,
                    (field, index) => fieldRow(localize, field, section.id, index, isSelected('field', field.name), actions),
                  )}
                </ol>
              </li>`,
            )}
          </ol>
          <button type="button" class="yw-link-button" part="add-section" @click=${() => actions.addSection(step.id)}>
            + ${localize.t('formDesigner.addSection')}
          </button>
        </li>`,
      )}
    </ol>
    <button type="button" class="yw-link-button" part="add-step" @click=${actions.addStep}>+ ${localize.t('formDesigner.addStep')}</button>
  </section>`;
}
