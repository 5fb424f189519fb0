// Messages of <yw-item-search>. Registered by
// components/item-search/item-search.ts, so a page loads only the messages of
// the elements it uses. zh-CN is the reference: en has exactly its keys and
// arguments (MessagesOf).
//
// zh-CN comes with the element; en is fetched when an element speaks it (ensureMessages).
// The words of the results area are a part of their own (./item-search-results.ts), fetched with its templates.
import { zhCN } from './zh-CN/item-search.ts';

export const itemSearchMessages = { 'zh-CN': zhCN, en: () => import('./en/item-search.ts').then((m) => m.en) };
