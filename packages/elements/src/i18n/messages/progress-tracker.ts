// Messages of <yw-progress-tracker>. Registered by
// components/progress-tracker/progress-tracker.ts, so a page loads only the
// messages of the elements it uses. zh-CN is the reference: en has exactly its
// keys and arguments (MessagesOf).
//
// zh-CN comes with the element; en is fetched when an element speaks it (ensureMessages).
import { zhCN } from './zh-CN/progress-tracker.ts';

export const progressTrackerMessages = { 'zh-CN': zhCN, en: () => import('./en/progress-tracker.ts').then((m) => m.en) };
