import type { Translation } from './index.ts';

/** English messages. Typed as `Translation`: a missing or extra key fails the build. */
export const en: Translation = {
  'state.loading': 'Loading…',
  'state.empty': 'Nothing to show',
  'state.retry': 'Try again',
  'state.loaded': 'Loaded',

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

  'catalogStats.label': 'Share of service items that need no visit, by department',
  'catalogStats.summary': (items, zeroVisit, ratio) => `${zeroVisit} of ${items} service items need no visit in person (${ratio}).`,
  'catalogStats.row': (zeroVisit, items) => `${zeroVisit} of ${items} items`,
  'catalogStats.met': 'Target met',
  'catalogStats.notMet': (target) => `Below target (${target})`,
  'catalogStats.empty': 'No service items have been published yet.',
};
