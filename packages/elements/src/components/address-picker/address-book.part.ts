// What the address book (常用地址) needs — its controller (which loads the saved
// addresses), its templates, styles and words — fetched together as one module
// (LazyModule) when the book is wanted, so the picker's first download leaves
// them out.
import { addressBookMessages } from '../../i18n/messages/address-book.ts';

export { AddressBook } from './address-book.ts';
export { renderAddressBook, renderAddressBookSave } from './views/address-book.ts';
export { addressBookStyles as styles } from './address-book.styles.ts';
export const messageParts = [addressBookMessages];
