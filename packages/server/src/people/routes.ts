// The applicant's side of the API: demo sign-in, `me`, e-licenses, divisions,
// the address book with smart paste, EMS coverage and 预审代办 requests.
import { LICENSE_TYPES, maskMobile } from '@yiwang/contract';
import type { Address, AgencyRequest, License } from '@yiwang/contract';
import type { GroupHandlers } from '../app.ts';
import type { Queryable } from '../db/db.ts';
import { json } from '../db/db.ts';
import type { Division } from '../divisions/divisions.ts';
import { beijingDate, toIso } from '../domain/time.ts';
import { HttpError, conflict, invalid, notFound } from '../http/errors.ts';
import type { Services } from '../services.ts';
import { parseAddress } from './address-parse.ts';
import { toProfile } from './profile.ts';
import type { StoredUser } from './profile.ts';
import { deliveryCoverage } from './coverage.ts';

/** A user as stored in `users.data`: the seed user without its licenses. */

/** An address as stored in `addresses.data`. */
interface StoredAddress {
  recipient: string;
  mobile: string;
  divisionCode: string;
  divisionPath: Array<{ code: string; name: string; level: Division['level'] }>;
  detail: string;
  postcode: string | null;
}

interface AddressRow {
  id: string;
  data: StoredAddress;
  is_default: boolean;
  created_at: Date;
  updated_at: Date;
}

/** An agency request as stored in `agency_requests.data`. */
interface StoredAgencyRequest {
  itemName: string;
  status: AgencyRequest['status'];
  contactName: string;
  mobile: string;
  enterpriseName: string | null;
  uscc: string | null;
  projectName: string | null;
  description: string;
  preferredContact: 'phone' | 'visit' | 'online';
  agent: AgencyRequest['agent'];
}

interface AgencyRow {
  id: string;
  number: string;
  item_id: string;
  data: StoredAgencyRequest;
  created_at: Date;
  updated_at: Date;
}

/** An address book holds at most this many entries, like the big portals' (20–50). */
export const MAX_ADDRESSES = 50;

const ADDRESS_COLUMNS = 'id, data, is_default, created_at, updated_at';

// ---------------------------------------------------------------------------
// Users

async function findUser(db: Queryable, id: string): Promise<StoredUser | null> {
  const [row] = await db.query<{ data: StoredUser }>('SELECT data FROM users WHERE id = $1', [id]);
  return row?.data ?? null;
}

// A valid token whose user is gone (database reset, user removed) is as good as none.
const unknownUser = () =>
  new HttpError(401, 'UNAUTHORIZED', { zh: '登录已失效，请重新登录', en: 'Your session is no longer valid; please sign in again' }, {
    headers: { 'WWW-Authenticate': 'Bearer' },
  });

// ---------------------------------------------------------------------------
// Divisions

const divisionNotFound = (code: string) => notFound({ zh: `行政区划代码 ${code} 不存在`, en: `No division with code ${code}` });

function requireDivision(services: Services, code: string): Division {
  const division = services.divisions.get(code);
  if (!division) throw divisionNotFound(code);
  return division;
}

/** The division of an address: known, and a county or township (where EMS delivers to a door). */
function addressDivision(services: Services, code: string): Division {
  const division = services.divisions.get(code);
  if (!division) {
    throw invalid([{ path: 'body.divisionCode', message: 'Unknown division code' }], {
      zh: '所选地区不存在，请重新选择',
      en: 'The chosen area does not exist; please choose again',
    });
  }
  if (division.level !== 'county' && division.level !== 'township') {
    throw invalid([{ path: 'body.divisionCode', message: 'Choose a county or township' }], {
      zh: '请选择到区县或乡镇街道',
      en: 'Please choose down to a county or township',
    });
  }
  return division;
}

// ---------------------------------------------------------------------------
// Addresses

function toAddress(row: AddressRow): Address {
  return {
    id: row.id,
    ...row.data,
    isDefault: row.is_default,
    createdAt: toIso(row.created_at),
    updatedAt: toIso(row.updated_at),
  };
}

function storedAddress(
  services: Services,
  input: { recipient: string; mobile: string; divisionCode: string; detail: string; postcode?: string | undefined },
): StoredAddress {
  const division = addressDivision(services, input.divisionCode);
  const path = services.divisions.path(division.code);
  // The deepest known postcode along the path (township, else county …).
  const knownPostcode = [...path].reverse().find((d) => d.postcode)?.postcode ?? null;
  return {
    recipient: input.recipient,
    mobile: input.mobile,
    divisionCode: division.code,
    divisionPath: path.map((d) => ({ code: d.code, name: d.name, level: d.level })),
    detail: input.detail,
    postcode: input.postcode ?? knownPostcode,
  };
}

