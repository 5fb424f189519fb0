// Which token claims fill which profile field. Providers name claims their own
// way (a province's ticket service says `cardNo` where another says
// `id_number`), so the mapping is configuration: each entry is a claim name, or
// a dotted path into a nested claim (`ext.cert_level`).
import type { AgentRole, ClaimedProfile, UserKind } from './identity.ts';
import { TokenRejected } from './identity.ts';
import type { StaffRole } from '@yiwang/contract';
import { mapStaffRoles } from './staff.ts';

export interface ClaimsMapping {
  name: string;
  idNumber: string;
  mobile: string;
  email: string;
  realNameLevel: string;
  userKind: string;
  enterpriseName: string;
  uscc: string;
  legalPerson: string;
  department: string;
  /** A list of role names, or one role, or a space- or comma-separated string of them. */
  roles: string;
  /** The provider's names of each staff role (identity/staff.ts); a role without a list is its own name. */
  roleValues?: Partial<Record<StaffRole, string[]>>;
  /** The provider's values of the user-kind claim for each kind; a token without the claim is a person. */
  kindValues: Record<UserKind, string[]>;
  /** An enterprise agent's role (法人 / 经办人); absent: the provider does not say. */
  agentRole?: string;
  /** The provider's values of the agent-role claim for each role (defaults: `legal_person`, `agent`). */
  agentRoleValues?: Partial<Record<AgentRole, string[]>>;
  /** When an agent's authorisation ends (seconds since the epoch, or an ISO 8601 time); absent: the deployment's term. */
  agentExpiresAt?: string;
}

const DEFAULT_AGENT_ROLE_VALUES: Record<AgentRole, string[]> = { legal_person: ['legal_person'], agent: ['agent'] };

/** The defaults: OIDC standard claims where there is one (`name`, `phone_number`, `email`), plain names otherwise. */
export const DEFAULT_CLAIMS_MAPPING: ClaimsMapping = {
  name: 'name',
  idNumber: 'id_number',
  mobile: 'phone_number',
  email: 'email',
  realNameLevel: 'real_name_level',
  userKind: 'user_kind',
  enterpriseName: 'enterprise_name',
  uscc: 'enterprise_uscc',
  legalPerson: 'enterprise_legal_person',
  department: 'department',
  roles: 'roles',
  kindValues: { person: ['person'], enterprise_agent: ['enterprise_agent'], staff: ['staff'] },
  agentRole: 'enterprise_role',
  agentExpiresAt: 'enterprise_role_expires_at',
};

/** The defaults with a partial mapping over them (as `YIWANG_OIDC_CLAIMS` gives it). */
export function claimsMapping(overrides: Partial<ClaimsMapping> = {}): ClaimsMapping {
  return { ...DEFAULT_CLAIMS_MAPPING, ...overrides, kindValues: { ...DEFAULT_CLAIMS_MAPPING.kindValues, ...overrides.kindValues } };
}

function claim(payload: Record<string, unknown>, path: string): unknown {
  let value: unknown = payload;
  for (const part of path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

function text(payload: Record<string, unknown>, path: string): string | null {
  const value = claim(payload, path);
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

function list(payload: Record<string, unknown>, path: string): string[] {
  const value = claim(payload, path);
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim());
  if (typeof value === 'string')
    return value
      .split(/[\s,]+/)
      .map((v) => v.trim())
      .filter(Boolean);
  return [];
}

/**
 * The profile a token's claims describe. A token the mapping cannot read as a
 * user (no name; an enterprise agent without the enterprise; staff without a
 * department) is refused as malformed: the server cannot act on it.
 */
export function profileFromClaims(payload: Record<string, unknown>, mapping: ClaimsMapping): ClaimedProfile {
  const refuse = (what: string) => new TokenRejected('TOKEN_MALFORMED', `The token lacks the ${what} claim (${JSON.stringify(what)})`);
  const kindValue = text(payload, mapping.userKind);
  let kind: UserKind = 'person';
  if (kindValue !== null) {
    const found = (Object.keys(mapping.kindValues) as UserKind[]).find((k) => mapping.kindValues[k].includes(kindValue));
    if (!found) throw new TokenRejected('TOKEN_MALFORMED', `Unknown user kind ${JSON.stringify(kindValue)} in claim ${mapping.userKind}`);
    kind = found;
  }
  const name = text(payload, mapping.name);
  if (!name) throw refuse(mapping.name);
  let enterprise: ClaimedProfile['enterprise'] = null;
  if (kind === 'enterprise_agent') {
    const enterpriseName = text(payload, mapping.enterpriseName);
    const uscc = text(payload, mapping.uscc);
    if (!enterpriseName) throw refuse(mapping.enterpriseName);
    if (!uscc) throw refuse(mapping.uscc);
    enterprise = { name: enterpriseName, uscc: uscc.toUpperCase(), legalPerson: text(payload, mapping.legalPerson) };
    const roleValue = mapping.agentRole ? text(payload, mapping.agentRole) : null;
    if (roleValue !== null) {
      const values = { ...DEFAULT_AGENT_ROLE_VALUES, ...mapping.agentRoleValues };
      const role = (Object.keys(values) as AgentRole[]).find((r) => values[r].includes(roleValue));
      if (!role)
        throw new TokenRejected('TOKEN_MALFORMED', `Unknown agent role ${JSON.stringify(roleValue)} in claim ${mapping.agentRole}`);
      enterprise.role = role;
    }
    const expiry = mapping.agentExpiresAt ? claim(payload, mapping.agentExpiresAt) : undefined;
    if (expiry !== undefined && expiry !== null) {
      const at = typeof expiry === 'number' ? new Date(expiry * 1000) : typeof expiry === 'string' ? new Date(expiry) : null;
      if (!at || Number.isNaN(at.getTime()))
        throw new TokenRejected('TOKEN_MALFORMED', `Unreadable authorisation expiry in claim ${mapping.agentExpiresAt}`);
      enterprise.expiresAt = at.toISOString();
    }
  }
  let staff: ClaimedProfile['staff'] = null;
  if (kind === 'staff') {
    const department = text(payload, mapping.department);
    if (!department) throw refuse(mapping.department);
    staff = { department, roles: mapStaffRoles(list(payload, mapping.roles), mapping.roleValues) };
  }
  return {
    kind,
    name,
    idNumber: text(payload, mapping.idNumber)?.toUpperCase() ?? null,
    mobile: text(payload, mapping.mobile),
    email: text(payload, mapping.email),
    realNameLevel: text(payload, mapping.realNameLevel),
    enterprise,
    staff,
  };
}
