// Registers <yw-form-designer>, with <yw-form-renderer> for its preview.
// Importing this module is the side effect.
import './yw-form-renderer.ts';
import { YwFormDesigner } from '../components/form-designer/form-designer.ts';

YwFormDesigner.define();

declare global {
  interface HTMLElementTagNameMap {
    'yw-form-designer': YwFormDesigner;
  }
}

export { YwFormDesigner };
