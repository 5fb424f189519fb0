// Reading and writing applications: the lifecycle's snapshots and events in the
// `applications` and `application_events` tables, numbers from `sequences`.
import type { ApplicationStatus, ItemDetail, License } from '@yiwang/contract';
import type { Queryable } from '../db/db.ts';
import type { DivisionIndex } from '../divisions/divisions.ts';
import { json } from '../db/db.ts';
import { safeEqual, sha256Hex } from '../http/auth.ts';
import { beijingDate } from '../domain/time.ts';
import { randomChars } from '../domain/ids.ts';
import type { ApplicationState, Effect, LifecycleEvent, Outcome, Snapshot, StoredActor } from './lifecycle.ts';
import type { ApplicationRecord } from './progress.ts';
import { nextInSequence, reserveInSequence } from '../db/sequences.ts';
import { enqueueNotifications } from '../notify/outbox.ts';

/** Query codes avoid look-alikes (0/O, 1/I/L) since people copy them from paper and SMS. */
export const QUERY_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A fresh 6-character query code. */
export function generateQueryCode(): string {
  return randomChars(QUERY_CODE_ALPHABET, 6);
}

/** The stored form of a query code: salted with the number, so equal codes hash differently. */
export function hashQueryCode(number: string, code: string): Promise<string> {
  return sha256Hex(`yiwang-query-code:${number}:${code.toUpperCase()}`);
}

/** Whether `code` is the query code of a stored application. */
export async function queryCodeMatches(number: string, code: string, storedHash: string): Promise<boolean> {
  return safeEqual(await hashQueryCode(number, code), storedHash);
}

/**
 * The next application number of a Beijing date: `YW` + `YYYYMMDD` + a 5-digit
 * daily sequence from 00001, taken atomically from `sequences` (safe with several
 * server processes). More than 99,999 applications a day is refused.
 */
export async function nextNumber(q: Queryable, now: Date): Promise<string> {
  const day = beijingDate(now).replaceAll('-', '');
  const value = await nextInSequence(q, `application:${day}`);
  if (value > 99_999) throw new Error(`Application numbers of ${day} are exhausted`);
  return `YW${day}${String(value).padStart(5, '0')}`;
}

/** Makes sure the daily sequence of `day` (YYYYMMDD) is at least `value` (for fixed seed numbers). */
export async function reserveNumbers(q: Queryable, day: string, value: number): Promise<void> {
  await reserveInSequence(q, `application:${day}`, value);
}

/** A row of `applications` as the columns below read it. */
export interface ApplicationRow {
  number: string;
  user_id: string;
  item_id: string;
  status: ApplicationStatus;
  query_code_hash: string;
  submitted_at: Date;
  updated_at: Date;
  state: ApplicationState;
}

export interface StoredApplication extends ApplicationRecord {
  queryCodeHash: string;
}

export const toRecord = (row: ApplicationRow): StoredApplication => ({
  number: row.number,
  userId: row.user_id,
  itemId: row.item_id,
  status: row.status,
  queryCodeHash: row.query_code_hash,
  submittedAt: new Date(row.submitted_at),
  updatedAt: new Date(row.updated_at),
  state: row.state,
});

export const APPLICATION_COLUMNS = 'number, user_id, item_id, status, query_code_hash, submitted_at, updated_at, state';

/** One application; `forUpdate` locks its row until the transaction ends. */
export async function loadApplication(q: Queryable, number: string, forUpdate = false): Promise<StoredApplication | null> {
  const [row] = await q.query<ApplicationRow>(
    `SELECT ${APPLICATION_COLUMNS} FROM applications WHERE number = $1${forUpdate ? ' FOR UPDATE' : ''}`,
    [number],
  );
  return row ? toRecord(row) : null;
}

/**
 * The applications waiting on a 补正 request whose due date is before `today`
 * (a Beijing date): candidates for expiry, each checked again under its row lock.
 */
export async function listExpiredSupplements(q: Queryable, today: string): Promise<string[]> {
  const rows = await q.query<{ number: string }>(
    `SELECT number FROM applications
     WHERE status = 'supplement_requested' AND (state->'supplements'->-1->>'dueDate') < $1
     ORDER BY number`,
    [today],
  );
  return rows.map((r) => r.number);
}

/** A page of one user's applications, newest first. */
export async function listApplications(
  q: Queryable,
  userId: string,
  options: { status?: ApplicationStatus | undefined; limit: number; offset: number },
): Promise<{ items: StoredApplication[]; total: number }> {
  const filter = options.status ? ' AND status = $2' : '';
  const params: unknown[] = options.status ? [userId, options.status] : [userId];
  const [count] = await q.query<{ n: number }>(`SELECT count(*)::int AS n FROM applications WHERE user_id = $1${filter}`, params);
  const rows = await q.query<ApplicationRow>(
    `SELECT ${APPLICATION_COLUMNS} FROM applications WHERE user_id = $1${filter}
     ORDER BY submitted_at DESC, number DESC LIMIT ${Number(options.limit)} OFFSET ${Number(options.offset)}`,
    params,
  );
  return { items: rows.map(toRecord), total: count?.n ?? 0 };
}

