// 预审代办 requests: the `agency_requests` table and their daily numbers, their
// events (`agency_events`), the applications agents filed for them
// (`agency_applications`), and the staff of a department who may be agents.
import type { AgencyEventKind, AgencyRequest, AgencyStatus, ApplicationStatus } from '@yiwang/contract';
import type { Queryable } from '../db/db.ts';
import { json } from '../db/db.ts';
import { beijingDate } from '../domain/time.ts';
import { newId } from '../domain/ids.ts';
import { nextInSequence } from '../db/sequences.ts';

/** An agency request as stored in `agency_requests.data`. */
export interface StoredAgencyRequest {
  itemName: string;
  status: AgencyRequest['status'];
  contactName: string;
  mobile: string;
  enterpriseName: string | null;
  uscc: string | null;
  projectName: string | null;
  description: string;
  preferredContact: 'phone' | 'visit' | 'online';
  /** Absent on requests stored before it was asked. */
  preferredTime?: string | null;
  agent: AgencyRequest['agent'];
  /** The agent's user id (absent before agents were assigned by staff). */
  agentUserId?: string | null;
  /** The handling department's name. */
  departmentName?: string;
}

export interface AgencyRow {
  id: string;
  number: string;
  user_id: string;
  item_id: string;
  department_id: string | null;
  data: StoredAgencyRequest;
  created_at: Date;
  updated_at: Date;
}

const COLUMNS = 'id, number, user_id, item_id, department_id, data, created_at, updated_at';

/** Who acted on a request, as stored. */
export interface StoredAgencyActor {
  kind: 'staff' | 'requester';
  userId: string;
  name: string;
  department: string | null;
}

export interface AgencyEventRow {
  at: Date;
  kind: AgencyEventKind;
  status: AgencyStatus;
  note: string | null;
  actor: StoredAgencyActor;
}

/** `DB` (代办) + Beijing date + 4-digit daily sequence, e.g. DB202611280001. */
async function agencyNumber(db: Queryable, now: Date): Promise<string> {
  const day = beijingDate(now).replace(/-/g, '');
  const seq = await nextInSequence(db, `agency-request:${day}`);
  return `DB${day}${String(seq).padStart(4, '0')}`;
}

/** Stores a new request under the next number of its day. Call inside a transaction. */
export async function insertAgencyRequest(
  tx: Queryable,
  row: { userId: string; itemId: string; departmentId: string; data: StoredAgencyRequest; now: Date },
): Promise<AgencyRow> {
  const number = await agencyNumber(tx, row.now);
  const [inserted] = await tx.query<AgencyRow>(
    `INSERT INTO agency_requests (id, number, user_id, item_id, department_id, data, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING ${COLUMNS}`,
    [newId('agency'), number, row.userId, row.itemId, row.departmentId, json(row.data), row.now],
  );
  return inserted!;
}

/** The user's requests, newest first. */
export async function listAgencyRequests(db: Queryable, userId: string): Promise<AgencyRow[]> {
  return db.query<AgencyRow>(`SELECT ${COLUMNS} FROM agency_requests WHERE user_id = $1 ORDER BY created_at DESC, number DESC`, [userId]);
}

/** A page of a department's requests in any of `statuses`, oldest first (first come, first served). */
export async function listDepartmentAgency(
  q: Queryable,
  department: string,
  options: { statuses: readonly AgencyStatus[]; limit: number; offset: number },
): Promise<{ rows: AgencyRow[]; total: number }> {
  const where = "WHERE department_id = $1 AND data->>'status' = ANY($2::text[])";
  const params = [department, [...options.statuses]];
  const [count] = await q.query<{ n: number }>(`SELECT count(*)::int AS n FROM agency_requests ${where}`, params);
  const rows = await q.query<AgencyRow>(
    `SELECT ${COLUMNS} FROM agency_requests ${where} ORDER BY created_at, number
     LIMIT ${Number(options.limit)} OFFSET ${Number(options.offset)}`,
    params,
  );
  return { rows, total: count?.n ?? 0 };
}

/** One request; `forUpdate` locks its row until the transaction ends. */
export async function loadAgencyRequest(q: Queryable, id: string, forUpdate = false): Promise<AgencyRow | null> {
  const [row] = await q.query<AgencyRow>(`SELECT ${COLUMNS} FROM agency_requests WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`, [id]);
  return row ?? null;
}

