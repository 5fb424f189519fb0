// The wizard's frame: the step indicator and the error summary (GOV.UK pattern:
// a list of links that move focus to each field).
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { LocalizeController } from '../../../base/controllers/localize.ts';
import { controlId } from '../model.ts';

export interface StepInfo {
  title: string;
}

/** 1 ✓ 经营者信息 — 2 经营信息 — 3 …; steps before the current one can be revisited. */
export function renderSteps(
  localize: LocalizeController,
  steps: readonly StepInfo[],
  current: number,
  go: (index: number) => void,
): TemplateResult {
  return html`<nav class="steps" part="steps" aria-label=${localize.t('formRenderer.steps')}>
    <ol>
      ${steps.map((step, index) => {
        const state = index < current ? 'done' : index === current ? 'current' : 'todo';
        const label = html`<span class="step-number" aria-hidden="true">${state === 'done' ? '✓' : index + 1}</span><span class="step-title"
            >${step.title}</span
          >${state === 'done' ? html`<span class="yw-sr-only">${localize.t('formRenderer.stepDone')}</span>` : nothing}`;
        return html`<li class="step" part="step" data-state=${state} aria-current=${state === 'current' ? 'step' : nothing}>
          ${state === 'done' ? html`<button type="button" class="step-link" @click=${() => go(index)}>${label}</button>` : label}
        </li>`;
      })}
    </ol>
  </nav>`;
}

/** The problems of the step (all of them on the review step), each a link to its field. */
export function renderSummary(
  localize: LocalizeController,
  errors: ReadonlyArray<[path: string, message: string]>,
  general: readonly string[],
  focusField: (path: string) => void,
): TemplateResult {
  const count = errors.length + general.length;
  return html`<div class="error-summary" part="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
    <h3 id="error-summary-title">${localize.t('formRenderer.summaryTitle', count)}</h3>
    <ul>
      ${errors.map(
        ([path, message]) => html`<li>
          <a href=${`#${controlId(path)}`} @click=${(e: Event) => {
            e.preventDefault();
            focusField(path);
          }}>${message}</a>
        </li>`,
      )}
      ${general.map((message) => html`<li>${message}</li>`)}
    </ul>
  </div>`;
}
