// The zh-CN half of the part in ../item-facts.ts (the reference: the other locales have its keys and arguments).
export const zhCN = {
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
