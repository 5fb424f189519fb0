// Messages of <yw-account-switch>.
import type { MessagesOf } from '../types.ts';

const zhCN = {
  'accountSwitch.label': '办事身份',
  'accountSwitch.person': (name: string) => `个人：${name}`,
  'accountSwitch.role.legal_person': '法人',
  'accountSwitch.role.agent': '经办人',
  'accountSwitch.enterprise': (name: string, role: string) => `${name}（${role}）`,
  'accountSwitch.current': (name: string) => `当前以“${name}”身份办事`,
  'accountSwitch.signIn': '登录后可在个人和企业身份之间切换。',
  'accountSwitch.backToPerson': '切换回个人',
};

const en: MessagesOf<typeof zhCN> = {
  'accountSwitch.label': 'Acting as',
  'accountSwitch.person': (name) => `Myself: ${name}`,
  'accountSwitch.role.legal_person': 'legal representative',
  'accountSwitch.role.agent': 'agent',
  'accountSwitch.enterprise': (name, role) => `${name} (${role})`,
  'accountSwitch.current': (name) => `You are acting as ${name}`,
  'accountSwitch.signIn': 'Sign in to switch between yourself and the enterprises you act for.',
  'accountSwitch.backToPerson': 'Switch back to myself',
};

export const accountSwitchMessages = { 'zh-CN': zhCN, en };
