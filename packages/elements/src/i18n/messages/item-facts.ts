// An item's facts as badges and labels (跑动次数, 网办深度, 承诺/法定 days, audience, type,
// channels) and the colon between a label and its value, shared by
// <yw-item-search> and <yw-item-guide>; the keys keep their names. Both
// elements list this part in their messageParts, so a page loads only the
// messages of the elements it uses. zh-CN is the reference: en has exactly its keys and
// arguments (MessagesOf).
//
// zh-CN comes with the element; en is fetched when an element speaks it (ensureMessages).
import { zhCN } from './zh-CN/item-facts.ts';

export const itemFactsMessages = { 'zh-CN': zhCN, en: () => import('./en/item-facts.ts').then((m) => m.en) };
