// The area part of the picker (所在地区) as shown: the search across levels,
// then the levels — a row of comboboxes on wide screens, or a button that opens
// a bottom sheet with a tab and a column per level on narrow ones. What is
// chosen, loaded, open and focused is the RegionController's (region.ts).
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Division, DivisionLevel } from '@yiwang/contract';
import type { DataState } from '../../../base/controllers/data.ts';
import type { LocalizeController } from '../../../base/controllers/localize.ts';
import type { Choice } from '../cascade.ts';
import type { ComboField } from '../combo-field.ts';
import { renderComboField } from './combo-field.ts';

/** A problem with the area: the id of its message, and whether it is about the last level chosen (not deliverable). */
export interface RegionMark {
  id: string;
  chosen: boolean;
}

/** One level of the area. */
export interface RegionLevel {
  field: ComboField<Division>;
  /** Province, city, county or township (names its label). */
  level: DivisionLevel;
  /** The level above is not chosen yet: nothing to choose here. */
  waiting: boolean;
  /** Its list: loading, there, or failed. */
  state: DataState;
  error: unknown;
  chosen: Choice | undefined;
}

/** The search across levels. */
export interface RegionSearch {
  field: ComboField<Division>;
  /** `initial` with nothing typed, `pending` while typing or asking, then the answer's state. */
  state: DataState;
  error: unknown;
  /** How many hits there are. */
  count: number;
}

export interface RegionData {
  /** Nothing can be chosen (disabled). */
  locked: boolean;
  /** The bottom sheet instead of inline comboboxes. */
  sheetLayout: boolean;
  sheetOpen: boolean;
  /** The sheet's open level. */
  sheetSlot: number;
  /** The chosen divisions, province first. */
  path: readonly Choice[];
  /** Every level (province, city, county, township) … */
  levels: readonly RegionLevel[];
  /** … of which these many are shown: down to the township level, or the chosen leaf. */
  slotCount: number;
  search: RegionSearch;
}

export interface RegionActions {
  /** Loads a level's list again. */
  retry(slot: number): void;
  openSheet(): void;
  closeSheet(): void;
  /** Shows a level's tab in the sheet. */
  showTab(slot: number): void;
  sheetKeydown(event: KeyboardEvent): void;
  tabsKeydown(event: KeyboardEvent): void;
  compositionStart(): void;
  /** An input method produced characters (the search box's text). */
  compositionEnd(text: string): void;
}

const label = (localize: LocalizeController, level: DivisionLevel) => localize.t(`addressPicker.level.${level}`);

/** The search, then the levels (inline) or the sheet's button; `mark` points the level with a problem at its message. */
export function renderRegion(
  localize: LocalizeController,
  region: RegionData,
  actions: RegionActions,
  mark: RegionMark | null,
): TemplateResult {
  return html`${renderSearch(localize, region, actions)} ${
    region.sheetLayout ? renderTrigger(localize, region, actions, mark) : renderLevels(localize, region, actions, mark)
  }`;
}

/** The bottom sheet, while open (rendered last, over the page). */
export function renderRegionSheet(
  localize: LocalizeController,
  region: RegionData,
  actions: RegionActions,
): TemplateResult | typeof nothing {
  if (!region.sheetOpen) return nothing;
  const slot = region.sheetSlot;
  const level = region.levels[slot]!;
  return html`<div class="backdrop" @click=${() => actions.closeSheet()}></div>
    <div class="sheet" part="sheet" role="dialog" aria-modal="true" aria-labelledby="sheet-title" @keydown=${actions.sheetKeydown}>
      <div class="sheet-head">
        <p id="sheet-title" class="sheet-title">${localize.t('addressPicker.sheet.title')}</p>
        <button type="button" class="yw-link-button" part="button" @click=${() => actions.closeSheet()}>${localize.t('addressPicker.sheet.close')}</button>
      </div>
      <div class="tabs" role="tablist" aria-label=${localize.t('addressPicker.sheet.levels')} @keydown=${actions.tabsKeydown}>
        ${Array.from(
          { length: Math.min(region.path.length + 1, region.slotCount) },
          (_, i) => html`<button
          id=${`tab-${i}`}
          type="button"
          class="tab"
          part="tab"
          role="tab"
          aria-selected=${i === slot ? 'true' : 'false'}
          aria-controls=${`panel-${i}`}
          tabindex=${i === slot ? '0' : '-1'}
          ?disabled=${region.levels[i]!.waiting}
          @click=${() => actions.showTab(i)}
        >${region.path[i]?.name ?? localize.t('addressPicker.choose')}</button>`,
        )}
      </div>
      <div id=${`panel-${slot}`} class="column combo" role="tabpanel" aria-labelledby=${`tab-${slot}`}>
        <label for=${level.field.inputId} class="label" part="label">${label(localize, level.level)}</label>
        <p id="filter-hint" class="hint">${localize.t('addressPicker.filterHint')}</p>
        ${renderLevel(localize, region, actions, slot, null)}
      </div>
    </div>`;
}

