// Registers <yw-item-search>. Importing this module is the side effect.
// <yw-item-guide>, which it shows as its guide panel, is registered when a
// guide first opens: a page that never opens one does not fetch it.
import { YwItemSearch } from '../components/item-search/item-search.ts';

YwItemSearch.loadGuide = () => import('./yw-item-guide.ts');
YwItemSearch.define();

declare global {
  interface HTMLElementTagNameMap {
    'yw-item-search': YwItemSearch;
  }
}

export { YwItemSearch };
