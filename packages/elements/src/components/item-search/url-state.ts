// The search's state in the page's query string (`sync-url`), so that a result
// list can be shared as a link and the back button steps through searches:
//   ?q=营业执照&type=licensing&channel=online&zeroVisit=1&sort=name&page=2&item=scjg-001
// The page's own parameters and hash are kept. Values read from a URL are
// checked against the contract's lists; anything else is ignored.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { AUDIENCES, CHANNELS, ITEM_TYPES, SEARCH_SORTS } from '@yiwang/contract';
import type { Audience, Channel, ItemType } from '@yiwang/contract';

export type SearchSort = (typeof SEARCH_SORTS)[number];

/** The facets an applicant can choose (one value each; they combine with AND). */
export interface SearchFilters {
  department?: string;
  audience?: Audience;
  type?: ItemType;
  channel?: Channel;
  /** Only items with 跑动次数 0. */
  zeroVisit?: boolean;
}

export interface SearchState {
  q: string;
  filters: SearchFilters;
  sort: SearchSort;
  page: number;
  /** The item whose guide is open. */
  item: string | null;
}

/** Query-string parameter of each part of the state. */
export const URL_PARAMS = {
  q: 'q',
  department: 'department',
  audience: 'audience',
  type: 'type',
  channel: 'channel',
  zeroVisit: 'zeroVisit',
  sort: 'sort',
  page: 'page',
  item: 'item',
} as const;

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const oneOf = <T extends string>(list: readonly T[], value: string | null): T | undefined =>
  value !== null && (list as readonly string[]).includes(value) ? (value as T) : undefined;

/** Whether the query string holds any of the search's parameters. */
export function hasUrlState(search: string): boolean {
  const params = new URLSearchParams(search);
  return Object.values(URL_PARAMS).some((name) => params.has(name));
}

/** The state a query string describes (defaults for what it does not say). */
export function readUrlState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const get = (name: keyof typeof URL_PARAMS) => params.get(URL_PARAMS[name]);
  const department = get('department');
  const page = Number(get('page'));
  const item = get('item');
  const filters: SearchFilters = {};
  if (department && ID.test(department)) filters.department = department;
  const audience = oneOf(AUDIENCES, get('audience'));
  if (audience) filters.audience = audience;
  const type = oneOf(ITEM_TYPES, get('type'));
  if (type) filters.type = type;
  const channel = oneOf(CHANNELS, get('channel'));
  if (channel) filters.channel = channel;
  if (get('zeroVisit') === '1' || get('zeroVisit') === 'true') filters.zeroVisit = true;
  return {
    q: (get('q') ?? '').trim().slice(0, 100),
    filters,
    sort: oneOf(SEARCH_SORTS, get('sort')) ?? 'relevance',
    page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
    item: item && ID.test(item) ? item : null,
  };
}

/** `href` with the search's parameters set to `state` (defaults left out); other parameters and the hash kept. */
export function writeUrlState(href: string, state: SearchState): string {
  const url = new URL(href);
  const params = url.searchParams;
  for (const name of Object.values(URL_PARAMS)) params.delete(name);
  const set = (name: keyof typeof URL_PARAMS, value: string | undefined | null | false) => {
    if (value) params.set(URL_PARAMS[name], value);
  };
  set('q', state.q);
  set('department', state.filters.department);
  set('audience', state.filters.audience);
  set('type', state.filters.type);
  set('channel', state.filters.channel);
  set('zeroVisit', state.filters.zeroVisit && '1');
  set('sort', state.sort !== 'relevance' && state.sort);
  set('page', state.page > 1 && String(state.page));
  set('item', state.item);
  return `${url.pathname}${url.search}${url.hash}`;
}

/** Marks history entries pushed to open a guide, so that "back to results" can pop them. */
const GUIDE_ENTRY = 'yw-item-search-guide';

export interface UrlSyncHost extends ReactiveControllerHost {
  readonly syncUrl: boolean;
  /** The state as it is now. */
  urlState(): SearchState;
  /** Shows `state` (from the URL: on connecting, and on the back and forward buttons). */
  applyState(state: SearchState, fromHistory: boolean): void;
}

/** Keeps the search's state in the page's query string while `sync-url` is set. */
export class UrlSyncController implements ReactiveController {
  private readonly host: UrlSyncHost;
  private restore: boolean;

  /** `restore`: whether the first connection shows the state in the URL (later ones always do, with `sync-url`). */
  constructor(host: UrlSyncHost, restore = true) {
    this.host = host;
    this.restore = restore;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.restore && this.host.syncUrl && hasUrlState(location.search)) this.host.applyState(readUrlState(location.search), true);
    this.restore = true;
    window.addEventListener('popstate', this.onPopState);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onPopState);
  }

  /** Records the state: `push` as a new history entry (Enter, a facet, a page), else in place (typing). */
  write(push: boolean, guideEntry = false): void {
    if (!this.host.syncUrl) return;
    const next = writeUrlState(location.href, this.host.urlState());
    if (next === `${location.pathname}${location.search}${location.hash}` && !guideEntry) return;
    if (push) history.pushState(guideEntry ? { [GUIDE_ENTRY]: true } : null, '', next);
    else history.replaceState(history.state, '', next);
  }

  /** Steps back over the entry that opened the guide, if the current entry is one; false when it is not. */
  backFromGuide(): boolean {
    if (!this.host.syncUrl || !(history.state as Record<string, unknown> | null)?.[GUIDE_ENTRY]) return false;
    history.back();
    return true;
  }

  private readonly onPopState = (): void => {
    if (this.host.syncUrl) this.host.applyState(readUrlState(location.search), true);
  };
}
