import { html } from 'lit';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { isApplicationNumber, isQueryCode } from '@yiwang/contract';
import type { ApplicationSummary, Page, Progress } from '@yiwang/contract';
import type { Client } from '@yiwang/sdk';
import { YwElement } from '../../base/yw-element.ts';
import { linkButtonStyles, panelResetStyles, signInStyles } from '../../base/styles/shared.ts';
import { ActionController } from '../../base/controllers/action.ts';
import type { ActionOutcome } from '../../base/controllers/action.ts';
import { DataController } from '../../base/controllers/data.ts';
import { LocalizeController } from '../../base/controllers/localize.ts';
import type { YwEvent } from '../../base/events/index.ts';
import { renderDataState, renderErrorState, renderSkeleton, renderViewMissing } from '../../base/views/async-views.ts';
import { progressTrackerStyles } from './progress-tracker.styles.ts';
import type { TrackerHost } from './tracker-host.ts';
import { QueryFormController } from './query-form.ts';
import { statusName } from './views/status.ts';
import { renderMyApplications } from './views/my-applications.ts';
import { renderQueryForm } from './views/query-form.ts';
import type { QueryFormOptions } from './views/query-form.ts';
import { LazyPart } from '../../base/controllers/lazy-part.ts';
import { signedIn } from '../../base/session.ts';
import { normalizeCode } from './format.ts';
import { progressTrackerMessages } from '../../i18n/messages/progress-tracker.ts';
import { progressTrackerCaseMessages } from '../../i18n/messages/progress-tracker-case.ts';
import type * as CaseViewModule from './case-view.ts';
import { renderSignIn } from '../../base/views/sign-in.ts';
import type * as BodySchemas from './body-schemas.ts';

/** Applications per page of "my applications". */
const PAGE_SIZE = 10;

type ProgressLoad = { kind: 'none' } | { kind: 'form' } | { kind: 'progress'; progress: Progress };
type MineLoad = { kind: 'skip' } | { kind: 'anonymous' } | { kind: 'mine'; page: Page<ApplicationSummary> };
/** What is on screen, for focus management. */
type View = 'form' | 'mine' | 'progress' | 'other';

/**
 * Where an application is, public and trackable (全程公开、过程可跟踪): anyone
 * with the application number and query code, or the signed-in applicant
 * picking from a list of their applications, sees the stage timeline (申报 →
 * 预审 → 受理 → 审查 → 决定 → 制证 → 送达 → 办结) with the department holding
 * each stage and departments reviewing in parallel side by side, the working
 * days left of the promised time limit, supplement requests with upload, the
 * outcome with its result, EMS tracking, and the evaluation (好差评) after
 * completion. It refreshes itself while it is on screen.
 *
 * @summary Progress of an application: stages, parallel reviews, time limit, supplements, result, EMS delivery and evaluation.
 * @tag yw-progress-tracker
 *
 * @csspart state - The box around the current state (loading, empty, error, the form, the list or the application).
 * @csspart query-form - The form asking for the application number and query code.
 * @csspart field - A labelled field of a form.
 * @csspart input - A text field of the query form.
 * @csspart submit-button - The query button ("请 N 秒后再试" while rate limited).
 * @csspart mine - The signed-in applicant's list of applications.
 * @csspart list - The list of applications.
 * @csspart list-item - One application of the list (a button).
 * @csspart header - The application's title, status and facts.
 * @csspart title - The application's title.
 * @csspart status - The application's status (a sign and words).
 * @csspart back-button - Back to the list or the query form.
 * @csspart refresh-button - Refreshes the application now.
 * @csspart supplement - The supplement request (补正) and its upload form.
 * @csspart supplement-material - One material asked for.
 * @csspart supplement-estimate - The note that the 补正 due date is an estimate (past the published holiday schedule).
 * @csspart file-input - A file field of the supplement form.
 * @csspart upload-progress - Progress of an upload.
 * @csspart supplement-submit - Sends the supplement.
 * @csspart outcome - The outcome: approved, not approved, not accepted or withdrawn.
 * @csspart result-button - Fetches the result document.
 * @csspart result-link - Downloads the fetched result document.
 * @csspart deadline - The time limit in working days.
 * @csspart deadline-verdict - Days left, due soon, overdue, paused, suspended by a special procedure, on time.
 * @csspart deadline-bar - The bar of working days used.
 * @csspart deadline-estimate - The note that the due date is an estimate (past the published holiday schedule).
 * @csspart deadline-suspension - The special procedure (特别程序) that stops the clock: since when, why, until when expected.
 * @csspart deadline-extension - The working days an extension (延期) added.
 * @csspart timeline - The list of stages.
 * @csspart stage - One stage (`data-state` done, current, pending or skipped).
 * @csspart stage-marker - The sign of a stage.
 * @csspart stage-name - The name of a stage.
 * @csspart stage-state - The state of a stage in words.
 * @csspart tracks - Departments reviewing in parallel.
 * @csspart track - One department's review.
 * @csspart delivery - EMS delivery or pickup.
 * @csspart appointment - The appointment at the hall of an offline-channel application (time, place, what to bring).
 * @csspart waybill - The EMS waybill number.
 * @csspart copy-button - Copies the waybill number.
 * @csspart tracking - EMS tracking events.
 * @csspart event-log - The event log.
 * @csspart event-log-toggle - Shows or hides the event log.
 * @csspart evaluation - The evaluation (好差评) form or the evaluation given.
 * @csspart withdraw-button - Starts withdrawing the application.
 * @csspart withdraw-confirm - The confirmation step of withdrawing.
 * @csspart skeleton - The loading placeholder.
 * @csspart empty - The empty state.
 * @csspart error - The error state, and the message of a failed query.
 * @csspart retry-button - The retry button of the error state.
 *
 * @cssprop [--yw-progress-tracker-current-color=var(--yw-color-primary)] - Colour of the current stage.
 * @cssprop [--yw-progress-tracker-done-color=var(--yw-color-success)] - Colour of done stages.
 * @cssprop [--yw-progress-tracker-line-width=2px] - Width of the line joining the stages.
 *
 * @fires {YwEvaluateEvent} yw-evaluate - The applicant evaluated the completed application (好差评); the server stored it.
 * @fires {YwErrorEvent} yw-error - A call failed (loading, refreshing, an upload or an action).
 */
