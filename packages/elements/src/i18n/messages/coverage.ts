// Messages of the EMS coverage line in <yw-address-picker>. Registered by
// components/address-picker/coverage.part.ts, the module fetched once an area
// is being chosen, so the picker's first download leaves them out. zh-CN is
// the reference: en has exactly its keys and arguments (MessagesOf).
//
// zh-CN comes with the part; en is fetched when an element speaks it (ensureMessages).
import { zhCN } from './zh-CN/coverage.ts';

export const coverageMessages = { 'zh-CN': zhCN, en: () => import('./en/coverage.ts').then((m) => m.en) };
