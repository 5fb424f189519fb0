// The events of <yw-item-guide>.
import { eventInit } from './shared.ts';

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
    super(YwApplyEvent.eventName, eventInit(detail, false));
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
    super(YwApplyExternalEvent.eventName, eventInit(detail, true));
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
    super(YwAgencyRequestEvent.eventName, eventInit(detail, true));
  }
}
