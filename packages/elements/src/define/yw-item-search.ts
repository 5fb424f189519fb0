// Registers <yw-item-search>, and <yw-item-guide> which it shows as its guide
// panel. Importing this module is the side effect.
import './yw-item-guide.ts';
import { YwItemSearch } from '../components/item-search/item-search.ts';

YwItemSearch.define();

declare global {
  interface HTMLElementTagNameMap {
    'yw-item-search': YwItemSearch;
  }
}

export { YwItemSearch };
