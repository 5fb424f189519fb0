// The event of <yw-catalog-stats>.
import { eventInit } from './shared.ts';

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
    super(YwDepartmentSelectEvent.eventName, eventInit(detail, true));
  }
}
