// Messages of <yw-case-desk>, the department staff's queue and case view.
// Registered by components/case-desk/case-desk.ts. zh-CN is the reference: en
// has exactly its keys and arguments (MessagesOf).
//
// zh-CN comes with the element; en is fetched when an element speaks it (ensureMessages).
import { zhCN } from './zh-CN/case-desk.ts';

export const caseDeskMessages = { 'zh-CN': zhCN, en: () => import('./en/case-desk.ts').then((m) => m.en) };