/** Serialises address-book changes of one user (default handling reads, then writes). */
async function lockAddressBook(tx: Queryable, userId: string): Promise<void> {
  await tx.query("SELECT pg_advisory_xact_lock(hashtext('addresses:' || $1))", [userId]);
}

async function ownAddress(tx: Queryable, userId: string, id: string): Promise<AddressRow> {
  const [row] = await tx.query<AddressRow>(`SELECT ${ADDRESS_COLUMNS} FROM addresses WHERE id = $1 AND user_id = $2`, [id, userId]);
  // Another user's address answers exactly like a missing one.
  if (!row) throw notFound({ zh: '地址不存在', en: 'Address not found' });
  return row;
}

async function unsetDefault(tx: Queryable, userId: string, now: Date, exceptId: string): Promise<void> {
  await tx.query('UPDATE addresses SET is_default = false, updated_at = $3 WHERE user_id = $1 AND is_default AND id <> $2', [
    userId,
    exceptId,
    now,
  ]);
}

/** After the default went away: the newest remaining address becomes the default. */
async function promoteNewest(tx: Queryable, userId: string, now: Date): Promise<void> {
  await tx.query(
    `UPDATE addresses SET is_default = true, updated_at = $2
     WHERE id = (SELECT id FROM addresses WHERE user_id = $1 ORDER BY created_at DESC, id DESC LIMIT 1)
       AND NOT EXISTS (SELECT 1 FROM addresses WHERE user_id = $1 AND is_default)`,
    [userId, now],
  );
}

function newId(prefix: string): string {
  return `${prefix}_${crypto.randomUUID().replace(/-/g, '')}`;
}

// ---------------------------------------------------------------------------
// Agency requests

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

/** Next number of a daily sequence, atomically (several processes may share the database). */
async function nextInSequence(db: Queryable, name: string): Promise<number> {
  const [row] = await db.query<{ value: number }>(
    `INSERT INTO sequences (name, value) VALUES ($1, 1)
     ON CONFLICT (name) DO UPDATE SET value = sequences.value + 1
     RETURNING value::int AS value`,
    [name],
  );
  return row!.value;
}

/** `DB` (代办) + Beijing date + 4-digit daily sequence, e.g. DB202611280001. */
async function agencyNumber(db: Queryable, now: Date): Promise<string> {
  const day = beijingDate(now).replace(/-/g, '');
  const seq = await nextInSequence(db, `agency-request:${day}`);
  return `DB${day}${String(seq).padStart(4, '0')}`;
}

// ---------------------------------------------------------------------------

const licenseOrder = (l: License) => LICENSE_TYPES.indexOf(l.type);

