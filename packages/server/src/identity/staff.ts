// Staff: who is a staff member of which department with which roles. Two
// sources, the directory first:
// - the staff directory an administrator keeps (identity/staff-store.ts),
//   matched by the keyed hash of the person's identity number, for deployments
//   whose identity provider says nothing of departments;
// - the identity provider's claims (claims.ts: `department`, `roles`, the
//   provider's role names mapped to ours by `roleValues`).
// Looked up on every staff request, so that a changed or removed entry counts at once.
import { STAFF_ROLES } from '@yiwang/contract';
import type { StaffRole } from '@yiwang/contract';
import type { Queryable } from '../db/db.ts';
import { staffSources } from './staff-store.ts';

/** A signed-in staff member. */
export interface StaffMember {
  userId: string;
  name: string;
  /** A catalog department id. */
  department: string;
  roles: StaffRole[];
  /** Where the department and roles came from. */
  source: 'directory' | 'claims';
}

const isStaffRole = (value: string): value is StaffRole => (STAFF_ROLES as readonly string[]).includes(value);

/**
 * Our roles for the provider's role names: `roleValues` lists, for each of our
 * roles, the provider's names of it; a role without a list is its own name.
 * Names that mean none of ours are dropped (a provider knows many roles).
 */
export function mapStaffRoles(names: readonly string[], roleValues: Partial<Record<StaffRole, string[]>> = {}): StaffRole[] {
  const out = new Set<StaffRole>();
  for (const role of STAFF_ROLES) {
    const values = roleValues[role] ?? [role];
    if (names.some((n) => values.includes(n))) out.add(role);
  }
  return STAFF_ROLES.filter((r) => out.has(r));
}

/** The staff member a user is, or null for an applicant. */
export async function staffOfUser(q: Queryable, userId: string): Promise<StaffMember | null> {
  const sources = await staffSources(q, userId);
  if (!sources) return null;
  if (sources.entry) {
    const { department, roles } = sources.entry;
    return { userId, name: sources.name, department, roles: roles.filter(isStaffRole), source: 'directory' };
  }
  if (sources.claimed) {
    // Stored claims hold our role names already (mapped at sign-in); anything else is ignored.
    const roles = sources.claimed.roles.filter(isStaffRole);
    return { userId, name: sources.name, department: sources.claimed.department, roles, source: 'claims' };
  }
  return null;
}
