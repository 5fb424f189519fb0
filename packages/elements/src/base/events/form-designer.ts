// The event of <yw-form-designer>.
import { eventInit } from './shared.ts';
import type { FormSchema } from '@yiwang/contract';

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
    super(YwFormPublishEvent.eventName, eventInit(detail, false));
  }
}
