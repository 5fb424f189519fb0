// The zh-CN half of the part in ../catalog-stats-audit.ts: the 督查 view's words (`view="audit"`), fetched with its templates
// (the reference: the other locales have its keys and arguments).
export const zhCN = {
  'catalogStats.audit.title': (target: string) => `督查：“不见面”办理未达 ${target} 的部门`,
  'catalogStats.audit.ratio': (ratio: string, zeroVisit: string, items: string) => `不见面 ${ratio}（${zeroVisit} / ${items} 项）。`,
  'catalogStats.audit.needed': (needed: string) => `还需 ${needed} 个事项实现不见面办理方可达标。`,
  'catalogStats.audit.caption': (department: string) => `${department}未计入“不见面”的事项`,
  'catalogStats.audit.item': '事项名称',
  'catalogStats.audit.reason': '原因',
  'catalogStats.audit.noOnlinePath': '承诺零跑动，但无在线申请途径',
  'catalogStats.audit.visitsRequired': (visits: string) => `需到现场 ${visits} 次`,
  'catalogStats.audit.more': (more: string) => `另有 ${more} 个事项未列出。`,
  'catalogStats.audit.none': '各部门均已达标。',
  'catalogStats.audit.unavailable': '服务端未提供督查清单。',
};
