// The filter bar: facets with the server's counts as toggle chips (one value
// per facet; facets combine), the chosen ones again as removable chips, and
// the sort order. Rendered from the last result, so it stays in place — and
// keyboard focus with it — while the next result loads.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { SearchFacets } from '@yiwang/contract';
import { SEARCH_SORTS } from '@yiwang/contract';
import type { LocalizeController } from '../../../base/controllers/localize.ts';
import { audienceLabel, channelLabel, typeLabel } from '../../item-guide/item-facts.ts';
import type { SearchFilters, SearchSort } from '../url-state.ts';

/** Facets with a list of values (zero visits is a single toggle). */
export const FACETS = ['department', 'audience', 'type', 'channel'] as const;
export type Facet = (typeof FACETS)[number];
/** Departments shown before "更多". */
const DEPARTMENTS_SHOWN = 5;

export interface FilterBarView {
  localize: LocalizeController;
  facets: SearchFacets;
  filters: SearchFilters;
  /** Facets fixed by the element's attributes (not offered, not clearable). */
  scoped: ReadonlySet<Facet>;
  sort: SearchSort;
  allDepartments: boolean;
  /** On a narrow screen, the facets are shown (they fold away behind a "筛选" button there). */
  open: boolean;
  toggleOpen(): void;
  setFilter(facet: Facet | 'zeroVisit', value: string | boolean | undefined, from?: HTMLElement): void;
  clearFilters(): void;
  setSort(sort: SearchSort): void;
  toggleDepartments(): void;
}

/** The label of a facet value in the element's locale (departments: the server's short name). */
export function valueLabel(localize: LocalizeController, facets: SearchFacets | null, facet: Facet, value: string): string {
  switch (facet) {
    case 'audience':
      return audienceLabel(localize, value as never);
    case 'type':
      return typeLabel(localize, value as never);
    case 'channel':
      return channelLabel(localize, value as never);
    default:
      return facets?.department.find((d) => d.value === value)?.label ?? value;
  }
}

export function renderFilterBar(v: FilterBarView): TemplateResult {
  const { localize, facets, filters } = v;
  const group = (facet: Facet) => {
    if (v.scoped.has(facet)) return nothing;
    let values = facets[facet];
    const selected = filters[facet];
    let more: TemplateResult | typeof nothing = nothing;
    if (facet === 'department' && values.length > DEPARTMENTS_SHOWN + 1) {
      if (!v.allDepartments) {
        const top = [...values].sort((a, b) => b.count - a.count).slice(0, DEPARTMENTS_SHOWN);
        values = values.filter((d) => top.includes(d) || d.value === selected);
      }
      more = html`<button type="button" class="facet more" part="facet-more" aria-expanded=${v.allDepartments ? 'true' : 'false'} @click=${v.toggleDepartments}>
        ${v.allDepartments ? localize.t('itemSearch.fewerFacets') : localize.t('itemSearch.moreFacets', localize.number(facets.department.length))}
      </button>`;
    }
    if (values.length === 0) return nothing;
    const id = `facet-${facet}`;
    return html`<div class="facet-group" role="group" aria-labelledby=${id}>
      <span class="facet-label" id=${id}>${localize.t(`itemSearch.facet.${facet}` as const)}</span>
      ${repeat(
        values,
        (value) => value.value,
        (value) => {
          const pressed = selected === value.value;
          return html`<button
            type="button"
            class="facet"
            part="facet"
            aria-pressed=${pressed ? 'true' : 'false'}
            @click=${(e: Event) => v.setFilter(facet, pressed ? undefined : value.value, e.currentTarget as HTMLElement)}
          >
            ${valueLabel(localize, facets, facet, value.value)} <span class="count">${localize.number(value.count)}</span>
          </button>`;
        },
      )}
      ${more}
    </div>`;
  };
  const chosen = FACETS.filter((f) => filters[f] && !v.scoped.has(f)).length + (filters.zeroVisit ? 1 : 0);
  return html`<div class="filters" part="filters" role="group" aria-label=${localize.t('itemSearch.filters')}>
      <button type="button" class="facet filters-toggle" part="filters-toggle" aria-expanded=${v.open ? 'true' : 'false'} aria-controls="facet-groups" @click=${v.toggleOpen}>
        ${localize.t('itemSearch.showFilters', chosen)}
      </button>
      <div class="facet-groups" id="facet-groups" ?data-open=${v.open}>${FACETS.map(group)}</div>
      <div class="facet-group">
        <button
          type="button"
          class="facet"
          part="facet"
          aria-pressed=${filters.zeroVisit ? 'true' : 'false'}
          @click=${(e: Event) => v.setFilter('zeroVisit', filters.zeroVisit ? undefined : true, e.currentTarget as HTMLElement)}
        >
          ${localize.t('itemSearch.facet.zeroVisit')} <span class="count">${localize.number(facets.zeroVisit)}</span>
        </button>
        <label class="sort">
          <span>${localize.t('itemSearch.sort')}</span>
          <select part="sort" @change=${(e: Event) => v.setSort((e.target as HTMLSelectElement).value as SearchSort)}>
            ${SEARCH_SORTS.map((s) => html`<option value=${s} ?selected=${s === v.sort}>${localize.t(`itemSearch.sort.${s}` as const)}</option>`)}
          </select>
        </label>
      </div>
    </div>
    ${renderChips(v)}`;
}

/** The chosen facets as chips that remove themselves, and "clear all". */
function renderChips(v: FilterBarView): TemplateResult | typeof nothing {
  const { localize, filters } = v;
  const chips: Array<{ facet: Facet | 'zeroVisit'; label: string; value: string }> = [];
  for (const facet of FACETS) {
    const value = filters[facet];
    if (value && !v.scoped.has(facet))
      chips.push({ facet, label: localize.t(`itemSearch.facet.${facet}` as const), value: valueLabel(localize, v.facets, facet, value) });
  }
  if (filters.zeroVisit) chips.push({ facet: 'zeroVisit', label: localize.t('itemSearch.facet.zeroVisit'), value: '' });
  if (chips.length === 0) return nothing;
  return html`<div class="chips" part="chips" role="group" aria-label=${localize.t('itemSearch.activeFilters')}>
    ${repeat(
      chips,
      (chip) => chip.facet,
      (chip) => html`<button
        type="button"
        class="chip"
        part="chip"
        data-facet=${chip.facet}
        @click=${() => v.setFilter(chip.facet, undefined)}
      >
        ${chip.value ? `${chip.label}${localize.t('itemGuide.colon')}${chip.value}` : chip.label}<span class="yw-sr-only">${localize.t('itemSearch.removeFilter')}</span>
        <span aria-hidden="true">✕</span>
      </button>`,
    )}
    <button type="button" class="chip clear" part="chip clear-filters" @click=${v.clearFilters}>${localize.t('itemSearch.clearFilters')}</button>
  </div>`;
}