export async function updateAgencyRequest(q: Queryable, id: string, data: StoredAgencyRequest, now: Date): Promise<AgencyRow> {
  const [row] = await q.query<AgencyRow>(`UPDATE agency_requests SET data = $2, updated_at = $3 WHERE id = $1 RETURNING ${COLUMNS}`, [
    id,
    json(data),
    now,
  ]);
  return row!;
}

export async function insertAgencyEvent(q: Queryable, requestId: string, e: AgencyEventRow): Promise<void> {
  await q.query('INSERT INTO agency_events (request_id, at, kind, status, note, actor) VALUES ($1, $2, $3, $4, $5, $6)', [
    requestId,
    e.at,
    e.kind,
    e.status,
    e.note,
    json(e.actor),
  ]);
}

/** The events of requests by request id, oldest first. */
export async function agencyEvents(q: Queryable, ids: readonly string[]): Promise<Map<string, AgencyEventRow[]>> {
  const rows = await q.query<AgencyEventRow & { request_id: string }>(
    'SELECT request_id, at, kind, status, note, actor FROM agency_events WHERE request_id = ANY($1::text[]) ORDER BY id',
    [[...ids]],
  );
  const out = new Map<string, AgencyEventRow[]>();
  for (const r of rows) {
    const list = out.get(r.request_id) ?? [];
    list.push({ at: new Date(r.at), kind: r.kind, status: r.status, note: r.note, actor: r.actor });
    out.set(r.request_id, list);
  }
  return out;
}

export interface LinkedApplicationRow {
  number: string;
  itemName: string;
  status: ApplicationStatus;
}

/** The applications linked to requests by request id, in the order they were linked. */
export async function agencyApplications(q: Queryable, ids: readonly string[]): Promise<Map<string, LinkedApplicationRow[]>> {
  const rows = await q.query<{ request_id: string; number: string; item_name: string; status: ApplicationStatus }>(
    `SELECT l.request_id, a.number, a.state->>'itemName' AS item_name, a.status
       FROM agency_applications l JOIN applications a ON a.number = l.number
      WHERE l.request_id = ANY($1::text[]) ORDER BY l.linked_at, a.number`,
    [[...ids]],
  );
  const out = new Map<string, LinkedApplicationRow[]>();
  for (const r of rows) {
    const list = out.get(r.request_id) ?? [];
    list.push({ number: r.number, itemName: r.item_name, status: r.status });
    out.set(r.request_id, list);
  }
  return out;
}

/** Who filed the applications and for which item (to check they may be linked). */
export async function applicationOwners(
  q: Queryable,
  numbers: readonly string[],
): Promise<Map<string, { userId: string; itemId: string }>> {
  const rows = await q.query<{ number: string; user_id: string; item_id: string }>(
    'SELECT number, user_id, item_id FROM applications WHERE number = ANY($1::text[])',
    [[...numbers]],
  );
  return new Map(rows.map((r) => [r.number, { userId: r.user_id, itemId: r.item_id }]));
}

/** Links applications to a request (an application linked before stays linked once). */
export async function linkAgencyApplications(q: Queryable, requestId: string, numbers: readonly string[], at: Date): Promise<void> {
  for (const number of numbers) {
    await q.query('INSERT INTO agency_applications (request_id, number, linked_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [
      requestId,
      number,
      at,
    ]);
  }
}

/**
 * The staff of a department, by name: users whose directory entry (first) or
 * identity-provider claims put them there.
 */
export async function departmentStaff(q: Queryable, department: string): Promise<Array<{ userId: string; name: string; roles: string[] }>> {
  const rows = await q.query<{ id: string; name: string; roles: string[] | null }>(
    `SELECT u.id, coalesce(u.data->>'personName', u.data->>'name') AS name, coalesce(d.roles, u.data->'staff'->'roles') AS roles
       FROM users u LEFT JOIN staff_directory d ON d.id_number_hash = u.id_number_hash
      WHERE coalesce(d.department_id, u.data->'staff'->>'department') = $1
      ORDER BY name, u.id`,
    [department],
  );
  return rows.map((r) => ({ userId: r.id, name: r.name, roles: r.roles ?? [] }));
}

/** A department's name and phone. */
export async function departmentContact(q: Queryable, id: string): Promise<{ name: string; phone: string | null } | null> {
  const [row] = await q.query<{ name: string; phone: string | null }>(
    "SELECT data->>'name' AS name, data->>'phone' AS phone FROM departments WHERE id = $1",
    [id],
  );
  return row ?? null;
}
