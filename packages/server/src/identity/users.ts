// Users of identities: the first request with a provider's token creates the
// user from its claims; later ones find it (and follow changed claims).
import { maskIdCard } from '@yiwang/contract';
import type { Db } from '../db/db.ts';
import type { StoredUser } from '../accounts/profile.ts';
import { sha256Hex } from '../http/auth.ts';
import { newId } from '../domain/ids.ts';
import type { ClaimedProfile, ExternalIdentity } from './identity.ts';
import { recordClaimedAuthorisation } from '../enterprises/authorisations.ts';
import {
  findIdentity,
  findLinkablePerson,
  insertIdentity,
  setRealNameLevel,
  insertUserWithIdentity,
  lockIdentity,
  setIdNumberHash,
  updateUserFromIdentity,
  usersWithoutIdNumberHash,
} from './store.ts';

/** Keyed hash of identity numbers: equal numbers match, and the table alone does not give them back. */
export interface IdNumberHasher {
  (idNumber: string): Promise<string>;
}

/** HMAC-SHA256 under `key`, hex (Web Crypto, so the browser mock can run it too). */
export async function createIdNumberHasher(key: string): Promise<IdNumberHasher> {
  const encoder = new TextEncoder();
  const hmac = await crypto.subtle.importKey('raw', encoder.encode(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return async (idNumber) => {
    const mac = new Uint8Array(await crypto.subtle.sign('HMAC', hmac, encoder.encode(idNumber.trim().toUpperCase())));
    return Array.from(mac, (b) => b.toString(16).padStart(2, '0')).join('');
  };
}

/**
 * The stored user a claimed profile describes: always the person who signs in
 * (an enterprise the claims name is a user of its own, which the person holds an
 * authorisation for: enterprises/authorisations.ts). The identity number masked,
 * never in the clear.
 */
export function storedUserFromProfile(id: string, profile: ClaimedProfile): StoredUser {
  const user: StoredUser = {
    id,
    kind: 'person',
    name: profile.name,
    personName: profile.name,
    userKind: profile.kind,
    realNameLevel: profile.realNameLevel,
  };
  if (profile.idNumber) user.idCardMasked = maskIdCard(profile.idNumber);
  if (profile.mobile) user.mobile = profile.mobile;
  if (profile.email) user.email = profile.email;
  if (profile.staff) user.staff = profile.staff;
  return user;
}

/**
 * The id of the user an identity signs in as. On its first sign-in a person is
 * linked to the existing person user with the same identity number (matched by
 * the keyed hash; the seeded demo citizen, or users carried over from an earlier
 * system), keeping that user's profile and data; otherwise the user is created
 * from the claims. A user is linked to at most one subject per issuer. Claims
 * that name an enterprise record the person's authorisation for it, on the
 * first sign-in and when the claims change.
 */
export async function userForIdentity(
  db: Db,
  identity: ExternalIdentity,
  hashIdNumber: IdNumberHasher,
  now: Date,
  options: { agentAuthorisationTtlSeconds: number } = { agentAuthorisationTtlSeconds: 365 * 86400 },
): Promise<string> {
  const claimsHash = await sha256Hex(JSON.stringify(identity.profile));
  const known = await findIdentity(db, identity.issuer, identity.subject);
  if (known && known.claimsHash === claimsHash) return known.userId;
  const idNumberHash = identity.profile.idNumber ? await hashIdNumber(identity.profile.idNumber) : null;
  return db.transaction(async (tx) => {
    await lockIdentity(tx, identity.issuer, identity.subject);
    const row = await findIdentity(tx, identity.issuer, identity.subject);
    const record = { issuer: identity.issuer, subject: identity.subject, claimsHash, idNumberHash, now };
    const authorise = (userId: string) =>
      recordClaimedAuthorisation(tx, userId, identity.profile, now, options.agentAuthorisationTtlSeconds);
    if (row) {
      if (row.claimsHash !== claimsHash) {
        await updateUserFromIdentity(tx, storedUserFromProfile(row.userId, identity.profile), record);
        await authorise(row.userId);
      }
      return row.userId;
    }
    // Persons, and persons who act for an enterprise (who sign in as themselves).
    if (idNumberHash && identity.profile.kind !== 'staff') {
      const existing = await findLinkablePerson(tx, idNumberHash, identity.issuer);
      if (existing) {
        await insertIdentity(tx, existing, record);
        // The level is the platform's to assert, whatever the existing profile says.
        await setRealNameLevel(tx, existing, identity.profile.realNameLevel);
        await authorise(existing);
        return existing;
      }
    }
    const user = storedUserFromProfile(newId('u'), identity.profile);
    await insertUserWithIdentity(tx, user, record);
    await authorise(user.id);
    return user.id;
  });
}

/**
 * Gives users stored with an identity number in the clear (the seeded demo users)
 * the keyed hash of it, so that a provider's identity with that number is linked
 * to them. Run at start-up; a no-op once every such user has its hash.
 */
export async function hashStoredIdNumbers(db: Db, hashIdNumber: IdNumberHasher): Promise<void> {
  for (const user of await usersWithoutIdNumberHash(db)) await setIdNumberHash(db, user.id, await hashIdNumber(user.idNumber));
}
