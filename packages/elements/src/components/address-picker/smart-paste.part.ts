// What smart paste (智能识别) needs once the applicant opens it — the parsing
// controller, the panel's template, its styles and its words — fetched together
// as one module (LazyModule), so the picker's first download leaves them out.
import { smartPasteMessages } from '../../i18n/messages/smart-paste.ts';

export { SmartPaste } from './smart-paste.ts';
export { renderPastePanel } from './views/smart-paste.ts';
export { smartPasteStyles as styles } from './smart-paste.styles.ts';
export const messageParts = [smartPasteMessages];
