// The en half of the part in ../item-guide.ts, loaded when an element on the page speaks English.
import type { MessagesOf } from '../../types.ts';
import type { zhCN } from '../zh-CN/item-guide.ts';

export const en: MessagesOf<typeof zhCN> = {
  'itemGuide.label': 'Service guide',
  'itemGuide.apply': 'Apply online',
  'itemGuide.agency': 'Request free agency help',
  'itemGuide.agencyNote': 'Free agency help is offered for this service; staff will contact you.',
  'itemGuide.noOnline': 'This service cannot be applied for online yet. Use the channels or places below.',
  'itemGuide.applyElsewhere': (host) => `You leave this site to apply online at ${host}.`,
  'itemGuide.published': (batch, date) =>
    batch ? `Listed in the service catalog (${batch}), published ${date}` : `Listed in the service catalog published ${date}`,
  'itemGuide.phones': 'Enquiries and complaints',
  'itemGuide.consultPhone': 'Enquiries',
  'itemGuide.complaintPhone': 'Complaints',
  'itemGuide.empty': 'The guide of this service has not been published yet. Please call the department.',
  'itemGuide.incomplete':
    'The guide of this service is still being written: its conditions, materials and steps are not in yet. Please call the department.',
  'itemGuide.noItem': 'Choose a service to see its guide.',
};
