// Registers <yw-case-desk>. Importing this module is the side effect.
import { YwCaseDesk } from '../components/case-desk/case-desk.ts';

YwCaseDesk.define();

declare global {
  interface HTMLElementTagNameMap {
    'yw-case-desk': YwCaseDesk;
  }
}

export { YwCaseDesk };
