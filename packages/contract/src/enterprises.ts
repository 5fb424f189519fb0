// Enterprises a person acts for (企业授权): a person signs in as themselves and
// holds authorisations, as the enterprise's 法人 (legal representative) or as an
// authorised 经办人 (agent), to act for enterprises. A request acts for the
// person, or for one of those enterprises when it carries ACTING_FOR_HEADER.
import { z } from './zod.ts';
import { Id, Timestamp, text } from './common.ts';

export { ACTING_FOR_HEADER } from './values/enterprises.ts';

/** How a person acts for an enterprise: its 法人 or an authorised 经办人. */
export const AUTHORISATION_ROLES = ['legal_person', 'agent'] as const;
export const AuthorisationRole = z.enum(AUTHORISATION_ROLES);
export type AuthorisationRole = z.infer<typeof AuthorisationRole>;

/** `live`: in force; `expired`: past `expiresAt`; `revoked`: withdrawn by the enterprise's 法人. */
export const AuthorisationStatus = z.enum(['live', 'expired', 'revoked']);
export type AuthorisationStatus = z.infer<typeof AuthorisationStatus>;

/** One person's authorisation to act for one enterprise. */
export const EnterpriseAuthorisation = z.object({
  id: Id,
  /** The enterprise's user id: the value of the `Yiwang-Acting-For` header (ACTING_FOR_HEADER). */
  enterpriseId: Id,
  enterpriseName: z.string(),
  /** 统一社会信用代码, masked for display. */
  usccMasked: z.string(),
  personId: Id,
  personName: z.string(),
  role: AuthorisationRole,
  grantedAt: Timestamp,
  /** Null: no expiry (a 法人's). */
  expiresAt: z.nullable(Timestamp),
  revokedAt: z.nullable(Timestamp),
  /** `claims`: the identity provider says so at sign-in; `grant`: a 法人 granted it here. */
  source: z.enum(['claims', 'grant']),
  /** The person who granted it; null when it comes from the identity provider's claims. */
  grantedBy: z.nullable(Id),
  status: AuthorisationStatus,
});
export type EnterpriseAuthorisation = z.infer<typeof EnterpriseAuthorisation>;

export const EnterpriseAuthorisationList = z.object({ items: z.array(EnterpriseAuthorisation) });
export type EnterpriseAuthorisationList = z.infer<typeof EnterpriseAuthorisationList>;

/** Who a request acts as: the signed-in person, and the enterprise when acting for one. */
export const ActingAs = z.object({
  personId: Id,
  personName: z.string(),
  /** Null: acting for the person themselves. */
  enterpriseId: z.nullable(Id),
  role: z.nullable(AuthorisationRole),
});
export type ActingAs = z.infer<typeof ActingAs>;

/** An enterprise the signed-in person may switch to (a live authorisation). */
export const ActingOption = z.object({
  enterpriseId: Id,
  name: z.string(),
  usccMasked: z.string(),
  role: AuthorisationRole,
  expiresAt: z.nullable(Timestamp),
});
export type ActingOption = z.infer<typeof ActingOption>;

export const EnterpriseIdParams = z.object({ enterpriseId: Id });
export const EnterpriseAgentParams = z.object({ enterpriseId: Id, authorisationId: Id });

/**
 * A 法人 authorises a person as 经办人: the person is named by name and
 * 居民身份证 number and must have signed in once. Without `expiresAt` the
 * deployment's default term applies.
 */
export const AgentGrant = z.object({
  name: text(50),
  /** 居民身份证 number (18 characters). */
  idNumber: z.string().check(z.trim(), z.regex(/^\d{17}[\dXx]$/)),
  expiresAt: z.optional(Timestamp),
});
export type AgentGrant = z.infer<typeof AgentGrant>;

/**
 * 实名认证等级 compared in an order the deployment configures (default
 * L1 < L2 < L3 < L4): the default order, for clients that show levels.
 */
export const DEFAULT_REAL_NAME_LEVELS = ['L1', 'L2', 'L3', 'L4'] as const;
