// The whole zh-CN table, assembled from the parts in ./messages/ (one per
// element, plus the shared ones). Its keys and argument lists define
// `Translation`, which every other table must match exactly (see ./index.ts).
// Messages that take values are functions, so a missing argument is a type
// error, not "{0}". Elements do not import this file: each registers its own
// part, so a page that uses one element loads only that element's messages.
import { commonMessages } from './messages/common.ts';
import { catalogStatsMessages } from './messages/catalog-stats.ts';
import { itemFactsMessages } from './messages/item-facts.ts';
import { itemSearchMessages } from './messages/item-search.ts';
import { itemGuideMessages } from './messages/item-guide.ts';
import { addressPickerMessages } from './messages/address-picker.ts';
import { progressTrackerMessages } from './messages/progress-tracker.ts';
import { formRendererMessages } from './messages/form-renderer.ts';
import { accountSwitchMessages } from './messages/account-switch.ts';
import { caseDeskMessages } from './messages/case-desk.ts';
import { formDesignerMessages } from './messages/form-designer.ts';

/** zh-CN messages (the default locale), all of them. */
export const zhCN = {
  ...commonMessages['zh-CN'],
  ...catalogStatsMessages['zh-CN'],
  ...itemFactsMessages['zh-CN'],
  ...itemSearchMessages['zh-CN'],
  ...itemGuideMessages['zh-CN'],
  ...addressPickerMessages['zh-CN'],
  ...progressTrackerMessages['zh-CN'],
  ...formRendererMessages['zh-CN'],
  ...accountSwitchMessages['zh-CN'],
  ...caseDeskMessages['zh-CN'],
  ...formDesignerMessages['zh-CN'],
};
