// Every custom event of the elements, defined once. They bubble and are
// composed (they cross shadow roots, so a page listening on <yw-config> or
// document hears them); they are cancelable only where the element honours
// preventDefault(). Native `input`/`change` are used where the meaning is the same.
import type { ErrorDescription, ErrorKind } from '../../i18n/errors.ts';
import type {
  AgencyAction,
  AgencyStatus,
  ApplicationReceipt,
  ApplicationStatus,
  Evaluation,
  FormSchema,
  ItemSearchQuery,
  ItemSummary,
  PostalAddress,
} from '@yiwang/contract';

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

  /** The event for a failed call of `endpoint`, as `describeError` put it in words. */
  static of(error: unknown, description: ErrorDescription, endpoint: string): YwErrorEvent {
    return new YwErrorEvent({ error, kind: description.kind, message: description.message, requestId: description.requestId, endpoint });
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

/** Detail of `yw-submit`. */
export interface YwSubmitDetail {
  /** 申报号, e.g. YW2026112800001. */
  number: string;
  /** 查询码: with the number, anyone may follow the progress; shown to the applicant once. */
  queryCode: string;
  /** Everything the server answered. */
  receipt: ApplicationReceipt;
  /** True when the receipt is of an earlier attempt whose answer was lost (the applicant changed something since). */
  earlier: boolean;
}

/**
 * `<yw-form-renderer>` created the application (申报成功). Not cancelable: the
 * application exists; the element shows the receipt.
 */
export class YwSubmitEvent extends CustomEvent<YwSubmitDetail> {
  static readonly eventName = 'yw-submit' as const;
  constructor(detail: YwSubmitDetail) {
    super(YwSubmitEvent.eventName, { detail, bubbles: true, composed: true, cancelable: false });
  }
}

/** Detail of `yw-acting-change`. */
export interface YwActingChangeDetail {
  /** The enterprise to act for (its id, from `me.get()`'s `enterprises`); null: the signed-in person. */
  enterpriseId: string | null;
}

/**
 * The applicant switched whom they act for (`<yw-account-switch>`). The
 * `<yw-config>` around that makes the client sets it (`acting-for`), and every
 * element inside reloads. Cancelable: `preventDefault()` keeps the current one.
 */
export class YwActingChangeEvent extends CustomEvent<YwActingChangeDetail> {
  static readonly eventName = 'yw-acting-change' as const;
  constructor(detail: YwActingChangeDetail) {
    super(YwActingChangeEvent.eventName, { detail, bubbles: true, composed: true, cancelable: true });
  }
}

/** Every yiwang event by name. */
export interface YwEventMap {
  'yw-error': YwErrorEvent;
  'yw-acting-change': YwActingChangeEvent;
  'yw-department-select': YwDepartmentSelectEvent;
  'yw-submit': YwSubmitEvent;
}
export type YwEvent = YwEventMap[keyof YwEventMap];

declare global {
  // HTMLElementEventMap extends GlobalEventHandlersEventMap, so addEventListener
  // on any element (and on document) gets the typed event.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges the events into the DOM's map
  interface GlobalEventHandlersEventMap extends YwEventMap {}
}

// ---------------------------------------------------------------------------
// <yw-item-search> and <yw-item-guide>

type ItemSummaryOf = ItemSummary;

/** Where an item was chosen in `<yw-item-search>`. */
export type YwSelectSource = 'result' | 'suggestion' | 'hot';

/** Detail of `yw-select`. */
export interface YwSelectDetail {
  itemId: string;
  itemName: string;
  departmentName: string;
  /** A result, a suggestion of the search box, or a popular item. */
  source: YwSelectSource;
  /** The item's summary, when the element has it (results and popular items; not suggestions). */
  item: ItemSummaryOf | null;
}

/**
 * The applicant chose a service item (a result, a suggestion or a popular
 * item). Cancelable: `preventDefault()` keeps `<yw-item-search>` from opening
 * its guide panel, e.g. because the page navigates to its own guide page.
 */
export class YwSelectEvent extends CustomEvent<YwSelectDetail> {
  static readonly eventName = 'yw-select' as const;
  constructor(detail: YwSelectDetail) {
    super(YwSelectEvent.eventName, { detail, bubbles: true, composed: true, cancelable: true });
  }
}

/** Detail of `yw-apply`. */
export interface YwApplyDetail {
  itemId: string;
  /** The online application form (`client.forms.get(formId)`, `<yw-form-renderer form-id>`). */
  formId: string;
  itemName: string;
}

/**
 * "在线申请": the applicant wants to apply for an item online. A
 * `<yw-form-renderer>` on the page, or the page itself, takes it from here
 * (the guide has no default action, so the event is not cancelable).
 */
export class YwApplyEvent extends CustomEvent<YwApplyDetail> {
  static readonly eventName = 'yw-apply' as const;
  constructor(detail: YwApplyDetail) {
    super(YwApplyEvent.eventName, { detail, bubbles: true, composed: true, cancelable: false });
  }
}

/** Detail of `yw-apply-external`. */
export interface YwApplyExternalDetail {
  itemId: string;
  itemName: string;
  /** The http(s) page of the platform that takes the application (the item's `applyUrl`). */
  url: string;
}

/**
 * "在线申请" of an item with no form here but an apply link: the applicant is
 * about to leave for the platform that takes the application, in the same tab.
 * Cancelable: the link does not navigate, and the page takes over (e.g. a
 * "您即将离开本网站" confirmation, or opening it in a new tab).
 */
export class YwApplyExternalEvent extends CustomEvent<YwApplyExternalDetail> {
  static readonly eventName = 'yw-apply-external' as const;
  constructor(detail: YwApplyExternalDetail) {
    super(YwApplyExternalEvent.eventName, { detail, bubbles: true, composed: true, cancelable: true });
  }
}

/** Detail of `yw-agency-request`. */
export interface YwAgencyRequestDetail {
  itemId: string;
  itemName: string;
  departmentName: string;
}

/**
 * "申请帮办代办": the applicant asks for free agency help with an item that
 * offers it. `<yw-item-guide>` then opens its request form (which submits
 * through `client.agencyRequests.create`); a page that collects the request
 * itself cancels the event (`preventDefault()`).
 */
export class YwAgencyRequestEvent extends CustomEvent<YwAgencyRequestDetail> {
  static readonly eventName = 'yw-agency-request' as const;
  constructor(detail: YwAgencyRequestDetail) {
    super(YwAgencyRequestEvent.eventName, { detail, bubbles: true, composed: true, cancelable: true });
  }
}

/** Detail of `yw-results`. */
export interface YwResultsDetail {
  /** The query as sent (`q` trimmed; filters, sort, page and page size). */
  query: ItemSearchQuery;
  /** Matching items in all. */
  total: number;
  /** Results on screen now (all loaded pages in "load more" mode). */
  shown: number;
}

/**
 * `<yw-item-search>` has rendered the results (or the empty state) of a
 * query: for analytics and for pages that react to what the applicant found.
 */
export class YwResultsEvent extends CustomEvent<YwResultsDetail> {
  static readonly eventName = 'yw-results' as const;
  constructor(detail: YwResultsDetail) {
    super(YwResultsEvent.eventName, { detail, bubbles: true, composed: true, cancelable: false });
  }
}

// Declaration merging: the events above join the map of every yiwang event.
export interface YwEventMap {
  'yw-select': YwSelectEvent;
  'yw-apply': YwApplyEvent;
  'yw-apply-external': YwApplyExternalEvent;
  'yw-agency-request': YwAgencyRequestEvent;
  'yw-results': YwResultsEvent;
}

// ---------------------------------------------------------------------------
// <yw-progress-tracker>

/** Detail of `yw-evaluate`. */
export interface YwEvaluateDetail {
  /** The application number (申报号). */
  number: string;
  /** The evaluation as the server stored it (level 5 非常满意 … 1 非常不满意, indicators, tags, comment). */
  evaluation: Evaluation;
}

/**
 * The applicant evaluated a completed application (好差评) and the server
 * accepted it; each application is evaluated once. Not cancelable: the
 * evaluation is already stored.
 */
export class YwEvaluateEvent extends CustomEvent<YwEvaluateDetail> {
  static readonly eventName = 'yw-evaluate' as const;
  constructor(detail: YwEvaluateDetail) {
    super(YwEvaluateEvent.eventName, { detail, bubbles: true, composed: true, cancelable: false });
  }
}

// Declaration merging: joins the map of every yiwang event.
export interface YwEventMap {
  'yw-evaluate': YwEvaluateEvent;
}

// ---------------------------------------------------------------------------
// <yw-address-picker>

/** Detail of `yw-change` of `<yw-address-picker>`. */
export interface YwAddressChangeDetail {
  /** The address as it now is; null when the picker was emptied. */
  value: PostalAddress | null;
}

/**
 * The applicant changed the address in `<yw-address-picker>` (chose an area,
 * typed a field, pasted a line, used a saved address). Fired together with a
 * native `change`; not for values set by the page. Not cancelable.
 */
export class YwAddressChangeEvent extends CustomEvent<YwAddressChangeDetail> {
  static readonly eventName = 'yw-change' as const;
  constructor(detail: YwAddressChangeDetail) {
    super(YwAddressChangeEvent.eventName, { detail, bubbles: true, composed: true, cancelable: false });
  }
}

export interface YwEventMap {
  'yw-change': YwAddressChangeEvent;
}

// ---------------------------------------------------------------------------
// <yw-case-desk>

/** Detail of `yw-case-action`. */
export interface YwCaseActionDetail {
  /** The application number (申报号). */
  number: string;
  /** The action taken: `accept` (受理) or `reject` (不予受理); later actions add their names. */
  action: string;
  /** The case's status after the action. */
  status: ApplicationStatus;
}

/**
 * A staff member took an action on a case in `<yw-case-desk>` and the server
 * accepted it. Not cancelable: the action is already recorded.
 */
export class YwCaseActionEvent extends CustomEvent<YwCaseActionDetail> {
  static readonly eventName = 'yw-case-action' as const;
  constructor(detail: YwCaseActionDetail) {
    super(YwCaseActionEvent.eventName, { detail, bubbles: true, composed: true, cancelable: false });
  }
}

export interface YwEventMap {
  'yw-case-action': YwCaseActionEvent;
}

/** Detail of `yw-agency-action`. */
export interface YwAgencyActionDetail {
  /** The request's id and its number (DB…). */
  id: string;
  number: string;
  /** The action taken: `agencyAssign`, `agencyProgress`, `agencyLink`, `agencyComplete` or `agencyCancel`. */
  action: AgencyAction;
  /** The request's status after the action. */
  status: AgencyStatus;
}

/**
 * A staff member took an action on a 预审代办 request in `<yw-case-desk>`'s 代办
 * view and the server accepted it. Not cancelable: the action is already recorded.
 */
export class YwAgencyActionEvent extends CustomEvent<YwAgencyActionDetail> {
  static readonly eventName = 'yw-agency-action' as const;
  constructor(detail: YwAgencyActionDetail) {
    super(YwAgencyActionEvent.eventName, { detail, bubbles: true, composed: true, cancelable: false });
  }
}

export interface YwEventMap {
  'yw-agency-action': YwAgencyActionEvent;
}

// ---------------------------------------------------------------------------
// <yw-form-designer>

/** Detail of `yw-form-publish`. */
export interface YwFormPublishDetail {
  /** The form as saved, with the version the server gave it. */
  form: FormSchema;
  version: number;
}

/** `<yw-form-designer>` saved the form as a new version. Not cancelable: it is saved. */
export class YwFormPublishEvent extends CustomEvent<YwFormPublishDetail> {
  static readonly eventName = 'yw-form-publish' as const;
  constructor(detail: YwFormPublishDetail) {
    super(YwFormPublishEvent.eventName, { detail, bubbles: true, composed: true, cancelable: false });
  }
}

export interface YwEventMap {
  'yw-form-publish': YwFormPublishEvent;
}
