// Handlers of the staff endpoints: a department's case queue, the audited case
// view, and 受理 / 不予受理. Who may call them (staff, roles) is settled before a
// handler runs (http/staff.ts); each handler keeps the caller to their
// department's cases. Transitions go through the lifecycle table like the
// operator's, and their events name the acting staff member.
import { APPLICATION_STATUSES, CASE_VIEW_FIELDS, maskName } from '@yiwang/contract';
import type { ApplicationStatus, OperatorAction, StaffCaseSummary } from '@yiwang/contract';
import type { GroupHandlers } from '../http/handler.ts';
import type { StaffMember } from '../identity/staff.ts';
import type { Services } from '../services.ts';
import type { Queryable } from '../db/db.ts';
import { toIso } from '../domain/time.ts';
import { applicationNotFound, lifecycleEnv } from '../applications/handling.ts';
import { TERMINAL, applyAction, computeDeadline } from '../applications/lifecycle.ts';
import type { StoredActor } from '../applications/lifecycle.ts';
import { buildProgress, publicEvent } from '../applications/progress.ts';
import type { ApplicationRecord } from '../applications/progress.ts';
import { loadEvents, saveOutcome } from '../applications/store.ts';
import { insertCaseView, listDepartmentCases, loadCase } from './store.ts';

const OPEN_STATUSES: readonly ApplicationStatus[] = APPLICATION_STATUSES.filter((s) => !TERMINAL.includes(s));

function summaryOf(record: ApplicationRecord, department: string, ctx: { now: Date; services: Services }): StaffCaseSummary {
  return {
    number: record.number,
    itemId: record.itemId,
    itemName: record.state.itemName,
    department,
    status: record.status,
    applicantName: maskName(record.state.applicantName),
    submittedAt: toIso(record.submittedAt),
    updatedAt: toIso(record.updatedAt),
    deadline: computeDeadline(record, ctx.now, ctx.services.calendar),
  };
}

/**
 * Queue order: cases with a running time limit first, fewest working days left
 * first (the overdue at the top); then those not accepted yet, oldest first.
 */
function byUrgency(a: StaffCaseSummary, b: StaffCaseSummary): number {
  if (a.deadline && b.deadline) return a.deadline.workingDaysLeft - b.deadline.workingDaysLeft || a.number.localeCompare(b.number);
  if (a.deadline || b.deadline) return a.deadline ? -1 : 1;
  return a.submittedAt.localeCompare(b.submittedAt) || a.number.localeCompare(b.number);
}

/**
 * A case of the staff member's department, locked when `forUpdate`. Another
 * department's case is 404, as a missing one: application numbers are a date
 * and a daily sequence, easy to guess, and a 403 would confirm that the case exists.
 */
async function caseOf(q: Queryable, staff: StaffMember, number: string, forUpdate = false) {
  const found = await loadCase(q, number, forUpdate);
  if (!found || found.department !== staff.department) throw applicationNotFound();
  return found;
}

const actorOf = (staff: StaffMember, departmentName: string): StoredActor => ({
  kind: 'staff',
  userId: staff.userId,
  name: staff.name,
  department: staff.department,
  departmentName,
});

/** Applies an intake action to a case of the caller's department; its events name the caller. */
async function act(
  ctx: { staff: StaffMember; now: Date; services: Services; params: { number: string } },
  action: OperatorAction,
): Promise<StaffCaseSummary> {
  const record = await ctx.services.db.transaction(async (tx) => {
    const { record: current } = await caseOf(tx, ctx.staff, ctx.params.number, true);
    const outcome = applyAction(current, action, lifecycleEnv(ctx));
    const actor = actorOf(ctx.staff, current.state.departmentName);
    outcome.events = outcome.events.map((e) => ({ ...e, actor }));
    await saveOutcome(tx, outcome, ctx.now);
    return { ...current, ...outcome.snapshot, updatedAt: ctx.now };
  });
  return summaryOf(record, ctx.staff.department, ctx);
}

const staff: GroupHandlers<'staff'> = {
  async cases(ctx) {
    const { query } = ctx;
    const records = await listDepartmentCases(ctx.services.db, ctx.staff.department, {
      statuses: query.status ? [query.status] : OPEN_STATUSES,
      itemId: query.itemId ?? null,
    });
    let items = records.map((r) => summaryOf(r, ctx.staff.department, ctx));
    if (query.overdue !== undefined) items = items.filter((s) => (s.deadline?.overdue ?? false) === query.overdue);
    items.sort(byUrgency);
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    return { items: items.slice((page - 1) * pageSize, page * pageSize), total: items.length, page, pageSize };
  },

  async get(ctx) {
    const { record, request } = await caseOf(ctx.services.db, ctx.staff, ctx.params.number);
    const events = await loadEvents(ctx.services.db, record.number);
    const progress = buildProgress(record, events, { now: ctx.now, calendar: ctx.services.calendar, viewer: 'operator' });
    const fields = [...CASE_VIEW_FIELDS];
    // Recorded before the answer leaves: no personal data is shown without its audit row.
    await insertCaseView(ctx.services.db, {
      at: ctx.now,
      userId: ctx.staff.userId,
      staffName: ctx.staff.name,
      department: ctx.staff.department,
      number: record.number,
      fields,
    });
    return {
      ...summaryOf(record, ctx.staff.department, ctx),
      applicantName: record.state.applicantName,
      formId: request.formId ?? null,
      answers: request.data ?? {},
      channel: request.channel,
      materials: (request.materials ?? []).map((provision) => ({
        provision,
        name: record.state.materialNames[provision.materialId] ?? null,
      })),
      delivery: request.delivery,
      events: events.map((e) => publicEvent(e, 'full')),
      supplement: progress.supplement,
      result: progress.result,
      viewedFields: fields,
    };
  },

  accept: (ctx) => act(ctx, { action: 'accept', ...(ctx.body.message ? { message: ctx.body.message } : {}) }),

  reject: (ctx) => act(ctx, { action: 'reject', reason: ctx.body.reason }),
};

/** Handlers of the staff group. */
export const staffRoutes = { staff };
