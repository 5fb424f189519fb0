// Every custom event of the elements, defined once. They bubble and are
// composed (they cross shadow roots, so a page listening on <yw-config> or
// document hears them); they are cancelable only where the element honours
// preventDefault(). Native `input`/`change` are used where the meaning is the same.
import type { ErrorKind } from '../../i18n/errors.ts';

/** Detail of `yw-error`. */
export interface YwErrorDetail {
  /** The error the SDK call ended with (an `ApiError`, `NetworkError`, …). */
  error: unknown;
  kind: ErrorKind;
  /** The sentence the element shows the applicant. */
  message: string;
  /** The server's request id, when there is one. */
  requestId: string;
  /** The contract endpoint that failed, e.g. `catalog.stats`. */
  endpoint: string;
}

/**
 * An SDK call of an element failed and the element now shows its error state.
 * For a site's error reporting; not cancelable (the error state is always shown).
 */
export class YwErrorEvent extends CustomEvent<YwErrorDetail> {
  static readonly eventName = 'yw-error' as const;
  constructor(detail: YwErrorDetail) {
    super(YwErrorEvent.eventName, { detail, bubbles: true, composed: true, cancelable: false });
  }
}

/** Detail of `yw-department-select`. */
export interface YwDepartmentSelectDetail {
  departmentId: string;
  departmentName: string;
  /** True when the department becomes selected, false when the selection is cleared. */
  selected: boolean;
}

/**
 * The applicant chose a department (e.g. to filter a search by it). Cancelable:
 * `preventDefault()` keeps the element's selection as it was.
 */
export class YwDepartmentSelectEvent extends CustomEvent<YwDepartmentSelectDetail> {
  static readonly eventName = 'yw-department-select' as const;
  constructor(detail: YwDepartmentSelectDetail) {
    super(YwDepartmentSelectEvent.eventName, { detail, bubbles: true, composed: true, cancelable: true });
  }
}

/** Every yiwang event by name. */
export interface YwEventMap {
  'yw-error': YwErrorEvent;
  'yw-department-select': YwDepartmentSelectEvent;
}
export type YwEvent = YwEventMap[keyof YwEventMap];

declare global {
  // HTMLElementEventMap extends GlobalEventHandlersEventMap, so addEventListener
  // on any element (and on document) gets the typed event.
  interface GlobalEventHandlersEventMap extends YwEventMap {}
}
