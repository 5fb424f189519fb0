// Messages every element uses: loading, empty and error states, and the SDK
// errors (./errors.ts). Registered by the shared base
// (base/controllers/localize.ts). zh-CN is the reference: en has exactly its
// keys and arguments (MessagesOf).
//
// zh-CN comes with the element; en is fetched when an element speaks it (ensureMessages).
import { zhCN } from './zh-CN/common.ts';

export const commonMessages = { 'zh-CN': zhCN, en: () => import('./en/common.ts').then((m) => m.en) };
