// Enterprises and the authorisations of persons to act for them: the
// `enterprise_authorisations` table and the enterprise users it refers to.
import type { Queryable } from '../db/db.ts';
import { json } from '../db/db.ts';
import type { StoredUser } from '../accounts/profile.ts';

export type AuthorisationRole = 'legal_person' | 'agent';

export interface AuthorisationRow {
  id: string;
  personId: string;
  personName: string;
  enterpriseId: string;
  enterpriseName: string;
  uscc: string;
  role: AuthorisationRole;
  source: 'claims' | 'grant';
  grantedAt: Date;
  expiresAt: Date | null;
  revokedAt: Date | null;
  grantedBy: string | null;
}

interface Row {
  id: string;
  person_id: string;
  person_name: string | null;
  enterprise_id: string;
  enterprise_name: string | null;
  uscc: string | null;
  role: AuthorisationRole;
  source: 'claims' | 'grant';
  granted_at: Date | string;
  expires_at: Date | string | null;
  revoked_at: Date | string | null;
  granted_by: string | null;
}

const date = (v: Date | string | null): Date | null => (v === null ? null : new Date(v));

const SELECT = `
  SELECT a.id, a.person_id, coalesce(p.data->>'personName', p.data->>'name') AS person_name,
         a.enterprise_id, coalesce(e.data->'enterprise'->>'name', e.data->>'name') AS enterprise_name,
         e.data->'enterprise'->>'uscc' AS uscc,
         a.role, a.source, a.granted_at, a.expires_at, a.revoked_at, a.granted_by
    FROM enterprise_authorisations a
    JOIN users p ON p.id = a.person_id
    JOIN users e ON e.id = a.enterprise_id`;

function fromRow(r: Row): AuthorisationRow {
  return {
    id: r.id,
    personId: r.person_id,
    personName: r.person_name ?? r.person_id,
    enterpriseId: r.enterprise_id,
    enterpriseName: r.enterprise_name ?? r.enterprise_id,
    uscc: r.uscc ?? '',
    role: r.role,
    source: r.source,
    grantedAt: new Date(r.granted_at),
    expiresAt: date(r.expires_at),
    revokedAt: date(r.revoked_at),
    grantedBy: r.granted_by,
  };
}

/** The enterprise user with this 统一社会信用代码 (the oldest, should there be several), or null. */
export async function findEnterpriseByUscc(q: Queryable, uscc: string): Promise<string | null> {
  const [row] = await q.query<{ id: string }>(
    "SELECT id FROM users WHERE kind = 'enterprise' AND data->'enterprise'->>'uscc' = $1 ORDER BY id LIMIT 1",
    [uscc],
  );
  return row?.id ?? null;
}

/** Serialises the creation of one enterprise (two agents signing in at once find one). */
export async function lockEnterprise(q: Queryable, uscc: string): Promise<void> {
  await q.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`enterprise:${uscc}`]);
}

export async function insertEnterpriseUser(q: Queryable, user: StoredUser): Promise<void> {
  await q.query('INSERT INTO users (id, kind, data) VALUES ($1, $2, $3)', [user.id, user.kind, json(user)]);
}

/** A person's authorisations for every enterprise, newest first. */
export async function listAuthorisationsOfPerson(q: Queryable, personId: string): Promise<AuthorisationRow[]> {
  const rows = await q.query<Row>(`${SELECT} WHERE a.person_id = $1 ORDER BY a.granted_at DESC, a.id`, [personId]);
  return rows.map(fromRow);
}

/** An enterprise's authorisations of every person, newest first. */
export async function listAuthorisationsOfEnterprise(q: Queryable, enterpriseId: string): Promise<AuthorisationRow[]> {
  const rows = await q.query<Row>(`${SELECT} WHERE a.enterprise_id = $1 ORDER BY a.granted_at DESC, a.id`, [enterpriseId]);
  return rows.map(fromRow);
}

/** A person's authorisations for one enterprise, newest first. */
export async function authorisationsFor(q: Queryable, personId: string, enterpriseId: string): Promise<AuthorisationRow[]> {
  const rows = await q.query<Row>(`${SELECT} WHERE a.person_id = $1 AND a.enterprise_id = $2 ORDER BY a.granted_at DESC, a.id`, [
    personId,
    enterpriseId,
  ]);
  return rows.map(fromRow);
}

export async function findAuthorisation(q: Queryable, id: string): Promise<AuthorisationRow | null> {
  const [row] = await q.query<Row>(`${SELECT} WHERE a.id = $1`, [id]);
  return row ? fromRow(row) : null;
}

export async function insertAuthorisation(
  q: Queryable,
  a: Omit<AuthorisationRow, 'personName' | 'enterpriseName' | 'uscc' | 'revokedAt'>,
): Promise<void> {
  await q.query(
    `INSERT INTO enterprise_authorisations (id, person_id, enterprise_id, role, source, granted_at, expires_at, granted_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [a.id, a.personId, a.enterpriseId, a.role, a.source, a.grantedAt.toISOString(), a.expiresAt?.toISOString() ?? null, a.grantedBy],
  );
}

/** Revokes an authorisation of the enterprise; false when there is none with that id or it is revoked already. */
export async function revokeAuthorisation(q: Queryable, id: string, enterpriseId: string, now: Date): Promise<boolean> {
  const rows = await q.query<{ id: string }>(
    'UPDATE enterprise_authorisations SET revoked_at = $3 WHERE id = $1 AND enterprise_id = $2 AND revoked_at IS NULL RETURNING id',
    [id, enterpriseId, now.toISOString()],
  );
  return rows.length > 0;
}

/** The person user (not an enterprise, not staff) with this keyed hash of an identity number, or null. */
export async function findPersonByIdNumberHash(q: Queryable, idNumberHash: string): Promise<{ id: string; name: string } | null> {
  const [row] = await q.query<{ id: string; name: string }>(
    `SELECT id, coalesce(data->>'personName', data->>'name') AS name FROM users
      WHERE id_number_hash = $1 AND kind = 'person' AND coalesce(data->>'userKind', 'person') <> 'staff'
      ORDER BY id LIMIT 1`,
    [idNumberHash],
  );
  return row ?? null;
}
