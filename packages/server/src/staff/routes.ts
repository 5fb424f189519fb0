// Handlers of the staff endpoints: a department's case queue, the audited case
// view, and the actions on a case — 受理 / 不予受理, 补正, review tracks (并联审查)
// and their opinions, 决定, 制证, 寄递, 办结, and the clock: special procedures
// (特别程序) that suspend it and extensions (延期), and the 整改 of a 差评. Who may call them (staff, roles) is
// settled before a handler runs (http/staff.ts); each handler keeps the caller
// to their department's cases: the lead department acts on its cases, a
// co-handling department may only read the case and give its own track's
// opinion. Transitions go through the lifecycle table like the operator's, and
// their events name the acting staff member. An offline-channel case gets its
// appointment at the hall here (预约现场办理); the 预审代办 requests' handlers
// are agency/routes.ts's, spread into this group.
import { APPLICATION_STATUSES, CASE_VIEW_FIELDS, beijingDate, formLicenseReferences, maskName } from '@yiwang/contract';
import type {
  Appointment,
  ApplicationCreate,
  ApplicationStatus,
  StaffCaseLicense,
  StaffCaseSummary,
  StaffLicenseUse,
  StaffSupplementAnswer,
} from '@yiwang/contract';
import type { GroupHandlers } from '../http/handler.ts';
import type { StaffMember } from '../identity/staff.ts';
import type { Services } from '../services.ts';
import type { Queryable } from '../db/db.ts';
import { toIso } from '../domain/time.ts';
import { HttpError, conflict, invalid } from '../http/errors.ts';
import { applicationNotFound, lifecycleEnv, settle, settleTracking } from '../applications/handling.ts';
import { TERMINAL, applyAction, computeDeadline, deferredLedger, rectify } from '../applications/lifecycle.ts';
import type { Action, StoredActor } from '../applications/lifecycle.ts';
import { buildProgress, publicEvaluation, publicEvent } from '../applications/progress.ts';
import type { ApplicationRecord } from '../applications/progress.ts';
import { loadEvents, saveOutcome } from '../applications/store.ts';
import type { StoredApplication } from '../applications/store.ts';
import { sealResultDocument } from '../seal/issue.ts';
import { agencyStaffHandlers } from '../agency/routes.ts';
import { adminDepartment } from '../http/staff.ts';
import { reportContext, staffPerformance } from '../performance/report.ts';
import {
  addCaseDepartments,
  caseDepartments,
  departmentNames,
  insertCaseView,
  listDepartmentCases,
  loadApplicantFiles,
  loadApplicantLicenses,
  loadCase,
} from './store.ts';
import { loadFileContent } from '../files/store.ts';
import { loadForm, loadFormVersion } from '../forms/store.ts';

const OPEN_STATUSES: readonly ApplicationStatus[] = APPLICATION_STATUSES.filter((s) => !TERMINAL.includes(s));

/** `department` is the case's lead department; `coHandling` says the caller reviews it on a parallel track. */
function summaryOf(
  record: ApplicationRecord,
  department: string,
  ctx: { now: Date; services: Services },
  coHandling = false,
  channel: 'online' | 'offline' = 'online',
): StaffCaseSummary {
  const open = record.state.supplements.at(-1);
  const ledger = deferredLedger(record.state, ctx.now, ctx.services.calendar);
  const owed = ledger.filter((d) => d.suppliedAt === null);
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
    supplementDue: record.status === 'supplement_requested' && open && open.respondedAt === null ? open.dueDate : null,
    owed: { outstanding: owed.length, overdue: owed.filter((d) => d.overdue).length },
    coHandling,
    channel,
    appointment: appointmentOf(record),
  };
}

