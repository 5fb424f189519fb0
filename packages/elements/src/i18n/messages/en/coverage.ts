// The en half of the part in ../coverage.ts, loaded when an element on the page speaks English.
import type { MessagesOf } from '../../types.ts';
import type { zhCN } from '../zh-CN/coverage.ts';

export const en: MessagesOf<typeof zhCN> = {
  'addressPicker.coverage.checking': 'Checking EMS delivery…',
  'addressPicker.coverage.covered': (min, max) => `✓ EMS delivers here, in about ${min}–${max} days`,
  'addressPicker.coverage.coveredNoDays': '✓ EMS delivers here',
  'addressPicker.coverage.notCovered': '✗ EMS cannot deliver to the chosen area',
  'addressPicker.coverage.failed': 'Could not check EMS delivery: ',
};
