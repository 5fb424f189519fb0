// Reminders of what an applicant owes by a date: a 容缺 material deferred at
// submission (the ledger's due date) and the answer to an open 补正 request
// (its due date) — the same question of "owed by a day", so one code path.
//
// A reminder goes out when the working days left reach one of the configured
// thresholds (YIWANG_DEFERRED_REMINDER_DAYS, 3 and 1 by default), counted on
// the working-day calendar; and once when the due date has passed (on the first
// day after it, or the next run up to the first working day after it, so a
// dispatcher that was down over a weekend still sends it, and one down for a
// week does not flood anyone). When several thresholds have passed at once only
// the nearest is sent, and a threshold the applicant was already inside when
// they were first told the due date is skipped: that notice said as much.
//
// Exactly once: each (application, ledger line or request, threshold) is a key
// of `due_reminders`, inserted in the transaction that writes the outbox
// message, so any number of dispatchers on one database send one reminder.
// The notifier runs this at the start of each `dispatchDue` (right after
// ending expired 补正 requests), once per Beijing date per process
// (thresholds change with the date only).
import type { Db } from '../db/db.ts';
import type { ApplicationState } from '../applications/lifecycle.ts';
import { loadApplication } from '../applications/store.ts';
import { beijingDate } from '../domain/time.ts';
import type { WorkingCalendar } from '../domain/workdays.ts';
import { newId } from '../domain/ids.ts';
import { reminderMessage } from './messages.ts';
import type { PlannedReminder } from './messages.ts';
import { claimReminders, insertNotification, listOwingApplications, userMobile } from './store.ts';

/** Default thresholds: 3 working days before the due date and 1 before. */
export const DEFAULT_REMINDER_DAYS: readonly number[] = [3, 1];

export interface ReminderOptions {
  /** Working days before the due date at which to remind (0: on the due date). */
  days: readonly number[];
  /** The working calendar in force (read once per run). */
  calendar: () => WorkingCalendar;
}

/**
 * The threshold reached on `today` for something due on `due` that the
 * applicant was told of on `told`, or null when no reminder is due.
 */
export function reminderThreshold(
  today: string,
  due: string,
  told: string,
  days: readonly number[],
  calendar: WorkingCalendar,
): { threshold: string; workingDaysLeft: number; overdue: boolean } | null {
  if (today > due) {
    // Overdue: on the first day past the due date, or later up to the first working day after it.
    return calendar.workingDaysBetween(due, today) <= 1 ? { threshold: 'overdue', workingDaysLeft: 0, overdue: true } : null;
  }
  const left = calendar.workingDaysBetween(today, due);
  const atNotice = calendar.workingDaysBetween(told, due);
  const t = [...days].sort((a, b) => a - b).find((d) => d >= left && d < atNotice);
  return t === undefined ? null : { threshold: String(t), workingDaysLeft: left, overdue: false };
}

/** The reminders an application's state calls for on `today` (before any is claimed). */
export function planReminders(
  app: { status: string; submittedAt: Date; state: ApplicationState },
  today: string,
  days: readonly number[],
  calendar: WorkingCalendar,
): PlannedReminder[] {
  const out: PlannedReminder[] = [];
  const submitted = beijingDate(app.submittedAt);
  const owed = (app.state.deferred ?? []).filter((d) => d.suppliedAt === null);
  for (const dueDate of [...new Set(owed.map((d) => d.dueDate))].sort()) {
    const reached = reminderThreshold(today, dueDate, submitted, days, calendar);
    if (!reached) continue;
    const items = owed
      .filter((d) => d.dueDate === dueDate)
      .map((d) => ({ key: `deferred:${d.materialId}`, materialId: d.materialId, name: d.name }));
    out.push({ subject: 'deferred', dueDate, ...reached, items });
  }
  const open = app.state.supplements.at(-1);
  if (app.status === 'supplement_requested' && open && open.respondedAt === null) {
    const reached = reminderThreshold(today, open.dueDate, beijingDate(open.requestedAt), days, calendar);
    if (reached) {
      const items = open.materials.map((m) => ({ key: `supplement:${open.id}`, materialId: m.materialId, name: m.name }));
      out.push({ subject: 'supplement', dueDate: open.dueDate, ...reached, items });
    }
  }
  return out;
}

/**
 * Writes the reminders due at `now` to the outbox (each once, whatever other
 * dispatchers do) and returns how many messages this call wrote.
 */
export async function queueDueReminders(db: Db, now: Date, options: ReminderOptions): Promise<number> {
  const today = beijingDate(now);
  const calendar = options.calendar();
  let written = 0;
  for (const { number } of await listOwingApplications(db)) {
    written += await db.transaction(async (tx) => {
      // Locked: a material supplied meanwhile is not reminded of, and the outbox stays in step order.
      const app = await loadApplication(tx, number, true);
      if (!app) return 0;
      let n = 0;
      for (const plan of planReminders(app, today, options.days, calendar)) {
        const id = newId('ntf');
        const keys = [...new Set(plan.items.map((i) => i.key))];
        const claimed = await claimReminders(tx, {
          number,
          subjects: keys,
          threshold: plan.threshold,
          dueDate: plan.dueDate,
          notificationId: id,
          at: now,
        });
        if (claimed.length === 0) continue;
        const message = reminderMessage(app, { ...plan, items: plan.items.filter((i) => claimed.includes(i.key)) }, now);
        await insertNotification(tx, { id, number, userId: app.userId, mobile: await userMobile(tx, app.userId), ...message });
        n++;
      }
      return n;
    });
  }
  return written;
}
