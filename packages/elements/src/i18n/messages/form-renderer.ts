// Messages of <yw-form-renderer>. Registered by
// components/form-renderer/form-renderer.ts, so a page loads only the messages
// of the elements it uses. zh-CN is the reference: en has exactly its keys and
// arguments (MessagesOf).
//
// zh-CN comes with the element; en is fetched when an element speaks it (ensureMessages).
import { zhCN } from './zh-CN/form-renderer.ts';

export const formRendererMessages = { 'zh-CN': zhCN, en: () => import('./en/form-renderer.ts').then((m) => m.en) };
