// Registers <yw-account-switch>. Importing this module is the side effect.
import { YwAccountSwitch } from '../components/account-switch/account-switch.ts';

YwAccountSwitch.define();

declare global {
  interface HTMLElementTagNameMap {
    'yw-account-switch': YwAccountSwitch;
  }
}

export { YwAccountSwitch };
