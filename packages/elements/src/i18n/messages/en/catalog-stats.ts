// The en half of the part in ../catalog-stats.ts, loaded when an element on the page speaks English.
import type { MessagesOf } from '../../types.ts';
import type { zhCN } from '../zh-CN/catalog-stats.ts';

export const en: MessagesOf<typeof zhCN> = {
  'catalogStats.label': 'Share of service items that need no visit, by department',
  'catalogStats.summary': (items, zeroVisit, ratio) => `${zeroVisit} of ${items} service items need no visit in person (${ratio}).`,
  'catalogStats.row': (zeroVisit, items) => `${zeroVisit} of ${items} items`,
  'catalogStats.met': 'Target met',
  'catalogStats.notMet': (target) => `Below target (${target})`,
  'catalogStats.empty': 'No service items have been published yet.',
  'catalogStats.published': (batch, date) => (batch ? `Catalog published ${date} (${batch})` : `Catalog published ${date}`),
  'catalogStats.performance.empty': 'No applications to report yet.',
};
