// The en half of formRendererLaterMessages in ../form-renderer.ts.
import type { MessagesOf } from '../../types.ts';
import type { zhCN } from '../zh-CN/form-renderer-later.ts';

export const en: MessagesOf<typeof zhCN> = {
  'formRenderer.file.use': 'How to provide it',
  'formRenderer.file.useLicense': 'Use my e-license (no upload)',
  'formRenderer.file.useUpload': 'Upload files',
  'formRenderer.file.rules': (types, mb, max) => `${types}, up to ${mb} MB each${max > 1 ? `, at most ${max} files` : ''}`,
  'formRenderer.file.choose': 'Choose a file',
  'formRenderer.file.chooseMore': 'Add another file',
  'formRenderer.file.replace': 'Replace the file',
  'formRenderer.file.mb': (mb) => `${mb} MB`,
  'formRenderer.file.kb': (kb) => `${kb} KB`,
  'formRenderer.file.uploading': (percent) => `Uploading ${percent}`,
  'formRenderer.file.progress': (name) => `Upload of ${name}`,
  'formRenderer.file.uploaded': 'Uploaded',
  'formRenderer.file.failed': 'Upload failed',
  'formRenderer.file.retry': 'Retry',
  'formRenderer.file.remove': 'Remove',
  'formRenderer.file.cancel': 'Cancel the upload',
  'formRenderer.file.unknown': 'Uploaded file',
  'formRenderer.file.signIn': 'Sign in to upload materials.',
  'formRenderer.channel.legend': 'How to apply',
  'formRenderer.channel.online': 'Fully online, no visit to the hall',
  'formRenderer.channel.offline': 'Book a visit to a window of the service hall',
  'formRenderer.channel.offlineNote': 'After you submit, the window staff will contact you to book a time; bring the originals with you.',
  'formRenderer.channel.onlineOnly': 'This item is done fully online: no visit to the hall.',
  'formRenderer.delivery.legend': 'How to receive the result',
  'formRenderer.delivery.pickup': 'Collect it at the window',
  'formRenderer.delivery.express': 'EMS express delivery',
  'formRenderer.delivery.only': (method) => `How you receive the result: ${method}.`,
  'formRenderer.review.intro': 'Check each answer. To change one, choose “Change” to go back to its step.',
  'formRenderer.review.change': 'Change',
  'formRenderer.review.empty': 'Not given',
  'formRenderer.review.yes': 'Yes',
  'formRenderer.review.license': (name, number) => `E-license: ${name} (${number})`,
  'formRenderer.submit.kept': 'Everything you entered is kept: submit again, it will not be filed twice.',
  'formRenderer.realNameLevel.how':
    'Raise your level on the identity platform first, then sign in again to apply. What you entered is kept.',
  'formRenderer.realNameLevel.signIn': 'Sign in again after raising it',
  'formRenderer.receipt.title': 'Application submitted',
  'formRenderer.receipt.earlier':
    'An earlier attempt of yours went through: this is its application number. Changes made after it were not submitted.',
  'formRenderer.receipt.item': 'Service item',
  'formRenderer.receipt.number': 'Application number',
  'formRenderer.receipt.queryCode': 'Query code',
  'formRenderer.receipt.keep':
    'Write down or copy the query code and keep it: with the application number it lets you follow the progress at any time. It is shown only this once.',
  'formRenderer.receipt.copy': 'Copy the query code',
  'formRenderer.receipt.copied': 'Query code copied',
  'formRenderer.receipt.copyFailed': 'Could not copy: write the query code down',
  'formRenderer.materials.intro':
    'The service guide asks for these materials, which the form does not: your e-licenses are used where they can be; upload the others.',
  'formRenderer.entry': (item, n) => `${item} ${n}`,
  'formRenderer.entryCount': (min, max) => `At least ${min}, at most ${max}`,
  'formRenderer.entryMax': (max) => `The most there can be is ${max}`,
  'formRenderer.addEntry': (item) => `Add ${item}`,
  'formRenderer.removeEntry': (entry) => `Remove ${entry}`,
  'formRenderer.draft.offer': (time) => `You have a draft you did not submit (saved ${time}).`,
  'formRenderer.draft.newVersion': (from, to) =>
    `The form has been updated (version ${from} → ${to}); please check your answers after restoring.`,
  'formRenderer.draft.carried': 'Restoring keeps your answers to:',
  'formRenderer.draft.nothingCarried': 'None of your answers apply to the new version of the form.',
  'formRenderer.draft.dropped': (count) =>
    count === 1
      ? 'One question you answered is no longer on the form; that answer is not kept.'
      : `${count} questions you answered are no longer on the form; those answers are not kept.`,
  'formRenderer.draft.restore': 'Restore the draft',
  'formRenderer.draft.discard': 'No, start again',
  'formRenderer.draft.conflict': 'This draft was changed on another page or device. Which one do you want to keep?',
  'formRenderer.draft.keepTheirs': 'Load the newer draft',
  'formRenderer.draft.keepMine': 'Keep what is on this page',
};
