// The en half of the part in ../catalog-stats-audit.ts, fetched with the view when an element on the page speaks English.
import type { MessagesOf } from '../../types.ts';
import type { zhCN } from '../zh-CN/catalog-stats-audit.ts';

export const en: MessagesOf<typeof zhCN> = {
  'catalogStats.audit.title': (target) => `Oversight: departments below ${target} of items needing no visit`,
  'catalogStats.audit.ratio': (ratio, zeroVisit, items) => `No visit needed: ${ratio} (${zeroVisit} of ${items} items).`,
  'catalogStats.audit.needed': (needed) => `${needed} more items must become doable without a visit to meet the target.`,
  'catalogStats.audit.caption': (department) => `Items of ${department} not counted as needing no visit`,
  'catalogStats.audit.item': 'Service item',
  'catalogStats.audit.reason': 'Reason',
  'catalogStats.audit.noOnlinePath': 'Declared zero-visit, but no way to apply online',
  'catalogStats.audit.visitsRequired': (visits) => `${visits} visit(s) in person required`,
  'catalogStats.audit.more': (more) => `${more} more items not listed.`,
  'catalogStats.audit.none': 'Every department meets the target.',
  'catalogStats.audit.unavailable': 'The server does not list the departments below target.',
};
