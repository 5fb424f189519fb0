// 好差评: after completion, once, the owner rates the service — five levels
// (非常满意 5 … 非常不满意 1), five indicators, tags and a comment that a rating
// of 2 or lower requires. Validation is the contract's own EvaluationCreate,
// the same schema the server checks.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { EVALUATION_INDICATORS, EvaluationCreate } from '@yiwang/contract';
import type { Evaluation, Progress } from '@yiwang/contract';
import { YwEvaluateEvent } from '../../base/events/index.ts';
import { progressTrackerMessages } from '../../i18n/messages/progress-tracker.ts';
import { TrackerPanel } from './panel.ts';
import { formatTime } from './format.ts';

/** The five levels, best first. */
export const EVALUATION_LEVELS = [5, 4, 3, 2, 1] as const;
export type EvaluationLevel = (typeof EVALUATION_LEVELS)[number];
type Indicator = (typeof EVALUATION_INDICATORS)[number];

/** Tags offered with a good (3–5) and a bad (1–2) rating. */
export const POSITIVE_TAGS = ['fast', 'noVisit', 'express', 'clearGuide', 'helpful', 'easy'] as const;
export const NEGATIVE_TAGS = ['slow', 'repeated', 'unclearGuide', 'hardToUse', 'unhelpful', 'visits'] as const;
type Tag = (typeof POSITIVE_TAGS)[number] | (typeof NEGATIVE_TAGS)[number];

/** A tag as stored: the platform's Chinese wording, whatever language the page shows. */
const tagValue = (tag: Tag): string => progressTrackerMessages['zh-CN'][`progressTracker.tag.${tag}`];

type Problem = 'level' | 'comment' | 'form';

export class EvaluationController extends TrackerPanel {
  /** The application the answers below belong to. */
  private number = '';
  private level: EvaluationLevel | null = null;
  private indicators: Partial<Record<Indicator, EvaluationLevel>> = {};
  private tags = new Set<Tag>();
  private comment = '';
  private problems: Partial<Record<Problem, string>> = {};
  private thanked = '';


  render(p: Progress): TemplateResult | typeof nothing {
    if (p.status !== 'completed') return nothing;
    const localize = this.localize;
    if (p.evaluation) return this.renderDone(p, p.evaluation);
    if (!p.canEvaluate) {
      return html`<section class="panel evaluation" part="evaluation" aria-labelledby="pt-evaluation-title">
        <h3 id="pt-evaluation-title">${localize.t('progressTracker.evaluation.title')}</h3>
        <p class="hint">${localize.t('progressTracker.evaluation.signIn')}</p>
      </section>`;
    }
    if (this.number !== p.number) this.reset(p.number);
    const needsComment = this.level !== null && this.level <= 2;
    const problems = this.problems;
    return html`<section class="panel evaluation" part="evaluation" aria-labelledby="pt-evaluation-title">
      <h3 id="pt-evaluation-title">${localize.t('progressTracker.evaluation.title')}</h3>
      <p class="hint">${localize.t('progressTracker.evaluation.intro')}</p>
      <form novalidate @submit=${(e: Event) => this.submit(e, p)}>
        <fieldset class="levels" part="levels" aria-describedby=${problems.level ? 'pt-level-error' : nothing}>
          <legend>${localize.t('progressTracker.evaluation.level')}</legend>
          <div class="choices">
            ${EVALUATION_LEVELS.map(
              (level) => html`<label class="choice level" part="level">
                <input type="radio" name="pt-level" value=${String(level)} .checked=${this.level === level} @change=${() => this.chooseLevel(level)} />
                <span>${localize.t(`progressTracker.level.${level}`)}</span><span class="mark" aria-hidden="true">${this.level === level ? '✓' : ''}</span>
              </label>`,
            )}
          </div>
          ${problems.level ? html`<p class="field-error" id="pt-level-error">${problems.level}</p>` : nothing}
        </fieldset>
        ${this.level === null ? nothing : this.renderDetails(needsComment)}
        ${problems.form ? html`<div class="alert" role="alert"><p class="yw-error-message">${problems.form}</p></div>` : nothing}
        <div class="actions">
          <button type="submit" class="yw-button" part="evaluation-submit" aria-disabled=${this.action.busy ? 'true' : 'false'}>
            ${this.action.busy ? localize.t('progressTracker.evaluation.busy') : localize.t('progressTracker.evaluation.submit')}
          </button>
        </div>
      </form>
    </section>`;
  }

