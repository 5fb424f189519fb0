// Handlers of 预审代办 (free pre-review and agency help) requests: the
// requester's (create, list) and the handling department's staff side (list,
// view, assign an agent, progress notes, linked applications, complete,
// cancel). Which action is allowed when is the contract's AGENCY_ACTION_FROM;
// every change is an event naming the acting person, which the requester sees
// in their list and gets as an `agency_updated` outbox message.
import { AGENCY_ACTION_FROM, maskMobile } from '@yiwang/contract';
import type { AgencyAction, AgencyEventKind, AgencyRequest, AgencyStatus, StaffAgencyRequest } from '@yiwang/contract';
import type { GroupHandlers } from '../http/handler.ts';
import type { StaffMember } from '../identity/staff.ts';
import type { Queryable } from '../db/db.ts';
import type { Services } from '../services.ts';
import { toIso } from '../domain/time.ts';
import { conflict, invalid, notFound } from '../http/errors.ts';
import { agencyMessage } from '../notify/messages.ts';
import { enqueueAgencyNotification } from '../notify/outbox.ts';
import {
  agencyApplications,
  agencyEvents,
  applicationOwners,
  departmentContact,
  departmentStaff,
  insertAgencyEvent,
  insertAgencyRequest,
  linkAgencyApplications,
  listAgencyRequests,
  listDepartmentAgency,
  loadAgencyRequest,
  updateAgencyRequest,
} from './store.ts';
import type { AgencyEventRow, AgencyRow, LinkedApplicationRow, StoredAgencyRequest } from './store.ts';

/** The government service hotline, the agent's phone when the department lists none. */
const HOTLINE = '12345';

const publicEvent = (e: AgencyEventRow) => ({
  at: toIso(e.at),
  kind: e.kind,
  status: e.status,
  note: e.note,
  actor: { name: e.actor.name, department: e.actor.department },
});

function toAgencyRequest(row: AgencyRow, events: AgencyEventRow[] = [], applications: LinkedApplicationRow[] = []): AgencyRequest {
  return {
    id: row.id,
    number: row.number,
    itemId: row.item_id,
    itemName: row.data.itemName,
    status: row.data.status,
    contactName: row.data.contactName,
    mobile: maskMobile(row.data.mobile),
    projectName: row.data.projectName,
    agent: row.data.agent,
    createdAt: toIso(row.created_at),
    updatedAt: toIso(row.updated_at),
    ...(row.data.departmentName ? { departmentName: row.data.departmentName } : {}),
    events: events.map(publicEvent),
    applications,
  };
}

function toStaffAgencyRequest(row: AgencyRow, events: AgencyEventRow[], applications: LinkedApplicationRow[]): StaffAgencyRequest {
  return {
    ...toAgencyRequest(row, events, applications),
    mobile: row.data.mobile,
    description: row.data.description,
    preferredContact: row.data.preferredContact,
    preferredTime: row.data.preferredTime ?? null,
    enterpriseName: row.data.enterpriseName,
    uscc: row.data.uscc,
    agentUserId: row.data.agentUserId ?? null,
    departmentName: row.data.departmentName ?? '',
    events: events.map(publicEvent),
    applications,
  };
}

/** Rows with their events and linked applications. */
async function withDetails(q: Queryable, rows: readonly AgencyRow[]) {
  const ids = rows.map((r) => r.id);
  const [events, applications] = await Promise.all([agencyEvents(q, ids), agencyApplications(q, ids)]);
  return rows.map((row) => ({ row, events: events.get(row.id) ?? [], applications: applications.get(row.id) ?? [] }));
}

/** Another department's request is 404, as a missing one: whether it exists is not the caller's to learn. */
const noSuchRequest = () => notFound({ zh: '没有这个帮办代办申请', en: 'No such agency request' });

const STATUS_NAMES: Readonly<Record<AgencyStatus, { zh: string; en: string }>> = {
  submitted: { zh: '待指派', en: 'waiting for an agent' },
  assigned: { zh: '已指派', en: 'assigned' },
  in_progress: { zh: '代办中', en: 'in progress' },
  completed: { zh: '已完成', en: 'completed' },
  closed: { zh: '已取消', en: 'cancelled' },
};

