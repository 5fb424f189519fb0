// The case view of <yw-progress-tracker>: an application on screen, with the
// header, the 补正 and evaluation panels, the outcome and 撤回, the time limit,
// the timeline with EMS tracking, the event log and the live refresh. Fetched
// (with its messages) in parallel with the request whose answer shows it, so
// that the query form and "my applications" are interactive without it; its
// styles come with it (`styles`, adopted by the LazyPart). Its controllers are
// created with it and then live as long as the element.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Progress } from '@yiwang/contract';
import { LazyModule } from '../../base/controllers/lazy.ts';
import type { LazyHost } from '../../base/controllers/lazy.ts';
import { LocalizeController } from '../../base/controllers/localize.ts';
import { renderPartMissing } from '../../base/views/async-views.ts';
import type { TrackerHost } from './tracker-host.ts';
import { LiveRefreshController } from './live-refresh.ts';
import { SupplementController } from './supplement.ts';
import { EvaluationController } from './evaluation.ts';
import { OwnerActionsController } from './owner-actions.ts';
import { renderDeadline, renderEventLog, renderTimeline, time } from './views/timeline.ts';
import { statusName, statusSign } from './views/status.ts';
import { renderAppointment } from './views/appointment.ts';
import { renderOutcome, renderWithdraw } from './views/owner-actions.ts';
import { copyText, selectText } from './clipboard.ts';
import { formatClock } from './format.ts';
import type * as SupplementViews from './views/supplement.ts';
import type * as EvaluationViews from './views/evaluation.ts';

export { caseViewStyles as styles } from './case-view.styles.ts';

/** What the case view needs from the element beyond the panels' TrackerHost. */
export interface CaseHost extends TrackerHost, LazyHost {
  readonly refreshInterval: number;
}

/** The element's state the header shows. */
export interface CaseChrome {
  /** The back button (to the list or the query form). */
  back: TemplateResult;
  /** A refresh is running. */
  refreshing: boolean;
  /** When the application on screen was last fetched. */
  updatedAt: Date | null;
  /** The last refresh failed. */
  refreshFailed: boolean;
}

export class CaseView {
  /** @internal Fetches the 补正 panel's templates (a test stands in a failing fetch). */
  static loadSupplementViews = () => import('./views/supplement.ts');
  /** @internal Fetches the evaluation panel's templates (a test stands in a failing fetch). */
  static loadEvaluationViews = () => import('./views/evaluation.ts');

  private readonly host: CaseHost;
  private readonly localize: LocalizeController;
  readonly live: LiveRefreshController;
  private readonly supplement: SupplementController;
  private readonly evaluation: EvaluationController;
  private readonly owner: OwnerActionsController;
  /** The 补正 and evaluation templates: rarer still, fetched when an application on screen shows them. */
  private readonly supplementViews: LazyModule<typeof SupplementViews>;
  private readonly evaluationViews: LazyModule<typeof EvaluationViews>;
  private eventsOpen = false;
  private copyMessage = '';

  constructor(host: CaseHost) {
    this.host = host;
    this.localize = new LocalizeController(host);
    this.live = new LiveRefreshController(host, {
      interval: () => host.refreshInterval,
      active: () => host.progress !== null,
      refresh: () => host.refresh(),
    });
    this.supplement = new SupplementController(host);
    this.evaluation = new EvaluationController(host);
    this.owner = new OwnerActionsController(host);
    this.supplementViews = new LazyModule(host, () => CaseView.loadSupplementViews());
    this.evaluationViews = new LazyModule(host, () => CaseView.loadEvaluationViews());
    // It arrives with (or just before) the application it shows: the first refresh is one interval away.
    this.live.fetched();
  }

  /** Fetches the panels `p` shows, so that it is shown with them, not without them first. */
  async preloadFor(p: Progress): Promise<void> {
    await Promise.all([
      p.supplement ? this.supplementViews.preload() : null,
      p.status === 'completed' ? this.evaluationViews.preload() : null,
    ]);
  }