export class YwProgressTracker extends YwElement implements TrackerHost {
  static override tagName = 'yw-progress-tracker';

  protected static override messageParts = [progressTrackerMessages];
  /** @internal The parts the element takes on later (the case view's words), for tools that list every word it shows. */
  static laterMessageParts = [progressTrackerCaseMessages];

  static override styles = [YwElement.styles, linkButtonStyles, signInStyles, panelResetStyles, progressTrackerStyles];

  /**
   * @internal Fetches the case view (the application on screen). A hook so that
   * tests can make the fetch fail; the element calls it when a request for an
   * application starts.
   */
  static loadCaseView: () => Promise<typeof CaseViewModule> = () => import('./case-view.ts');

  static override properties: PropertyDeclarations = {
    number: {},
    queryCode: { attribute: 'query-code' },
    refreshInterval: { attribute: 'refresh-interval', type: Number },
  };

  /**
   * The application number (申报号). With `query-code` the application shows at
   * once; without it, a signed-in owner sees their application and anyone else
   * the query form with the number filled in. Unset: the form, or the signed-in
   * applicant's list.
   */
  declare number: string | undefined;
  /** The query code (查询码) handed out with the application number. */
  declare queryCode: string | undefined;
  /**
   * Seconds between automatic refreshes while an application is on screen
   * (also refreshed when the window regains focus); 0 switches automatic
   * refreshing off. Nothing is refreshed while the page is hidden.
   */
  declare refreshInterval: number;

  // Internal state; changes call requestUpdate().
  private listPage = 1;
  /** A signed-in applicant chose the query form. */
  private querying = false;

  private readonly localize = new LocalizeController(this);
  private readonly progressApi = new DataController(this, {
    endpoint: 'applications.progress',
    args: () => [this.number, this.queryCode] as const,
    call: (client, [number, code], signal) => this.loadProgress(client, number, code, signal),
    isEmpty: (v) => v.kind === 'progress' && v.progress.stages.length === 0 && v.progress.events.length === 0,
  });
  private readonly mineApi = new DataController(this, {
    endpoint: 'applications.list',
    args: () => [this.number ? 0 : this.listPage] as const,
    call: (client, [page], signal) => this.loadMine(client, page, signal),
    isEmpty: (v) => v.kind === 'mine' && v.page.total === 0,
  });
  private readonly form = new QueryFormController(this, (number, code) => this.query(number, code));
  /**
   * The case view (an application on screen), its messages and styles: not needed for
   * the query form or the list, so fetched when a request for an application
   * starts, in parallel with it (loadProgress).
   */
  private readonly caseView = new LazyPart(
    this,
    () =>
      (this.constructor as typeof YwProgressTracker)
        .loadCaseView()
        .then((module) => ({ view: new module.CaseView(this), styles: module.styles })),
    [progressTrackerCaseMessages],
  );

