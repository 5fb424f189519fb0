// The whole zh-CN table, assembled from the parts in ./messages/ (one per
// element, plus the shared ones). Its keys and argument lists define
// `Translation`, which every other table must match exactly (see ./index.ts).
// Messages that take values are functions, so a missing argument is a type
// error, not "{0}". Elements do not import this file: each registers its own
// part, so a page that uses one element loads only that element's messages.
import { zhCN as commonMessages } from './messages/zh-CN/common.ts';
import { zhCN as catalogStatsMessages } from './messages/zh-CN/catalog-stats.ts';
import { zhCN as catalogStatsAuditMessages } from './messages/zh-CN/catalog-stats-audit.ts';
import { zhCN as catalogStatsPerformanceMessages } from './messages/zh-CN/catalog-stats-performance.ts';
import { zhCN as itemFactsMessages } from './messages/zh-CN/item-facts.ts';
import { zhCN as itemSearchMessages } from './messages/zh-CN/item-search.ts';
import { zhCN as itemSearchResultsMessages } from './messages/zh-CN/item-search-results.ts';
import { zhCN as itemGuideMessages } from './messages/zh-CN/item-guide.ts';
import { zhCN as itemGuideBodyMessages } from './messages/zh-CN/item-guide-body.ts';
import { zhCN as itemGuideAgencyMessages } from './messages/zh-CN/item-guide-agency.ts';
import { zhCN as addressPickerMessages } from './messages/zh-CN/address-picker.ts';
import { zhCN as smartPasteMessages } from './messages/zh-CN/smart-paste.ts';
import { zhCN as addressBookMessages } from './messages/zh-CN/address-book.ts';
import { zhCN as coverageMessages } from './messages/zh-CN/coverage.ts';
import { zhCN as progressTrackerMessages } from './messages/zh-CN/progress-tracker.ts';
import { zhCN as progressTrackerCaseMessages } from './messages/zh-CN/progress-tracker-case.ts';
import { zhCN as formRendererMessages } from './messages/zh-CN/form-renderer.ts';
import { zhCN as formRendererLaterMessages } from './messages/zh-CN/form-renderer-later.ts';
import { zhCN as accountSwitchMessages } from './messages/zh-CN/account-switch.ts';
import { zhCN as caseDeskMessages } from './messages/zh-CN/case-desk.ts';
import { zhCN as formDesignerMessages } from './messages/zh-CN/form-designer.ts';

/** zh-CN messages (the default locale), all of them. */
export const zhCN = {
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
