// The script-tag bundle (dist/cdn/yiwang.min.js): registers every element and
// exposes the SDK and the element classes as `window.Yiwang`.
// Each message part's two halves side by side, first in the bundle, where gzip finds their
// common keys (the one file carries every language; the loader's chunks fetch English apart).
import './i18n/messages/zh-CN/common.ts';
import './i18n/messages/en/common.ts';
import './i18n/messages/zh-CN/catalog-stats.ts';
import './i18n/messages/en/catalog-stats.ts';
import './i18n/messages/zh-CN/item-facts.ts';
import './i18n/messages/en/item-facts.ts';
import './i18n/messages/zh-CN/item-search.ts';
import './i18n/messages/en/item-search.ts';
import './i18n/messages/zh-CN/item-search-results.ts';
import './i18n/messages/en/item-search-results.ts';
import './i18n/messages/zh-CN/item-guide.ts';
import './i18n/messages/en/item-guide.ts';
import './i18n/messages/zh-CN/address-picker.ts';
import './i18n/messages/en/address-picker.ts';
import './i18n/messages/zh-CN/progress-tracker.ts';
import './i18n/messages/en/progress-tracker.ts';
import './i18n/messages/zh-CN/progress-tracker-case.ts';
import './i18n/messages/en/progress-tracker-case.ts';
import './i18n/messages/zh-CN/form-renderer.ts';
import './i18n/messages/en/form-renderer.ts';
import './i18n/messages/zh-CN/account-switch.ts';
import './i18n/messages/en/account-switch.ts';
import './i18n/messages/zh-CN/case-desk.ts';
import './i18n/messages/en/case-desk.ts';
import './i18n/messages/zh-CN/address-book.ts';
import './i18n/messages/en/address-book.ts';
import './i18n/messages/zh-CN/catalog-stats-audit.ts';
import './i18n/messages/en/catalog-stats-audit.ts';
import './i18n/messages/zh-CN/catalog-stats-performance.ts';
import './i18n/messages/en/catalog-stats-performance.ts';
import './i18n/messages/zh-CN/coverage.ts';
import './i18n/messages/en/coverage.ts';
import './i18n/messages/zh-CN/form-designer.ts';
import './i18n/messages/en/form-designer.ts';
import './i18n/messages/zh-CN/form-renderer-later.ts';
import './i18n/messages/en/form-renderer-later.ts';
import './i18n/messages/zh-CN/item-guide-agency.ts';
import './i18n/messages/en/item-guide-agency.ts';
import './i18n/messages/zh-CN/item-guide-body.ts';
import './i18n/messages/en/item-guide-body.ts';
import './i18n/messages/zh-CN/smart-paste.ts';
import './i18n/messages/en/smart-paste.ts';
export * from './define/all.ts';
export * from '@yiwang/sdk';
