// The whole English table, assembled from the en halves in ./messages/en/. Typed as
// `Translation`: a missing or extra key fails the build (each part is checked
// against its zh-CN half as well).
import type { Translation } from './index.ts';
import { en as commonMessages } from './messages/en/common.ts';
import { en as catalogStatsMessages } from './messages/en/catalog-stats.ts';
import { en as catalogStatsAuditMessages } from './messages/en/catalog-stats-audit.ts';
import { en as catalogStatsPerformanceMessages } from './messages/en/catalog-stats-performance.ts';
import { en as itemFactsMessages } from './messages/en/item-facts.ts';
import { en as itemSearchMessages } from './messages/en/item-search.ts';
import { en as itemSearchResultsMessages } from './messages/en/item-search-results.ts';
import { en as itemGuideMessages } from './messages/en/item-guide.ts';
import { en as itemGuideBodyMessages } from './messages/en/item-guide-body.ts';
import { en as itemGuideAgencyMessages } from './messages/en/item-guide-agency.ts';
import { en as addressPickerMessages } from './messages/en/address-picker.ts';
import { en as smartPasteMessages } from './messages/en/smart-paste.ts';
import { en as addressBookMessages } from './messages/en/address-book.ts';
import { en as coverageMessages } from './messages/en/coverage.ts';
import { en as progressTrackerMessages } from './messages/en/progress-tracker.ts';
import { en as progressTrackerCaseMessages } from './messages/en/progress-tracker-case.ts';
import { en as formRendererMessages } from './messages/en/form-renderer.ts';
import { en as formRendererLaterMessages } from './messages/en/form-renderer-later.ts';
import { en as accountSwitchMessages } from './messages/en/account-switch.ts';
import { en as caseDeskMessages } from './messages/en/case-desk.ts';
import { en as formDesignerMessages } from './messages/en/form-designer.ts';

/** English messages, all of them. */
export const en: Translation = {
  ...commonMessages,
  ...catalogStatsMessages,
  ...catalogStatsAuditMessages,
  ...catalogStatsPerformanceMessages,
  ...itemFactsMessages,
  ...itemSearchMessages,
  ...itemSearchResultsMessages,
  ...itemGuideMessages,
  ...itemGuideBodyMessages,
  ...itemGuideAgencyMessages,
  ...addressPickerMessages,
  ...smartPasteMessages,
  ...addressBookMessages,
  ...coverageMessages,
  ...progressTrackerMessages,
  ...progressTrackerCaseMessages,
  ...formRendererMessages,
  ...formRendererLaterMessages,
  ...accountSwitchMessages,
  ...caseDeskMessages,
  ...formDesignerMessages,
};
