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
