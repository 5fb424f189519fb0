import { html, nothing } from 'lit';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import { NO_VISIT_TARGET } from '@yiwang/contract';
import type { CatalogStats, PublicPerformance, StaffPerformance } from '@yiwang/contract';
import { YwElement } from '../../base/yw-element.ts';
import { DataController } from '../../base/controllers/data.ts';
import { renderDataState, renderPartMissing } from '../../base/views/async-views.ts';
import { LazyPart } from '../../base/controllers/lazy-part.ts';
import { LocalizeController } from '../../base/controllers/localize.ts';
import { YwDepartmentSelectEvent } from '../../base/events/catalog-stats.ts';
import { cssProps } from '../../base/directives/css-props.ts';
import { catalogStatsStyles } from './catalog-stats.styles.ts';
import { catalogStatsMessages } from '../../i18n/messages/catalog-stats.ts';
import { catalogStatsAuditMessages } from '../../i18n/messages/catalog-stats-audit.ts';
import { catalogStatsPerformanceMessages } from '../../i18n/messages/catalog-stats-performance.ts';
import type * as AuditView from './views/audit.ts';
import type * as PerformanceView from './views/performance.ts';

/** Orders the department list can take. */
export const STATS_SORTS = ['ratio', 'items', 'name'] as const;
export type StatsSort = (typeof STATS_SORTS)[number];

/**
 * What the element shows: `departments` (the bars), `audit` (督查: the departments
 * below target and the items that keep them there) or `performance` (绩效: cases
 * received and completed, on time, 好差评, open 补正 and overdue, per department).
 */
export const STATS_VIEWS = ['departments', 'audit', 'performance'] as const;
export type StatsView = (typeof STATS_VIEWS)[number];

/** Whose performance figures: `public` (全程公开, every department, figures only) or `staff` (the signed-in staff member's department, with the cases that need attention). */
export const PERFORMANCE_AUDIENCES = ['public', 'staff'] as const;
export type PerformanceAudience = (typeof PERFORMANCE_AUDIENCES)[number];

type DepartmentStats = CatalogStats['departments'][number];

const collators = new Map<string, Intl.Collator>();
const collator = (locale: string) => collators.get(locale) ?? collators.set(locale, new Intl.Collator(locale)).get(locale)!;

/**
 * Shows, for each department, the share of its service items that can be done
 * without visiting a hall (不见面办理占比), with the overall figure and whether
 * the reform target (90% by default) is met. Choosing a department emits
 * `yw-department-select`, e.g. to filter a search by it.
 *
 * An item counts as 不见面 only where it can be applied for without a visit (a
 * declared 跑动次数 of 0 and an online form or an apply link; the server's rule).
 * `view="audit"` (督查) shows instead, for each department below the server's
 * target (90 %), how many items it still needs and the items that keep it below,
 * with the reason (no online path though declared zero-visit, or visits required):
 * a heading and a table per department.
 *
 * `view="performance"` (绩效考核, 全程公开) shows a table of each department's
 * cases received and completed, the share decided within the promised working
 * days, the average days used against the promise, the 好差评 average, and the
 * 差评 awaiting 整改, open 补正 and overdue cases now, for the period `from`–`to`
 * (the server's last 30 days by default). With `audience="public"` (default) it
 * reads `GET /catalog/performance` (figures only); with `audience="staff"` it
 * reads `GET /staff/performance` with the signed-in staff member's token (their
 * department) and lists the overdue cases and the 差评 awaiting 整改 by number.
 *
 * @summary Per-department share of service items that need no visit in person, against the reform target.
 * @tag yw-catalog-stats
 *
 * @csspart state - The box around the current state (loading, empty, error or the figures).
 * @csspart summary - The sentence with the overall figure.
 * @csspart published - When the catalog in force was published, and its batch (分批公布); only after an import.
 * @csspart list - The list of departments.
 * @csspart row - One department: a toggle button.
 * @csspart name - The department's name.
 * @csspart value - The department's percentage.
 * @csspart badge - "Target met" / "Below target".
 * @csspart bar - The track of a department's bar.
 * @csspart bar-fill - The filled part of a department's bar.
 * @csspart audit - The 督查 view (`view="audit"`): the departments below target.
 * @csspart audit-title - The 督查 view's heading.
 * @csspart audit-department - One department below target (a section with a heading).
 * @csspart audit-heading - A department's name in the 督查 view (a heading).
 * @csspart audit-needed - How many items the department still needs to reach the target.
 * @csspart audit-table - The table of a department's items that keep it below target.
 * @csspart audit-reason - An item's reason in that table.
 * @csspart audit-more - "N more items not listed".
 * @csspart audit-none - The 督查 view when every department meets the target, or the server lists no gaps.
 * @csspart performance - The performance view (`view="performance"`).
 * @csspart performance-title - Its heading.
 * @csspart performance-scroll - The scrollable box around the table (narrow screens scroll it, not the page).
 * @csspart performance-table - The table of departments.
 * @csspart performance-row - One department's row.
 * @csspart performance-total - The row of the total.
 * @csspart performance-on-time - A cell with the on-time rate.
 * @csspart performance-note - What the figures count, and when the "now" figures were taken.
 * @csspart attention - A list of case numbers that need attention (`audience="staff"` only).
 * @csspart attention-case - One case number in such a list.
 * @csspart skeleton - The loading placeholder.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart retry-button - The retry button of the error state.
 *
 * @cssprop [--yw-catalog-stats-bar-color=var(--yw-color-primary)] - Colour of the bars.
 * @cssprop [--yw-catalog-stats-bar-height=8px] - Height of the bars.
 *
 * @fires {YwDepartmentSelectEvent} yw-department-select - A department was chosen or unchosen; cancelable (keeps the selection).
 * @fires {YwErrorEvent} yw-error - Loading the figures failed (the element shows an error with a retry button).
 */
