// Sign-ins under way and signed-in browser sessions of the relying-party flow:
// the `auth_logins` and `auth_sessions` tables. Both are keyed by a hash of the
// random value the browser holds, so the table alone does not give a usable cookie.
import type { Queryable } from '../db/db.ts';
import { json } from '../db/db.ts';

/** An authorization request under way. */
export interface PendingLogin {
  nonce: string;
  codeVerifier: string;
  /** Where the browser goes once signed in: a path of the site, or a URL of an allowed origin. */
  returnTo: string;
}

export interface BrowserSession {
  userId: string;
  issuer: string;
  /** The provider's ID token, the hint of RP-initiated logout. */
  idToken: string | null;
  expiresAt: Date;
}

export async function insertLogin(q: Queryable, stateHash: string, login: PendingLogin, expiresAt: Date, now: Date): Promise<void> {
  // Sign-ins abandoned at the provider leave rows behind: clear the expired ones as new ones come.
  await q.query('DELETE FROM auth_logins WHERE expires_at <= $1', [now.toISOString()]);
  await q.query('INSERT INTO auth_logins (state_hash, data, expires_at) VALUES ($1, $2, $3)', [
    stateHash,
    json(login),
    expiresAt.toISOString(),
  ]);
}

/** The unexpired login of this state, deleted as it is read: a state is used once. */
export async function takeLogin(q: Queryable, stateHash: string, now: Date): Promise<PendingLogin | null> {
  const [row] = await q.query<{ data: PendingLogin; expires_at: string | Date }>(
    'DELETE FROM auth_logins WHERE state_hash = $1 RETURNING data, expires_at',
    [stateHash],
  );
  if (!row || new Date(row.expires_at).getTime() <= now.getTime()) return null;
  return row.data;
}

export async function insertSession(q: Queryable, idHash: string, session: BrowserSession, now: Date): Promise<void> {
  await q.query('DELETE FROM auth_sessions WHERE expires_at <= $1', [now.toISOString()]);
  await q.query('INSERT INTO auth_sessions (id_hash, user_id, issuer, id_token, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6)', [
    idHash,
    session.userId,
    session.issuer,
    session.idToken,
    now.toISOString(),
    session.expiresAt.toISOString(),
  ]);
}

/** The unexpired session of this cookie value's hash, or null. */
export async function findSession(q: Queryable, idHash: string, now: Date): Promise<BrowserSession | null> {
  const [row] = await q.query<{ user_id: string; issuer: string; id_token: string | null; expires_at: string | Date }>(
    'SELECT user_id, issuer, id_token, expires_at FROM auth_sessions WHERE id_hash = $1 AND expires_at > $2',
    [idHash, now.toISOString()],
  );
  return row ? { userId: row.user_id, issuer: row.issuer, idToken: row.id_token, expiresAt: new Date(row.expires_at) } : null;
}

/** Ends a session; returns it as it was (for the logout hint), or null. */
export async function deleteSession(q: Queryable, idHash: string): Promise<BrowserSession | null> {
  const [row] = await q.query<{ user_id: string; issuer: string; id_token: string | null; expires_at: string | Date }>(
    'DELETE FROM auth_sessions WHERE id_hash = $1 RETURNING user_id, issuer, id_token, expires_at',
    [idHash],
  );
  return row ? { userId: row.user_id, issuer: row.issuer, idToken: row.id_token, expiresAt: new Date(row.expires_at) } : null;
}
