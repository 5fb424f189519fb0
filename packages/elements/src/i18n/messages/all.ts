// Registers every part of the message tables at once. The bundles with every
// element (all.js, the CDN script, the class index) import this first, so the
// tables sit together in the output, where gzip compresses them best; a
// single-element entry registers only its own parts.
import { registerMessages } from '../index.ts';
import { commonMessages } from './common.ts';
import { catalogStatsMessages } from './catalog-stats.ts';
import { itemFactsMessages } from './item-facts.ts';
import { itemSearchMessages } from './item-search.ts';
import { itemGuideMessages } from './item-guide.ts';
import { addressPickerMessages } from './address-picker.ts';
import { progressTrackerMessages } from './progress-tracker.ts';
import { formRendererMessages } from './form-renderer.ts';

for (const part of [commonMessages, catalogStatsMessages, itemFactsMessages, itemSearchMessages, itemGuideMessages, addressPickerMessages, progressTrackerMessages, formRendererMessages]) {
  registerMessages(part);
}
