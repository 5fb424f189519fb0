// The reference message table: its keys and argument lists define `Translation`,
// which every other table must match exactly (see ./index.ts). Messages that
// take values are functions, so a missing argument is a type error, not "{0}".

/** zh-CN messages (the default locale). */
export const zhCN = {
  'state.loading': '正在加载…',
  'state.empty': '暂无数据',
  'state.retry': '重试',
  'state.loaded': '已加载',

  'error.network': '网络连接失败，请检查网络后重试。',
  'error.timeout': '服务响应超时，请稍后重试。',
  'error.rateLimited': (seconds: number) => `访问过于频繁，请 ${seconds} 秒后再试。`,
  'error.rateLimitedSoon': '访问过于频繁，请稍后再试。',
  'error.server': '服务暂时不可用，请稍后重试。',
  'error.contract': '服务返回的数据有误，请稍后重试。',
  'error.unauthorized': '请先登录后再办理。',
  'error.forbidden': '您没有权限进行此操作。',
  'error.notFound': '没有找到相关内容。',
  'error.validation': '提交的信息有误，请检查后重试。',
  'error.conflict': '内容已被修改，请刷新后重试。',
  'error.notConfigured': '未设置服务地址：请在 <yw-config> 或本组件上设置 api-base 属性。',
  'error.unknown': '出现未知错误，请稍后重试。',
  'error.requestId': (id: string) => `错误编号：${id}（咨询时请提供）`,

  'catalogStats.label': '各部门“不见面”办理事项占比',
  'catalogStats.summary': (items: string, zeroVisit: string, ratio: string) =>
    `全部 ${items} 个事项中，${zeroVisit} 个可“零跑动”办理，占 ${ratio}。`,
  'catalogStats.row': (zeroVisit: string, items: string) => `${zeroVisit} / ${items} 项`,
  'catalogStats.met': '已达标',
  'catalogStats.notMet': (target: string) => `未达标（目标 ${target}）`,
  'catalogStats.empty': '暂无已发布的事项。',
};
