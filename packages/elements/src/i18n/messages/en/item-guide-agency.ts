// The en half of the part in ../item-guide-agency.ts, loaded when an element on the page speaks English.
import type { MessagesOf } from '../../types.ts';
import type { zhCN } from '../zh-CN/item-guide-agency.ts';

export const en: MessagesOf<typeof zhCN> = {
  'itemGuide.agencyForm.heading': 'Request agency help',
  'itemGuide.agencyForm.intro': (item) =>
    `Free agency help is offered for "${item}". Say what help you need; staff of the department will contact you.`,
  'itemGuide.agencyForm.checking': 'Checking whether you are signed in…',
  'itemGuide.agencyForm.signIn': 'Please sign in first to request agency help, so that staff can contact you and follow it up.',
  'itemGuide.agencyForm.description': 'What help do you need',
  'itemGuide.agencyForm.contactName': 'Contact person',
  'itemGuide.agencyForm.mobile': 'Mobile number',
  'itemGuide.agencyForm.preferredContact': 'How to contact you',
  'itemGuide.agencyForm.preferredTime': 'When to contact you (optional)',
  'itemGuide.agencyForm.contact.phone': 'By phone',
  'itemGuide.agencyForm.contact.visit': 'In person',
  'itemGuide.agencyForm.contact.online': 'Online',
  'itemGuide.agencyForm.submit': 'Send request',
  'itemGuide.agencyForm.submitting': 'Sending…',
  'itemGuide.agencyForm.close': 'Close',
  'itemGuide.agencyForm.problems': (n) => `${n} ${n === 1 ? 'thing needs' : 'things need'} correcting; see the marked fields.`,
  'itemGuide.agencyForm.required': 'Please fill this in',
  'itemGuide.agencyForm.invalidMobile': 'Enter an 11-digit mainland mobile number',
  'itemGuide.agencyForm.tooLong': 'Too long',
  'itemGuide.agencyForm.failed': 'The request was not sent: ',
  'itemGuide.agencyForm.done': 'Your request for agency help has arrived; staff will contact you soon.',
  'itemGuide.agencyForm.number': 'Request number: ',
};
