// The event of <yw-address-picker>.
import { eventInit } from './shared.ts';
import type { PostalAddress } from '@yiwang/contract';

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
    super(YwAddressChangeEvent.eventName, eventInit(detail, false));
  }
}
