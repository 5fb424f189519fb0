// An application's status as the query form's list and the case view show
// it: a sign and words, never only a colour. Apart from the timeline, so that
// "my applications" does not bring the case view's templates with it.
import type { ApplicationStatus, Progress } from '@yiwang/contract';
import type { LocalizeController } from '../../../base/controllers/localize.ts';

/** The sign in front of a status: done, failed, waiting for the applicant, or running. */
export function statusSign(status: ApplicationStatus, p?: Progress): string {
  if (status === 'completed') return p?.result?.outcome === 'denied' ? '✕' : '✓';
  if (status === 'rejected') return '✕';
  if (status === 'withdrawn') return '–';
  if (status === 'supplement_requested') return '!';
  return '●';
}

export const statusName = (localize: LocalizeController, status: ApplicationStatus): string =>
  localize.t(`progressTracker.status.${status}`);
