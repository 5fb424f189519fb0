// Every custom event of the elements. They bubble and are composed (they cross
// shadow roots, so a page listening on <yw-config> or document hears them); they
// are cancelable only where the element honours preventDefault(). Native
// `input`/`change` are used where the meaning is the same.
//
// Each event class lives in the module of the element that fires it (shared.ts holds those
// of more than one), so that a page loads only the events of its
// elements; this module gathers them, with the map of every event by name.
import type { YwAddressChangeEvent } from './address-picker.ts';
import type { YwAgencyActionEvent, YwCaseActionEvent } from './case-desk.ts';
import type { YwDepartmentSelectEvent } from './catalog-stats.ts';
import type { YwActingChangeEvent, YwErrorEvent } from './shared.ts';
import type { YwFormPublishEvent } from './form-designer.ts';
import type { YwSubmitEvent } from './form-renderer.ts';
import type { YwAgencyRequestEvent, YwApplyEvent, YwApplyExternalEvent } from './item-guide.ts';
import type { YwResultsEvent, YwSelectEvent } from './item-search.ts';
import type { YwEvaluateEvent } from './progress-tracker.ts';

export { YwAddressChangeEvent } from './address-picker.ts';
export type { YwAddressChangeDetail } from './address-picker.ts';
export { YwAgencyActionEvent, YwCaseActionEvent } from './case-desk.ts';
export type { YwAgencyActionDetail, YwCaseActionDetail } from './case-desk.ts';
export { YwDepartmentSelectEvent } from './catalog-stats.ts';
export type { YwDepartmentSelectDetail } from './catalog-stats.ts';
export { YwActingChangeEvent, YwErrorEvent } from './shared.ts';
export type { YwActingChangeDetail, YwErrorDetail } from './shared.ts';
export { YwFormPublishEvent } from './form-designer.ts';
export type { YwFormPublishDetail } from './form-designer.ts';
export { YwSubmitEvent } from './form-renderer.ts';
export type { YwSubmitDetail } from './form-renderer.ts';
export { YwAgencyRequestEvent, YwApplyEvent, YwApplyExternalEvent } from './item-guide.ts';
export type { YwAgencyRequestDetail, YwApplyDetail, YwApplyExternalDetail } from './item-guide.ts';
export { YwResultsEvent, YwSelectEvent } from './item-search.ts';
export type { YwResultsDetail, YwSelectDetail, YwSelectSource } from './item-search.ts';
export { YwEvaluateEvent } from './progress-tracker.ts';
export type { YwEvaluateDetail } from './progress-tracker.ts';

/** Every yiwang event by name. */
export interface YwEventMap {
  'yw-error': YwErrorEvent;
  'yw-acting-change': YwActingChangeEvent;
  'yw-department-select': YwDepartmentSelectEvent;
  'yw-submit': YwSubmitEvent;
  'yw-select': YwSelectEvent;
  'yw-apply': YwApplyEvent;
  'yw-apply-external': YwApplyExternalEvent;
  'yw-agency-request': YwAgencyRequestEvent;
  'yw-results': YwResultsEvent;
  'yw-evaluate': YwEvaluateEvent;
  'yw-change': YwAddressChangeEvent;
  'yw-case-action': YwCaseActionEvent;
  'yw-agency-action': YwAgencyActionEvent;
  'yw-form-publish': YwFormPublishEvent;
}
export type YwEvent = YwEventMap[keyof YwEventMap];

declare global {
  // HTMLElementEventMap extends GlobalEventHandlersEventMap, so addEventListener
  // on any element (and on document) gets the typed event.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges the events into the DOM's map
  interface GlobalEventHandlersEventMap extends YwEventMap {}
}
