// 好差评 after completion: the evaluation given, the form asking for it (a
// level, then indicators, tags and a comment), or — for anyone but the owner —
// a hint to sign in.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { BAD_EVALUATION_MAX_LEVEL, EVALUATION_INDICATORS } from '@yiwang/contract';
import type { Evaluation, Progress } from '@yiwang/contract';
import type { LocalizeController } from '../../../base/controllers/localize.ts';
import { EVALUATION_LEVELS, NEGATIVE_TAGS, POSITIVE_TAGS } from '../evaluation-scale.ts';
import type { EvaluationLevel, EvaluationProblem, EvaluationTag, EvaluationIndicator } from '../evaluation-scale.ts';
import { formatTime } from '../format.ts';

export interface EvaluationState {
  level: EvaluationLevel | null;
  indicators: Partial<Record<EvaluationIndicator, EvaluationLevel>>;
  tags: ReadonlySet<EvaluationTag>;
  comment: string;
  problems: Partial<Record<EvaluationProblem, string>>;
  /** The evaluation was given here just now: thanks are said. */
  thanked: boolean;
  /** The evaluation is being sent. */
  busy: boolean;
}

export interface EvaluationActions {
  onLevel: (level: EvaluationLevel) => void;
  onIndicator: (indicator: EvaluationIndicator, level: number) => void;
  onTag: (tag: EvaluationTag, on: boolean) => void;
  onComment: (comment: string) => void;
  onSubmit: (event: Event, p: Progress) => void;
}

export function renderEvaluation(
  localize: LocalizeController,
  p: Progress,
  state: EvaluationState,
  actions: EvaluationActions,
): TemplateResult | typeof nothing {
  if (p.status !== 'completed') return nothing;
  if (p.evaluation) return renderDone(localize, p.evaluation, state);
  if (!p.canEvaluate) {
    return html`<section class="panel evaluation" part="evaluation" aria-labelledby="pt-evaluation-title">
      <h3 id="pt-evaluation-title">${localize.t('progressTracker.evaluation.title')}</h3>
      <p class="hint">${localize.t('progressTracker.evaluation.signIn')}</p>
    </section>`;
  }
  const problems = state.problems;
  return html`<section class="panel evaluation" part="evaluation" aria-labelledby="pt-evaluation-title">
    <h3 id="pt-evaluation-title">${localize.t('progressTracker.evaluation.title')}</h3>
    <p class="hint">${localize.t('progressTracker.evaluation.intro')}</p>
    <form novalidate @submit=${(e: Event) => actions.onSubmit(e, p)}>
      <fieldset class="levels" part="levels" aria-describedby=${problems.level ? 'pt-level-error' : nothing}>
        <legend>${localize.t('progressTracker.evaluation.level')}</legend>
        <div class="choices">
          ${EVALUATION_LEVELS.map(
            (level) => html`<label class="choice level" part="level">
              <input type="radio" name="pt-level" value=${String(level)} .checked=${state.level === level} @change=${() => actions.onLevel(level)} />
              <span>${localize.t(`progressTracker.level.${level}`)}</span><span class="mark" aria-hidden="true">${state.level === level ? '✓' : ''}</span>
            </label>`,
          )}
        </div>
        ${problems.level ? html`<p class="field-error" id="pt-level-error">${problems.level}</p>` : nothing}
      </fieldset>
      ${state.level === null ? nothing : renderDetails(localize, state.level, state, actions)}
      ${problems.form ? html`<div class="alert" role="alert"><p class="yw-error-message">${problems.form}</p></div>` : nothing}
      <div class="actions">
        <button type="submit" class="yw-button" part="evaluation-submit" aria-disabled=${state.busy ? 'true' : 'false'}>
          ${state.busy ? localize.t('progressTracker.evaluation.busy') : localize.t('progressTracker.evaluation.submit')}
        </button>
      </div>
    </form>
  </section>`;
}

