// The one place staff and administrator callers are authorised: `staff`
// endpoints need a staff member with one of the roles the endpoint lists; `admin`
// endpoints take the administrator token, a signed-in `platform_admin`, or
// staff holding one of the endpoint's roles (whom the handler keeps to their
// own department: adminDepartment below).
import { STAFF_ROLE_LABELS } from '@yiwang/contract';
import type { EndpointDef, StaffRole } from '@yiwang/contract';
import type { Queryable } from '../db/db.ts';
import { staffOfUser } from '../identity/staff.ts';
import type { StaffMember } from '../identity/staff.ts';
import { HttpError } from './errors.ts';

const notStaff = () => new HttpError(403, 'NOT_STAFF', { zh: '仅限工作人员使用', en: 'For staff only' });

function roleRequired(roles: readonly StaffRole[], any: boolean): HttpError {
  const zh = roles.map((r) => STAFF_ROLE_LABELS[r].zh).join(any ? '或' : '、');
  const en = roles.map((r) => STAFF_ROLE_LABELS[r].en).join(any ? ' or ' : ', ');
  return new HttpError(
    403,
    'ROLE_REQUIRED',
    { zh: `需要“${zh}”岗位权限`, en: `This needs the role${roles.length > 1 ? 's' : ''} ${en}` },
    { details: roles.map((role) => ({ path: 'roles', message: role })) },
  );
}

/** The staff member a `staff` endpoint's caller is; 403 `NOT_STAFF` or `ROLE_REQUIRED` otherwise. */
export async function authorizeStaff(db: Queryable, userId: string, def: EndpointDef): Promise<StaffMember> {
  const staff = await staffOfUser(db, userId);
  if (!staff) throw notStaff();
  const roles = def.roles ?? [];
  if (roles.length > 0 && !roles.some((r) => staff.roles.includes(r))) throw roleRequired(roles, true);
  return staff;
}

/**
 * A signed-in caller of an `admin` endpoint (the administrator token was not
 * given): a `platform_admin`, or staff with one of the endpoint's roles.
 */
export async function authorizeAdminUser(db: Queryable, userId: string, def: EndpointDef): Promise<StaffMember> {
  const staff = await staffOfUser(db, userId);
  if (!staff) throw notStaff();
  const admitted: StaffRole[] = ['platform_admin', ...(def.roles ?? [])];
  if (!staff.roles.some((r) => admitted.includes(r))) throw roleRequired(admitted, true);
  return staff;
}

/**
 * The department an administrator caller is kept to: null for the
 * administrator token and a `platform_admin` (every department), the staff
 * member's own department otherwise.
 */
export function adminDepartment(staff: StaffMember | null): string | null {
  return !staff || staff.roles.includes('platform_admin') ? null : staff.department;
}

/** 403 `OTHER_DEPARTMENT` unless a caller kept to `scope` may touch `department`. */
export function requireDepartment(scope: string | null, department: string): void {
  if (scope !== null && scope !== department)
    throw new HttpError(403, 'OTHER_DEPARTMENT', {
      zh: '只能管理本部门的工作人员',
      en: "Only your own department's staff can be managed",
    });
}
