// The result list ("共 N 项", one entry per item with highlighted name,
// department and badges), paging or "load more", and the empty state that
// points to broader queries. Loading more renders through the same template
// as the finished list, so the list and the focused button stay in place.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { ItemHit, ItemSummary } from '@yiwang/contract';
import type { LocalizeController } from '../../../base/controllers/localize.ts';
import { renderBadges, renderChannels } from '../../item-guide/item-facts.ts';
import { highlight } from '../highlight.ts';
import { resultId } from '../results.ts';
import type { PagingMode, Results } from '../results.ts';

export interface ResultListView {
  localize: LocalizeController;
  results: Results;
  paging: PagingMode;
  pageSize: number;
  /** "Load more" is running. */
  loadingMore: boolean;
  select(item: ItemSummary): void;
  goTo(page: number): void;
  loadMore(): void;
}

function renderHit(localize: LocalizeController, hit: ItemHit, select: (item: ItemSummary) => void): TemplateResult {
  const { item, highlights } = hit;
  const id = resultId(item.id);
  const keywordHits = highlights.some((h) => h.field === 'keywords');
  return html`<li class="result" part="result">
    <button type="button" class="result-name" part="result-name" id=${id} aria-describedby=${`${id}-facts`} @click=${() => select(item)}>
      ${highlight(item.name, highlights, 'name')}
    </button>
    <div class="result-facts" id=${`${id}-facts`}>
      <p class="department" part="department">${highlight(item.departmentName, highlights, 'departmentName')}</p>
      ${renderBadges(localize, item)} ${renderChannels(localize, item.channels)}
      ${
        keywordHits
          ? html`<p class="keywords" part="keywords">${localize.t('itemSearch.keywords')}${highlight(item.keywords.join('、'), highlights, 'keywords')}</p>`
          : nothing
      }
    </div>
  </li>`;
}

/** Page numbers around the current one, with gaps (null) where pages are left out. */
export function pageWindow(page: number, pages: number): Array<number | null> {
  const wanted = new Set([1, pages, page - 1, page, page + 1].filter((p) => p >= 1 && p <= pages));
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: Array<number | null> = [];
  sorted.forEach((p, i) => {
    if (i > 0 && p - sorted[i - 1]! > 1) out.push(null);
    out.push(p);
  });
  return out;
}

function renderPager(v: ResultListView, page: number, pages: number): TemplateResult | typeof nothing {
  if (pages <= 1) return nothing;
  const { localize } = v;
  return html`<nav class="pager" part="pager" aria-label=${localize.t('itemSearch.pages')}>
    <button type="button" class="page" part="page-button" ?disabled=${page <= 1} @click=${() => v.goTo(page - 1)}>${localize.t('itemSearch.previous')}</button>
    ${pageWindow(page, pages).map((p) =>
      p === null
        ? html`<span class="gap" aria-hidden="true">…</span>`
        : html`<button
            type="button"
            class="page"
            part="page-button"
            aria-current=${p === page ? 'page' : nothing}
            aria-label=${localize.t('itemSearch.page', localize.number(p))}
            @click=${() => v.goTo(p)}
          >
            ${localize.number(p)}
          </button>`,
    )}
    <button type="button" class="page" part="page-button" ?disabled=${page >= pages} @click=${() => v.goTo(page + 1)}>${localize.t('itemSearch.next')}</button>
  </nav>`;
}

function renderMore(v: ResultListView, shown: number, total: number): TemplateResult {
  const { localize } = v;
  return html`<div class="more" part="more">
    <p class="shown">${localize.t('itemSearch.shown', localize.number(shown), localize.number(total))}</p>
    ${
      shown < total
        ? html`<button
          type="button"
          class="yw-button secondary"
          part="load-more-button"
          aria-disabled=${v.loadingMore ? 'true' : 'false'}
          @click=${() => (v.loadingMore ? undefined : v.loadMore())}
        >
          ${localize.t(v.loadingMore ? 'itemSearch.loadingMore' : 'itemSearch.loadMore')}
        </button>`
        : nothing
    }
  </div>`;
}

export function renderResultList(v: ResultListView): TemplateResult {
  const { localize } = v;
  const { result, query } = v.results;
  const page = query.page ?? 1;
  const pages = Math.ceil(result.total / v.pageSize);
  return html`<p class="total" part="total" tabindex="-1">${localize.t('itemSearch.total', localize.number(result.total))}</p>
    <ol class="results" part="results">
      ${repeat(
        result.items,
        (hit) => hit.item.id,
        (hit) => renderHit(localize, hit, v.select),
      )}
    </ol>
    ${v.paging === 'more' ? renderMore(v, result.items.length, result.total) : renderPager(v, page, pages)}`;
}

export interface EmptyView {
  localize: LocalizeController;
  q: string;
  filtered: boolean;
  popular: readonly ItemSummary[];
  searchTerm(term: string): void;
  clearFilters(): void;
  select(item: ItemSummary): void;
}

/** Broader queries than `q`: each word of a several-word query alone, or the first half of one long word. */
export function broaderTerms(q: string): string[] {
  const words = q.split(/\s+/).filter(Boolean);
  if (words.length > 1) return [...new Set(words)].slice(0, 3);
  const word = words[0] ?? '';
  const chars = Array.from(word);
  return chars.length >= 4 ? [chars.slice(0, Math.max(2, Math.floor(chars.length / 2))).join('')] : [];
}

export function renderEmpty(v: EmptyView): TemplateResult {
  const { localize } = v;
  const terms = broaderTerms(v.q);
  const tries = [
    ...(v.filtered
      ? [
          html`<li><button type="button" class="yw-link-button" part="try" @click=${v.clearFilters}>${localize.t('itemSearch.tryWithoutFilters')}</button></li>`,
        ]
      : []),
    ...terms.map(
      (term) =>
        html`<li><button type="button" class="yw-link-button" part="try" @click=${() => v.searchTerm(term)}>${localize.t('itemSearch.tryTerm', term)}</button></li>`,
    ),
  ];
  return html`<div class="yw-empty" part="empty">
    <p class="empty-message">${localize.t('itemSearch.empty', v.q)}</p>
    ${tries.length > 0 ? html`<p>${localize.t('itemSearch.tryInstead')}</p><ul class="tries">${tries}</ul>` : nothing}
    ${v.q ? html`<p>${localize.t('itemSearch.tryTip')}</p>` : nothing}
    ${
      v.popular.length > 0
        ? html`<p>${localize.t('itemSearch.popular')}</p>
          <ul class="tries">
            ${v.popular
              .slice(0, 5)
              .map(
                (item) =>
                  html`<li><button type="button" class="yw-link-button" part="popular" @click=${() => v.select(item)}>${item.name}</button></li>`,
              )}
          </ul>`
        : nothing
    }
  </div>`;
}
