// Registers every part of the message tables at once (all.js and the CDN
// script, which define every element); elsewhere an element registers its own
// parts when its first instance is created. The parts whose zh-CN half is
// fetched when needed (the words of views an element loads later: the form
// renderer's later steps, the tracker's case view, the guide's body and 代办 form, the
// stats' 督查 and performance views, the search's results area) come with their zh-CN
// halves here, so that `translations` holds the whole zh-CN table at once.
import { registerMessages } from '../index.ts';
import { MESSAGE_PARTS } from './parts.ts';
import { zhCN as formRendererLater } from './zh-CN/form-renderer-later.ts';
import { zhCN as progressTrackerCase } from './zh-CN/progress-tracker-case.ts';
import { zhCN as itemGuideBody } from './zh-CN/item-guide-body.ts';
import { zhCN as itemGuideAgency } from './zh-CN/item-guide-agency.ts';
import { zhCN as catalogStatsAudit } from './zh-CN/catalog-stats-audit.ts';
import { zhCN as catalogStatsPerformance } from './zh-CN/catalog-stats-performance.ts';
import { zhCN as itemSearchResults } from './zh-CN/item-search-results.ts';

for (const part of MESSAGE_PARTS) registerMessages(part);
for (const zhCN of [
  formRendererLater,
  progressTrackerCase,
  itemGuideBody,
  itemGuideAgency,
  catalogStatsAudit,
  catalogStatsPerformance,
  itemSearchResults,
])
  registerMessages({ 'zh-CN': zhCN, en: {} });
