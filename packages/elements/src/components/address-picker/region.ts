// The area part of the picker (所在地区): the search across levels, and the
// levels themselves — a row of comboboxes on wide screens, or a button that
// opens a bottom sheet with a tab and a column per level on narrow ones. Each
// level filters its list by name, pinyin or initials as the applicant types;
// after a choice, focus moves on to the next level once its list is there.
import { html, nothing } from 'lit';
import type { ReactiveController, TemplateResult } from 'lit';
import type { Division } from '@yiwang/contract';
import { DataController } from '../../base/controllers/data.ts';
import type { DataHost } from '../../base/controllers/data.ts';
import type { LocalizeController } from '../../base/controllers/localize.ts';
import { Cascade, SLOTS } from './cascade.ts';
import type { Choice } from './cascade.ts';
import { ComboField } from './combo-field.ts';

/** Wait this long after the last keystroke before searching. */
const SEARCH_DEBOUNCE_MS = 250;
/** Search hits offered at once. */
const SEARCH_LIMIT = 10;

export interface RegionOptions {
  localize: LocalizeController;
  /** Nothing can be chosen (disabled). */
  locked: () => boolean;
  /** The bottom sheet instead of inline comboboxes. */
  sheetLayout: () => boolean;
  /** The applicant chose something (a level, a search hit). */
  chosen: () => void;
}

/** A problem with the area: the id of its message, and whether it is about the last level chosen (not deliverable). */
export interface RegionMark {
  id: string;
  chosen: boolean;
}

