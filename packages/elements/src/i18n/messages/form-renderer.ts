// Messages of <yw-form-renderer>. Registered by
// components/form-renderer/form-renderer.ts, so a page loads only the messages
// of the elements it uses. zh-CN is the reference: en has exactly its keys and
// arguments (MessagesOf).
//
// zh-CN comes with the element; en is fetched when an element speaks it (ensureMessages).
import { zhCN } from './zh-CN/form-renderer.ts';

export const formRendererMessages = { 'zh-CN': zhCN, en: () => import('./en/form-renderer.ts').then((m) => m.en) };

/**
 * The words of what the renderer shows after the first step of most forms (views/later.ts): both halves are fetched with those views (YwFormRenderer.loadLater), not with the element.
 */
export const formRendererLaterMessages = {
  'zh-CN': () => import('./zh-CN/form-renderer-later.ts').then((m) => m.zhCN),
  en: () => import('./en/form-renderer-later.ts').then((m) => m.en),
};
