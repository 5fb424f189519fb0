// Registers <yw-item-guide>. Importing this module is the side effect.
import { YwItemGuide } from '../components/item-guide/item-guide.ts';

YwItemGuide.define();

declare global {
  interface HTMLElementTagNameMap {
    'yw-item-guide': YwItemGuide;
  }
}

export { YwItemGuide };
