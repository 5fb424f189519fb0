import { html, nothing } from 'lit';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import type { CatalogStats } from '@yiwang/contract';
import { YwElement } from '../../base/yw-element.ts';
import { DataController } from '../../base/controllers/data.ts';
import { renderDataState } from '../../base/views/async-views.ts';
import { LocalizeController } from '../../base/controllers/localize.ts';
import { YwDepartmentSelectEvent } from '../../base/events/index.ts';
import { cssProps } from '../../base/directives/css-props.ts';
import { catalogStatsStyles } from './catalog-stats.styles.ts';
import { catalogStatsMessages } from '../../i18n/messages/catalog-stats.ts';

/** Orders the department list can take. */
export const STATS_SORTS = ['ratio', 'items', 'name'] as const;
export type StatsSort = (typeof STATS_SORTS)[number];

type DepartmentStats = CatalogStats['departments'][number];

const collators = new Map<string, Intl.Collator>();
const collator = (locale: string) => collators.get(locale) ?? collators.set(locale, new Intl.Collator(locale)).get(locale)!;

/**
 * Shows, for each department, the share of its service items that can be done
 * without visiting a hall (不见面办理占比), with the overall figure and whether
 * the reform target (90% by default) is met. Choosing a department emits
 * `yw-department-select`, e.g. to filter a search by it.
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

  static override styles = [YwElement.styles, catalogStatsStyles];

  static override properties: PropertyDeclarations = {
    sort: {},
    target: { type: Number },
    selected: { reflect: true },
  };

  /** Order of the departments: `ratio` (highest share first), `items` (most items first) or `name`. */
  declare sort: StatsSort;
  /** The reform target as a 0–1 ratio; departments below it are marked. */
  declare target: number;
  /** The id of the selected department, if any. */
  declare selected: string | null;

  private readonly localize = new LocalizeController(this);
  private readonly stats = new DataController(this, {
    endpoint: 'catalog.stats',
    call: (client, _args, signal) => client.catalog.stats({ signal }),
    isEmpty: (value) => value.departments.length === 0 || value.total.items === 0,
  });

  constructor() {
    super();
    this.sort = 'ratio';
    this.target = 0.9;
    this.selected = null;
  }

  /** @internal For tests and stories: the state being rendered. */
  get state() {
    return this.stats.state;
  }

  /** Loads the figures again. */
  reload(): Promise<void> {
    return this.stats.retry();
  }

  protected override render(): TemplateResult {
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
      <ul class="list" part="list" aria-label=${this.localize.t('catalogStats.label')}>
        ${this.sorted(stats.departments).map((d) => this.renderRow(d))}
      </ul>`;
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
