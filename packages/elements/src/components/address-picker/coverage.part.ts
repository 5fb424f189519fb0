// What the EMS coverage line needs — its template, styles and words — fetched
// together as one module (LazyModule) once an area is being chosen, so the
// picker's first download leaves them out; the check itself (coverage.ts)
// is the picker's own and starts as soon as the area is complete.
import { coverageMessages } from '../../i18n/messages/coverage.ts';

export { renderCoverage } from './views/coverage.ts';
export { coverageStyles as styles } from './coverage.styles.ts';
export const messageParts = [coverageMessages];
