import { html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import type { Audience, ItemHit, ItemSearchQuery, ItemSummary } from '@yiwang/contract';
import { YwElement } from '../../base/yw-element.ts';
import { linkButtonStyles } from '../../base/styles/shared.ts';
import { DataController } from '../../base/controllers/data.ts';
import { LocalizeController } from '../../base/controllers/localize.ts';
import { YwResultsEvent, YwSelectEvent } from '../../base/events/item-search.ts';
import type { YwSelectDetail } from '../../base/events/item-search.ts';
import { renderDataState, renderSkeleton, renderViewMissing } from '../../base/views/async-views.ts';
import { LazyModule } from '../../base/controllers/lazy.ts';
import { LazyPart } from '../../base/controllers/lazy-part.ts';
import { optionStyles } from '../../base/styles/options.ts';
import { SuggestionsController } from './suggestions.ts';
import type { Facet } from './views/facets.ts';
import { recentKey } from './recent-searches.ts';
import { announcement, fetchResults, resultId } from './results.ts';
import type { PagingMode, Results } from './results.ts';
import type { SearchFilters, SearchSort, SearchState, UrlSyncController } from './url-state.ts';
import { TypingController } from './typing.ts';
import { renderSearchBox } from './search-box.ts';
import { itemSearchStyles } from './item-search.styles.ts';
import { itemSearchMessages } from '../../i18n/messages/item-search.ts';
import { itemSearchResultsMessages } from '../../i18n/messages/item-search-results.ts';
import type * as resultViewsModule from './views/results-area.ts';
import type * as urlStateModule from './url-state.ts';

type ResultViews = typeof resultViewsModule;

/**
 * Finds service items as the applicant types — Chinese, full pinyin or pinyin
 * initials, matched on the server — with suggestions (recent searches of this
 * device and popular items when the box is empty), facets with counts,
 * results with badges, paging or "load more", and the item's service guide as
 * a panel when a result is chosen. Input methods are respected: nothing is
 * searched until a composition ends, and an older answer never replaces a
 * newer one. With `sync-url` the query, facets, page and open item live in the
 * address bar, so a list can be shared and the back button works.
 *
 * @summary Catalog search as you type, with suggestions, facets, badges, paging and the service guide.
 * @tag yw-item-search
 *
 * @csspart search - The search form.
 * @csspart input - The text box (a combobox).
 * @csspart clear-button - The button that empties the box.
 * @csspart submit-button - The search button.
 * @csspart suggestions - The suggestion popup (a listbox).
 * @csspart option - One suggestion.
 * @csspart filters - The facets and the sort order.
 * @csspart facet - A facet value (a toggle button with its count).
 * @csspart facet-more - "更多" / "收起" of the department facet.
 * @csspart filters-toggle - On narrow screens, the "筛选" button that unfolds the facets.
 * @csspart sort - The sort order select.
 * @csspart chips - The chosen facets.
 * @csspart chip - One chosen facet (pressing it removes it), and "clear all".
 * @csspart state - The box around the results' state.
 * @csspart total - "共 N 项".
 * @csspart results - The result list.
 * @csspart result - One result.
 * @csspart result-name - A result's name (a button that opens the guide).
 * @csspart mark - A highlighted match.
 * @csspart department - A result's department.
 * @csspart badges - A result's badges.
 * @csspart badge - One badge (跑动次数, 网办深度, 承诺 vs 法定 days).
 * @csspart channels - A result's channels.
 * @csspart pager - The page buttons.
 * @csspart page-button - One page button (the current one has `aria-current="page"`).
 * @csspart more - The "load more" area.
 * @csspart load-more-button - "加载更多".
 * @csspart guide-panel - The panel around the guide of the chosen item.
 * @csspart back-button - "返回搜索结果".
 * @csspart guide - The `<yw-item-guide>` in the panel (its `title`, `apply-button`, `apply-link` and `agency-button` as `guide-title` …).
 * @csspart skeleton - The loading placeholder.
 * @csspart empty - The empty state, with broader queries and popular items.
 * @csspart error - The error state.
 * @csspart retry-button - The retry button of the error state.
 *
 * @cssprop [--yw-item-search-mark-background=#fff3b0] - Background of highlighted matches (dark: #3d3100).
 * @cssprop [--yw-item-search-popup-max-height=60vh] - Tallest the suggestion popup grows before it scrolls.
 *
 * @fires {YwSelectEvent} yw-select - An item was chosen (result, suggestion or popular item); cancelable (keeps the guide panel closed).
 * @fires {YwResultsEvent} yw-results - The results (or the empty state) of a query are on screen: `{ query, total, shown }`.
 * @fires {YwApplyEvent} yw-apply - From the guide panel: "在线申请" with `{ itemId, formId, itemName }`.
 * @fires {YwApplyExternalEvent} yw-apply-external - From the guide panel: "在线申请" of an item applied for on another platform, before following the link; cancelable.
 * @fires {YwAgencyRequestEvent} yw-agency-request - From the guide panel: "申请帮办代办".
 * @fires {YwErrorEvent} yw-error - A search failed (the element shows an error with a retry button).
 */
export class YwItemSearch extends YwElement {
  static override tagName = 'yw-item-search';

  protected static override messageParts = [itemSearchMessages];
  /** @internal The parts the element takes on later (the results area's words), for tools that list every word it shows. */
  static laterMessageParts = [itemSearchResultsMessages];

  static override styles = [YwElement.styles, optionStyles, linkButtonStyles, itemSearchStyles];

  static override properties: PropertyDeclarations = {
    q: {},
    department: {},
    audience: {},
    filters: { attribute: false },
    sort: {},
    page: { type: Number },
    pageSize: { type: Number, attribute: 'page-size' },
    paging: {},
    syncUrl: { type: Boolean, attribute: 'sync-url' },
    debounce: { type: Number },
    recentLimit: { type: Number, attribute: 'recent-limit' },
    selected: {},
  };

  /** The query searched for (typing sets it once the applicant pauses; setting it searches). */
  declare q: string;
  /** Scope: only this department's items (its id); the department facet is then not offered. */
  declare department: string | undefined;
  /** Scope: only items for `person` (自然人) or `enterprise` (法人); the audience facet is then not offered. */
  declare audience: Audience | undefined;
  /** The facets the applicant chose (a page may set them too, e.g. from `yw-department-select`). */
  declare filters: SearchFilters;
  /** Order of the results: `relevance`, `name` (pinyin order) or `promised_days` (quickest first). */
  declare sort: SearchSort;
  /** The page shown (in `more` mode: the pages loaded). */
  declare page: number;
  /** Results per page (1–100). */
  declare pageSize: number;
  /** `pages`: page buttons; `more`: a "load more" button that appends the next page. */
  declare paging: PagingMode;
  /** Keep the query, facets, page and open item in the page's query string. */
  declare syncUrl: boolean;
  /**
   * Milliseconds of pause in typing before searching. 0 (the default): every
   * keystroke searches, and the request the next keystroke makes stale is
   * aborted, so results follow the typing without a pause.
   */
  declare debounce: number;
  /** How many recent searches to keep on this device (0 keeps none). */
  declare recentLimit: number;
  /** The id of the item whose guide is open (null: the results are shown). */
  declare selected: string | null;

  // Internal state (not attributes, not public properties): re-rendered on change.
  private text = '';
  private allDepartments = false;
  private filtersOpen = false;

  /**
   * Registers <yw-item-guide>, which the guide panel shows, when a guide first opens
   * (`define/yw-item-search.ts` sets the import of its define module). A class
   * registered by the page itself leaves <yw-item-guide> to the page, as before.
   */
  static loadGuide: () => Promise<unknown> = () => Promise.resolve();

  /**
   * Fetches what the results area shows once an answer is in (facets, result
   * list, empty state: views/results-area.ts; their words come with them). The element starts it together
   * with its first search, so the box is interactive without it and the
   * results wait only for the request. A hook so that tests can make it fail.
   */
  static loadResultViews: () => Promise<ResultViews> = () => import('./views/results-area.ts');

  /**
   * Fetches the controller that keeps the state in the query string (url-state.ts): only an element with
   * `sync-url` needs it. A hook so that tests can make it fail.
   */
  static loadUrlSync: () => Promise<typeof urlStateModule> = () => import('./url-state.ts');

  private readonly localize = new LocalizeController(this);
  private readonly resultViews = new LazyPart(this, () => (this.constructor as typeof YwItemSearch).loadResultViews(), [
    itemSearchResultsMessages,
  ]);
  private readonly guideElement = new LazyModule(this, () => (this.constructor as typeof YwItemSearch).loadGuide().then(() => true));
  private readonly results = new DataController(this, {
    endpoint: 'items.search',
    args: () => [JSON.stringify(this.query), this.paging] as const,
    // The results' templates are fetched alongside the first request (at once afterwards), so they never add a round trip.
    call: (client, [key, paging], signal) =>
      Promise.all([fetchResults(client, JSON.parse(key) as ItemSearchQuery, paging, this.last, signal), this.resultViews.preload()]).then(
        ([results]) => results,
      ),
    isEmpty: (value) => value.result.total === 0,
  });
  private readonly suggestions = new SuggestionsController(this);
  private readonly typing = new TypingController(this);
  /** The query string's controller, once fetched (`sync-url` only). */
  private urlSync: UrlSyncController | null = null;
  /**
   * Set when the element connects with `sync-url`: the state in the URL applies before the first search, so
   * the loads are on hold (loadsOnHold) until the controller that reads it is in.
   */
  private urlFirst = false;
  private readonly urlSyncModule = new LazyModule(this, () =>
    (this.constructor as typeof YwItemSearch).loadUrlSync().then((module) => {
      // On a connected element it reads the URL at once if the element connected with `sync-url`; set later, the
      // attribute makes the URL record the state, which the URL then gives back at the next connection.
      this.urlSync = new module.UrlSyncController(this, this.urlFirst);
      return module;
    }),
  );
  /** The last finished search (the facets keep showing it while the next one loads). */
  private last: Results | null = null;
  private reported: Results | null = null;
  private loadingMore = false;
  private interacted = false;
  private selectedName = '';
  private focusAfter: 'total' | 'appended' | 'panel' | 'result' | null = null;
  private returnTo: string | null = null;

  constructor() {
    super();
    this.q = '';
    this.filters = {};
    this.sort = 'relevance';
    this.page = 1;
    this.pageSize = 10;
    this.paging = 'pages';
    this.syncUrl = false;
    this.debounce = 0;
    this.recentLimit = 8;
    this.selected = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // After a failed fetch only the retry button fetches again.
    if (this.syncUrl && !this.urlSync && !this.urlSyncModule.failed) {
      this.urlFirst = true;
      this.urlSyncModule.get();
    }
  }

  /** @internal Also true while the state in the URL is being fetched: the loads wait in the loading state, so the first search is the URL's. */
  override get loadsOnHold(): boolean {
    return super.loadsOnHold || (this.urlFirst && !this.urlSync);
  }

  /** @internal The text in the box now (the search runs on `q`). */
  get inputValue(): string {
    return this.text;
  }
  set inputValue(value: string) {
    if (value === this.text) return;
    this.text = value;
    this.requestUpdate();
  }

  /** @internal True while an input method composes text in the box. */
  get composing(): boolean {
    return this.typing.composing;
  }

  /** @internal For tests and stories: the state of the results. */
  get state() {
    return this.results.state;
  }

  /** The query the results are for (scope and facets applied). */
  get query(): ItemSearchQuery {
    const f = this.filters;
    const query: ItemSearchQuery = {
      page: Math.max(1, Math.floor(this.page) || 1),
      pageSize: Math.min(100, Math.max(1, Math.floor(this.pageSize) || 10)),
    };
    const q = this.q.trim();
    if (q) query.q = q;
    const department = this.department || f.department;
    if (department) query.department = department;
    const audience = this.audience || f.audience;
    if (audience) query.audience = audience;
    if (f.type) query.type = f.type;
    if (f.channel) query.channel = f.channel;
    if (f.zeroVisit) query.zeroVisit = true;
    if (this.sort !== 'relevance') query.sort = this.sort;
    return query;
  }

  /**
   * @internal The hits of the search for the committed query, once they are
   * in (the suggestion controller offers the first of them: suggestions and
   * results come from one request).
   */
  get hits(): { q: string; hits: ItemHit[] } | null {
    const value = this.results.value;
    return value && (value.query.page ?? 1) === 1 ? { q: value.query.q ?? '', hits: value.result.items } : null;
  }

  /** @internal Whether the empty state wants popular items (read by the suggestion controller). */
  get wantsPopular(): boolean {
    return this.results.state === 'empty';
  }

  /** Searches again. */
  reload(): Promise<void> {
    return this.results.retry();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // `sync-url` set on a connected element: the URL records the state from the next change on.
    if (changed.has('syncUrl') && this.syncUrl && !this.urlSync && !this.urlSyncModule.pending) this.urlSyncModule.get();
    // A query set from outside shows in the box (typing sets both already).
    if (changed.has('q') && this.q !== this.inputValue.trim()) this.inputValue = this.q;
    this.suggestions.configure(recentKey(this.department), Math.max(0, this.recentLimit | 0));
    const state = this.results.state;
    const value = this.results.value;
    if ((state === 'complete' || state === 'empty') && value && value !== this.last) {
      this.last = value;
      this.loadingMore = false;
    }
  }

  protected override render(): TemplateResult {
    const guideOpen = !!this.selected;
    // Asked for once a search has started (it runs with the request); until it is in, a skeleton, or a retry if the
    // fetch failed (the retry button or the next search fetches it again, a render does not).
    const views = this.results.state === 'initial' || this.resultViews.failed ? undefined : this.resultViews.get();
    return html`${this.renderSearchBox()} ${guideOpen ? this.renderGuide() : nothing}
      <div class="results-area" ?hidden=${guideOpen}>
        ${views && this.last && (this.last.result.total > 0 || Object.values(this.filters).some(Boolean)) ? this.renderFilters(views, this.last) : nothing}
        ${renderDataState(this.results, this.localize, {
          complete: (value) => (views ? this.renderList(views, value) : this.renderViewsMissing()),
          pending: () =>
            this.loadingMore && this.last && views
              ? this.renderList(views, this.last)
              : renderViewMissing(this.localize, this.urlFirst && this.urlSyncModule.failed, this.retryUrlSync, 5),
          empty: (value) =>
            views?.renderEmpty({
              localize: this.localize,
              q: value.query.q ?? '',
              filtered: Object.values(this.filters).some(Boolean),
              popular: this.suggestions.popular,
              searchTerm: (term) => this.searchTerm(term),
              clearFilters: () => this.setFilters({}),
              select: (item) => this.select(this.detailOf(item, 'hot')),
            }) ?? this.renderViewsMissing(),
        })}
      </div>
      <span class="yw-sr-only" role="status">${this.interacted ? announcement(this.localize, this.results.state, this.results.value) : ''}</span>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const state = this.results.state;
    const value = this.results.value;
    if ((state === 'complete' || state === 'empty') && value && value !== this.reported) {
      this.reported = value;
      this.emit(new YwResultsEvent({ query: value.query, total: value.result.total, shown: value.result.items.length }));
      this.moveFocus(value);
    }
    if (this.focusAfter === 'panel') {
      this.focusAfter = null;
      this.shadowRoot?.querySelector<HTMLElement>('[part~="guide-panel"]')?.focus();
    } else if (this.focusAfter === 'result' && !this.selected) {
      this.focusAfter = null;
      const back = this.returnTo ? this.shadowRoot?.getElementById(resultId(this.returnTo)) : null;
      (back ?? this.input)?.focus();
    }
  }

  private get input(): HTMLInputElement | null {
    return this.shadowRoot?.querySelector('input') ?? null;
  }

  private renderSearchBox(): TemplateResult {
    return renderSearchBox({
      localize: this.localize,
      suggestions: this.suggestions,
      typing: this.typing,
      text: this.inputValue,
      submit: this.onSubmit,
      focusOut: this.onFocusOut,
      clear: this.clearText,
    });
  }

  /** The results are in but their templates are not: a skeleton while they come, a retry if they could not be fetched. */
  private renderViewsMissing(): TemplateResult {
    return renderViewMissing(
      this.localize,
      this.resultViews.failed,
      () => {
        this.resultViews.get();
        this.requestUpdate();
      },
      5,
    );
  }

  /** The query string's controller could not be fetched: the retry button fetches it again (the search waits for it). */
  private readonly retryUrlSync = (): void => void this.urlSyncModule.preload();

  private renderFilters(views: ResultViews, last: Results): TemplateResult {
    const scoped = new Set<Facet>();
    if (this.department) scoped.add('department');
    if (this.audience) scoped.add('audience');
    return views.renderFilterBar({
      localize: this.localize,
      facets: last.result.facets,
      filters: this.filters,
      scoped,
      sort: this.sort,
      allDepartments: this.allDepartments,
      setFilter: (facet, value) => this.setFilters({ ...this.filters, [facet]: value }),
      clearFilters: () => this.setFilters({}),
      setSort: (sort) => this.change({ sort, page: 1 }, true),
      toggleDepartments: () => {
        this.allDepartments = !this.allDepartments;
        this.requestUpdate();
      },
      open: this.filtersOpen,
      toggleOpen: () => {
        this.filtersOpen = !this.filtersOpen;
        this.requestUpdate();
      },
    });
  }

  private renderList(views: ResultViews, value: Results): TemplateResult {
    return views.renderResultList({
      localize: this.localize,
      results: value,
      paging: this.paging,
      pageSize: this.query.pageSize ?? 10,
      loadingMore: this.loadingMore,
      select: (item) => this.select(this.detailOf(item, 'result')),
      goTo: (page) => {
        this.focusAfter = 'total';
        this.change({ page }, true);
      },
      loadMore: () => {
        this.loadingMore = true;
        this.focusAfter = 'appended';
        this.change({ page: (value.query.page ?? 1) + 1 }, false);
      },
    });
  }

  private renderGuide(): TemplateResult {
    const localize = this.localize;
    // <yw-item-guide> arrives when a guide first opens: a skeleton where it will be meanwhile, or a retry if it could not be fetched.
    // After a failed fetch only the retry button fetches again: a render that did would fetch (and fail) in a loop.
    const guideFailed = this.guideElement.failed;
    const guideDefined = !guideFailed && this.guideElement.get() !== undefined;
    return html`<section class="guide-panel" part="guide-panel" tabindex="-1" aria-label=${localize.t('itemSearch.guide', this.selectedName)}>
      <button type="button" class="yw-button secondary back" part="back-button" @click=${this.closeGuide}>← ${localize.t('itemSearch.back')}</button>
      ${
        guideDefined
          ? nothing
          : guideFailed
            ? renderViewMissing(localize, true, () => {
                this.guideElement.get();
                this.requestUpdate();
              })
            : html`<div class="yw-state" part="state" data-state="pending" aria-busy="true">${renderSkeleton(6)}</div>`
      }
      <yw-item-guide
        part="guide"
        exportparts="title: guide-title, apply-button: guide-apply-button, apply-link: guide-apply-link, agency-button: guide-agency-button"
        item-id=${this.selected ?? ''}
        .apiBase=${this.apiBase}
        .locale=${this.locale}
        .elder=${this.elder}
        .theme=${this.theme}
      ></yw-item-guide>
    </section>`;
  }

  // --- searching -----------------------------------------------------------

  /** @internal The text changed (typing): the suggestions follow it. */
  textChanged(): void {
    this.suggestions.combobox.textChanged();
  }

  /** @internal Searches for the text in the box now (typing: replaces the URL entry; Enter: a new one). */
  commitText(push: boolean): void {
    this.typing.cancel();
    const q = this.inputValue.trim();
    if (q !== this.q.trim()) this.change({ q, page: 1 }, push);
    else if (push) this.urlSync?.write(true);
  }

  /** @internal Enter or the search button. */
  submit(): void {
    this.commitText(true);
    this.suggestions.remember(this.inputValue);
    this.suggestions.combobox.close();
  }

  /** @internal Searches for `term` (a recent search, or a broader query). */
  searchTerm(term: string): void {
    this.inputValue = term;
    this.submit();
  }

  /** @internal Empties the box and searches for everything. */
  readonly clearText = (): void => {
    this.inputValue = '';
    this.commitText(true);
    this.input?.focus();
  };

  /** @internal An item was chosen in the popup. */
  chooseItem(detail: YwSelectDetail): void {
    this.suggestions.remember(this.inputValue);
    this.select(detail);
  }

  private readonly onSubmit = (event: Event): void => {
    event.preventDefault();
    this.submit();
  };

  private readonly onFocusOut = (event: FocusEvent): void => {
    const to = event.relatedTarget as Node | null;
    if (!to || !this.shadowRoot?.querySelector('form')?.contains(to)) this.suggestions.combobox.close();
  };

  private setFilters(filters: SearchFilters): void {
    const clean: SearchFilters = {};
    for (const [key, value] of Object.entries(filters) as Array<[keyof SearchFilters, SearchFilters[keyof SearchFilters]]>) {
      if (value !== undefined && value !== false) (clean as Record<string, unknown>)[key] = value;
    }
    const removedChip = Object.keys(this.filters).length > Object.keys(clean).length;
    this.change({ filters: clean, page: 1 }, true);
    // A removed chip takes its focus with it: give it to the chips that remain, or the box.
    if (removedChip && this.shadowRoot?.activeElement?.closest('[part~="chips"]')) {
      void this.updateComplete.then(() => (this.shadowRoot?.querySelector<HTMLElement>('[part~="chip"]') ?? this.input)?.focus());
    }
  }

  // --- the guide panel ------------------------------------------------------

  private detailOf(item: ItemSummary, source: YwSelectDetail['source']): YwSelectDetail {
    return { itemId: item.id, itemName: item.name, departmentName: item.departmentName, source, item };
  }

  private select(detail: YwSelectDetail): void {
    if (!this.emit(new YwSelectEvent(detail))) return;
    this.suggestions.combobox.close();
    this.returnTo = detail.source === 'result' ? detail.itemId : null;
    this.selectedName = detail.itemName;
    this.focusAfter = 'panel';
    this.change({ item: detail.itemId }, true, true);
  }

  private readonly closeGuide = (): void => {
    this.focusAfter = 'result';
    if (!this.urlSync?.backFromGuide()) this.change({ item: null }, false);
  };

  // --- state and the URL ------------------------------------------------------

  /** Applies a change of the search state and records it in the URL (`push`: as a new history entry). */
  private change(patch: Partial<SearchState>, push: boolean, guideEntry = false): void {
    this.interacted = true;
    this.applyState({ ...this.urlState(), ...patch });
    this.urlSync?.write(push, guideEntry);
  }

  /** @internal The state the URL records. */
  urlState(): SearchState {
    return { q: this.q, filters: this.filters, sort: this.sort, page: this.page, item: this.selected };
  }

  /** @internal Shows a state (from a change, or from the URL when `fromHistory`). */
  applyState(state: SearchState, fromHistory = false): void {
    if (fromHistory && this.selected && !state.item) this.focusAfter = 'result';
    this.q = state.q;
    // The box keeps what is typed ("营业 " before "执照") when it means the same query.
    if (state.q !== this.inputValue.trim()) this.inputValue = state.q;
    this.filters = state.filters;
    this.sort = state.sort;
    this.page = state.page;
    if (state.item !== this.selected) this.selectedName = state.item ? this.selectedName : '';
    this.selected = state.item;
  }

  private moveFocus(value: Results): void {
    const focus = this.focusAfter;
    if (focus !== 'total' && focus !== 'appended') return;
    this.focusAfter = null;
    const root = this.shadowRoot;
    if (focus === 'appended') {
      const first = value.result.items[value.appendedFrom];
      const target = first ? root?.getElementById(resultId(first.item.id)) : null;
      (target ?? root?.querySelector<HTMLElement>('[part~="total"]'))?.focus();
    } else {
      const total = root?.querySelector<HTMLElement>('[part~="total"]');
      total?.focus();
      total?.scrollIntoView?.({ block: 'start' });
    }
  }
}