  /** The event log folds away again when the applicant leaves the application. */
  closed(): void {
    this.eventsOpen = false;
  }

  render(p: Progress, chrome: CaseChrome): TemplateResult {
    const localize = this.localize;
    // The panels the owner acts in (or anyone reads), from their controllers' state.
    // 补正 and the evaluation are rare: their templates come when an application needs them (nothing shows until then).
    // A panel whose templates could not be fetched says so, with a retry; only the retry fetches again.
    const missing = (views: LazyModule<object>) =>
      views.failed ? renderPartMissing(localize, views, 2, localize.t('state.partFailed')) : nothing;
    const supplementState = this.supplement.state(p);
    const supplementViews = supplementState && !this.supplementViews.failed ? this.supplementViews.get() : undefined;
    const supplement = supplementViews
      ? supplementViews.renderSupplement(localize, supplementState, this.supplement)
      : supplementState
        ? missing(this.supplementViews)
        : nothing;
    const outcome = renderOutcome(localize, p, this.owner.outcomeState(p), this.owner);
    const completed = p.status === 'completed';
    const evaluationViews = completed && !this.evaluationViews.failed ? this.evaluationViews.get() : undefined;
    const evaluation = evaluationViews
      ? evaluationViews.renderEvaluation(localize, p, this.evaluation.state(p), this.evaluation)
      : completed
        ? missing(this.evaluationViews)
        : nothing;
    const withdraw = renderWithdraw(localize, p, this.owner.withdrawState(p), this.owner);
    return html`<article class="progress" aria-labelledby="pt-title">
      <header class="header" part="header">
        <h2 id="pt-title" class="title" part="title" tabindex="-1">${p.itemName}</h2>
        <p class="status" part="status" data-status=${p.status}>${statusSign(p.status, p)} ${statusName(localize, p.status)}</p>
        <dl class="facts">
          <div><dt>${localize.t('progressTracker.number')}</dt><dd>${p.number}</dd></div>
          <div><dt>${localize.t('progressTracker.applicant')}</dt><dd>${p.applicantName}</dd></div>
          <div><dt>${localize.t('progressTracker.department')}</dt><dd>${p.departmentName}</dd></div>
          <div><dt>${localize.t('progressTracker.submittedAt')}</dt><dd>${time(localize, p.submittedAt)}</dd></div>
        </dl>
        <div class="toolbar">
          ${chrome.back}
          <button type="button" class="yw-button secondary" part="refresh-button" aria-disabled=${chrome.refreshing ? 'true' : 'false'} @click=${() => void this.host.refresh()}>
            ${chrome.refreshing ? localize.t('progressTracker.refreshing') : localize.t('progressTracker.refresh')}
          </button>
          ${chrome.updatedAt ? html`<span class="hint">${localize.t('progressTracker.updatedAt', formatClock(localize, chrome.updatedAt))}</span>` : nothing}
        </div>
        ${chrome.refreshFailed ? html`<p class="hint">! ${localize.t('progressTracker.refreshFailed')}</p>` : nothing}
      </header>
      ${supplement} ${renderAppointment(localize, p)} ${outcome} ${evaluation} ${renderDeadline(localize, p)}
      ${renderTimeline(localize, p, { onCopy: (waybill) => void this.copy(waybill), copyMessage: this.copyMessage })}
      ${renderEventLog(localize, p, this.eventsOpen, () => this.toggleEvents())} ${withdraw}
    </article>`;
  }

  private toggleEvents(): void {
    this.eventsOpen = !this.eventsOpen;
    this.host.requestUpdate();
  }

  private async copy(waybill: string): Promise<void> {
    const root = this.host.shadowRoot!;
    const copied = await copyText(waybill, root);
    if (!copied) {
      const node = root.querySelector('[part~="waybill"]');
      if (node) selectText(node);
    }
    this.copyMessage = copied ? this.localize.t('progressTracker.delivery.copied') : this.localize.t('progressTracker.delivery.copyFailed');
    this.host.announce(this.copyMessage);
  }
}
