// Registers <yw-form-renderer>. Importing this module is the side effect.
// <yw-address-picker>, for its address fields, is registered when a step with
// one first shows: a form without an address does not fetch it. The plain
// address entry it falls back to where the picker could not be fetched is
// registered when first needed.
import { YwFormRenderer } from '../components/form-renderer/form-renderer.ts';
import type { YwFormAddressFallback } from '../components/form-renderer/address-fallback.ts';

YwFormRenderer.loadAddressPicker = () => import('./yw-address-picker.ts');
// The plain address entry, where the picker is not at hand: registered when first needed.
YwFormRenderer.loadAddressFallback = () =>
  import('../components/form-renderer/address-fallback.ts').then((m) => m.YwFormAddressFallback.define());
YwFormRenderer.define();

declare global {
  interface HTMLElementTagNameMap {
    'yw-form-renderer': YwFormRenderer;
    'yw-form-address-fallback': YwFormAddressFallback;
  }
}

export { YwFormRenderer };
