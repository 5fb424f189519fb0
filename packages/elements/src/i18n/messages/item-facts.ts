// An item's facts as badges and labels (跑动次数, 网办深度, 承诺/法定 days, audience, type,
// channels) and the colon between a label and its value, shared by
// <yw-item-search> and <yw-item-guide>; the keys keep their names. Both
// elements list this part in their messageParts, so a page loads only the
// messages of the elements it uses. zh-CN is the reference: en has exactly its keys and
// arguments (MessagesOf).
import type { MessagesOf } from '../types.ts';

const zhCN = {
  'itemSearch.audience.person': '自然人',
  'itemSearch.audience.enterprise': '法人',
  'itemSearch.type.licensing': '行政许可',
  'itemSearch.type.payment': '行政给付',
  'itemSearch.type.confirmation': '行政确认',
  'itemSearch.type.reward': '行政奖励',
  'itemSearch.type.adjudication': '行政裁决',
  'itemSearch.type.other_power': '其他行政权力',
  'itemSearch.type.public_service': '公共服务',
  'itemSearch.channel.online': '全程网办',
  'itemSearch.channel.express': '快递送达',
  'itemSearch.channel.agency': '帮办代办',
  'itemSearch.channel.offline': '窗口办理',
  'itemSearch.zeroVisit': '零跑动',
  'itemSearch.visits': (visits: number) => `需到现场 ${visits} 次`,
  'itemSearch.depth': (level: number) => `网办深度${['', '一', '二', '三', '四'][level] ?? level}级`,
  'itemSearch.days': (promised: number, legal: number) =>
    promised === 0 ? (legal === 0 ? '即办' : `即办（法定 ${legal} 个工作日）`) : `承诺 ${promised} 个工作日（法定 ${legal} 个）`,
  'itemSearch.channels': (channels: string) => `办理方式：${channels}`,
  'itemSearch.listSeparator': '、',
  'itemGuide.colon': '：',
};

const en: MessagesOf<typeof zhCN> = {
  'itemSearch.audience.person': 'Individuals',
  'itemSearch.audience.enterprise': 'Businesses',
  'itemSearch.type.licensing': 'Licensing',
  'itemSearch.type.payment': 'Benefit payment',
  'itemSearch.type.confirmation': 'Confirmation',
  'itemSearch.type.reward': 'Reward',
  'itemSearch.type.adjudication': 'Adjudication',
  'itemSearch.type.other_power': 'Other administrative power',
  'itemSearch.type.public_service': 'Public service',
  'itemSearch.channel.online': 'Fully online',
  'itemSearch.channel.express': 'Result by post',
  'itemSearch.channel.agency': 'Free agency help',
  'itemSearch.channel.offline': 'At a service hall',
  'itemSearch.zeroVisit': 'No visit needed',
  'itemSearch.visits': (visits) => (visits === 1 ? '1 visit in person' : `${visits} visits in person`),
  'itemSearch.depth': (level) => `Online level ${level} of 4`,
  'itemSearch.days': (promised, legal) =>
    promised === 0
      ? legal === 0
        ? 'Done on the spot'
        : `Done on the spot (legal limit ${legal} working days)`
      : `Within ${promised} working days (legal limit ${legal})`,
  'itemSearch.channels': (channels) => `How: ${channels}`,
  'itemSearch.listSeparator': ', ',
  'itemGuide.colon': ': ',
};

export const itemFactsMessages = { 'zh-CN': zhCN, en };
