// Messages of <yw-account-switch>.
//
// zh-CN comes with the element; en is fetched when an element speaks it (ensureMessages).
import { zhCN } from './zh-CN/account-switch.ts';

export const accountSwitchMessages = { 'zh-CN': zhCN, en: () => import('./en/account-switch.ts').then((m) => m.en) };
