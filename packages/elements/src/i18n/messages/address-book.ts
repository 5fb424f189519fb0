// Messages of the address book (常用地址) in <yw-address-picker>. Registered by
// components/address-picker/address-book.part.ts, the module fetched when that part is first
// needed, so the picker's first download leaves them out. zh-CN is the
// reference: en has exactly its keys and arguments (MessagesOf).
//
// zh-CN comes with the part; en is fetched when an element speaks it (ensureMessages).
import { zhCN } from './zh-CN/address-book.ts';

export const addressBookMessages = { 'zh-CN': zhCN, en: () => import('./en/address-book.ts').then((m) => m.en) };
