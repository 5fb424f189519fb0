// The en half of the part in ../catalog-stats-performance.ts, fetched with the view when an element on the page speaks English.
import type { MessagesOf } from '../../types.ts';
import type { zhCN } from '../zh-CN/catalog-stats-performance.ts';

export const en: MessagesOf<typeof zhCN> = {
  'catalogStats.performance.title': 'Performance of each department (open to the public)',
  'catalogStats.performance.staffTitle': "Your department's performance",
  'catalogStats.performance.period': (from, to) => `Period: ${from} to ${to}.`,
  'catalogStats.performance.summary': (received, decided, rate) =>
    `${received} applications received, ${decided} decided, ${rate} of them on time.`,
  'catalogStats.performance.noneDecided': (received) => `${received} applications received; none decided in the period.`,
  'catalogStats.performance.caption': (from, to) => `Performance of each department from ${from} to ${to}`,
  'catalogStats.performance.department': 'Department',
  'catalogStats.performance.received': 'Received',
  'catalogStats.performance.completed': 'Completed',
  'catalogStats.performance.onTime': 'On time',
  'catalogStats.performance.ofDecided': (onTime, decided) => `${onTime} of ${decided}`,
  'catalogStats.performance.days': 'Average days used / promised (working days)',
  'catalogStats.performance.daysOf': (used, promised) => `${used} / ${promised}`,
  'catalogStats.performance.rating': 'Average rating',
  'catalogStats.performance.evaluations': (count, bad) => `${count} ratings, ${bad} poor`,
  'catalogStats.performance.rectification': 'Poor ratings awaiting remedy',
  'catalogStats.performance.supplements': 'Awaiting supplements',
  'catalogStats.performance.overdue': 'Overdue',
  'catalogStats.performance.total': 'Total',
  'catalogStats.performance.note': (asOf) =>
    `Poor ratings awaiting remedy, awaiting supplements and overdue are counted as of ${asOf}. On time is counted at the decision; time waiting for a supplement does not count.`,
  'catalogStats.performance.overdueCases': 'Overdue cases',
  'catalogStats.performance.badCases': 'Cases with a poor rating awaiting remedy',
  'catalogStats.performance.noCases': 'None.',
};
