// The zh-CN half of the part in ../catalog-stats-performance.ts: the performance view's words (`view="performance"`), fetched with its templates
// (the reference: the other locales have its keys and arguments).
export const zhCN = {
  'catalogStats.performance.title': '各部门办件绩效（全程公开）',
  'catalogStats.performance.staffTitle': '本部门办件绩效（绩效考核）',
  'catalogStats.performance.period': (from: string, to: string) => `统计期间：${from}至${to}。`,
  'catalogStats.performance.summary': (received: string, decided: string, rate: string) =>
    `共收件 ${received} 件，作出决定 ${decided} 件，按时办结率 ${rate}。`,
  'catalogStats.performance.noneDecided': (received: string) => `共收件 ${received} 件，期间内尚无作出决定的办件。`,
  'catalogStats.performance.caption': (from: string, to: string) => `${from}至${to}各部门办件绩效`,
  'catalogStats.performance.department': '部门',
  'catalogStats.performance.received': '收件',
  'catalogStats.performance.completed': '办结',
  'catalogStats.performance.onTime': '按时率',
  'catalogStats.performance.ofDecided': (onTime: string, decided: string) => `${onTime} / ${decided} 件`,
  'catalogStats.performance.days': '平均用时 / 承诺时限（工作日）',
  'catalogStats.performance.daysOf': (used: string, promised: string) => `${used} / ${promised}`,
  'catalogStats.performance.rating': '好差评均分',
  'catalogStats.performance.evaluations': (count: string, bad: string) => `${count} 条评价，差评 ${bad} 条`,
  'catalogStats.performance.rectification': '差评待整改',
  'catalogStats.performance.supplements': '待补正',
  'catalogStats.performance.overdue': '已超期',
  'catalogStats.performance.total': '合计',
  'catalogStats.performance.note': (asOf: string) =>
    `待整改、待补正、已超期为截至 ${asOf} 的数量；按时率按作出决定之日计，补正期间不计入办理时限。`,
  'catalogStats.performance.overdueCases': '已超期的办件',
  'catalogStats.performance.badCases': '差评待整改的办件',
  'catalogStats.performance.noCases': '无。',
};
