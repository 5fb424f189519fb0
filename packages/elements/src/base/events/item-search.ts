// The events of <yw-item-search>.
import { eventInit } from './shared.ts';
import type { ItemSearchQuery, ItemSummary } from '@yiwang/contract';

type ItemSummaryOf = ItemSummary;

/** Where an item was chosen in `<yw-item-search>`. */
export type YwSelectSource = 'result' | 'suggestion' | 'hot';

/** Detail of `yw-select`. */
export interface YwSelectDetail {
  itemId: string;
  itemName: string;
  departmentName: string;
  /** A result, a suggestion of the search box, or a popular item. */
  source: YwSelectSource;
  /** The item's summary, when the element has it (results and popular items; not suggestions). */
  item: ItemSummaryOf | null;
}

/**
 * The applicant chose a service item (a result, a suggestion or a popular
 * item). Cancelable: `preventDefault()` keeps `<yw-item-search>` from opening
 * its guide panel, e.g. because the page navigates to its own guide page.
 */
export class YwSelectEvent extends CustomEvent<YwSelectDetail> {
  static readonly eventName = 'yw-select' as const;
  constructor(detail: YwSelectDetail) {
    super(YwSelectEvent.eventName, eventInit(detail, true));
  }
}

/** Detail of `yw-results`. */
export interface YwResultsDetail {
  /** The query as sent (`q` trimmed; filters, sort, page and page size). */
  query: ItemSearchQuery;
  /** Matching items in all. */
  total: number;
  /** Results on screen now (all loaded pages in "load more" mode). */
  shown: number;
}

/**
 * `<yw-item-search>` has rendered the results (or the empty state) of a
 * query: for analytics and for pages that react to what the applicant found.
 */
export class YwResultsEvent extends CustomEvent<YwResultsDetail> {
  static readonly eventName = 'yw-results' as const;
  constructor(detail: YwResultsDetail) {
    super(YwResultsEvent.eventName, eventInit(detail, false));
  }
}