export class YwCatalogStats extends YwElement {
  static override tagName = 'yw-catalog-stats';

  protected static override messageParts = [catalogStatsMessages];
  /** @internal The parts the element takes on later (the 督查 and performance views' words), for tools that list every word it shows. */
  static laterMessageParts = [catalogStatsAuditMessages, catalogStatsPerformanceMessages];

  static override styles = [YwElement.styles, catalogStatsStyles];

  static override properties: PropertyDeclarations = {
    sort: {},
    target: { type: Number },
    selected: { reflect: true },
    view: { reflect: true },
    audience: { reflect: true },
    from: {},
    to: {},
  };

  /** Order of the departments: `ratio` (highest share first), `items` (most items first) or `name`. */
  declare sort: StatsSort;
  /** The reform target as a 0–1 ratio; departments below it are marked. */
  declare target: number;
  /** The id of the selected department, if any. */
  declare selected: string | null;
  /** `departments` (default): the bars; `audit`: 督查, the departments below the server's target with the items that keep them there. */
  declare view: StatsView;
  /** Whose performance figures `view="performance"` shows: `public` (default) or `staff` (needs a staff member's token). */
  declare audience: PerformanceAudience;
  /** First day (`YYYY-MM-DD`, Beijing) of the performance period; the server's default (30 days up to `to`) when unset. */
  declare from: string | null;
  /** Last day (`YYYY-MM-DD`) of the performance period; today when unset. */
  declare to: string | null;

  /**
   * @internal Fetch the 督查 and performance views (templates, words and styles). Hooks so that
   * tests can make a fetch fail; the element calls them when a load for the view starts (in
   * parallel with it), or when the view is switched to after its data is in.
   */
  static loadAuditView: () => Promise<typeof AuditView> = () => import('./views/audit.ts');
  static loadPerformanceView: () => Promise<typeof PerformanceView> = () => import('./views/performance.ts');

  private readonly localize = new LocalizeController(this);
  private readonly auditView = new LazyPart(this, () => (this.constructor as typeof YwCatalogStats).loadAuditView(), [
    catalogStatsAuditMessages,
  ]);
  private readonly performanceView = new LazyPart(this, () => (this.constructor as typeof YwCatalogStats).loadPerformanceView(), [
    catalogStatsPerformanceMessages,
  ]);
  private readonly stats = new DataController(this, {
    endpoint: 'catalog.stats',
    args: () => (this.view === 'performance' ? null : []),
    call: async (client, _args, signal) => {
      // The 督查 view comes in parallel with the figures it shows (or, if it could not be fetched, a retry in its place).
      const view = this.view === 'audit' ? this.auditView.preload() : null;
      const stats = await client.catalog.stats({ signal });
      await view;
      return stats;
    },
    isEmpty: (value) => value.departments.length === 0 || value.total.items === 0,
  });
  private readonly performance = new DataController<
    PublicPerformance | StaffPerformance,
    [PerformanceAudience, string | null, string | null]
  >(this, {
    endpoint: 'catalog.performance',
    args: () => (this.view === 'performance' ? [this.audience, this.from, this.to] : null),
    call: async (client, [audience, from, to], signal) => {
      // The view comes in parallel with the report it shows.
      const view = this.performanceView.preload();
      const query = { ...(from ? { from } : {}), ...(to ? { to } : {}) };
      const report = await (audience === 'staff'
        ? client.staff.performance({ ...query, signal })
        : client.catalog.performance({ ...query, signal }));
      await view;
      return report;
    },
    isEmpty: (value) => value.departments.length === 0,
  });

