// The event of <yw-progress-tracker>.
import { eventInit } from './shared.ts';
import type { Evaluation } from '@yiwang/contract';

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
    super(YwEvaluateEvent.eventName, eventInit(detail, false));
  }
}
