// 好差评: after completion, once, the owner rates the service — five levels
// (非常满意 5 … 非常不满意 1), five indicators, tags and a comment that a rating
// of 2 or lower requires. Validation is the contract's own EvaluationCreate,
// the same schema the server checks, fetched when the owner sends the rating.
import { EVALUATION_INDICATORS } from '@yiwang/contract';
import type { Progress } from '@yiwang/contract';
import { YwEvaluateEvent } from '../../base/events/progress-tracker.ts';
import { zhCN as caseMessages } from '../../i18n/messages/zh-CN/progress-tracker-case.ts';
import { TrackerPanel } from './panel.ts';
import type { EvaluationActions, EvaluationState } from './views/evaluation.ts';
import type { EvaluationIndicator, EvaluationLevel, EvaluationProblem, EvaluationTag } from './evaluation-scale.ts';
import type { TrackerHost } from './tracker-host.ts';

/** A tag as stored: the platform's Chinese wording, whatever language the page shows. */
const tagValue = (tag: EvaluationTag): string => caseMessages[`progressTracker.tag.${tag}`];

export class EvaluationController extends TrackerPanel implements EvaluationActions {
  /** The application the answers below belong to. */
  private number = '';
  private level: EvaluationLevel | null = null;
  private indicators: Partial<Record<EvaluationIndicator, EvaluationLevel>> = {};
  private tags = new Set<EvaluationTag>();
  private comment = '';
  private problems: Partial<Record<EvaluationProblem, string>> = {};
  private thanked = '';

  /** What the panel shows for `p`. Another application's form starts afresh. */
  state(p: Progress): EvaluationState {
    if (p.status === 'completed' && !p.evaluation && p.canEvaluate && this.number !== p.number) this.reset(p.number);
    return {
      level: this.level,
      indicators: this.indicators,
      tags: this.tags,
      comment: this.comment,
      problems: this.problems,
      thanked: this.thanked === p.number,
      busy: this.action.busy,
    };
  }

  private reset(number: string): void {
    this.number = number;
    this.level = null;
    this.indicators = {};
    this.tags = new Set();
    this.comment = '';
    this.problems = {};
  }

  onLevel(level: EvaluationLevel): void {
    // Crossing between good and bad ratings offers the other set of tags.
    if (this.level !== null && this.level >= 3 !== level >= 3) this.tags = new Set();
    this.level = level;
    this.problems = { ...this.problems, level: undefined, comment: level > 2 ? undefined : this.problems.comment };
    this.host.requestUpdate();
  }

  onIndicator(k: EvaluationIndicator, value: number): void {
    this.indicators = { ...this.indicators, [k]: value as EvaluationLevel };
  }

  onTag(tag: EvaluationTag, on: boolean): void {
    if (on) this.tags.add(tag);
    else this.tags.delete(tag);
    this.host.requestUpdate();
  }

  onComment(comment: string): void {
    this.comment = comment;
  }

  async onSubmit(event: Event, p: Progress): Promise<void> {
    event.preventDefault();
    const client = this.host.client;
    if (!client || this.action.busy) return;
    const localize = this.localize;
    const level = this.level ?? 0;
    const indicators = Object.fromEntries(EVALUATION_INDICATORS.map((k) => [k, this.indicators[k] ?? level])) as Record<
      EvaluationIndicator,
      number
    >;
    const comment = this.comment.trim();
    let schemas: Awaited<ReturnType<TrackerHost['bodySchemas']>>;
    try {
      schemas = await this.host.bodySchemas();
    } catch {
      this.problems = { form: localize.t('error.network') };
      this.host.requestUpdate();
      return;
    }
    const parsed = schemas.EvaluationCreate.safeParse({
      level,
      indicators,
      tags: [...this.tags].map(tagValue),
      ...(comment ? { comment } : {}),
    });
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
    const outcome = await this.action.run(() =>
      this.host.exclusive((signal) => client.applications.evaluate(p.number, parsed.data, { signal }), 'applications.evaluate'),
    );
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