  constructor() {
    super();
    this.sort = 'ratio';
    this.target = NO_VISIT_TARGET;
    this.selected = null;
    this.view = 'departments';
    this.audience = 'public';
    this.from = null;
    this.to = null;
  }

  /** @internal For tests and stories: the state being rendered. */
  get state() {
    return this.view === 'performance' ? this.performance.state : this.stats.state;
  }

  /** Loads the figures again. */
  reload(): Promise<void> {
    return this.view === 'performance' ? this.performance.retry() : this.stats.retry();
  }

  protected override render(): TemplateResult {
    if (this.view === 'performance') {
      return renderDataState(this.performance, this.localize, {
        complete: (value) => this.renderPart(this.performanceView, (view) => view.renderPerformance(value, this.localize)),
        empty: () => html`<div class="yw-empty" part="empty"><p>${this.localize.t('catalogStats.performance.empty')}</p></div>`,
      });
    }
    return renderDataState(this.stats, this.localize, {
      complete: (value) => this.renderStats(value),
      empty: () => html`<div class="yw-empty" part="empty"><p>${this.localize.t('catalogStats.empty')}</p></div>`,
    });
  }

  private renderStats(stats: CatalogStats): TemplateResult {
    const { total } = stats;
    return html`<p class="summary" part="summary">
        ${this.localize.t('catalogStats.summary', this.localize.number(total.items), this.localize.number(total.zeroVisitItems), this.localize.percent(total.ratio))}
        ${this.renderBadge(total.ratio)}
      </p>
      ${
        stats.published
          ? html`<p class="published" part="published">
            ${this.localize.t('catalogStats.published', stats.published.batch ?? '', this.localize.date(stats.published.publishedAt))}
          </p>`
          : nothing
      }
      ${
        this.view === 'audit'
          ? this.renderPart(this.auditView, (view) => view.renderAudit(stats, this.localize))
          : html`<ul class="list" part="list" aria-label=${this.localize.t('catalogStats.label')}>
            ${this.sorted(stats.departments).map((d) => this.renderRow(d))}
          </ul>`
      }`;
  }

  /**
   * A view fetched on demand, once it is in: a skeleton until then, a retry if it could not be
   * fetched (only the retry fetches it again, never a render).
   */
  private renderPart<M extends object>(part: LazyPart<M>, render: (view: M) => TemplateResult): TemplateResult {
    const view = part.failed ? undefined : part.get();
    return view ? render(view) : renderPartMissing(this.localize, part);
  }

  private renderRow(d: DepartmentStats): TemplateResult {
    const pressed = this.selected === d.departmentId;
    return html`<li>
      <button type="button" class="row" part="row" aria-pressed=${pressed ? 'true' : 'false'} @click=${() => this.choose(d)}>
        <span class="name" part="name">${d.departmentName}</span>
        <span class="figures">
          <span class="value" part="value">${this.localize.percent(d.ratio)}</span>
          <span class="count">${this.localize.t('catalogStats.row', this.localize.number(d.zeroVisitItems), this.localize.number(d.items))}</span>
          ${this.renderBadge(d.ratio)}
        </span>
        <span class="bar" part="bar" aria-hidden="true"
          ><span class="fill" part="bar-fill" ${cssProps({ '--_ratio': d.ratio })}></span
        ></span>
      </button>
    </li>`;
  }

  private renderBadge(ratio: number): TemplateResult | typeof nothing {
    if (!(this.target > 0)) return nothing;
    // A sign and words, never only a colour.
    return ratio >= this.target
      ? html`<span class="badge met" part="badge">✓ ${this.localize.t('catalogStats.met')}</span>`
      : html`<span class="badge unmet" part="badge">! ${this.localize.t('catalogStats.notMet', this.localize.percent(this.target))}</span>`;
  }

  private sorted(departments: readonly DepartmentStats[]): DepartmentStats[] {
    const list = [...departments];
    const byName = (a: DepartmentStats, b: DepartmentStats) => collator(this.resolvedLocale).compare(a.departmentName, b.departmentName);
    if (this.sort === 'name') return list.sort(byName);
    if (this.sort === 'items') return list.sort((a, b) => b.items - a.items || byName(a, b));
    return list.sort((a, b) => b.ratio - a.ratio || b.items - a.items || byName(a, b));
  }

  private choose(d: DepartmentStats): void {
    const selected = this.selected !== d.departmentId;
    const event = new YwDepartmentSelectEvent({ departmentId: d.departmentId, departmentName: d.departmentName, selected });
    if (this.emit(event)) this.selected = selected ? d.departmentId : null;
  }
}