  /** A newer answer than the loaded one (a refresh or an action), for as long as that load stands. */
  private shown: { base: unknown; value: Progress } | null = null;
  /** The automatic or asked-for refresh of the application on screen. */
  private readonly refreshing = new ActionController(this);
  /** Everything else that talks to the server once an application is on screen: one request in flight. */
  private readonly requests = new ActionController(this, { serial: true });
  private updatedAt: Date | null = null;
  private refreshFailed = false;
  private liveMessage = '';
  /** The query came from the form: keep the form (busy) on screen while it runs. */
  private fromForm = false;
  /** The application was opened from the signed-in list. */
  private fromList = false;
  private focusView: View | null = null;
  private view: View = 'other';
  private seen: { value: unknown; error: unknown } = { value: undefined, error: undefined };

  constructor() {
    super();
    this.refreshInterval = 60;
  }

  /** @internal For tests and stories: the state being rendered. */
  get state() {
    return this.number ? this.progressApi.state : this.mineApi.state;
  }

  /** The application on screen (the freshest answer), or null. */
  get progress(): Progress | null {
    const value = this.progressApi.value;
    if (!this.number || this.progressApi.state !== 'complete' || value?.kind !== 'progress') return null;
    return this.shown?.base === value ? this.shown.value : value.progress;
  }

  /**
   * Fetches the application on screen again (what the interval and window
   * focus do). Does nothing while another request runs or a rate limit holds.
   */
  async refresh(): Promise<void> {
    const shown = this.progress;
    const client = this.client;
    if (!shown || !client || this.refreshing.busy || this.requests.busy || this.form.wait > 0) return;
    const code = normalizeCode(this.queryCode);
    const outcome = await this.refreshing.run(
      (signal) => client.applications.progress(shown.number, { ...(code ? { queryCode: code } : {}), signal }),
      'applications.progress',
    );
    if (outcome.status === 'done') {
      this.showProgress(outcome.value);
      this.refreshFailed = false;
    } else if (outcome.status === 'failed') {
      if (outcome.description.kind === 'rate-limited') this.form.block(outcome.description.retryAfter ?? 10);
      this.refreshFailed = true;
    }
    this.requestUpdate();
  }

  /** @internal For the tracker's panels (TrackerHost): show a newer answer about the application on screen. */
  showProgress(next: Progress): void {
    const before = this.progress;
    // An answer about an application no longer on screen (the applicant moved on) is dropped.
    if (!before || before.number !== next.number) return;
    this.shown = { base: this.progressApi.value, value: next };
    this.updatedAt = new Date();
    if (before.status !== next.status)
      this.announce(this.localize.t('progressTracker.statusChanged', statusName(this.localize, next.status)));
    this.requestUpdate();
  }

  /** @internal For the panels: run an action alone, aborting a refresh in flight. */
  exclusive<T>(run: (signal: AbortSignal) => Promise<T>, endpoint: string): Promise<ActionOutcome<T>> {
    // An action's answer is newer than a refresh's would be.
    this.refreshing.abort();
    return this.requests.run(run, endpoint);
  }

  /** @internal For the panels: run an action that answers with the progress, show it, announce `done` and focus the title. */
  async act(
    endpoint: string,
    run: (signal: AbortSignal) => Promise<Progress>,
    done: string,
    succeeded?: () => void,
  ): Promise<{ ok: boolean; error: string }> {
    const outcome = await this.exclusive(run, endpoint);
    if (outcome.status !== 'done') return { ok: false, error: outcome.status === 'failed' ? outcome.description.message : '' };
    succeeded?.();
    this.showProgress(outcome.value);
    this.announce(done);
    this.focusTitle();
    return { ok: true, error: '' };
  }

  /** @internal The schemas of what the applicant sends, fetched when first sent (`updateComplete` waits for them). */
  bodySchemas(): Promise<typeof BodySchemas> {
    const load = import('./body-schemas.ts');
    this.trackLoad(load);
    return load;
  }

