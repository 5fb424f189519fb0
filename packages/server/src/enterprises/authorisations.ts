// Who a request acts as, and where authorisations come from. A person signs in
// as themselves; an identity provider's claims that name an enterprise record
// the person's authorisation for it (the enterprise user found by its
// 统一社会信用代码, or created), and a 法人 grants and revokes 经办人 here. A
// request that names an enterprise in `Yiwang-Acting-For` acts as that
// enterprise when the person holds a live authorisation for it.
import { maskIdCard } from '@yiwang/contract';
import type { ActingOption, AuthorisationStatus, EnterpriseAuthorisation } from '@yiwang/contract';
import type { Queryable } from '../db/db.ts';
import type { StoredUser } from '../accounts/profile.ts';
import { newId } from '../domain/ids.ts';
import { toIso } from '../domain/time.ts';
import { HttpError } from '../http/errors.ts';
import type { ClaimedProfile } from '../identity/identity.ts';
import type { AuthorisationRole, AuthorisationRow } from './store.ts';
import { authorisationsFor, findEnterpriseByUscc, insertAuthorisation, insertEnterpriseUser, lockEnterprise } from './store.ts';

export function authorisationStatus(a: Pick<AuthorisationRow, 'expiresAt' | 'revokedAt'>, now: Date): AuthorisationStatus {
  if (a.revokedAt) return 'revoked';
  if (a.expiresAt && a.expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'live';
}

/** An authorisation as the contract shows it: the 统一社会信用代码 masked. */
export function toAuthorisation(a: AuthorisationRow, now: Date): EnterpriseAuthorisation {
  return {
    id: a.id,
    enterpriseId: a.enterpriseId,
    enterpriseName: a.enterpriseName,
    usccMasked: maskIdCard(a.uscc),
    personId: a.personId,
    personName: a.personName,
    role: a.role,
    grantedAt: toIso(a.grantedAt),
    expiresAt: a.expiresAt ? toIso(a.expiresAt) : null,
    revokedAt: a.revokedAt ? toIso(a.revokedAt) : null,
    source: a.source,
    grantedBy: a.grantedBy,
    status: authorisationStatus(a, now),
  };
}

/** The enterprises a person may switch to: one entry per enterprise with a live authorisation (法人 before 经办人). */
export function actingOptions(rows: AuthorisationRow[], now: Date): ActingOption[] {
  const byEnterprise = new Map<string, AuthorisationRow>();
  for (const a of rows) {
    if (authorisationStatus(a, now) !== 'live') continue;
    const seen = byEnterprise.get(a.enterpriseId);
    if (!seen || (seen.role === 'agent' && a.role === 'legal_person')) byEnterprise.set(a.enterpriseId, a);
  }
  return [...byEnterprise.values()]
    .map((a) => ({
      enterpriseId: a.enterpriseId,
      name: a.enterpriseName,
      usccMasked: maskIdCard(a.uscc),
      role: a.role,
      expiresAt: a.expiresAt ? toIso(a.expiresAt) : null,
    }))
    .sort((x, y) => x.name.localeCompare(y.name, 'zh-CN') || x.enterpriseId.localeCompare(y.enterpriseId));
}

/** The enterprise user of a 统一社会信用代码: the one the catalog of users has (the seeded demo enterprise), or a new one. */
export async function enterpriseForClaims(q: Queryable, enterprise: NonNullable<ClaimedProfile['enterprise']>): Promise<string> {
  await lockEnterprise(q, enterprise.uscc);
  const found = await findEnterpriseByUscc(q, enterprise.uscc);
  if (found) return found;
  const user: StoredUser = {
    id: newId('u'),
    kind: 'enterprise',
    name: enterprise.name,
    enterprise: { name: enterprise.name, uscc: enterprise.uscc, legalPerson: enterprise.legalPerson ?? '' },
  };
  await insertEnterpriseUser(q, user);
  return user.id;
}

/**
 * Records the authorisation a token's claims name: the person acts for the
 * enterprise as 法人 (no expiry) or as 经办人 (until the claim's expiry, or for
 * `agentTtlSeconds`). A live authorisation in that role is kept as it is; an
 * expired or revoked one is followed by a new one. Called when the server sees
 * an identity's claims for the first time or changed, not on every request: an
 * authorisation that expires or is revoked stays so until the provider's claims
 * about the person change or the 法人 grants it again.
 */
export async function recordClaimedAuthorisation(
  q: Queryable,
  personId: string,
  profile: ClaimedProfile,
  now: Date,
  agentTtlSeconds: number,
): Promise<void> {
  const enterprise = profile.enterprise;
  if (!enterprise) return;
  const enterpriseId = await enterpriseForClaims(q, enterprise);
  const role: AuthorisationRole = enterprise.role ?? 'agent';
  const existing = await authorisationsFor(q, personId, enterpriseId);
  const claimedExpiry = enterprise.expiresAt ? new Date(enterprise.expiresAt) : null;
  const live = existing.find((a) => a.role === role && authorisationStatus(a, now) === 'live');
  if (live && (role === 'legal_person' || !claimedExpiry || live.expiresAt?.getTime() === claimedExpiry.getTime())) return;
  await insertAuthorisation(q, {
    id: newId('auth'),
    personId,
    enterpriseId,
    role,
    source: 'claims',
    grantedAt: now,
    expiresAt: role === 'legal_person' ? null : (claimedExpiry ?? new Date(now.getTime() + agentTtlSeconds * 1000)),
    grantedBy: null,
  });
}

/** Why a request may not act for an enterprise. */
export const ACTING_REFUSED = {
  expired: () =>
    new HttpError(403, 'AUTHORISATION_EXPIRED', {
      zh: '您代表该企业办事的授权已过期，请联系企业法人重新授权',
      en: 'Your authorisation to act for this enterprise has expired; ask its legal representative to authorise you again',
    }),
  none: () =>
    new HttpError(403, 'NOT_AUTHORISED_FOR_ENTERPRISE', {
      zh: '您未获得代表该企业办事的授权',
      en: 'You are not authorised to act for this enterprise',
    }),
};

/**
 * The role in which `personId` may act for `enterpriseId` now (法人 before
 * 经办人); otherwise throws 403 `AUTHORISATION_EXPIRED` when the newest
 * authorisation has expired, `NOT_AUTHORISED_FOR_ENTERPRISE` when there is none
 * or the newest was revoked.
 */
export async function actingRole(q: Queryable, personId: string, enterpriseId: string, now: Date): Promise<AuthorisationRole> {
  const rows = await authorisationsFor(q, personId, enterpriseId);
  const statuses = rows.map((a) => ({ role: a.role, status: authorisationStatus(a, now) }));
  const live = statuses.filter((s) => s.status === 'live');
  if (live.length) return live.some((s) => s.role === 'legal_person') ? 'legal_person' : 'agent';
  // Rows come newest first.
  if (statuses[0]?.status === 'expired') throw ACTING_REFUSED.expired();
  throw ACTING_REFUSED.none();
}
