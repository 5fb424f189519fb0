// What the applicant's and the operator's application handlers share: the
// lifecycle environment of a request, the progress answer, the 404.
import type { Services } from '../services.ts';
import { notFound } from '../http/errors.ts';
import type { LifecycleEnv } from './lifecycle.ts';
import { buildProgress } from './progress.ts';
import type { ApplicationRecord, Viewer } from './progress.ts';
import { loadEvents } from './store.ts';

export const lifecycleEnv = (ctx: { now: Date; services: Services }): LifecycleEnv => ({ now: ctx.now, calendar: ctx.services.calendar });

export const applicationNotFound = () => notFound({ zh: '未找到该申请', en: 'No such application' });

/** The application's progress as `viewer` may see it. */
export async function progressOf(ctx: { services: Services; now: Date }, record: ApplicationRecord, viewer: Viewer) {
  const events = await loadEvents(ctx.services.db, record.number);
  return buildProgress(record, events, { now: ctx.now, calendar: ctx.services.calendar, viewer });
}