/** The appointment at the hall as the contract says it. */
export function appointmentOf(record: ApplicationRecord): Appointment | null {
  const a = record.state.appointment;
  return a ? { at: a.at, place: a.place, bring: [...a.bring], setAt: a.setAt } : null;
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
 * A case of the staff member's department, locked when `forUpdate`; with
 * `coHandling`, also a case the department reviews on a parallel track. Another
 * department's case is 404, as a missing one: application numbers are a date
 * and a daily sequence, easy to guess, and a 403 would confirm that the case exists.
 */
async function caseOf(q: Queryable, staff: StaffMember, number: string, options: { forUpdate?: boolean; coHandling?: boolean } = {}) {
  const found = await loadCase(q, number, options.forUpdate ?? false);
  if (!found || !found.department) throw applicationNotFound();
  const lead = found.department === staff.department;
  if (!lead && !(options.coHandling && (await caseDepartments(q, number)).includes(staff.department))) throw applicationNotFound();
  return { ...found, department: found.department, lead };
}

/** The applicant's answer to the latest 补正 request, with the files' metadata; null before an answer. */
async function supplementAnswer(q: Queryable, record: StoredApplication): Promise<StaffSupplementAnswer | null> {
  const latest = record.state.supplements.at(-1);
  if (!latest?.response || !latest.respondedAt) return null;
  const provisions = latest.response.materials;
  const files = await loadApplicantFiles(
    q,
    record.userId,
    provisions.flatMap((m) => ('fileIds' in m ? m.fileIds : [])),
  );
  const byId = new Map(files.map((f) => [f.id, f]));
  return {
    supplementId: latest.id,
    respondedAt: toIso(latest.respondedAt),
    note: latest.response.note,
    materials: provisions.map((m) => ({
      materialId: m.materialId,
      name: record.state.materialNames[m.materialId] ?? latest.materials.find((x) => x.materialId === m.materialId)?.name ?? null,
      files: 'fileIds' in m ? m.fileIds.flatMap((id) => byId.get(id) ?? []) : [],
      licenseId: 'licenseId' in m ? m.licenseId : null,
    })),
  };
}

/**
 * The e-licenses a case used, each once with where: the materials (those given at submission and the
 * 容缺 ones supplied later), the form's answers (the fields of the form version the applicant answered, as
 * the submission check recognised them) and the answers to 补正 requests. One query for the licenses;
 * `status` is as of `now` (a license past its last valid day is expired).
 */
async function caseLicenses(
  q: Queryable,
  record: StoredApplication,
  request: ApplicationCreate & { formId: string | null },
  now: Date,
): Promise<StaffCaseLicense[]> {
  const uses = new Map<string, StaffLicenseUse[]>();
  const use = (licenseId: string, u: StaffLicenseUse) => uses.set(licenseId, [...(uses.get(licenseId) ?? []), u]);
  const materialName = (id: string) => record.state.materialNames[id] ?? null;
  for (const m of request.materials ?? []) {
    if ('licenseId' in m)
      use(m.licenseId, { source: 'material', materialId: m.materialId, materialName: materialName(m.materialId), path: null, label: null });
  }
  for (const d of record.state.deferred ?? []) {
    if (d.provision && 'licenseId' in d.provision)
      use(d.provision.licenseId, { source: 'material', materialId: d.materialId, materialName: d.name, path: null, label: null });
  }
  if (request.formId) {
    // A request stored without its version (seeded, or from before versions) was answered on the form as it is.
    const form =
      request.formVersion !== undefined ? await loadFormVersion(q, request.formId, request.formVersion) : await loadForm(q, request.formId);
    for (const ref of form ? formLicenseReferences(form, request.data ?? {}) : []) {
      use(ref.licenseId, { source: 'form', materialId: null, materialName: null, path: ref.path, label: ref.label });
    }
  }
  for (const s of record.state.supplements) {
    for (const m of s.response?.materials ?? []) {
      if ('licenseId' in m) {
        const name = materialName(m.materialId) ?? s.materials.find((x) => x.materialId === m.materialId)?.name ?? null;
        use(m.licenseId, { source: 'supplement', materialId: m.materialId, materialName: name, path: null, label: null });
      }
    }
  }
  const licenses = await loadApplicantLicenses(q, record.userId, [...uses.keys()]);
  const today = beijingDate(now);
  return [...uses].flatMap(([id, usedIn]) => {
    const l = licenses.get(id);
    if (!l) return [];
    const status = l.status === 'valid' && l.validUntil !== null && l.validUntil < today ? 'expired' : l.status;
    return [
      { id, type: l.type, name: l.name, number: l.number, holder: l.holder, issuer: l.issuer, validUntil: l.validUntil, status, usedIn },
    ];
  });
}

const actorOf = (staff: StaffMember, departmentName: string): StoredActor => ({
  kind: 'staff',
  userId: staff.userId,
  name: staff.name,
  department: staff.department,
  departmentName,
});

type ActionContext = { staff: StaffMember; now: Date; services: Services; params: { number: string } };

/**
 * Applies an action to a case of the caller's department (with `coHandling`,
 * also one it reviews on a track); its events name the caller. `action` sees
 * the case as it is once an expired 补正 has been settled; `after` runs in the
 * same transaction once the outcome is saved.
 */
async function act(
  ctx: ActionContext,
  action: Action | ((current: StoredApplication, lead: string, tx: Queryable, channel: 'online' | 'offline') => Action | Promise<Action>),
  options: { coHandling?: boolean; after?: (tx: Queryable, record: StoredApplication, department: string) => Promise<void> } = {},
): Promise<StaffCaseSummary> {
  const { record, department, lead, channel } = await ctx.services.db.transaction(async (tx) => {
    const found = await caseOf(tx, ctx.staff, ctx.params.number, { forUpdate: true, coHandling: options.coHandling ?? false });
    const current = await settle(tx, found.record, ctx);
    const chosen = typeof action === 'function' ? await action(current, found.department, tx, found.request.channel) : action;
    const outcome = applyAction(current, chosen, lifecycleEnv(ctx));
    const staffName = found.lead
      ? current.state.departmentName
      : ((await departmentNames(tx, [ctx.staff.department])).get(ctx.staff.department) ?? ctx.staff.department);
    const actor = actorOf(ctx.staff, staffName);
    outcome.events = outcome.events.map((e) => ({ ...e, actor }));
    await saveOutcome(tx, outcome, ctx.now);
    const record = { ...current, ...outcome.snapshot, updatedAt: ctx.now };
    await options.after?.(tx, record, found.department);
    return { record, department: found.department, lead: found.lead, channel: found.request.channel };
  });
  return summaryOf(record, department, ctx, !lead, channel);
}

const otherDepartmentsTrack = () =>
  new HttpError(403, 'OTHER_DEPARTMENT', {
    zh: '只能对本部门的审查环节出具意见',
    en: "Only your own department's review track can be decided",
  });

const staff: GroupHandlers<'staff'> = {
  // 绩效考核: a staff member sees their department; the administrator token and a platform administrator every department.
  async performance(ctx) {
    return staffPerformance(reportContext(ctx), ctx.query, adminDepartment(ctx.staff));
  },

  async cases(ctx) {
    const { query } = ctx;
    const rows = await listDepartmentCases(ctx.services.db, ctx.staff.department, {
      statuses: query.status ? [query.status] : OPEN_STATUSES,
      itemId: query.itemId ?? null,
    });
    let items: StaffCaseSummary[] = [];
    for (const row of rows) {
      // An expired 补正 ends (when the deployment says so) before the queue shows the case.
      const record = await settleTracking(row.record, ctx);
      if (record.status !== row.record.status && !query.status && !OPEN_STATUSES.includes(record.status)) continue;
      items.push(summaryOf(record, row.department, ctx, row.department !== ctx.staff.department, row.channel));
    }
    if (query.overdue !== undefined) items = items.filter((s) => (s.deadline?.overdue ?? false) === query.overdue);
    if (query.supplement !== undefined) items = items.filter((s) => (s.supplementDue != null) === query.supplement);
    if (query.owed !== undefined) items = items.filter((s) => (s.owed?.outstanding ?? 0) > 0 === query.owed);
    if (query.needsAppointment !== undefined) {
      // Needs one: an offline case whose appointment is not set, or already past.
      const now = ctx.now.getTime();
      const needs = (s: StaffCaseSummary) => s.channel === 'offline' && (!s.appointment || new Date(s.appointment.at).getTime() <= now);
      items = items.filter((s) => needs(s) === query.needsAppointment);
    }
    if (query.dueWithin !== undefined) {
      const within = query.dueWithin;
      items = items.filter((s) => s.deadline !== null && s.deadline.workingDaysLeft <= within);
    }
    items.sort(byUrgency);
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    return { items: items.slice((page - 1) * pageSize, page * pageSize), total: items.length, page, pageSize };
  },

  async get(ctx) {
    const found = await caseOf(ctx.services.db, ctx.staff, ctx.params.number, { coHandling: true });
    const { request, department, lead } = found;
    const record = await settleTracking(found.record, ctx);
    const events = await loadEvents(ctx.services.db, record.number);
    const progress = buildProgress(record, events, { now: ctx.now, calendar: ctx.services.calendar, viewer: 'operator' });
    const licenses = await caseLicenses(ctx.services.db, record, request, ctx.now);
    // The licenses (holders, numbers) are personal data too: recorded when the case used any.
    const fields = CASE_VIEW_FIELDS.filter((f) => f !== 'files' && (f !== 'licenses' || licenses.length > 0));
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
      ...summaryOf(record, department, ctx, !lead, request.channel),
      applicantName: record.state.applicantName,
      formId: request.formId ?? null,
      answers: request.data ?? {},
      channel: request.channel,
      materials: (request.materials ?? []).map((provision) => ({
        provision,
        name: record.state.materialNames[provision.materialId] ?? null,
      })),
      files: await loadApplicantFiles(ctx.services.db, record.userId, record.state.fileIds),
      licenses,
      delivery: request.delivery,
      events: events.map((e) => publicEvent(e, 'full')),
      supplement: progress.supplement,
      supplementAnswer: await supplementAnswer(ctx.services.db, record),
      tracks: progress.tracks,
      deferred: progress.deferred ?? [],
      result: progress.result,
      evaluation: record.state.evaluation && publicEvaluation(record.state.evaluation, 'full'),
      viewedFields: fields,
    };
  },

  // One of the applicant's files of the case, for staff of a handling department; the opening is written to the audit log first.
  async file(ctx) {
    const { db } = ctx.services;
    const { record } = await caseOf(db, ctx.staff, ctx.params.number, { coHandling: true });
    const noFile = () => new HttpError(404, 'NOT_FOUND', { zh: '该申请没有这个文件', en: 'The case has no such file' });
    if (!record.state.fileIds.includes(ctx.params.fileId)) throw noFile();
    const file = await loadFileContent(db, record.userId, ctx.params.fileId);
    if (!file) throw noFile();
    await insertCaseView(db, {
      at: ctx.now,
      userId: ctx.staff.userId,
      staffName: ctx.staff.name,
      department: ctx.staff.department,
      number: record.number,
      fields: ['files'],
    });
    return { body: new Uint8Array(file.content), contentType: file.contentType, fileName: file.name };
  },

  accept: (ctx) => act(ctx, { action: 'accept', ...(ctx.body.message ? { message: ctx.body.message } : {}) }),

  reject: (ctx) => act(ctx, { action: 'reject', reason: ctx.body.reason }),

  supplement: (ctx) =>
    act(ctx, {
      action: 'request_supplement',
      reason: ctx.body.reason,
      materials: ctx.body.materials.map((m) => ({ materialId: m.materialId, note: m.note })),
      ...(ctx.body.dueWorkingDays !== undefined ? { dueWorkingDays: ctx.body.dueWorkingDays } : {}),
    }),

  openTracks: (ctx) => {
    const others = [...new Set(ctx.body.departments)].filter((d) => d !== ctx.staff.department);
    return act(
      ctx,
      async (current, lead, tx) => {
        const names = await departmentNames(tx, others);
        const unknown = others.flatMap((d, i) => (names.has(d) ? [] : [{ path: `body.departments.${i}`, message: `No department ${d}` }]));
        if (unknown.length > 0) throw invalid(unknown, { zh: '没有这个部门', en: 'No such department' });
        return {
          action: 'start_review',
          departments: [current.state.departmentName, ...others.map((d) => names.get(d)!)],
          departmentIds: [lead, ...others],
        };
      },
      { after: (tx) => addCaseDepartments(tx, ctx.params.number, others, ctx.now) },
    );
  },

  decideTrack: (ctx) => {
    if (ctx.params.department !== ctx.staff.department) {
      // Whether the case exists is not the caller's to learn from this answer either.
      return caseOf(ctx.services.db, ctx.staff, ctx.params.number, { coHandling: true }).then(() => {
        throw otherDepartmentsTrack();
      });
    }
    return act(
      ctx,
      (current) => ({
        action: 'track_decision',
        department: current.state.tracks.find((t) => t.departmentId === ctx.params.department)?.department ?? ctx.params.department,
        outcome: ctx.body.outcome,
        ...(ctx.body.opinion ? { opinion: ctx.body.opinion } : {}),
      }),
      { coHandling: true },
    );
  },

  decide: (ctx) => act(ctx, { action: 'decide', outcome: ctx.body.outcome, ...(ctx.body.reason ? { reason: ctx.body.reason } : {}) }),

  async certify(ctx) {
    const summary = await act(ctx, {
      action: 'certify',
      ...(ctx.body.documentName ? { documentName: ctx.body.documentName } : {}),
      validUntil: ctx.body.validUntil ?? null,
    });
    // The sealed result PDF, once the case is certified (see sealResultDocument: a failure is logged, not thrown).
    const found = await loadCase(ctx.services.db, ctx.params.number);
    if (found?.department) await sealResultDocument(ctx.services, found.record, found.department, ctx.now);
    return summary;
  },

  dispatch: (ctx) => act(ctx, { action: 'ship', ...(ctx.body.waybillNumber ? { waybillNumber: ctx.body.waybillNumber } : {}) }),

  complete: (ctx) => act(ctx, { action: 'complete', ...(ctx.body.message ? { message: ctx.body.message } : {}) }),

  // The clock: the lead department's reviewers (the endpoint's roles; `act` keeps co-handling departments out).
  suspend: (ctx) =>
    act(ctx, {
      action: 'suspend',
      procedure: ctx.body.procedure,
      reason: ctx.body.reason,
      ...(ctx.body.expectedWorkingDays !== undefined ? { expectedWorkingDays: ctx.body.expectedWorkingDays } : {}),
    }),

  resume: (ctx) => act(ctx, { action: 'resume', ...(ctx.body.message ? { message: ctx.body.message } : {}) }),

  extend: (ctx) => act(ctx, { action: 'extend', workingDays: ctx.body.workingDays, reason: ctx.body.reason }),

  appointment: (ctx) =>
    act(ctx, (_current, _lead, _tx, channel) => {
      if (channel !== 'offline') {
        throw conflict({
          zh: '该申请选择在线办理，无需预约现场办理',
          en: 'This application was made online: it needs no appointment at the hall',
        });
      }
      return { action: 'set_appointment', at: ctx.body.at, place: ctx.body.place, bring: ctx.body.bring };
    }),

  // 差评整改: the lead department only (a co-handling department's staff get the 404 of a case not theirs).
  rectify: (ctx) =>
    ctx.services.db.transaction(async (tx) => {
      const { record } = await caseOf(tx, ctx.staff, ctx.params.number, { forUpdate: true });
      const by = { name: ctx.staff.name, department: record.state.departmentName };
      const outcome = rectify(record, ctx.body, by, lifecycleEnv(ctx));
      const actor = actorOf(ctx.staff, record.state.departmentName);
      outcome.events = outcome.events.map((e) => ({ ...e, actor }));
      await saveOutcome(tx, outcome, ctx.now);
      return publicEvaluation(outcome.snapshot.state.evaluation!, 'full');
    }),

  ...agencyStaffHandlers,
};

/** Handlers of the staff group. */
export const staffRoutes = { staff };
