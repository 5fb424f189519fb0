// Every part of the message tables, in one list: for tools that list or
// translate all the elements' texts, and for the bundles with every element,
// which import this first so that the tables sit together in the output, where
// gzip compresses them best. Importing it registers nothing.
import { commonMessages } from './common.ts';
import { catalogStatsMessages } from './catalog-stats.ts';
import { catalogStatsAuditMessages } from './catalog-stats-audit.ts';
import { catalogStatsPerformanceMessages } from './catalog-stats-performance.ts';
import { itemFactsMessages } from './item-facts.ts';
import { itemSearchMessages } from './item-search.ts';
import { itemSearchResultsMessages } from './item-search-results.ts';
import { itemGuideMessages } from './item-guide.ts';
import { itemGuideBodyMessages } from './item-guide-body.ts';
import { itemGuideAgencyMessages } from './item-guide-agency.ts';
import { addressPickerMessages } from './address-picker.ts';
import { smartPasteMessages } from './smart-paste.ts';
import { addressBookMessages } from './address-book.ts';
import { coverageMessages } from './coverage.ts';
import { progressTrackerMessages } from './progress-tracker.ts';
import { progressTrackerCaseMessages } from './progress-tracker-case.ts';
import { formRendererLaterMessages, formRendererMessages } from './form-renderer.ts';
import { accountSwitchMessages } from './account-switch.ts';
import { caseDeskMessages } from './case-desk.ts';
import { formDesignerMessages } from './form-designer.ts';

/** Every message part of the elements (shared messages first). */
export const MESSAGE_PARTS = [
  commonMessages,
  catalogStatsMessages,
  catalogStatsAuditMessages,
  catalogStatsPerformanceMessages,
  itemFactsMessages,
  itemSearchMessages,
  itemSearchResultsMessages,
  itemGuideMessages,
  itemGuideBodyMessages,
  itemGuideAgencyMessages,
  addressPickerMessages,
  smartPasteMessages,
  addressBookMessages,
  coverageMessages,
  progressTrackerMessages,
  progressTrackerCaseMessages,
  formRendererMessages,
  formRendererLaterMessages,
  accountSwitchMessages,
  caseDeskMessages,
  formDesignerMessages,
] as const;
