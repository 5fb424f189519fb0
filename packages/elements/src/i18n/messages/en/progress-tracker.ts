// The en half of the part in ../progress-tracker.ts, loaded when an element on the page speaks English.
import type { MessagesOf } from '../../types.ts';
import type { zhCN } from '../zh-CN/progress-tracker.ts';

export const en: MessagesOf<typeof zhCN> = {
  'progressTracker.empty': 'There is no progress information for this application yet.',
  'progressTracker.status.submitted': 'Submitted',
  'progressTracker.status.prereview': 'In pre-review',
  'progressTracker.status.supplement_requested': 'Waiting for your supplement',
  'progressTracker.status.accepted': 'Accepted',
  'progressTracker.status.rejected': 'Not accepted',
  'progressTracker.status.reviewing': 'Under review',
  'progressTracker.status.decided': 'Decided',
  'progressTracker.status.certifying': 'Certificate being made',
  'progressTracker.status.delivering': 'Being delivered',
  'progressTracker.status.completed': 'Completed',
  'progressTracker.status.withdrawn': 'Withdrawn',
  'progressTracker.form.title': 'Track an application',
  'progressTracker.form.intro':
    'Enter the application number and the query code. Both are on your receipt and in the text message you received.',
  'progressTracker.form.number': 'Application number',
  'progressTracker.form.numberHint': 'YW and 13 digits, e.g. YW2026110300001',
  'progressTracker.form.code': 'Query code',
  'progressTracker.form.codeHint': '6 letters or digits',
  'progressTracker.form.submit': 'Track',
  'progressTracker.form.busy': 'Looking it up…',
  'progressTracker.form.wait': (seconds) => `Try again in ${seconds} seconds`,
  'progressTracker.form.numberMissing': 'Enter the application number.',
  'progressTracker.form.numberInvalid': 'The application number is YW followed by 13 digits.',
  'progressTracker.form.codeMissing': 'Enter the query code.',
  'progressTracker.form.codeInvalid': 'The query code is 6 letters or digits.',
  'progressTracker.form.notFound': 'No application matches this number and query code. Check both and try again.',

  'progressTracker.mine.title': 'My applications',
  'progressTracker.mine.signIn': 'Sign in to see all your applications, or look one up by its number and query code.',
  'progressTracker.mine.count': (total) => `${total} in all`,
  'progressTracker.mine.empty':
    'You have no applications yet. Applications made at a service window can be tracked with their number and query code.',
  'progressTracker.mine.submitted': (date) => `Submitted ${date}`,
  'progressTracker.mine.due': (date) => `Due by ${date}`,
  'progressTracker.mine.previous': 'Previous page',
  'progressTracker.mine.next': 'Next page',
  'progressTracker.mine.page': (page, pages) => `Page ${page} of ${pages}`,
  'progressTracker.mine.query': 'Track by number and query code',
  'progressTracker.back.mine': 'Back to my applications',
  'progressTracker.back.query': 'Track another application',

  'progressTracker.number': 'Application number',
};