/** The events of an application, oldest first. */
export async function loadEvents(q: Queryable, number: string): Promise<LifecycleEvent[]> {
  const rows = await q.query<{
    at: Date;
    from_status: ApplicationStatus | null;
    to_status: ApplicationStatus;
    department: string;
    message: string;
    actor: StoredActor | null;
  }>('SELECT at, from_status, to_status, department, message, actor FROM application_events WHERE number = $1 ORDER BY at, id', [number]);
  return rows.map((r) => ({
    at: new Date(r.at),
    from: r.from_status,
    to: r.to_status,
    department: r.department,
    message: r.message,
    ...(r.actor ? { actor: r.actor } : {}),
  }));
}

/**
 * Records an application's new events, and in the same transaction the outbox
 * messages they make for the applicant (notify/outbox.ts): every event is
 * written here and nowhere else.
 */
async function insertEvents(q: Queryable, snapshot: Snapshot, events: readonly LifecycleEvent[]): Promise<void> {
  const { number } = snapshot;
  for (const e of events) {
    await q.query(
      'INSERT INTO application_events (number, at, from_status, to_status, department, message, actor) VALUES ($1, $2, $3, $4, $5, $6, $7)',
      [number, e.at, e.from, e.to, e.department, e.message, e.actor ? json(e.actor) : null],
    );
  }
  await enqueueNotifications(q, snapshot, events);
}

async function applyEffects(q: Queryable, effects: readonly Effect[]): Promise<void> {
  for (const effect of effects) {
    if (effect.kind === 'issueLicense') {
      await q.query('INSERT INTO licenses (id, user_id, data) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING', [
        effect.license.id,
        effect.userId,
        json(effect.license satisfies License),
      ]);
    }
  }
}

/** Stores a new application (the outcome of `createApplication`). */
export async function insertApplication(
  q: Queryable,
  outcome: Outcome,
  row: {
    itemId: string;
    departmentId: string;
    queryCodeHash: string;
    submittedAt: Date;
    request: unknown;
    /** The version of the form the data was filled with (null: no form, or from before versions). */
    formVersion?: number | null;
  },
): Promise<void> {
  const { snapshot } = outcome;
  await q.query(
    `INSERT INTO applications (number, user_id, item_id, status, query_code_hash, submitted_at, updated_at, state, request, department_id, form_version)
     VALUES ($1, $2, $3, $4, $5, $6, $6, $7, $8, $9, $10)`,
    [
      snapshot.number,
      snapshot.userId,
      row.itemId,
      snapshot.status,
      row.queryCodeHash,
      row.submittedAt,
      json(snapshot.state),
      json(row.request),
      row.departmentId,
      row.formVersion ?? null,
    ],
  );
  await insertEvents(q, snapshot, outcome.events);
  await applyEffects(q, outcome.effects);
}

/** Stores the outcome of a transition: new status and state, its events and effects. */
export async function saveOutcome(q: Queryable, outcome: Outcome, at: Date): Promise<void> {
  const { snapshot } = outcome;
  await q.query('UPDATE applications SET status = $2, state = $3, updated_at = $4 WHERE number = $1', [
    snapshot.number,
    snapshot.status,
    json(snapshot.state),
    at,
  ]);
  await insertEvents(q, snapshot, outcome.events);
  await applyEffects(q, outcome.effects);
}

/** The application an idempotent submission created, by the user's Idempotency-Key, with the request's fingerprint. */
export async function findApplicationKey(
  q: Queryable,
  userId: string,
  key: string,
): Promise<{ number: string; requestHash: string } | null> {
  const [row] = await q.query<{ number: string; request_hash: string }>(
    'SELECT number, request_hash FROM application_keys WHERE user_id = $1 AND key = $2',
    [userId, key],
  );
  return row ? { number: row.number, requestHash: row.request_hash } : null;
}

/** Records which application a submission's Idempotency-Key created (in the creating transaction). */
export async function recordApplicationKey(q: Queryable, userId: string, key: string, requestHash: string, number: string): Promise<void> {
  await q.query('INSERT INTO application_keys (user_id, key, request_hash, number) VALUES ($1, $2, $3, $4)', [
    userId,
    key,
    requestHash,
    number,
  ]);
}

export async function setQueryCodeHash(q: Queryable, number: string, queryCodeHash: string): Promise<void> {
  await q.query('UPDATE applications SET query_code_hash = $2 WHERE number = $1', [number, queryCodeHash]);
}

/** Where a result is posted from: the city of the item's department (for EMS tracking). */
export async function originCity(services: { db: Queryable; divisions: DivisionIndex }, item: ItemDetail): Promise<string> {
  const [row] = await services.db.query<{ data: { divisionCode?: string } }>('SELECT data FROM departments WHERE id = $1', [
    item.departmentId,
  ]);
  const path = row?.data.divisionCode ? services.divisions.path(row.data.divisionCode) : [];
  return path.find((d) => d.level === 'city')?.name ?? path.at(-1)?.name ?? item.departmentName;
}

/** Where a result is picked up: the item's first service place. */
export function pickupPlace(item: ItemDetail): string | null {
  const place = item.guide.places[0];
  return place ? `${place.name}（${place.address}）` : null;
}
