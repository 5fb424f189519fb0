// The search box's suggestions as a WAI-ARIA combobox (APG "combobox with
// listbox popup"): focus stays in the text box, the highlighted option is named
// by aria-activedescendant, the listbox lives in the same shadow root so the
// id reference resolves. An empty box offers the recent searches of this
// device and the popular items; a typed one offers matching items (the
// server's suggest endpoint, on the committed — debounced, composed — text).
import { html, nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { Task } from '@lit/task';
import type { ItemSummary, Suggestion } from '@yiwang/contract';
import type { Client } from '@yiwang/sdk';
import type { LocalizeController } from '../../base/controllers/localize.ts';
import type { YwSelectDetail } from '../../base/events/index.ts';
import { addRecent, clearRecent, loadRecent } from './recent-searches.ts';
import { highlight } from './highlight.ts';

const SUGGEST_LIMIT = 8;
const HOT_LIMIT = 6;
/** Recent terms shown above the suggestions when they contain the typed text. */
const MATCHING_RECENT = 3;

export type ComboOption =
  | { kind: 'recent'; term: string }
  | { kind: 'clear-recent' }
  | { kind: 'hot'; item: ItemSummary }
  | { kind: 'suggestion'; suggestion: Suggestion };

/** What the controller needs from the search element. */
export interface ComboboxHost extends ReactiveControllerHost, HTMLElement {
  readonly client: Client | null;
  /** The text in the box now. */
  readonly inputValue: string;
  /** The committed query (debounced, never mid-composition). */
  readonly q: string;
  /** True while an input method is composing. */
  readonly composing: boolean;
  /** Whether popular items are wanted besides the popup (the empty state lists them). */
  readonly wantsPopular: boolean;
  /** Runs the search now (Enter with no option highlighted). */
  submit(): void;
  /** Searches for a recent term. */
  searchTerm(term: string): void;
  /** Opens an item. */
  chooseItem(detail: YwSelectDetail): void;
  /** Empties the box (Escape on a closed popup). */
  clearText(): void;
}

export class ComboboxController implements ReactiveController {
  /** Whether the popup is wanted (it shows when there is something in it). */
  open = false;
  /** Index of the highlighted option, -1 for none. */
  active = -1;
  private readonly host: ComboboxHost;
  private readonly i18n: LocalizeController;
  private recent: string[] = [];
  private recentKey = '';
  private recentLimit = 8;
  private popularAsked = false;
  /** The text the current suggestions are for. */
  private suggested = '';
  private scrollPending = false;

  private readonly suggestTask: Task<[Client | null, string], Suggestion[]>;
  private readonly hotTask: Task<[Client | null, boolean], ItemSummary[]>;

  constructor(host: ComboboxHost, i18n: LocalizeController) {
    this.host = host;
    this.i18n = i18n;
    // Suggestions only while the popup is open: a closed popup costs no
    // requests, and keeps the suggestions it had for when it opens again.
    this.suggestTask = new Task(host, {
      args: () => [host.client, this.open ? host.q : this.suggested] as [Client | null, string],
      task: async ([client, q], { signal }) => {
        const items = client && q ? (await client.items.suggest(q, { limit: SUGGEST_LIMIT, signal })).items : [];
        this.suggested = q;
        return items;
      },
    });
    this.hotTask = new Task(host, {
      args: () => [host.client, this.popularAsked || host.wantsPopular] as [Client | null, boolean],
      task: async ([client, wanted], { signal }) => (client && wanted ? (await client.items.hot({ limit: HOT_LIMIT, signal })).items : []),
    });
    host.addController(this);
  }

  hostConnected(): void {}

  hostUpdated(): void {
    if (!this.scrollPending) return;
    this.scrollPending = false;
    const option = this.host.shadowRoot?.getElementById(this.optionId(this.active));
    option?.scrollIntoView?.({ block: 'nearest' });
  }

  /** Where recent terms are kept, and how many (0: none kept or shown). */
  configure(key: string, limit: number): void {
    if (key !== this.recentKey || limit !== this.recentLimit) {
      this.recentKey = key;
      this.recentLimit = limit;
      this.recent = limit > 0 ? loadRecent(key).slice(0, limit) : [];
    }
  }

  /** Popular items, once loaded (for the empty state too). */
  get popular(): ItemSummary[] {
    return this.hotTask.value ?? [];
  }

  /** Remembers a term the applicant searched for. */
  remember(term: string): void {
    if (this.recentLimit > 0 && term.trim()) this.recent = addRecent(this.recentKey, term, this.recentLimit);
  }

  /** The options in the popup now, in display order. */
  get options(): ComboOption[] {
    const text = this.host.inputValue.trim();
    if (!text) {
      const recent: ComboOption[] = this.recent.map((term) => ({ kind: 'recent', term }));
      if (recent.length > 0) recent.push({ kind: 'clear-recent' });
      return [...recent, ...this.popular.map((item): ComboOption => ({ kind: 'hot', item }))];
    }
    const recent = this.recent
      .filter((term) => term !== text && term.includes(text))
      .slice(0, MATCHING_RECENT)
      .map((term): ComboOption => ({ kind: 'recent', term }));
    // Suggestions of an older text are dropped once the box is emptied or changed beyond them.
    const suggestions = this.host.q ? (this.suggestTask.value ?? []) : [];
    return [...recent, ...suggestions.map((suggestion): ComboOption => ({ kind: 'suggestion', suggestion }))];
  }

  /** Whether the popup is shown (aria-expanded). */
  get expanded(): boolean {
    return this.open && this.options.length > 0;
  }

  /** The id of the highlighted option, for aria-activedescendant. */
  get activeId(): string | undefined {
    return this.expanded && this.active >= 0 ? this.optionId(this.active) : undefined;
  }

  show(): void {
    if (!this.host.inputValue.trim()) this.popularAsked = true;
    if (!this.open) {
      this.open = true;
      this.active = -1;
      this.host.requestUpdate();
    }
  }

  close(): void {
    if (this.open || this.active !== -1) {
      this.open = false;
      this.active = -1;
      this.host.requestUpdate();
    }
  }

  /** The text changed: a new list, nothing highlighted. */
  textChanged(): void {
    this.active = -1;
    this.show();
  }

  /** Keys of the text box (APG combobox keyboard interaction). */
  readonly onKeydown = (event: KeyboardEvent): void => {
    // Keys that confirm or move within an input method's candidates are the IME's.
    if (event.isComposing || event.keyCode === 229 || this.host.composing) return;
    const count = this.options.length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        const down = event.key === 'ArrowDown';
        if (!this.expanded) {
          this.show();
          if (event.altKey) return;
          const now = this.options.length;
          this.move(now === 0 ? -1 : down ? 0 : now - 1);
          return;
        }
        if (down) this.move(this.active + 1 >= count ? 0 : this.active + 1);
        else this.move(this.active <= 0 ? count - 1 : this.active - 1);
        return;
      }
      case 'Enter':
        event.preventDefault();
        if (this.expanded && this.active >= 0) this.choose(this.active);
        else {
          this.close();
          this.host.submit();
        }
        return;
      case 'Escape':
        if (this.expanded) {
          event.preventDefault();
          this.close();
        } else if (this.host.inputValue) {
          event.preventDefault();
          this.host.clearText();
        }
        return;
      case 'Tab':
        this.close();
        return;
      default:
    }
  };

  /** Acts on option `index`. */
  choose(index: number): void {
    const option = this.options[index];
    if (!option) return;
    switch (option.kind) {
      case 'recent':
        this.close();
        this.host.searchTerm(option.term);
        return;
      case 'clear-recent':
        clearRecent(this.recentKey);
        this.recent = [];
        this.move(-1);
        return;
      case 'hot':
        this.close();
        this.host.chooseItem({ itemId: option.item.id, itemName: option.item.name, departmentName: option.item.departmentName, source: 'hot', item: option.item });
        return;
      case 'suggestion': {
        const s = option.suggestion;
        this.close();
        this.host.chooseItem({ itemId: s.itemId, itemName: s.text, departmentName: s.departmentName, source: 'suggestion', item: null });
      }
    }
  }

  /** The popup: a listbox of grouped options (hidden, but in place, while closed). */
  render(listboxId: string): TemplateResult {
    const options = this.options;
    const expanded = this.open && options.length > 0;
    const text = this.host.inputValue.trim();
    let index = 0;
    const option = (content: unknown, extra = '') => {
      const i = index++;
      return html`<div
        id=${this.optionId(i)}
        class="option ${extra}"
        part="option"
        role="option"
        aria-selected=${i === this.active ? 'true' : 'false'}
        @mousedown=${(e: Event) => e.preventDefault()}
        @click=${() => this.choose(i)}
      >
        ${content}
      </div>`;
    };
    const group = (id: string, label: string, items: TemplateResult[]) =>
      items.length === 0
        ? nothing
        : html`<div role="group" aria-labelledby=${id} class="group">
            <div role="presentation" id=${id} class="group-label">${label}</div>
            ${items}
          </div>`;
    const recent = options.filter((o) => o.kind === 'recent' || o.kind === 'clear-recent');
    const items = options.filter((o) => o.kind === 'hot' || o.kind === 'suggestion');
    const recentGroup = group(
      `${listboxId}-recent`,
      this.i18n.t('itemSearch.recent'),
      recent.map((o) => (o.kind === 'recent' ? option(html`<span class="option-text">${o.term}</span>`) : option(this.i18n.t('itemSearch.clearRecent'), 'action'))),
    );
    const itemGroup = group(
      `${listboxId}-items`,
      this.i18n.t(text ? 'itemSearch.suggested' : 'itemSearch.hot'),
      items.map((o) =>
        o.kind === 'hot'
          ? option(html`<span class="option-text">${o.item.name}</span><span class="option-detail">${o.item.departmentName}</span>`)
          : o.kind === 'suggestion'
            ? option(
                html`<span class="option-text">${highlight(o.suggestion.text, o.suggestion.highlights, 'name')}</span
                  ><span class="option-detail">${highlight(o.suggestion.departmentName, o.suggestion.highlights, 'departmentName')}</span>`,
              )
            : html``,
      ),
    );
    return html`<div id=${listboxId} class="popup" part="suggestions" role="listbox" aria-label=${this.i18n.t('itemSearch.suggestions')} ?hidden=${!expanded}>
      ${recentGroup}${itemGroup}
    </div>`;
  }

  private optionId(index: number): string {
    return `yw-option-${index}`;
  }

  private move(index: number): void {
    this.active = index;
    this.scrollPending = index >= 0;
    this.host.requestUpdate();
  }
}
