// Registers <yw-form-renderer>, and the plain address entry it falls back to
// (where a page defines the renderer's class alone, or the picker could not be
// fetched). Importing this module is the side effect. <yw-address-picker>, for
// its address fields, is registered when a step with one first shows: a form
// without an address does not fetch it.
import { YwFormRenderer } from '../components/form-renderer/form-renderer.ts';
import { YwFormAddressFallback } from '../components/form-renderer/address-fallback.ts';

YwFormAddressFallback.define();
YwFormRenderer.loadAddressPicker = () => import('./yw-address-picker.ts');
YwFormRenderer.define();

declare global {
  interface HTMLElementTagNameMap {
    'yw-form-renderer': YwFormRenderer;
    'yw-form-address-fallback': YwFormAddressFallback;
  }
}

export { YwFormRenderer };