/** Indicators, tags and the comment: shown once a level is chosen. */
function renderDetails(
  localize: LocalizeController,
  level: EvaluationLevel,
  state: EvaluationState,
  actions: EvaluationActions,
): TemplateResult {
  const needsComment = level <= 2;
  const tags = level >= 3 ? POSITIVE_TAGS : NEGATIVE_TAGS;
  const commentError = state.problems.comment;
  return html`<fieldset class="indicators" part="indicators">
      <legend>${localize.t('progressTracker.evaluation.indicators')}</legend>
      ${EVALUATION_INDICATORS.map(
        (k) => html`<div class="indicator">
          <label for=${`pt-indicator-${k}`}>${localize.t(`progressTracker.indicator.${k}`)}</label>
          <select id=${`pt-indicator-${k}`} part="select" @change=${(e: Event) => actions.onIndicator(k, Number((e.target as HTMLSelectElement).value))}>
            ${EVALUATION_LEVELS.map((l) => html`<option value=${l} ?selected=${(state.indicators[k] ?? level) === l}>${localize.t(`progressTracker.level.${l}`)}</option>`)}
          </select>
        </div>`,
      )}
    </fieldset>
    <fieldset class="tags" part="tags">
      <legend>${localize.t('progressTracker.evaluation.tags')}</legend>
      <div class="choices">
        ${tags.map(
          (tag) => html`<label class="choice tag" part="tag">
            <input type="checkbox" .checked=${state.tags.has(tag)} @change=${(e: Event) => actions.onTag(tag, (e.target as HTMLInputElement).checked)} />
            <span>${localize.t(`progressTracker.tag.${tag}`)}</span><span class="mark" aria-hidden="true">${state.tags.has(tag) ? '✓' : ''}</span>
          </label>`,
        )}
      </div>
    </fieldset>
    <div class="field">
      <label for="pt-comment">${localize.t('progressTracker.evaluation.comment')}</label>
      <textarea
        id="pt-comment"
        part="textarea"
        maxlength="500"
        ?required=${needsComment}
        aria-invalid=${commentError ? 'true' : 'false'}
        aria-describedby=${commentError ? 'pt-comment-hint pt-comment-error' : 'pt-comment-hint'}
        .value=${state.comment}
        @input=${(e: Event) => actions.onComment((e.target as HTMLTextAreaElement).value)}
      ></textarea>
      <p class="hint" id="pt-comment-hint">
        ${needsComment ? localize.t('progressTracker.evaluation.commentNeeded') : localize.t('progressTracker.evaluation.commentOptional')}
      </p>
      ${commentError ? html`<p class="field-error" id="pt-comment-error">${commentError}</p>` : nothing}
    </div>`;
}

function renderDone(localize: LocalizeController, e: Evaluation, state: EvaluationState): TemplateResult {
  const level = localize.t(`progressTracker.level.${e.level as EvaluationLevel}`);
  return html`<section class="panel evaluation done" part="evaluation" aria-labelledby="pt-evaluation-title">
    <h3 id="pt-evaluation-title" tabindex="-1">${localize.t('progressTracker.evaluation.title')}</h3>
    ${state.thanked ? html`<p class="notice-line">✓ ${localize.t('progressTracker.evaluation.thanks')}</p>` : nothing}
    <p class="your-rating" part="your-rating">${localize.t('progressTracker.evaluation.yours', level, formatTime(localize, e.createdAt))}</p>
    <dl class="ratings">
      ${EVALUATION_INDICATORS.map(
        (k) =>
          html`<div><dt>${localize.t(`progressTracker.indicator.${k}`)}</dt><dd>${localize.t(`progressTracker.level.${e.indicators[k] as EvaluationLevel}`)}</dd></div>`,
      )}
    </dl>
    ${e.tags.length > 0 ? html`<ul class="tag-list">${e.tags.map((tag) => html`<li>${tag}</li>`)}</ul>` : nothing}
    ${e.comment ? html`<p class="comment">${e.comment}</p>` : nothing} ${renderRectification(localize, e)}
  </section>`;
}

/** For a 差评: the department's 整改 once recorded (已整改, what was found and done), or that it is awaited. */
function renderRectification(localize: LocalizeController, e: Evaluation): TemplateResult | typeof nothing {
  if (e.level > BAD_EVALUATION_MAX_LEVEL) return nothing;
  const r = e.rectification;
  if (!r) return html`<p class="hint" part="rectification">${localize.t('progressTracker.rectification.pending')}</p>`;
  return html`<div class="rectification" part="rectification">
    <h4 part="rectification-status">✓ ${localize.t('progressTracker.rectification.done')}</h4>
    <dl class="ratings">
      <div><dt>${localize.t('progressTracker.rectification.finding')}</dt><dd>${r.finding}</dd></div>
      <div><dt>${localize.t('progressTracker.rectification.measures')}</dt><dd part="rectification-measures">${r.measures}</dd></div>
    </dl>
    <p class="hint">${localize.t('progressTracker.rectification.by', r.by.department, formatTime(localize, r.recordedAt))}</p>
  </div>`;
}
