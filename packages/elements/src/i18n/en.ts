// The whole English table, assembled from the parts in ./messages/. Typed as
// `Translation`: a missing or extra key fails the build (each part is checked
// against its zh-CN half as well).
import type { Translation } from './index.ts';
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

/** English messages, all of them. */
export const en: Translation = {
  ...commonMessages.en,
  ...catalogStatsMessages.en,
  ...itemFactsMessages.en,
  ...itemSearchMessages.en,
  ...itemGuideMessages.en,
  ...addressPickerMessages.en,
  ...progressTrackerMessages.en,
  ...formRendererMessages.en,
  ...accountSwitchMessages.en,
  ...caseDeskMessages.en,
  ...formDesignerMessages.en,
};
