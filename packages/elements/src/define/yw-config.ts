// Registers <yw-config>. Importing this module is the side effect.
import { YwConfig } from '../components/config/config.ts';

YwConfig.define();

declare global {
  interface HTMLElementTagNameMap {
    'yw-config': YwConfig;
  }
}

export { YwConfig };
