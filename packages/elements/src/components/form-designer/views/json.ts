// The JSON view: the document as text, editable, and its problems with their
// paths. Applying text that is not JSON, or not a valid form, changes nothing
// and keeps the text.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { LocalizeController } from '../../../base/controllers/localize.ts';
import type { Problem } from '../document.ts';

export interface JsonViewState {
  text: string;
  /** Problems of the text as last applied (or of the current document). */
  problems: readonly Problem[];
  /** Why the text is not JSON, if it is not. */
  syntax: string | null;
  /** The last apply was refused. */
  refused: boolean;
}

export interface JsonActions {
  input(text: string): void;
  apply(): void;
  reset(): void;
}

/** A problem in words: the designer's rules and zod's issue codes, with zod's own text as the fallback. */
export function describeProblem(localize: LocalizeController, problem: Problem): string {
  const p = problem.params ?? {};
  switch (problem.code) {
    case 'invalid_type':
      return localize.t('formDesigner.problem.invalid_type', p.expected ?? '?');
    case 'invalid_value':
    case 'invalid_format':
    case 'too_small':
    case 'too_big':
    case 'invalid_union':
    case 'empty-label':
    case 'no-options':
      return localize.t(`formDesigner.problem.${problem.code}` as const);
    case 'unrecognized_keys':
      return localize.t('formDesigner.problem.unrecognized_keys', p.keys ?? '');
    case 'duplicate-name':
      return localize.t('formDesigner.problem.duplicate-name', p.name ?? '');
    case 'duplicate-id':
      return localize.t('formDesigner.problem.duplicate-id', p.id ?? '');
    case 'duplicate-option':
      return localize.t('formDesigner.problem.duplicate-option', p.value ?? '');
    case 'condition-order':
      return localize.t('formDesigner.problem.condition-order', p.name ?? '');
    default:
      return localize.t('formDesigner.problem.other', problem.message);
  }
}

export function renderProblems(localize: LocalizeController, problems: readonly Problem[], id: string): TemplateResult {
  return html`<ul class="problems" part="problems" id=${id}>
    ${problems.map((p) => html`<li part="problem" data-path=${p.path}>${localize.t('formDesigner.problem', p.path, describeProblem(localize, p))}</li>`)}
  </ul>`;
}

export function renderJsonView(localize: LocalizeController, state: JsonViewState, actions: JsonActions): TemplateResult {
  const count = state.problems.length;
  return html`<section class="panel json" part="json" aria-labelledby="json-heading">
    <h3 id="json-heading" class="panel-heading">${localize.t('formDesigner.json')}</h3>
    <p class="hint" id="json-hint">${localize.t('formDesigner.jsonHint')}</p>
    <label class="yw-sr-only" for="json-text">${localize.t('formDesigner.json')}</label>
    <textarea
      id="json-text"
      part="json-text"
      class="json-text"
      spellcheck="false"
      rows="24"
      aria-describedby="json-hint json-status"
      aria-invalid=${state.syntax || (state.refused && count > 0) ? 'true' : 'false'}
      .value=${state.text}
      @input=${(e: Event) => actions.input((e.target as HTMLTextAreaElement).value)}
    ></textarea>
    <div class="prop-actions">
      <button type="button" class="yw-button" part="json-apply" @click=${actions.apply}>${localize.t('formDesigner.jsonApply')}</button>
      <button type="button" class="yw-button secondary" part="json-reset" @click=${actions.reset}>${localize.t('formDesigner.jsonReset')}</button>
    </div>
    <div id="json-status" part="json-status" role="status">
      ${
        state.syntax
          ? html`<p class="problem" part="json-syntax">${localize.t('formDesigner.jsonSyntax', state.syntax)}</p>`
          : count === 0
            ? html`<p class="ok">${localize.t('formDesigner.jsonNoProblems')}</p>`
            : html`<p class=${state.refused ? 'problem' : ''}>
              ${state.refused ? localize.t('formDesigner.jsonRefused') : nothing} ${localize.t('formDesigner.jsonProblems', String(count))}
            </p>`
      }
    </div>
    ${count > 0 && !state.syntax ? renderProblems(localize, state.problems, 'json-problems') : nothing}
  </section>`;
}
