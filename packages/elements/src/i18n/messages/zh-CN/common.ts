// The zh-CN half of the part in ../common.ts (the reference: the other locales have its keys and arguments).
export const zhCN = {
  'state.loading': '正在加载…',
  'state.empty': '暂无数据',
  'state.retry': '重试',
  'state.loaded': '已加载',
  'state.partFailed': '这部分内容未能加载，请检查网络后重试。',
  'signIn.button': '登录',

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
  'error.realNameLevel': (required: string, current: string) =>
    current
      ? `办理该事项需要实名认证等级 ${required} 及以上，您当前为 ${current}。`
      : `办理该事项需要实名认证等级 ${required} 及以上，您尚未完成实名认证。`,
  'error.authorisationExpired': '您代表该企业办事的授权已过期，请联系企业法人重新授权，或切换回个人身份。',
  'error.notAuthorisedForEnterprise': '您未获得代表该企业办事的授权，请切换回个人身份或联系企业法人。',
};
