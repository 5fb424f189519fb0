// Messages of <yw-address-picker>. Registered by
// components/address-picker/address-picker.ts, so a page loads only the
// messages of the elements it uses. zh-CN is the reference: en has exactly its
// keys and arguments (MessagesOf).
//
// zh-CN comes with the element; en is fetched when an element speaks it (ensureMessages).
import { zhCN } from './zh-CN/address-picker.ts';

export const addressPickerMessages = { 'zh-CN': zhCN, en: () => import('./en/address-picker.ts').then((m) => m.en) };
