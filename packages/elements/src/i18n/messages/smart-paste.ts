// Messages of smart paste (智能识别) in <yw-address-picker>. Registered by
// components/address-picker/smart-paste.part.ts, the module fetched when that part is first
// needed, so the picker's first download leaves them out. zh-CN is the
// reference: en has exactly its keys and arguments (MessagesOf).
//
// zh-CN comes with the part; en is fetched when an element speaks it (ensureMessages).
import { zhCN } from './zh-CN/smart-paste.ts';

export const smartPasteMessages = { 'zh-CN': zhCN, en: () => import('./en/smart-paste.ts').then((m) => m.en) };
