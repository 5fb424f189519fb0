// What the results area shows once an answer is in: the facets, the result
// list with its paging, the empty state, and the words of the items' facts.
// <yw-item-search> fetches this module in parallel with its first search, so
// the search box is interactive without it and the first results wait for
// nothing more than the request. Its styles and the items' facts' words come
// with it; the area's own words (i18n/messages/item-search-results.ts) are named
// to the element's LazyPart, which fetches them at the same time.
import { itemFactsMessages } from '../../../i18n/messages/item-facts.ts';
import { itemFactStyles } from '../../item-guide/item-facts.styles.ts';
import { resultStyles } from './results.styles.ts';

export { renderFilterBar } from './facets.ts';
export { renderEmpty, renderResultList } from './result-list.ts';

/** The styles of these views (added to the element's when this module arrives). */
export const styles = [itemFactStyles, resultStyles];

/** The message parts the views speak besides the element's own (added when this module arrives). */
export const messageParts = [itemFactsMessages];
