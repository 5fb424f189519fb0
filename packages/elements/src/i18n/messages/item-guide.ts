// Messages of <yw-item-guide>. Registered by
// components/item-guide/item-guide.ts, so a page loads only the messages of the
// elements it uses. zh-CN is the reference: en has exactly its keys and
// arguments (MessagesOf).
//
// zh-CN comes with the element; en is fetched when an element speaks it (ensureMessages).
import { zhCN } from './zh-CN/item-guide.ts';

export const itemGuideMessages = { 'zh-CN': zhCN, en: () => import('./en/item-guide.ts').then((m) => m.en) };
