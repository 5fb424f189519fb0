// The en half of the part in ../account-switch.ts, loaded when an element on the page speaks English.
import type { MessagesOf } from '../../types.ts';
import type { zhCN } from '../zh-CN/account-switch.ts';

export const en: MessagesOf<typeof zhCN> = {
  'accountSwitch.label': 'Acting as',
  'accountSwitch.person': (name) => `Myself: ${name}`,
  'accountSwitch.role.legal_person': 'legal representative',
  'accountSwitch.role.agent': 'agent',
  'accountSwitch.enterprise': (name, role) => `${name} (${role})`,
  'accountSwitch.current': (name) => `You are acting as ${name}`,
  'accountSwitch.signIn': 'Sign in to switch between yourself and the enterprises you act for.',
  'accountSwitch.backToPerson': 'Switch back to myself',
};
