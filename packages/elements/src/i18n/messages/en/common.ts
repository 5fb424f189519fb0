// The en half of the part in ../common.ts, loaded when an element on the page speaks English.
import type { MessagesOf } from '../../types.ts';
import type { zhCN } from '../zh-CN/common.ts';

export const en: MessagesOf<typeof zhCN> = {
  'state.loading': 'Loading…',
  'state.empty': 'Nothing to show',
  'state.retry': 'Try again',
  'state.loaded': 'Loaded',
  'state.partFailed': 'This part could not be loaded. Check your connection and try again.',
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
