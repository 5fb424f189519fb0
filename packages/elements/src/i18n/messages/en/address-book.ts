// The en half of the part in ../address-book.ts, loaded when an element on the page speaks English.
import type { MessagesOf } from '../../types.ts';
import type { zhCN } from '../zh-CN/address-book.ts';

export const en: MessagesOf<typeof zhCN> = {
  'addressPicker.saved.title': 'Saved addresses',
  'addressPicker.saved.signIn': 'Sign in to use and save your addresses.',
  'addressPicker.saved.loading': 'Loading your addresses…',
  'addressPicker.saved.empty': 'No saved addresses yet. Fill in an address to save it for next time.',
  'addressPicker.saved.loadFailed': 'Could not load your addresses: ',
  'addressPicker.saved.default': 'Default',
  'addressPicker.saved.use': 'Use',
  'addressPicker.saved.edit': 'Edit',
  'addressPicker.saved.delete': 'Delete',
  'addressPicker.saved.setDefault': 'Make default',
  'addressPicker.saved.confirmDelete': 'Delete this address?',
  'addressPicker.saved.confirm': 'Delete',
  'addressPicker.saved.cancel': 'Cancel',
  'addressPicker.saved.save': 'Save to my addresses',
  'addressPicker.saved.update': 'Save changes',
  'addressPicker.saved.cancelEdit': 'Stop editing',
  'addressPicker.saved.editing': 'Editing a saved address; choose "Save changes" when done.',
  'addressPicker.saved.asDefault': 'Make it my default address',
  'addressPicker.saved.used': 'The saved address is filled in; please check it.',
  'addressPicker.saved.created': 'Saved to your addresses.',
  'addressPicker.saved.updated': 'Your addresses are updated.',
  'addressPicker.saved.deleted': 'The address is deleted.',
  'addressPicker.saved.defaulted': 'This is now your default address.',
  'addressPicker.saved.invalid': 'Complete and correct the address before saving it.',
  'addressPicker.saved.failed': 'Not done: ',
};
