// Registers every part of the message tables at once. The bundles with every
// element (all.js, the CDN script) import this first, so the tables sit
// together in the output, where gzip compresses them best; elsewhere an
// element registers its own parts when its first instance is created.
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
