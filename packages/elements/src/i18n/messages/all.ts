// Registers every part of the message tables at once (all.js and the CDN
// script, which define every element); elsewhere an element registers its own
// parts when its first instance is created. The one part whose zh-CN half is
// fetched when needed (the form renderer's later views) comes with its zh-CN
// half here, so that `translations` holds the whole zh-CN table at once.
import { registerMessages } from '../index.ts';
import { MESSAGE_PARTS } from './parts.ts';
import { zhCN as formRendererLater } from './zh-CN/form-renderer-later.ts';

for (const part of MESSAGE_PARTS) registerMessages(part);
registerMessages({ 'zh-CN': formRendererLater, en: {} });
