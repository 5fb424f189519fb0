// The en half of the part in ../item-facts.ts, loaded when an element on the page speaks English.
import type { MessagesOf } from '../../types.ts';
import type { zhCN } from '../zh-CN/item-facts.ts';

export const en: MessagesOf<typeof zhCN> = {
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