type StaffCtx = { staff: StaffMember; now: Date; services: Services; params: { id: string } };

/**
 * Applies one staff action to a request of the caller's department: checks the
 * status against AGENCY_ACTION_FROM, lets `change` update the stored data (and
 * say the event's kind, note and next status), records the event and queues
 * the requester's message, all in one transaction.
 */
async function agencyAct(
  ctx: StaffCtx,
  action: AgencyAction,
  change: (
    data: StoredAgencyRequest,
    row: AgencyRow,
    tx: Queryable,
  ) => Promise<{ kind: AgencyEventKind; status: AgencyStatus; note: string | null; agentName?: string }>,
): Promise<StaffAgencyRequest> {
  return ctx.services.db.transaction(async (tx) => {
    const row = await loadAgencyRequest(tx, ctx.params.id, true);
    if (!row || row.department_id !== ctx.staff.department) throw noSuchRequest();
    if (!AGENCY_ACTION_FROM[action].includes(row.data.status)) {
      const status = STATUS_NAMES[row.data.status];
      throw conflict({
        zh: `帮办代办申请当前状态为“${status.zh}”，不能执行此操作`,
        en: `The agency request is ${status.en}: this is not possible now`,
      });
    }
    const data = structuredClone(row.data);
    const outcome = await change(data, row, tx);
    data.status = outcome.status;
    const updated = await updateAgencyRequest(tx, row.id, data, ctx.now);
    const event: AgencyEventRow = {
      at: ctx.now,
      kind: outcome.kind,
      status: outcome.status,
      note: outcome.note,
      actor: { kind: 'staff', userId: ctx.staff.userId, name: ctx.staff.name, department: data.departmentName ?? null },
    };
    await insertAgencyEvent(tx, row.id, event);
    await enqueueAgencyNotification(
      tx,
      { number: row.number, userId: row.user_id },
      agencyMessage({ number: row.number, itemName: data.itemName }, { ...event, agentName: outcome.agentName ?? null }),
    );
    const [details] = await withDetails(tx, [updated]);
    return toStaffAgencyRequest(details!.row, details!.events, details!.applications);
  });
}

const agencyRequests: GroupHandlers<'agencyRequests'> = {
  create: async ({ user, body, services, now }) => {
    const item = services.catalog.item(body.itemId);
    if (!item) throw notFound({ zh: '事项不存在', en: 'No such service item' });
    if (!item.agencyAvailable) {
      throw conflict({
        zh: `“${item.name}”未提供帮办代办服务，请直接在线申报或咨询办理部门`,
        en: `Agency help is not offered for "${item.name}"; apply online or ask the department`,
      });
    }
    const data: StoredAgencyRequest = {
      itemName: item.name,
      status: 'submitted',
      contactName: body.contactName,
      mobile: body.mobile,
      enterpriseName: body.enterpriseName ?? null,
      uscc: body.uscc ?? null,
      projectName: body.projectName ?? null,
      description: body.description,
      preferredContact: body.preferredContact,
      preferredTime: body.preferredTime ?? null,
      agent: null,
      agentUserId: null,
      departmentName: item.departmentName,
    };
    const event: AgencyEventRow = {
      at: now,
      kind: 'submitted',
      status: 'submitted',
      note: null,
      actor: { kind: 'requester', userId: user.personId, name: body.contactName, department: null },
    };
    const row = await services.db.transaction(async (tx) => {
      const inserted = await insertAgencyRequest(tx, { userId: user.id, itemId: body.itemId, departmentId: item.departmentId, data, now });
      await insertAgencyEvent(tx, inserted.id, event);
      return inserted;
    });
    return toAgencyRequest(row, [event]);
  },

  list: async ({ user, services }) => {
    const rows = await listAgencyRequests(services.db, user.id);
    return { items: (await withDetails(services.db, rows)).map((d) => toAgencyRequest(d.row, d.events, d.applications)) };
  },
};

