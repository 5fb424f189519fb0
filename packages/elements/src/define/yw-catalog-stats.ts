// Registers <yw-catalog-stats>. Importing this module is the side effect.
import { YwCatalogStats } from '../components/catalog-stats/catalog-stats.ts';

YwCatalogStats.define();

declare global {
  interface HTMLElementTagNameMap {
    'yw-catalog-stats': YwCatalogStats;
  }
}

export { YwCatalogStats };