/** The level a problem is about: the next to choose, or (not deliverable) the last chosen. */
function markedSlot(region: RegionData, mark: RegionMark): number {
  const length = region.path.length;
  return mark.chosen ? Math.max(0, length - 1) : Math.min(length, region.slotCount - 1);
}

/** One level's combobox: its list, or loading, or an error with a retry button. */
function renderLevel(
  localize: LocalizeController,
  region: RegionData,
  actions: RegionActions,
  slot: number,
  mark: RegionMark | null,
): TemplateResult {
  const level = region.levels[slot]!;
  const chosen = level.chosen;
  const name = label(localize, level.level);
  const error = level.state === 'error' ? localize.error(level.error) : null;
  const errorText = error ? localize.t('addressPicker.levelError', name) + error.message : '';
  const marked = mark !== null && markedSlot(region, mark) === slot;
  const describedBy = [marked ? mark.id : '', error ? `level-${slot}-error` : '', 'filter-hint'].filter(Boolean).join(' ');
  return html`${renderComboField(level.field, {
    label: name,
    display: chosen?.name ?? '',
    // A level whose list is on its way says so where the applicant looks, not only in its closed list.
    placeholder: level.waiting
      ? localize.t('addressPicker.chooseFirst', label(localize, region.levels[slot - 1]!.level))
      : localize.t(level.state === 'pending' ? 'state.loading' : 'addressPicker.choose'),
    disabled: level.waiting || region.locked,
    status: level.state === 'pending' ? localize.t('state.loading') : error ? errorText : undefined,
    emptyText: localize.t('addressPicker.noMatch'),
    renderOption: (d) => d.name,
    describedBy,
    invalid: marked,
  })}
    ${
      error
        ? html`<p id=${`level-${slot}-error`} class="level-error" role="alert">${errorText}</p>
          ${
            error.retryable
              ? html`<button type="button" class="yw-button retry" part="retry-button" @click=${() => actions.retry(slot)}>${localize.t('state.retry')}</button>`
              : nothing
          }`
        : nothing
    }`;
}

function renderLevels(localize: LocalizeController, region: RegionData, actions: RegionActions, mark: RegionMark | null): TemplateResult {
  return html`<p id="filter-hint" class="hint">${localize.t('addressPicker.filterHint')}</p>
    <div class="levels">
      ${region.levels.slice(0, region.slotCount).map(
        (level, slot) => html`<div class="level combo" part="level">
        <label for=${level.field.inputId} class="label" part="label">${label(localize, level.level)}</label>
        ${renderLevel(localize, region, actions, slot, mark)}
      </div>`,
      )}
    </div>`;
}

function renderTrigger(localize: LocalizeController, region: RegionData, actions: RegionActions, mark: RegionMark | null): TemplateResult {
  const names = region.path.map((d) => d.name).join(' ');
  return html`<button
    id="sheet-trigger"
    type="button"
    class="sheet-trigger"
    part="sheet-trigger"
    aria-haspopup="dialog"
    aria-expanded=${region.sheetOpen ? 'true' : 'false'}
    aria-labelledby="region-legend sheet-trigger-text"
    aria-describedby=${mark ? mark.id : nothing}
    aria-invalid=${mark ? 'true' : nothing}
    ?disabled=${region.locked}
    @click=${() => actions.openSheet()}
  >
    <span id="sheet-trigger-text" class=${names ? '' : 'placeholder'}>${names || localize.t('addressPicker.sheet.placeholder')}</span><span aria-hidden="true">›</span>
  </button>`;
}

function renderSearch(localize: LocalizeController, region: RegionData, actions: RegionActions): TemplateResult {
  const { field, state, error, count } = region.search;
  const status =
    state === 'pending'
      ? localize.t('addressPicker.searching')
      : state === 'error'
        ? localize.t('addressPicker.searchFailed') + localize.error(error).message
        : undefined;
  const announce =
    state === 'complete' && field.open
      ? count
        ? localize.t('addressPicker.searchCount', count)
        : localize.t('addressPicker.searchNone')
      : '';
  return html`<div
    class="search combo"
    part="search"
    @compositionstart=${() => actions.compositionStart()}
    @compositionend=${(e: CompositionEvent) => actions.compositionEnd((e.target as HTMLInputElement).value)}
  >
    <label for=${field.inputId} class="label" part="label">${localize.t('addressPicker.search')}</label>
    ${renderComboField(field, {
      label: localize.t('addressPicker.search'),
      display: '',
      placeholder: localize.t('addressPicker.searchPlaceholder'),
      disabled: region.locked,
      status,
      emptyText: localize.t('addressPicker.searchNone'),
      inputPart: 'search-input',
      renderOption: (d) => html`<span class="hit-name">${d.name}</span>
        <span class="hit-path">${(d.ancestors ?? []).map((a) => a.name).join(' ')}</span>`,
    })}
    <span class="yw-sr-only" role="status">${announce}</span>
  </div>`;
}
