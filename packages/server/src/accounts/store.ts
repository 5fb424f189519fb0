// Users and their e-licenses: the `users` and `licenses` tables.
import type { License } from '@yiwang/contract';
import type { Queryable } from '../db/db.ts';
import type { StoredUser } from './profile.ts';

/** A user's stored profile, or null. */
export async function findUser(db: Queryable, id: string): Promise<StoredUser | null> {
  const [row] = await db.query<{ data: StoredUser }>('SELECT data FROM users WHERE id = $1', [id]);
  return row?.data ?? null;
}

/** The user's own e-licenses, by id (a stable order on any PostgreSQL). */
export async function listLicenses(q: Queryable, userId: string): Promise<License[]> {
  const rows = await q.query<{ data: License }>('SELECT data FROM licenses WHERE user_id = $1 ORDER BY id', [userId]);
  return rows.map((r) => r.data);
}

/** The applicant's name as applications show it: an enterprise's name, or the person's name. */
export async function loadApplicantName(q: Queryable, userId: string): Promise<string> {
  const [row] = await q.query<{ data: { name?: unknown; enterprise?: { name?: unknown } | null } }>(
    'SELECT data FROM users WHERE id = $1',
    [userId],
  );
  const data = row?.data;
  const name = data?.enterprise?.name ?? data?.name;
  return typeof name === 'string' && name.trim() ? name : userId;
}
