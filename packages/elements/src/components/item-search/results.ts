// A search's results as data: running it (paging or "load more"), what the
// live region says, the ids of the result entries. The templates that show
// them are in views/result-list.ts, fetched in parallel with the first search.
import type { ItemSearchQuery, ItemSearchResult } from '@yiwang/contract';
import type { Client } from '@yiwang/sdk';
import type { DataState } from '../../base/controllers/data.ts';
import type { LocalizeController } from '../../base/controllers/localize.ts';

/** How further results are reached: page buttons, or a "load more" button that appends. */
export const PAGING_MODES = ['pages', 'more'] as const;
export type PagingMode = (typeof PAGING_MODES)[number];

/** A finished search: the query as sent and the result (all loaded pages in "more" mode). */
export interface Results {
  query: ItemSearchQuery;
  result: ItemSearchResult;
  /** Index of the first item this call appended ("load more"), else 0. */
  appendedFrom: number;
}

export const resultId = (itemId: string) => `result-${itemId}`;

/**
 * Runs a search. In "more" mode the next page is appended to `previous` (the
 * results on screen) when it is the same search one page back; a "more" state
 * restored from a URL loads every page up to `page` in one request.
 */
export async function fetchResults(
  client: Client,
  query: ItemSearchQuery,
  paging: PagingMode,
  previous: Results | null,
  signal: AbortSignal,
): Promise<Results> {
  const page = query.page ?? 1;
  const size = query.pageSize ?? 10;
  if (paging !== 'more' || page === 1) return { query, result: await client.items.search({ ...query, signal }), appendedFrom: 0 };
  const same = (other: ItemSearchQuery) => JSON.stringify({ ...other, page: 0 }) === JSON.stringify({ ...query, page: 0 });
  if (previous && same(previous.query) && (previous.query.page ?? 1) === page - 1) {
    const next = await client.items.search({ ...query, signal });
    return { query, result: { ...next, items: [...previous.result.items, ...next.items] }, appendedFrom: previous.result.items.length };
  }
  const all = await client.items.search({ ...query, page: 1, pageSize: Math.min(100, size * page), signal });
  return { query, result: { ...all, page, pageSize: size }, appendedFrom: 0 };
}

/** What the live region says when results arrive ("“营业执照”共找到 9 个事项"). */
export function announcement(localize: LocalizeController, state: DataState, value: Results | undefined): string {
  if (!value || (state !== 'complete' && state !== 'empty')) return '';
  const q = value.query.q ?? '';
  return state === 'empty'
    ? localize.t('itemSearch.announceEmpty', q)
    : localize.t('itemSearch.announce', q, localize.number(value.result.total));
}
