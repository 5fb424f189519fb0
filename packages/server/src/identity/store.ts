// Identities from providers and the users they sign in as: the `user_identities` table.
import type { Queryable } from '../db/db.ts';
import { json } from '../db/db.ts';
import type { StoredUser } from '../accounts/profile.ts';

export interface IdentityRow {
  userId: string;
  claimsHash: string;
}

export async function findIdentity(q: Queryable, issuer: string, subject: string): Promise<IdentityRow | null> {
  const [row] = await q.query<{ user_id: string; claims_hash: string }>(
    'SELECT user_id, claims_hash FROM user_identities WHERE issuer = $1 AND subject = $2',
    [issuer, subject],
  );
  return row ? { userId: row.user_id, claimsHash: row.claims_hash } : null;
}

/** Serialises first sign-ins of one identity (two requests at once create one user). */
export async function lockIdentity(q: Queryable, issuer: string, subject: string): Promise<void> {
  await q.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`identity:${issuer}\n${subject}`]);
}

export async function insertUserWithIdentity(
  q: Queryable,
  user: StoredUser,
  identity: { issuer: string; subject: string; claimsHash: string; idNumberHash: string | null; now: Date },
): Promise<void> {
  await q.query('INSERT INTO users (id, kind, data, id_number_hash) VALUES ($1, $2, $3, $4)', [
    user.id,
    user.kind,
    json(user),
    identity.idNumberHash,
  ]);
  await q.query(
    'INSERT INTO user_identities (issuer, subject, user_id, claims_hash, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $5)',
    [identity.issuer, identity.subject, user.id, identity.claimsHash, identity.now.toISOString()],
  );
}

/** Replaces the profile of a user whose provider now says something else (a new mobile, a higher real-name level). */
export async function updateUserFromIdentity(
  q: Queryable,
  user: StoredUser,
  identity: { issuer: string; subject: string; claimsHash: string; idNumberHash: string | null; now: Date },
): Promise<void> {
  await q.query('UPDATE users SET kind = $2, data = $3, id_number_hash = $4 WHERE id = $1', [
    user.id,
    user.kind,
    json(user),
    identity.idNumberHash,
  ]);
  await q.query('UPDATE user_identities SET claims_hash = $3, updated_at = $4 WHERE issuer = $1 AND subject = $2', [
    identity.issuer,
    identity.subject,
    identity.claimsHash,
    identity.now.toISOString(),
  ]);
}

/** Users stored with an identity number in the clear (the seeded demo users) that have no keyed hash of it yet. */
export async function usersWithoutIdNumberHash(q: Queryable): Promise<Array<{ id: string; idNumber: string }>> {
  const rows = await q.query<{ id: string; id_number: string }>(
    "SELECT id, data->>'idCard' AS id_number FROM users WHERE id_number_hash IS NULL AND data->>'idCard' IS NOT NULL ORDER BY id",
  );
  return rows.map((r) => ({ id: r.id, idNumber: r.id_number }));
}

export async function setIdNumberHash(q: Queryable, userId: string, idNumberHash: string): Promise<void> {
  await q.query('UPDATE users SET id_number_hash = $2 WHERE id = $1', [userId, idNumberHash]);
}

/**
 * A person user with this identity number that no identity of `issuer` signs in as
 * yet: the user a person's first sign-in is linked to instead of creating a new one.
 * Enterprises (whose stored number is the legal representative's) and staff never match.
 */
export async function findLinkablePerson(q: Queryable, idNumberHash: string, issuer: string): Promise<string | null> {
  const [row] = await q.query<{ id: string }>(
    `SELECT u.id FROM users u
      WHERE u.id_number_hash = $1 AND u.kind = 'person' AND coalesce(u.data->>'userKind', 'person') = 'person'
        AND NOT EXISTS (SELECT 1 FROM user_identities i WHERE i.user_id = u.id AND i.issuer = $2)
      ORDER BY u.id LIMIT 1`,
    [idNumberHash, issuer],
  );
  return row?.id ?? null;
}

/** Sets the real-name level (实名认证等级) the identity platform asserts for a user, keeping the rest of the profile. */
export async function setRealNameLevel(q: Queryable, userId: string, level: string | null): Promise<void> {
  await q.query("UPDATE users SET data = data || jsonb_build_object('realNameLevel', $2::text) WHERE id = $1", [userId, level]);
}

/** Records that an identity signs in as an existing user. */
export async function insertIdentity(
  q: Queryable,
  userId: string,
  identity: { issuer: string; subject: string; claimsHash: string; now: Date },
): Promise<void> {
  await q.query(
    'INSERT INTO user_identities (issuer, subject, user_id, claims_hash, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $5)',
    [identity.issuer, identity.subject, userId, identity.claimsHash, identity.now.toISOString()],
  );
}
