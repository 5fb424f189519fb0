// Messages every element uses: loading, empty and error states, and the SDK
// errors (./errors.ts). Registered by the shared base
// (base/controllers/localize.ts). zh-CN is the reference: en has exactly its
// keys and arguments (MessagesOf).
import type { MessagesOf } from '../types.ts';

const zhCN = {
  'state.loading': '正在加载…',
  'state.empty': '暂无数据',
  'state.retry': '重试',
  'state.loaded': '已加载',
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

const en: MessagesOf<typeof zhCN> = {
  'state.loading': 'Loading…',
  'state.empty': 'Nothing to show',
  'state.retry': 'Try again',
  'state.loaded': 'Loaded',
  'signIn.button': 'Sign in',

  'error.network': 'Could not connect. Check your connection and try again.',
  'error.timeout': 'The service took too long to answer. Please try again.',
  'error.rateLimited': (seconds) => `Too many requests. Please try again in ${seconds} seconds.`,
  'error.rateLimitedSoon': 'Too many requests. Please try again shortly.',
  'error.server': 'The service is temporarily unavailable. Please try again later.',
  'error.contract': 'The service sent an unexpected answer. Please try again later.',
  'error.unauthorized': 'Please sign in first.',
  'error.forbidden': 'You are not allowed to do this.',
  'error.notFound': 'Nothing was found.',
  'error.validation': 'Some of the information is not valid. Please check it and try again.',
  'error.conflict': 'This was changed in the meantime. Please reload and try again.',
  'error.notConfigured': 'No service address: set the api-base attribute on <yw-config> or on this element.',
  'error.unknown': 'Something went wrong. Please try again later.',
  'error.requestId': (id) => `Reference: ${id} (quote it when you contact the help desk)`,
  'error.realNameLevel': (required, current) =>
    current
      ? `This item needs real-name verification level ${required} or higher; yours is ${current}.`
      : `This item needs real-name verification level ${required} or higher; you have not been verified yet.`,
  'error.authorisationExpired':
    'Your authorisation to act for this enterprise has expired. Ask its legal representative to authorise you again, or switch back to yourself.',
  'error.notAuthorisedForEnterprise':
    'You are not authorised to act for this enterprise. Switch back to yourself or ask its legal representative.',
};

export const commonMessages = { 'zh-CN': zhCN, en };
