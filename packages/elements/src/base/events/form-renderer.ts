// The event of <yw-form-renderer>.
import { eventInit } from './shared.ts';
import type { ApplicationReceipt } from '@yiwang/contract';

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
    super(YwSubmitEvent.eventName, eventInit(detail, false));
  }
}
