// What the search box suggests, in its combobox popup: an empty box offers the
// recent searches of this device and the popular items; a typed one offers
// the best matching items of the search the element runs for the committed
// (composed) text anyway — one request per query for the results and the
// suggestions, not two. The keys and the active option are the shared combobox
// controller's; the listbox is rendered by search-box.ts.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Task } from '@lit/task';
import type { ItemHit, ItemSummary, Suggestion } from '@yiwang/contract';
import type { Client } from '@yiwang/sdk';
import { ComboboxController } from '../../base/controllers/combobox.ts';
import type { YwSelectDetail } from '../../base/events/item-search.ts';
import { addRecent, clearRecent, loadRecent } from './recent-searches.ts';

const SUGGEST_LIMIT = 8;
const HOT_LIMIT = 6;
/** Recent terms shown above the suggestions when they contain the typed text. */
const MATCHING_RECENT = 3;

/** The element id of the option at `index` of the popup. */
export const optionId = (index: number): string => `yw-option-${index}`;

/** A search hit as a suggestion: its name and department, with their highlighted ranges. */
const toSuggestion = ({ item, highlights }: ItemHit): Suggestion => ({
  itemId: item.id,
  text: item.name,
  departmentName: item.departmentName,
  highlights: highlights.filter((h) => h.field !== 'keywords'),
});

export type ComboOption =
  | { kind: 'recent'; term: string }
  | { kind: 'clear-recent' }
  | { kind: 'hot'; item: ItemSummary }
  | { kind: 'suggestion'; suggestion: Suggestion };

/** What the controller needs from the search element. */
export interface SuggestionsHost extends ReactiveControllerHost, HTMLElement {
  readonly client: Client | null;
  /** The text in the box now. */
  readonly inputValue: string;
  /** The committed query (debounced, never mid-composition). */
  readonly q: string;
  /** True while an input method is composing. */
  readonly composing: boolean;
  /** The hits of the latest finished search (first page) and the query they are for. */
  readonly hits: { q: string; hits: ItemHit[] } | null;
  /** Whether popular items are wanted besides the popup (the empty state lists them). */
  readonly wantsPopular: boolean;
  /** Runs the search now (Enter with no option active). */
  submit(): void;
  /** Searches for a recent term. */
  searchTerm(term: string): void;
  /** Opens an item. */
  chooseItem(detail: YwSelectDetail): void;
  /** Empties the box (Escape on a closed popup). */
  clearText(): void;
}

export class SuggestionsController implements ReactiveController {
  /** The popup's keys, open state and active option. */
  readonly combobox: ComboboxController<ComboOption>;
  private readonly host: SuggestionsHost;
  private recent: string[] = [];
  private recentKey = '';
  private recentLimit = 8;
  private popularAsked = false;

  private readonly hotTask: Task<[Client | null, boolean], ItemSummary[]>;

  constructor(host: SuggestionsHost) {
    this.host = host;
    this.combobox = new ComboboxController<ComboOption>(host, {
      options: () => this.options,
      optionId: (_option, index) => optionId(index),
      pick: (option) => this.pick(option),
      composing: () => host.composing,
      onShow: () => {
        if (!host.inputValue.trim()) this.popularAsked = true;
      },
      enter: () => {
        host.submit();
        return true;
      },
      clear: () => {
        if (!host.inputValue) return false;
        host.clearText();
        return true;
      },
    });
    this.hotTask = new Task(host, {
      args: () => [host.client, this.popularAsked || host.wantsPopular] as [Client | null, boolean],
      task: async ([client, wanted], { signal }) => (client && wanted ? (await client.items.hot({ limit: HOT_LIMIT, signal })).items : []),
    });
    host.addController(this);
  }

  hostConnected(): void {}

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
    // Suggestions of an older text stay until the search for the new one is in; none once the box is emptied.
    const found = this.host.q ? this.host.hits : null;
    const suggestions = found?.q ? found.hits.slice(0, SUGGEST_LIMIT).map(toSuggestion) : [];
    return [...recent, ...suggestions.map((suggestion): ComboOption => ({ kind: 'suggestion', suggestion }))];
  }

  /** Acts on a picked option (the popup is closed by then). */
  private pick(option: ComboOption): void {
    switch (option.kind) {
      case 'recent':
        this.host.searchTerm(option.term);
        return;
      case 'clear-recent':
        clearRecent(this.recentKey);
        this.recent = [];
        // The popup stays, with what is left in it.
        this.combobox.show();
        return;
      case 'hot':
        this.host.chooseItem({
          itemId: option.item.id,
          itemName: option.item.name,
          departmentName: option.item.departmentName,
          source: 'hot',
          item: option.item,
        });
        return;
      case 'suggestion': {
        const s = option.suggestion;
        this.host.chooseItem({ itemId: s.itemId, itemName: s.text, departmentName: s.departmentName, source: 'suggestion', item: null });
      }
    }
  }
}
