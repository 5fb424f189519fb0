// The anonymous query form: application number and query code, their errors,
// and a submit button that says when a query runs or a rate limit holds it back.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { LocalizeController } from '../../../base/controllers/localize.ts';

export type QueryField = 'number' | 'code';

/** What the host adds for the state it shows the form in. */
export interface QueryFormOptions {
  /** A query is running: the button says so and ignores clicks. */
  busy?: boolean;
  /** A message about the last query (not found, rate limited), announced as an alert. */
  alert?: string | null;
  /** Content after the submit button (a "back" button). */
  extra?: unknown;
}

export interface QueryFormState extends QueryFormOptions {
  /** What the applicant typed. */
  number: string;
  code: string;
  errors: Partial<Record<QueryField, string>>;
  /** Seconds left before the server accepts another query (0: none). */
  wait: number;
}

export interface QueryFormActions {
  onInput: (field: QueryField, value: string) => void;
  onSubmit: (event: Event) => void;
}

export function renderQueryForm(localize: LocalizeController, state: QueryFormState, actions: QueryFormActions): TemplateResult {
  const wait = state.wait;
  const held = !!state.busy || wait > 0;
  const label = state.busy
    ? localize.t('progressTracker.form.busy')
    : wait > 0
      ? localize.t('progressTracker.form.wait', wait)
      : localize.t('progressTracker.form.submit');
  // One template for every state (form, busy, not found, rate limited), so
  // that lit keeps the same fields — and the applicant's focus — across them.
  return html`<form class="query" part="query-form" novalidate aria-labelledby="pt-form-title" @submit=${actions.onSubmit}>
    <h2 id="pt-form-title" class="title" tabindex="-1">${localize.t('progressTracker.form.title')}</h2>
    <p class="hint">${localize.t('progressTracker.form.intro')}</p>
    ${state.alert ? html`<div class="alert" part="error" role="alert"><p class="yw-error-message">${state.alert}</p></div>` : nothing}
    <div class="fields">
      ${renderField(state, actions, 'number', localize.t('progressTracker.form.number'), localize.t('progressTracker.form.numberHint'), 40)}
      ${renderField(state, actions, 'code', localize.t('progressTracker.form.code'), localize.t('progressTracker.form.codeHint'), 12)}
    </div>
    <div class="actions">
      <button type="submit" class="yw-button" part="submit-button" aria-disabled=${held ? 'true' : 'false'}>${label}</button>
      ${state.extra ?? nothing}
    </div>
  </form>`;
}

function renderField(
  state: QueryFormState,
  actions: QueryFormActions,
  field: QueryField,
  label: string,
  hint: string,
  maxLength: number,
): TemplateResult {
  const error = state.errors[field];
  const id = `pt-${field}`;
  return html`<div class="field" part="field">
    <label for=${id}>${label}</label>
    <input
      id=${id}
      part="input"
      name=${field}
      .value=${state[field]}
      maxlength=${maxLength}
      autocomplete="off"
      autocapitalize="characters"
      spellcheck="false"
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${error ? `${id}-hint ${id}-error` : `${id}-hint`}
      @input=${(e: Event) => actions.onInput(field, (e.target as HTMLInputElement).value)}
    />
    <p class="hint" id=${`${id}-hint`}>${hint}</p>
    ${error ? html`<p class="field-error" id=${`${id}-error`}>${error}</p>` : nothing}
  </div>`;
}
