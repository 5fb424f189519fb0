// Messages of <yw-catalog-stats>. Registered by
// components/catalog-stats/catalog-stats.ts, so a page loads only the messages
// of the elements it uses. zh-CN is the reference: en has exactly its keys and
// arguments (MessagesOf).
import type { MessagesOf } from '../types.ts';

const zhCN = {
  'catalogStats.label': '各部门“不见面”办理事项占比',
  'catalogStats.summary': (items: string, zeroVisit: string, ratio: string) =>
    `全部 ${items} 个事项中，${zeroVisit} 个可“零跑动”办理，占 ${ratio}。`,
  'catalogStats.row': (zeroVisit: string, items: string) => `${zeroVisit} / ${items} 项`,
  'catalogStats.met': '已达标',
  'catalogStats.notMet': (target: string) => `未达标（目标 ${target}）`,
  'catalogStats.empty': '暂无已发布的事项。',
  'catalogStats.published': (batch: string, date: string) => (batch ? `事项清单（${batch}）${date}公布` : `事项清单 ${date} 公布`),
};

const en: MessagesOf<typeof zhCN> = {
  'catalogStats.label': 'Share of service items that need no visit, by department',
  'catalogStats.summary': (items, zeroVisit, ratio) => `${zeroVisit} of ${items} service items need no visit in person (${ratio}).`,
  'catalogStats.row': (zeroVisit, items) => `${zeroVisit} of ${items} items`,
  'catalogStats.met': 'Target met',
  'catalogStats.notMet': (target) => `Below target (${target})`,
  'catalogStats.empty': 'No service items have been published yet.',
  'catalogStats.published': (batch, date) => (batch ? `Catalog published ${date} (${batch})` : `Catalog published ${date}`),
};

export const catalogStatsMessages = { 'zh-CN': zhCN, en };
