// Handlers of 预审代办 (free pre-review and agency help) requests.
import { maskMobile } from '@yiwang/contract';
import type { AgencyRequest } from '@yiwang/contract';
import type { GroupHandlers } from '../http/handler.ts';
import { toIso } from '../domain/time.ts';
import { conflict, notFound } from '../http/errors.ts';
import { insertAgencyRequest, listAgencyRequests } from './store.ts';
import type { AgencyRow, StoredAgencyRequest } from './store.ts';

function toAgencyRequest(row: AgencyRow): AgencyRequest {
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
  };
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
      agent: null,
    };
    const row = await services.db.transaction((tx) => insertAgencyRequest(tx, { userId: user.id, itemId: body.itemId, data, now }));
    return toAgencyRequest(row);
  },

  list: async ({ user, services }) => {
    const rows = await listAgencyRequests(services.db, user.id);
    return { items: rows.map(toAgencyRequest) };
  },
};

/** Handlers of the agencyRequests group. */
export const agencyRoutes = { agencyRequests };
