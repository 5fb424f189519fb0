// Identity adapters turn a bearer token from an identity provider into the
// identity it vouches for. The app asks the adapter before its own session
// tokens; what an adapter returns becomes a user of this server (users.ts).
import type { TokenErrorCode } from '@yiwang/contract';

/** What kind of user an identity is. */
export type UserKind = 'person' | 'enterprise_agent' | 'staff';

/** How a person acts for an enterprise: as its 法人 (legal representative) or as an authorised 经办人. */
export type AgentRole = 'legal_person' | 'agent';

/** The profile an identity provider vouches for, after the claims mapping (claims.ts). */
export interface ClaimedProfile {
  kind: UserKind;
  /** The person's name. */
  name: string;
  /** 居民身份证 (or other identity document) number, in the clear as the token carries it. */
  idNumber: string | null;
  mobile: string | null;
  email: string | null;
  /** 实名认证等级 as the provider codes it (e.g. `L1`…`L4`, or a province's own codes). */
  realNameLevel: string | null;
  /**
   * The enterprise an agent acts for, with its 统一社会信用代码, and the agent's
   * role when the provider says it: the enterprise's 法人 (`legal_person`) or an
   * authorised 经办人 (`agent`). `expiresAt` (ISO 8601): when the provider says
   * the 经办人's authorisation ends.
   */
  enterprise: { name: string; uscc: string; legalPerson: string | null; role?: AgentRole; expiresAt?: string } | null;
  /** A staff member's department and roles. */
  staff: { department: string; roles: string[] } | null;
}

/** A verified identity: who the issuer says the token's holder is. */
export interface ExternalIdentity {
  issuer: string;
  subject: string;
  profile: ClaimedProfile;
  /** When the token expires, seconds since the epoch. */
  expiresAt: number;
}

/** Turns bearer tokens of one identity provider into identities. */
export interface IdentityAdapter {
  /** A short name for logs: `oidc`, a province's ticket service … */
  readonly name: string;
  /** Whether the token has this adapter's shape (a JWT for OIDC); other tokens go to the server's own session check. */
  accepts(token: string): boolean;
  /** The identity of a valid token; throws `TokenRejected` with the reason otherwise. */
  verify(token: string, now: Date): Promise<ExternalIdentity>;
}

/** A token refused for a reason the client can act on; the app answers 401 with its code. */
export class TokenRejected extends Error {
  readonly code: TokenErrorCode;
  constructor(code: TokenErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'TokenRejected';
    this.code = code;
  }
}
