// What the results area shows once an answer is in: the facets, the result
// list with its paging, the empty state, and the words of the items' facts.
// <yw-item-search> fetches this module in parallel with its first search, so
// the search box is interactive without it and the first results wait for
// nothing more than the request.
import { itemFactsMessages } from '../../../i18n/messages/item-facts.ts';

export { renderFilterBar } from './facets.ts';
export { renderEmpty, renderResultList } from './result-list.ts';

/** The message parts the views speak besides the element's own (added when this module arrives). */
export const messageParts = [itemFactsMessages];
