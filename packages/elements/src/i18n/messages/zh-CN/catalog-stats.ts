// The zh-CN half of the part in ../catalog-stats.ts (the reference: the other locales have its keys and arguments).
export const zhCN = {
  'catalogStats.label': '各部门“不见面”办理事项占比',
  'catalogStats.summary': (items: string, zeroVisit: string, ratio: string) =>
    `全部 ${items} 个事项中，${zeroVisit} 个可“零跑动”办理，占 ${ratio}。`,
  'catalogStats.row': (zeroVisit: string, items: string) => `${zeroVisit} / ${items} 项`,
  'catalogStats.met': '已达标',
  'catalogStats.notMet': (target: string) => `未达标（目标 ${target}）`,
  'catalogStats.empty': '暂无已发布的事项。',
  'catalogStats.published': (batch: string, date: string) => (batch ? `事项清单（${batch}）${date}公布` : `事项清单 ${date} 公布`),
  'catalogStats.performance.empty': '暂无办件数据。',
};