const OPEN: readonly AgencyStatus[] = ['submitted', 'assigned', 'in_progress'];

/** The staff group's handlers of agency requests (the `staff` group's routes spread them in). */
export const agencyStaffHandlers: Pick<
  GroupHandlers<'staff'>,
  'colleagues' | 'agencyRequests' | 'agencyRequest' | 'agencyAssign' | 'agencyProgress' | 'agencyLink' | 'agencyComplete' | 'agencyCancel'
> = {
  async colleagues(ctx) {
    return { items: await departmentStaff(ctx.services.db, ctx.staff.department) };
  },

  async agencyRequests(ctx) {
    const page = ctx.query.page ?? 1;
    const pageSize = ctx.query.pageSize ?? 20;
    const { rows, total } = await listDepartmentAgency(ctx.services.db, ctx.staff.department, {
      statuses: ctx.query.status ? [ctx.query.status] : OPEN,
      limit: pageSize,
      offset: (page - 1) * pageSize,
    });
    const items = (await withDetails(ctx.services.db, rows)).map((d) => toStaffAgencyRequest(d.row, d.events, d.applications));
    return { items, total, page, pageSize };
  },

  async agencyRequest(ctx) {
    const row = await loadAgencyRequest(ctx.services.db, ctx.params.id);
    if (!row || row.department_id !== ctx.staff.department) throw noSuchRequest();
    const [d] = await withDetails(ctx.services.db, [row]);
    return toStaffAgencyRequest(d!.row, d!.events, d!.applications);
  },

  agencyAssign: (ctx) =>
    agencyAct(ctx, 'agencyAssign', async (data, row, tx) => {
      const agent = (await departmentStaff(tx, ctx.staff.department)).find((s) => s.userId === ctx.body.agentUserId);
      if (!agent) {
        throw invalid([{ path: 'body.agentUserId', message: 'Not a staff member of your department' }], {
          zh: '代办员须为本部门工作人员',
          en: 'The agent must be a staff member of your department',
        });
      }
      const department = await departmentContact(tx, ctx.staff.department);
      data.agent = { name: agent.name, phone: department?.phone || HOTLINE };
      data.agentUserId = agent.userId;
      return {
        kind: 'assigned',
        status: row.data.status === 'submitted' ? 'assigned' : row.data.status,
        note: agent.name,
        agentName: agent.name,
      };
    }),

  agencyProgress: (ctx) => agencyAct(ctx, 'agencyProgress', async () => ({ kind: 'progress', status: 'in_progress', note: ctx.body.note })),

  agencyLink: (ctx) =>
    agencyAct(ctx, 'agencyLink', async (_data, row, tx) => {
      const numbers = [...new Set(ctx.body.numbers)];
      const owners = await applicationOwners(tx, numbers);
      const problems = numbers.flatMap((number) => {
        const path = `body.numbers.${ctx.body.numbers.indexOf(number)}`;
        const owner = owners.get(number);
        if (!owner || owner.userId !== row.user_id) return [{ path, message: `${number} is not an application of the requester` }];
        if (owner.itemId !== row.item_id) return [{ path, message: `${number} is not an application for this request's item` }];
        return [];
      });
      if (problems.length > 0) {
        throw invalid(problems, {
          zh: '只能关联为申请人办理的本事项申报',
          en: "Only the requester's applications for this item can be linked",
        });
      }
      await linkAgencyApplications(tx, row.id, numbers, ctx.now);
      return { kind: 'applications_linked', status: 'in_progress', note: numbers.join('、') };
    }),

  agencyComplete: (ctx) =>
    agencyAct(ctx, 'agencyComplete', async () => ({ kind: 'completed', status: 'completed', note: ctx.body.note ?? null })),

  agencyCancel: (ctx) => agencyAct(ctx, 'agencyCancel', async () => ({ kind: 'cancelled', status: 'closed', note: ctx.body.reason })),
};

/** Handlers of the agencyRequests group. */
export const agencyRoutes = { agencyRequests };
