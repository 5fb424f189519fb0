// Registers <yw-progress-tracker>. Importing this module is the side effect.
import { YwProgressTracker } from '../components/progress-tracker/progress-tracker.ts';

YwProgressTracker.define();

declare global {
  interface HTMLElementTagNameMap {
    'yw-progress-tracker': YwProgressTracker;
  }
}

export { YwProgressTracker };