/** Handlers of the people-facing groups. */
export const peopleRoutes: {
  licenses: GroupHandlers<'licenses'>;
  divisions: GroupHandlers<'divisions'>;
  addresses: GroupHandlers<'addresses'>;
  delivery: GroupHandlers<'delivery'>;
  agencyRequests: GroupHandlers<'agencyRequests'>;
  me: GroupHandlers<'me'>;
  auth: GroupHandlers<'auth'>;
} = {
  auth: {
    demoSignIn: async ({ body, services, now }) => {
      // Off: answer exactly like a route that does not exist.
      if (!services.config.demoSignIn) throw notFound({ zh: '接口不存在', en: 'No such endpoint' });
      const user = await findUser(services.db, body.userId);
      if (!user) throw notFound({ zh: '演示用户不存在', en: 'No such demo user' });
      const exp = Math.floor(now.getTime() / 1000) + services.config.tokenTtlSeconds;
      const token = await services.signer.sign({ sub: user.id, exp });
      return { token, expiresAt: toIso(exp * 1000), user: toProfile(user, now) };
    },
  },

  me: {
    get: async ({ user, services, now }) => {
      const stored = await findUser(services.db, user.id);
      if (!stored) throw unknownUser();
      return toProfile(stored, now);
    },
  },

  licenses: {
    list: async ({ user, services }) => {
      const rows = await services.db.query<{ data: License }>('SELECT data FROM licenses WHERE user_id = $1', [user.id]);
      const items = rows.map((r) => r.data);
      // Identity documents first (the order of LICENSE_TYPES), newest first within a type.
      items.sort((a, b) => licenseOrder(a) - licenseOrder(b) || b.issuedOn.localeCompare(a.issuedOn) || a.id.localeCompare(b.id));
      return { items };
    },
  },

  divisions: {
    children: async ({ query, services }) => {
      if (query.parent !== undefined) requireDivision(services, query.parent);
      return { items: services.divisions.children(query.parent) };
    },
    path: async ({ params, services }) => {
      requireDivision(services, params.code);
      return { items: services.divisions.path(params.code) };
    },
    search: async ({ query, services }) => {
      if (query.parent !== undefined) requireDivision(services, query.parent);
      const items = services.divisions.search(query.q, {
        ...(query.parent !== undefined ? { parentCode: query.parent } : {}),
        ...(query.level !== undefined ? { level: query.level } : {}),
        limit: query.limit ?? 20,
      });
      // Each hit carries its ancestors, so a client can show 城关镇 · 某县 · 某市 and pick it at once.
      const ancestors = (d: Division) => services.divisions.path(d.code).slice(0, -1).map(({ code, name, level }) => ({ code, name, level }));
      return { items: items.map((d) => ({ ...d, ancestors: ancestors(d) })) };
    },
  },

  addresses: {
    list: async ({ user, services }) => {
      const rows = await services.db.query<AddressRow>(
        `SELECT ${ADDRESS_COLUMNS} FROM addresses WHERE user_id = $1 ORDER BY is_default DESC, created_at DESC, id DESC`,
        [user.id],
      );
      return { items: rows.map(toAddress) };
    },

    create: async ({ user, body, services, now }) => {
      const data = storedAddress(services, body);
      const id = newId('addr');
      const row = await services.db.transaction(async (tx) => {
        await lockAddressBook(tx, user.id);
        const [count] = await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM addresses WHERE user_id = $1', [user.id]);
        const existing = count?.n ?? 0;
        if (existing >= MAX_ADDRESSES) {
          throw conflict({
            zh: `地址簿最多保存 ${MAX_ADDRESSES} 个地址，请先删除不用的地址`,
            en: `The address book holds at most ${MAX_ADDRESSES} addresses; delete one first`,
          });
        }
        // The first address is the default; a new default replaces the old one.
        const isDefault = existing === 0 || body.isDefault === true;
        if (isDefault) await unsetDefault(tx, user.id, now, id);
        const [inserted] = await tx.query<AddressRow>(
          `INSERT INTO addresses (id, user_id, data, is_default, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $5)
           RETURNING ${ADDRESS_COLUMNS}`,
          [id, user.id, json(data), isDefault, now],
        );
        return inserted!;
      });
      return toAddress(row);
    },

    update: async ({ user, params, body, services, now }) => {
      const row = await services.db.transaction(async (tx) => {
        await lockAddressBook(tx, user.id);
        const current = await ownAddress(tx, user.id, params.id);
        const data = storedAddress(services, body);
        // Omitted: unchanged. false on the default hands the default to the newest other
        // address; the only address stays the default (there is always one when any exist).
        let isDefault = body.isDefault ?? current.is_default;
        if (isDefault) await unsetDefault(tx, user.id, now, current.id);
        else if (current.is_default) {
          const [other] = await tx.query<{ id: string }>(
            'SELECT id FROM addresses WHERE user_id = $1 AND id <> $2 ORDER BY created_at DESC, id DESC LIMIT 1',
            [user.id, current.id],
          );
          if (other) await tx.query('UPDATE addresses SET is_default = true, updated_at = $2 WHERE id = $1', [other.id, now]);
          else isDefault = true;
        }
        const [updated] = await tx.query<AddressRow>(
          `UPDATE addresses SET data = $2, is_default = $3, updated_at = $4 WHERE id = $1 RETURNING ${ADDRESS_COLUMNS}`,
          [current.id, json(data), isDefault, now],
        );
        return updated!;
      });
      return toAddress(row);
    },

    delete: async ({ user, params, services, now }) => {
      await services.db.transaction(async (tx) => {
        await lockAddressBook(tx, user.id);
        const current = await ownAddress(tx, user.id, params.id);
        await tx.query('DELETE FROM addresses WHERE id = $1', [current.id]);
        if (current.is_default) await promoteNewest(tx, user.id, now);
      });
    },

    parse: async ({ body, services }) => parseAddress(body.text, services.divisions),
  },

  delivery: {
    coverage: async ({ query, services, locale }) => {
      const coverage = deliveryCoverage(query.divisionCode, services.divisions, locale);
      if (!coverage) throw divisionNotFound(query.divisionCode);
      return coverage;
    },
  },

  agencyRequests: {
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
      const row = await services.db.transaction(async (tx) => {
        const number = await agencyNumber(tx, now);
        const [inserted] = await tx.query<AgencyRow>(
          `INSERT INTO agency_requests (id, number, user_id, item_id, data, created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id, number, item_id, data, created_at, updated_at`,
          [newId('agency'), number, user.id, body.itemId, json(data), now],
        );
        return inserted!;
      });
      return toAgencyRequest(row);
    },

    list: async ({ user, services }) => {
      const rows = await services.db.query<AgencyRow>(
        `SELECT id, number, item_id, data, created_at, updated_at FROM agency_requests
         WHERE user_id = $1 ORDER BY created_at DESC, number DESC`,
        [user.id],
      );
      return { items: rows.map(toAgencyRequest) };
    },
  },
};
