// The events of <yw-case-desk>.
import { eventInit } from './shared.ts';
import type { AgencyAction, AgencyStatus, ApplicationStatus } from '@yiwang/contract';

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
    super(YwCaseActionEvent.eventName, eventInit(detail, false));
  }
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
    super(YwAgencyActionEvent.eventName, eventInit(detail, false));
  }
}
