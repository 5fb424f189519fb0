// Messages of <yw-form-designer>, the department staff's form builder.
//
// zh-CN comes with the element; en is fetched when an element speaks it (ensureMessages).
import { zhCN } from './zh-CN/form-designer.ts';

export const formDesignerMessages = { 'zh-CN': zhCN, en: () => import('./en/form-designer.ts').then((m) => m.en) };