  /** @internal For the panels: speak a message through the live region. */
  announce(message: string): void {
    // Cleared first, so that the same words twice are spoken twice.
    this.liveMessage = '';
    this.requestUpdate();
    void this.updateComplete.then(() => {
      this.liveMessage = message;
      this.requestUpdate();
    });
  }

  /** @internal For the panels: move focus to the progress title after the next render. */
  focusTitle(): void {
    this.focusView = 'progress';
  }

  /** @internal For the panels: fire one of the element's events from the host. */
  dispatch(event: YwEvent): boolean {
    return this.emit(event);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('number') || changed.has('queryCode')) this.form.prefill(this.number, this.queryCode);
    const { value, error } = this.progressApi;
    if (value !== this.seen.value || error !== this.seen.error) {
      // A load settled: the form's query is over, and a rate limit holds the form back.
      if (this.progressApi.state !== 'pending') this.fromForm = false;
      if (value !== this.seen.value && value?.kind === 'progress') {
        this.updatedAt = new Date();
        this.refreshFailed = false;
        if (!this.caseView.failed) this.caseView.get()?.view.live.fetched();
      }
      if (error !== undefined && error !== this.seen.error) {
        const description = this.localize.error(error);
        if (description.kind === 'rate-limited') this.form.block(description.retryAfter ?? 10);
      }
      this.seen = { value, error };
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.focusView || this.view === 'other') return;
    const wanted = this.focusView;
    this.focusView = null;
    if (this.view !== wanted) return;
    const id = { form: 'pt-form-title', mine: 'pt-mine-title', progress: 'pt-title' }[wanted];
    this.shadowRoot?.getElementById(id)?.focus();
  }

  protected override render(): TemplateResult {
    this.view = 'other';
    const body = this.number ? this.renderProgressState() : this.renderEntryState();
    return html`${body}<span class="yw-sr-only" role="status">${this.liveMessage}</span>`;
  }

  // -------------------------------------------------------------------------
  // Loading

  private async loadProgress(
    client: Client,
    number: string | undefined,
    code: string | undefined,
    signal: AbortSignal,
  ): Promise<ProgressLoad> {
    const n = normalizeCode(number);
    const c = normalizeCode(code);
    if (!n) return { kind: 'none' };
    if (!isApplicationNumber(n) || (c && !isQueryCode(c))) return { kind: 'form' };
    // Without a code only the owner may look: ask the form of anyone else.
    if (!c && !(await signedIn(this))) return { kind: 'form' };
    // The case view comes in parallel with the application, which is shown with it (or, if it
    // could not be fetched, with a retry in its place); so are the 补正 and evaluation panels it shows.
    const caseView = this.caseView.preload();
    const progress = await client.applications.progress(n, { ...(c ? { queryCode: c } : {}), signal });
    await caseView;
    if (!this.caseView.failed) await this.caseView.get()?.view.preloadFor(progress);
    return { kind: 'progress', progress };
  }

  private async loadMine(client: Client, page: number, signal: AbortSignal): Promise<MineLoad> {
    if (!page) return { kind: 'skip' };
    if (!(await signedIn(this))) return { kind: 'anonymous' };
    return { kind: 'mine', page: await client.applications.list({ page, pageSize: PAGE_SIZE, signal }) };
  }

  // -------------------------------------------------------------------------
  // Navigation

  private query(number: string, code: string): void {
    this.fromForm = true;
    this.fromList = false;
    this.focusView = 'progress';
    if (number === normalizeCode(this.number) && code === normalizeCode(this.queryCode)) void this.progressApi.retry();
    else {
      this.number = number;
      this.queryCode = code;
    }
  }

  private open(number: string): void {
    this.fromList = true;
    this.focusView = 'progress';
    this.number = number;
    this.queryCode = undefined;
  }

  private back(): void {
    this.querying = !this.fromList;
    this.focusView = this.fromList ? 'mine' : 'form';
    this.fromList = false;
    this.number = undefined;
    this.queryCode = undefined;
    if (!this.caseView.failed) this.caseView.get()?.view.closed();
    this.requestUpdate();
  }

  // -------------------------------------------------------------------------
  // Rendering

  private renderForm(options: QueryFormOptions = {}): TemplateResult {
    this.view = 'form';
    // The form ignores submits while the query it shows as running is on the way.
    this.form.busy = !!options.busy;
    return renderQueryForm(this.localize, { ...this.form.state, ...options }, this.form);
  }

  private renderProgressState(): TemplateResult {
    const localize = this.localize;
    return renderDataState(this.progressApi, this.localize, {
      pending: () => {
        const content = this.fromForm ? this.renderForm({ busy: true }) : renderSkeleton(6);
        // Still on the way: focus waits for what comes.
        this.view = 'other';
        return content;
      },
      complete: (v) => (v.kind === 'progress' ? this.renderCase(this.progress ?? v.progress) : this.renderForm()),
      empty: () => html`<div class="yw-empty" part="empty"><p>${localize.t('progressTracker.empty')}</p></div>
        <div class="actions">${this.renderBack()}</div>`,
      error: (error, retry) => {
        // Wrong number or code (the same 404 for both) and rate limits go back to the form.
        if (error.kind === 'not-found') return this.renderForm({ alert: localize.t('progressTracker.form.notFound') });
        if (error.kind === 'rate-limited') return this.renderForm({ alert: error.message });
        return renderErrorState(localize, error, retry);
      },
    });
  }

  private renderEntryState(): TemplateResult {
    const localize = this.localize;
    const backToMine = html`<button type="button" class="yw-button secondary" part="back-button" @click=${() => this.showMine()}>
      ${localize.t('progressTracker.back.mine')}
    </button>`;
    return renderDataState(this.mineApi, this.localize, {
      complete: (v) =>
        v.kind === 'mine' && !this.querying
          ? this.renderMine(v.page)
          : v.kind === 'anonymous'
            ? this.renderAnonymous()
            : this.renderForm(v.kind === 'mine' ? { extra: backToMine } : {}),
      empty: () =>
        this.querying
          ? this.renderForm({ extra: backToMine })
          : html`<h2 id="pt-mine-title" class="title" tabindex="-1">${localize.t('progressTracker.mine.title')}</h2>
              <div class="yw-empty" part="empty">
                <p>${localize.t('progressTracker.mine.empty')}</p>
                <button type="button" class="yw-button secondary" part="query-button" @click=${() => this.showQuery()}>${localize.t('progressTracker.mine.query')}</button>
              </div>`,
      // A token the server no longer accepts (even after the SDK asked for a fresh one): the anonymous query still works.
      error: (error, retry) => (error.kind === 'unauthorized' ? this.renderAnonymous() : renderErrorState(localize, error, retry)),
    });
  }

  /** Nobody signed in: the site's sign-in for my applications (when it offers one) above the query form. */
  private renderAnonymous(): TemplateResult {
    const signIn = this.signInOffer;
    const form = this.renderForm();
    return signIn ? html`${renderSignIn(this.localize, this.localize.t('progressTracker.mine.signIn'), signIn)}${form}` : form;
  }

  private showQuery(): void {
    this.querying = true;
    this.focusView = 'form';
    this.requestUpdate();
  }

  private showMine(): void {
    this.querying = false;
    this.focusView = 'mine';
    this.requestUpdate();
  }

  private renderMine(page: Page<ApplicationSummary>): TemplateResult {
    this.view = 'mine';
    return renderMyApplications(this.localize, page, {
      onOpen: (number) => this.open(number),
      onPage: (to) => this.goTo(to, Math.ceil(page.total / page.pageSize)),
      onQuery: () => this.showQuery(),
    });
  }

  private goTo(page: number, pages: number): void {
    if (page < 1 || page > pages) return;
    this.listPage = page;
    this.focusView = 'mine';
    this.requestUpdate();
  }

  private renderBack(): TemplateResult {
    const localize = this.localize;
    return html`<button type="button" class="yw-button secondary" part="back-button" @click=${() => this.back()}>
      ${this.fromList ? localize.t('progressTracker.back.mine') : localize.t('progressTracker.back.query')}
    </button>`;
  }

  private renderCase(p: Progress): TemplateResult {
    const localize = this.localize;
    // Fetched with the application; a failed fetch is said with a retry (asked for again only then, not at every render).
    if (this.caseView.failed) {
      return renderViewMissing(localize, true, () => {
        this.focusView = 'progress';
        this.caseView.get();
      });
    }
    const caseView = this.caseView.get()?.view;
    if (!caseView) return renderSkeleton(6);
    this.view = 'progress';
    return caseView.render(p, {
      back: this.renderBack(),
      refreshing: this.refreshing.busy,
      updatedAt: this.updatedAt,
      refreshFailed: this.refreshFailed,
    });
  }
}
