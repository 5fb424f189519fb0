// Registers <yw-form-renderer>, with <yw-address-picker> for its address
// fields (and the plain address entry it falls back to where a page defines the
// renderer's class alone). Importing this module is the side effect.
import './yw-address-picker.ts';
import { YwFormRenderer } from '../components/form-renderer/form-renderer.ts';
import { YwFormAddressFallback } from '../components/form-renderer/address-fallback.ts';

YwFormAddressFallback.define();
YwFormRenderer.define();

declare global {
  interface HTMLElementTagNameMap {
    'yw-form-renderer': YwFormRenderer;
    'yw-form-address-fallback': YwFormAddressFallback;
  }
}

export { YwFormRenderer };