  /** Indicators, tags and the comment: shown once a level is chosen. */
  private renderDetails(needsComment: boolean): TemplateResult {
    const localize = this.localize;
    const level = this.level!;
    const tags = level >= 3 ? POSITIVE_TAGS : NEGATIVE_TAGS;
    const commentError = this.problems.comment;
    return html`<fieldset class="indicators" part="indicators">
        <legend>${localize.t('progressTracker.evaluation.indicators')}</legend>
        ${EVALUATION_INDICATORS.map(
          (k) => html`<div class="indicator">
            <label for=${`pt-indicator-${k}`}>${localize.t(`progressTracker.indicator.${k}`)}</label>
            <select id=${`pt-indicator-${k}`} part="select" @change=${(e: Event) => this.chooseIndicator(k, Number((e.target as HTMLSelectElement).value))}>
              ${EVALUATION_LEVELS.map((l) => html`<option value=${l} ?selected=${(this.indicators[k] ?? level) === l}>${localize.t(`progressTracker.level.${l}`)}</option>`)}
            </select>
          </div>`,
        )}
      </fieldset>
      <fieldset class="tags" part="tags">
        <legend>${localize.t('progressTracker.evaluation.tags')}</legend>
        <div class="choices">
          ${tags.map(
            (tag) => html`<label class="choice tag" part="tag">
              <input type="checkbox" .checked=${this.tags.has(tag)} @change=${(e: Event) => this.toggleTag(tag, (e.target as HTMLInputElement).checked)} />
              <span>${localize.t(`progressTracker.tag.${tag}`)}</span><span class="mark" aria-hidden="true">${this.tags.has(tag) ? '✓' : ''}</span>
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
          .value=${this.comment}
          @input=${(e: Event) => (this.comment = (e.target as HTMLTextAreaElement).value)}
        ></textarea>
        <p class="hint" id="pt-comment-hint">
          ${needsComment ? localize.t('progressTracker.evaluation.commentNeeded') : localize.t('progressTracker.evaluation.commentOptional')}
        </p>
        ${commentError ? html`<p class="field-error" id="pt-comment-error">${commentError}</p>` : nothing}
      </div>`;
  }

  private renderDone(p: Progress, e: Evaluation): TemplateResult {
    const localize = this.localize;
    const level = localize.t(`progressTracker.level.${e.level as EvaluationLevel}`);
    return html`<section class="panel evaluation done" part="evaluation" aria-labelledby="pt-evaluation-title">
      <h3 id="pt-evaluation-title" tabindex="-1">${localize.t('progressTracker.evaluation.title')}</h3>
      ${this.thanked === p.number ? html`<p class="notice-line">✓ ${localize.t('progressTracker.evaluation.thanks')}</p>` : nothing}
      <p class="your-rating" part="your-rating">${localize.t('progressTracker.evaluation.yours', level, formatTime(localize, e.createdAt))}</p>
      <dl class="ratings">
        ${EVALUATION_INDICATORS.map(
          (k) => html`<div><dt>${localize.t(`progressTracker.indicator.${k}`)}</dt><dd>${localize.t(`progressTracker.level.${e.indicators[k] as EvaluationLevel}`)}</dd></div>`,
        )}
      </dl>
      ${e.tags.length > 0 ? html`<ul class="tag-list">${e.tags.map((tag) => html`<li>${tag}</li>`)}</ul>` : nothing}
      ${e.comment ? html`<p class="comment">${e.comment}</p>` : nothing}
    </section>`;
  }

  private reset(number: string): void {
    this.number = number;
    this.level = null;
    this.indicators = {};
    this.tags = new Set();
    this.comment = '';
    this.problems = {};
  }

  private chooseLevel(level: EvaluationLevel): void {
    // Crossing between good and bad ratings offers the other set of tags.
    if (this.level !== null && this.level >= 3 !== level >= 3) this.tags = new Set();
    this.level = level;
    this.problems = { ...this.problems, level: undefined, comment: level > 2 ? undefined : this.problems.comment };
    this.host.requestUpdate();
  }

  private chooseIndicator(k: Indicator, value: number): void {
    this.indicators = { ...this.indicators, [k]: value as EvaluationLevel };
  }

  private toggleTag(tag: Tag, on: boolean): void {
    if (on) this.tags.add(tag);
    else this.tags.delete(tag);
    this.host.requestUpdate();
  }

  private async submit(event: Event, p: Progress): Promise<void> {
    event.preventDefault();
    const client = this.host.client;
    if (!client || this.action.busy) return;
    const localize = this.localize;
    const level = this.level ?? 0;
    const indicators = Object.fromEntries(EVALUATION_INDICATORS.map((k) => [k, this.indicators[k] ?? level])) as Record<Indicator, number>;
    const comment = this.comment.trim();
    const parsed = EvaluationCreate.safeParse({ level, indicators, tags: [...this.tags].map(tagValue), ...(comment ? { comment } : {}) });
    if (!parsed.success) {
      const paths = new Set(parsed.error.issues.map((i) => String(i.path[0])));
      this.problems = {
        level: paths.has('level') || paths.has('indicators') ? localize.t('progressTracker.evaluation.levelMissing') : undefined,
        comment: paths.has('comment') ? localize.t('progressTracker.evaluation.commentMissing') : undefined,
      };
      this.focusSelector = this.problems.level ? 'input[name="pt-level"]' : '#pt-comment';
      this.host.requestUpdate();
      return;
    }
    this.problems = {};
    const outcome = await this.action.run(() => this.host.exclusive((signal) => client.applications.evaluate(p.number, parsed.data, { signal }), 'applications.evaluate'));
    const sent = outcome.status === 'done' ? outcome.value : outcome;
    if (sent.status === 'done') {
      const evaluation = sent.value;
      this.thanked = p.number;
      this.host.showProgress({ ...p, evaluation, canEvaluate: false });
      this.host.dispatch(new YwEvaluateEvent({ number: p.number, evaluation }));
      this.host.announce(localize.t('progressTracker.evaluation.thanks'));
      this.focusSelector = '#pt-evaluation-title';
    } else if (sent.status === 'failed') {
      this.problems = { form: sent.description.message };
      // Already evaluated (another tab): show the stored evaluation.
      if (sent.description.kind === 'conflict') void this.host.refresh();
    }
    this.host.requestUpdate();
  }
}
