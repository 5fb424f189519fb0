// Messages of <yw-catalog-stats>. Registered by
// components/catalog-stats/catalog-stats.ts, so a page loads only the messages
// of the elements it uses. zh-CN is the reference: en has exactly its keys and
// arguments (MessagesOf).
//
// zh-CN comes with the element; en is fetched when an element speaks it (ensureMessages).
import { zhCN } from './zh-CN/catalog-stats.ts';

export const catalogStatsMessages = { 'zh-CN': zhCN, en: () => import('./en/catalog-stats.ts').then((m) => m.en) };