/** In-level filter: name, full pinyin or initials (precomputed by the server: no pinyin library here). */
export function filterDivisions(options: readonly Division[], typed: string): Division[] {
  const text = typed.trim();
  if (!text) return [...options];
  const latin = text.toLowerCase().replace(/[\s'’]+/g, '').replace(/ü/g, 'v');
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

export class RegionView implements ReactiveController {
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

  private label(slot: number): string {
    return this.options.localize.t(`addressPicker.level.${this.cascade.levelAt(slot)}`);
  }

  /** The search, then the levels (inline) or the sheet's button; `mark` points the level with a problem at its message. */
  render(mark: RegionMark | null): TemplateResult {
    return html`${this.renderSearch()} ${this.options.sheetLayout() ? this.renderTrigger(mark) : this.renderLevels(mark)}`;
  }

  /** The bottom sheet, while open (rendered last, over the page). */
  renderSheet(): TemplateResult | typeof nothing {
    if (!this.sheetOpen) return nothing;
    const { localize } = this.options;
    const slot = this.sheetSlot;
    return html`<div class="backdrop" @click=${() => this.closeSheet()}></div>
      <div class="sheet" part="sheet" role="dialog" aria-modal="true" aria-labelledby="sheet-title" @keydown=${this.onSheetKeydown}>
        <div class="sheet-head">
          <p id="sheet-title" class="sheet-title">${localize.t('addressPicker.sheet.title')}</p>
          <button type="button" class="yw-link-button" part="button" @click=${() => this.closeSheet()}>${localize.t('addressPicker.sheet.close')}</button>
        </div>
        <div class="tabs" role="tablist" aria-label=${localize.t('addressPicker.sheet.levels')} @keydown=${this.onTabsKeydown}>
          ${Array.from({ length: Math.min(this.cascade.path.length + 1, this.cascade.slotCount) }, (_, i) => html`<button
            id=${`tab-${i}`}
            type="button"
            class="tab"
            part="tab"
            role="tab"
            aria-selected=${i === slot ? 'true' : 'false'}
            aria-controls=${`panel-${i}`}
            tabindex=${i === slot ? '0' : '-1'}
            ?disabled=${this.cascade.parentAt(i) === null}
            @click=${() => this.showTab(i, false)}
          >${this.cascade.path[i]?.name ?? localize.t('addressPicker.choose')}</button>`)}
        </div>
        <div id=${`panel-${slot}`} class="column combo" role="tabpanel" aria-labelledby=${`tab-${slot}`}>
          <label for=${this.levels[slot]!.inputId} class="label" part="label">${this.label(slot)}</label>
          <p id="filter-hint" class="hint">${localize.t('addressPicker.filterHint')}</p>
          ${this.renderLevel(slot, null)}
        </div>
      </div>`;
  }

  private showTab(slot: number, focusTab: boolean): void {
    this.sheetSlot = slot;
    this.host.requestUpdate();
    if (focusTab) void this.host.updateComplete.then(() => this.host.shadowRoot?.getElementById(`tab-${slot}`)?.focus());
  }

  /** One level's combobox: its list, or loading, or an error with a retry button. */
  private renderLevel(slot: number, mark: RegionMark | null): TemplateResult {
    const { localize } = this.options;
    const parent = this.cascade.parentAt(slot);
    const state = this.cascade.stateAt(slot);
    const chosen = this.cascade.path[slot];
    const label = this.label(slot);
    const error = state === 'error' ? localize.error(this.cascade.errorAt(slot)) : null;
    const errorText = error ? localize.t('addressPicker.levelError', label) + error.message : '';
    const marked = mark !== null && this.markedSlot(mark) === slot;
    const describedBy = [marked ? mark.id : '', error ? `level-${slot}-error` : '', 'filter-hint'].filter(Boolean).join(' ');
    return html`${this.levels[slot]!.render({
        label,
        display: chosen?.name ?? '',
        placeholder: parent === null ? localize.t('addressPicker.chooseFirst', this.label(slot - 1)) : localize.t('addressPicker.choose'),
        disabled: parent === null || this.options.locked(),
        status: state === 'pending' ? localize.t('state.loading') : error ? errorText : undefined,
        emptyText: localize.t('addressPicker.noMatch'),
        renderOption: (d) => d.name,
        isChosen: (d) => d.code === chosen?.code,
        describedBy,
        invalid: marked,
      })}
      ${error
        ? html`<p id=${`level-${slot}-error`} class="level-error" role="alert">${errorText}</p>
            ${error.retryable
              ? html`<button type="button" class="yw-button retry" part="retry-button" @click=${() => this.cascade.retryAt(slot)}>${localize.t('state.retry')}</button>`
              : nothing}`
        : nothing}`;
  }

  /** The level a problem is about: the next to choose, or (not deliverable) the last chosen. */
  private markedSlot(mark: RegionMark): number {
    const length = this.cascade.path.length;
    return mark.chosen ? Math.max(0, length - 1) : Math.min(length, this.cascade.slotCount - 1);
  }

  private renderLevels(mark: RegionMark | null): TemplateResult {
    return html`<p id="filter-hint" class="hint">${this.options.localize.t('addressPicker.filterHint')}</p>
      <div class="levels">
        ${Array.from({ length: this.cascade.slotCount }, (_, slot) => html`<div class="level combo" part="level">
          <label for=${this.levels[slot]!.inputId} class="label" part="label">${this.label(slot)}</label>
          ${this.renderLevel(slot, mark)}
        </div>`)}
      </div>`;
  }

  private renderTrigger(mark: RegionMark | null): TemplateResult {
    const names = this.cascade.path.map((d) => d.name).join(' ');
    return html`<button
      id="sheet-trigger"
      type="button"
      class="sheet-trigger"
      part="sheet-trigger"
      aria-haspopup="dialog"
      aria-expanded=${this.sheetOpen ? 'true' : 'false'}
      aria-labelledby="region-legend sheet-trigger-text"
      aria-describedby=${mark ? mark.id : nothing}
      aria-invalid=${mark ? 'true' : nothing}
      ?disabled=${this.options.locked()}
      @click=${() => this.openSheet()}
    >
      <span id="sheet-trigger-text" class=${names ? '' : 'placeholder'}>${names || this.options.localize.t('addressPicker.sheet.placeholder')}</span><span aria-hidden="true">›</span>
    </button>`;
  }

  private renderSearch(): TemplateResult {
    const { localize } = this.options;
    const typed = this.typedQuery;
    const state = typed && typed === this.searchQuery ? this.search.state : typed ? 'pending' : 'initial';
    const count = this.search.current?.length ?? 0;
    const status =
      state === 'pending'
        ? localize.t('addressPicker.searching')
        : state === 'error'
          ? localize.t('addressPicker.searchFailed') + localize.error(this.search.error).message
          : undefined;
    const announce = state === 'complete' && this.searchBox.open ? (count ? localize.t('addressPicker.searchCount', count) : localize.t('addressPicker.searchNone')) : '';
    return html`<div
      class="search combo"
      part="search"
      @compositionstart=${() => (this.composing = true)}
      @compositionend=${(e: CompositionEvent) => {
        // Search once the IME has produced characters, not for each pinyin keystroke inside it.
        this.composing = false;
        this.scheduleSearch((e.target as HTMLInputElement).value);
      }}
    >
      <label for=${this.searchBox.inputId} class="label" part="label">${localize.t('addressPicker.search')}</label>
      ${this.searchBox.render({
        label: localize.t('addressPicker.search'),
        display: '',
        placeholder: localize.t('addressPicker.searchPlaceholder'),
        disabled: this.options.locked(),
        status,
        emptyText: localize.t('addressPicker.searchNone'),
        inputPart: 'search-input',
        renderOption: (d) => html`<span class="hit-name">${d.name}</span>
          <span class="hit-path">${(d.ancestors ?? []).map((a) => a.name).join(' ')}</span>`,
      })}
      <span class="yw-sr-only" role="status">${announce}</span>
    </div>`;
  }

  private readonly onSheetKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      event.preventDefault();
      this.closeSheet();
      return;
    }
    if (event.key !== 'Tab') return;
    // Focus stays in the sheet while it is open (it is modal).
    const focusable = [...(event.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('button:not([disabled]), input:not([disabled])')].filter((el) => el.tabIndex >= 0);
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
