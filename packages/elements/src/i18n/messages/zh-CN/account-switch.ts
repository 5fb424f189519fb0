// The zh-CN half of the part in ../account-switch.ts (the reference: the other locales have its keys and arguments).
export const zhCN = {
  'accountSwitch.label': '办事身份',
  'accountSwitch.person': (name: string) => `个人：${name}`,
  'accountSwitch.role.legal_person': '法人',
  'accountSwitch.role.agent': '经办人',
  'accountSwitch.enterprise': (name: string, role: string) => `${name}（${role}）`,
  'accountSwitch.current': (name: string) => `当前以“${name}”身份办事`,
  'accountSwitch.signIn': '登录后可在个人和企业身份之间切换。',
  'accountSwitch.backToPerson': '切换回个人',
};
