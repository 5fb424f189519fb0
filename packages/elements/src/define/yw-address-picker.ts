// Registers <yw-address-picker>. Importing this module is the side effect.
import { YwAddressPicker } from '../components/address-picker/address-picker.ts';

YwAddressPicker.define();

declare global {
  interface HTMLElementTagNameMap {
    'yw-address-picker': YwAddressPicker;
  }
}

export { YwAddressPicker };
