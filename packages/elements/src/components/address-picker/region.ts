// The area part of the picker (所在地区): the search across levels, and the
// levels themselves — inline comboboxes on wide screens, or a bottom sheet with
// a tab and a column per level on narrow ones (views/region.ts renders them).
// Each level filters its list by name, pinyin or initials as the applicant
// types; after a choice, focus moves on to the next level once its list is there.
import type { ReactiveController } from 'lit';
import type { Division } from '@yiwang/contract';
import { DataController } from '../../base/controllers/data.ts';
import type { DataHost, DataState } from '../../base/controllers/data.ts';
import { Cascade, SLOTS } from './cascade.ts';
import type { Choice } from './cascade.ts';
import { ComboField } from './combo-field.ts';
import type { RegionActions, RegionData } from './views/region.ts';

/** Wait this long after the last keystroke before searching. */
const SEARCH_DEBOUNCE_MS = 250;
/** Search hits offered at once. */
const SEARCH_LIMIT = 10;

export interface RegionOptions {
  /** Nothing can be chosen (disabled). */
  locked: () => boolean;
  /** The bottom sheet instead of inline comboboxes. */
  sheetLayout: () => boolean;
  /** The applicant chose something (a level, a search hit). */
  chosen: () => void;
}

/** In-level filter: name, full pinyin or initials (precomputed by the server: no pinyin library here). */
export function filterDivisions(options: readonly Division[], typed: string): Division[] {
  const text = typed.trim();
  if (!text) return [...options];
  const latin = text
    .toLowerCase()
    .replace(/[\s'’]+/g, '')
    .replace(/ü/g, 'v');
  const rank = (d: Division): number => {
    if (d.name.startsWith(text) || d.pinyin.startsWith(latin) || d.initials.startsWith(latin)) return 0;
    if (d.name.includes(text) || (latin.length > 1 && d.pinyin.includes(latin))) return 1;
    return 2;
  };
  return options
    .map((d) => ({ d, r: rank(d) }))
    .filter((x) => x.r < 2)
    .sort((a, b) => a.r - b.r)
    .map((x) => x.d);
}

/** What is chosen, typed, searched and open in the area, and where focus goes next. */
export class RegionController implements ReactiveController {
  readonly cascade: Cascade;
  /** The bottom sheet is open, at this level. */
  sheetOpen = false;
  sheetSlot = 0;
  private readonly host: DataHost;
  private readonly options: RegionOptions;
  private readonly levels: Array<ComboField<Division>>;
  private readonly searchBox: ComboField<Division>;
  private readonly search: DataController<Division[], [string]>;
  private searchQuery = '';
  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  private composing = false;
  /** After a choice at this level, focus moves on to the next one once it is there … */
  private advanceFrom = -1;
  /** … unless the applicant has moved it elsewhere meanwhile. */
  private advanceFocusFrom: Element | null = null;
  /** The level to focus after this render. */
  private focusSlot = -1;

  constructor(host: DataHost, options: RegionOptions) {
    this.host = host;
    this.options = options;
    // The cascade first: its choices and lists are current when this controller looks at them.
    this.cascade = new Cascade(host);
    host.addController(this);
    this.levels = Array.from({ length: SLOTS }, (_, slot) => {
      const box: ComboField<Division> = new ComboField<Division>(host, {
        id: `level-${slot}`,
        options: () => filterDivisions(this.cascade.optionsAt(slot) ?? [], box.text),
        key: (d) => d.code,
        pick: (d) => this.choose(slot, d),
        alwaysOpen: () => this.sheetOpen,
        isChosen: (d) => d.code === this.cascade.path[slot]?.code,
      });
      return box;
    });
    this.search = new DataController<Division[], [string]>(host, {
      endpoint: 'divisions.search',
      args: () => (this.searchQuery ? [this.searchQuery] : null),
      call: (client, [q], signal) => client.divisions.search(q, { limit: SEARCH_LIMIT, signal }).then((r) => r.items),
      secondary: true,
    });
    this.searchBox = new ComboField<Division>(host, {
      id: 'search',
      options: () => (this.typedQuery && this.typedQuery === this.searchQuery ? (this.search.current ?? []) : []),
      key: (d) => d.code,
      pick: (d) => this.useHit(d),
      input: (text) => this.scheduleSearch(text),
    });
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    clearTimeout(this.searchTimer);
  }

  hostUpdate(): void {
    if (this.sheetOpen && !this.options.sheetLayout()) this.sheetOpen = false;
    this.advance();
  }

  hostUpdated(): void {
    if (this.focusSlot < 0) return;
    this.levels[this.focusSlot]!.focus();
    this.focusSlot = -1;
  }

  /** The control the area's validation message points at. */
  anchor(): HTMLElement | null {
    const root = this.host.shadowRoot;
    if (this.options.sheetLayout()) return root?.getElementById('sheet-trigger') ?? null;
    const slot = Math.min(this.cascade.path.length, this.cascade.slotCount - 1);
    return root?.getElementById(this.levels[slot]!.inputId) ?? null;
  }

  private get typedQuery(): string {
    return this.searchBox.text.trim().slice(0, 50);
  }

  private choose(slot: number, division: Division): void {
    this.cascade.choose(slot, division);
    this.options.chosen();
    this.afterChoice(slot, division);
  }

  private useHit(hit: Division): void {
    this.searchQuery = '';
    const ancestors = hit.ancestors ?? [];
    this.cascade.set([...ancestors, hit]);
    this.options.chosen();
    this.afterChoice(ancestors.length, hit);
    if (this.options.sheetLayout() && hit.hasChildren) this.openSheet();
  }

  private afterChoice(slot: number, division: Choice): void {
    if (division.level === 'township' || division.hasChildren === false) {
      if (this.sheetOpen) this.closeSheet();
      return;
    }
    this.advanceFrom = slot;
    this.advanceFocusFrom = this.host.shadowRoot!.activeElement;
  }

  /** Before a render: once the next level's list is there, it is the one to focus (and the sheet's open column). */
  private advance(): void {
    if (this.advanceFrom < 0) return;
    const slot = this.cascade.path.length;
    if (this.cascade.complete || slot <= this.advanceFrom || slot >= SLOTS) {
      this.advanceFrom = -1;
      return;
    }
    if (this.cascade.stateAt(slot) === 'pending' || this.cascade.parentAt(slot) === null) return;
    this.advanceFrom = -1;
    const focus = this.host.shadowRoot!.activeElement;
    if (focus !== this.advanceFocusFrom && focus !== null) return;
    if (this.sheetOpen) this.sheetSlot = slot;
    this.focusSlot = slot;
  }

  private scheduleSearch(text: string): void {
    clearTimeout(this.searchTimer);
    if (this.composing) return;
    const set = () => {
      this.searchQuery = text.trim().slice(0, 50);
      this.host.requestUpdate();
    };
    if (text.trim()) this.searchTimer = setTimeout(set, SEARCH_DEBOUNCE_MS);
    else set();
  }

  private openSheet(): void {
    if (this.options.locked()) return;
    const path = this.cascade.path;
    this.sheetSlot = this.cascade.complete ? path.length - 1 : Math.min(path.length, this.cascade.slotCount - 1);
    this.sheetOpen = true;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.levels[this.sheetSlot]!.focus());
  }

  private closeSheet(): void {
    this.sheetOpen = false;
    this.levels.forEach((box) => box.reset());
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.host.shadowRoot?.getElementById('sheet-trigger')?.focus());
  }

  /** What the views show: the levels, the search and the sheet. */
  get data(): RegionData {
    const cascade = this.cascade;
    const typed = this.typedQuery;
    const searchState: DataState = typed && typed === this.searchQuery ? this.search.state : typed ? 'pending' : 'initial';
    return {
      locked: this.options.locked(),
      sheetLayout: this.options.sheetLayout(),
      sheetOpen: this.sheetOpen,
      sheetSlot: this.sheetSlot,
      path: cascade.path,
      levels: this.levels.map((field, slot) => ({
        field,
        level: cascade.levelAt(slot),
        waiting: cascade.parentAt(slot) === null,
        state: cascade.stateAt(slot),
        error: cascade.errorAt(slot),
        chosen: cascade.path[slot],
      })),
      slotCount: cascade.slotCount,
      search: { field: this.searchBox, state: searchState, error: this.search.error, count: this.search.current?.length ?? 0 },
    };
  }

  /** What the views call. */
  readonly actions: RegionActions = {
    retry: (slot) => this.cascade.retryAt(slot),
    openSheet: () => this.openSheet(),
    closeSheet: () => this.closeSheet(),
    showTab: (slot) => this.showTab(slot, false),
    sheetKeydown: (event) => this.onSheetKeydown(event),
    tabsKeydown: (event) => this.onTabsKeydown(event),
    compositionStart: () => (this.composing = true),
    // Search once the IME has produced characters, not for each pinyin keystroke inside it.
    compositionEnd: (text) => {
      this.composing = false;
      this.scheduleSearch(text);
    },
  };

  private showTab(slot: number, focusTab: boolean): void {
    this.sheetSlot = slot;
    this.host.requestUpdate();
    if (focusTab) void this.host.updateComplete.then(() => this.host.shadowRoot?.getElementById(`tab-${slot}`)?.focus());
  }

  private readonly onSheetKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      event.preventDefault();
      this.closeSheet();
      return;
    }
    if (event.key !== 'Tab') return;
    // Focus stays in the sheet while it is open (it is modal).
    const focusable = [
      ...(event.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('button:not([disabled]), input:not([disabled])'),
    ].filter((el) => el.tabIndex >= 0);
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    const active = this.host.shadowRoot!.activeElement;
    if (event.shiftKey && active === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first?.focus();
    }
  };

  private readonly onTabsKeydown = (event: KeyboardEvent): void => {
    const keys: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1 };
    const step = keys[event.key];
    if (!step) return;
    event.preventDefault();
    const enabled = Array.from({ length: this.cascade.slotCount }, (_, i) => i).filter((i) => this.cascade.parentAt(i) !== null);
    const at = enabled.indexOf(this.sheetSlot);
    this.showTab(enabled[(at + step + enabled.length) % enabled.length] ?? this.sheetSlot, true);
  };
}
