// Staff roles, the statuses each staff action starts from and the desk's limits, without zod: the case desk offers actions by them.
import type { APPLICATION_STATUSES } from './applications.ts';

type StaffRole = (typeof STAFF_ROLES)[number];
type StaffAction = (typeof STAFF_ACTIONS)[number];
type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/**
 * What a staff member may do: 受理 (accept or refuse applications), 审查 (review),
 * 制证 (make certificates), 寄递 (post results), 部门管理员 (manage the department's
 * staff) and 平台管理员 (everything an administrator may, across departments).
 */
export const STAFF_ROLES = ['intake', 'review', 'certificate', 'dispatch', 'department_admin', 'platform_admin'] as const;

/** The roles' names, for people. */
export const STAFF_ROLE_LABELS: Readonly<Record<StaffRole, { zh: string; en: string }>> = {
  intake: { zh: '受理', en: 'Intake' },
  review: { zh: '审查', en: 'Review' },
  certificate: { zh: '制证', en: 'Certificate issuing' },
  dispatch: { zh: '寄递', en: 'Dispatch' },
  department_admin: { zh: '部门管理员', en: 'Department administrator' },
  platform_admin: { zh: '平台管理员', en: 'Platform administrator' },
};

/** The staff endpoints that act on a case (names in the endpoint table's `staff` group). */
export const STAFF_ACTIONS = [
  'accept',
  'reject',
  'supplement',
  'openTracks',
  'decideTrack',
  'decide',
  'certify',
  'dispatch',
  'complete',
  'suspend',
  'resume',
  'extend',
  'appointment',
  'rectify',
] as const;

/**
 * The statuses each staff action starts from: the lifecycle's rule, kept here
 * once so that the server (applications/lifecycle.ts) refuses and the desk
 * offers the same. Further conditions (every track decided before 决定, an
 * approved result with a document before 制证, a denial or no document for
 * 办结 from `decided`, a 差评 without a 整改 record for `rectify`) are the server's to check. Accepting, refusing or
 * asking for a 补正 on a submitted case passes through prereview first.
 */
export const STAFF_ACTION_FROM: Readonly<Record<StaffAction, readonly ApplicationStatus[]>> = {
  accept: ['submitted', 'prereview'],
  reject: ['submitted', 'prereview', 'supplement_requested'],
  supplement: ['submitted', 'prereview', 'reviewing'],
  openTracks: ['accepted'],
  decideTrack: ['reviewing'],
  decide: ['reviewing'],
  certify: ['decided'],
  dispatch: ['certifying'],
  complete: ['decided', 'delivering'],
  suspend: ['accepted', 'reviewing'],
  resume: ['accepted', 'reviewing'],
  extend: ['accepted', 'reviewing'],
  appointment: ['submitted', 'prereview', 'supplement_requested', 'accepted', 'reviewing'],
  rectify: ['completed'],
};

/** The most working days one extension may add. */
export const MAX_EXTENSION_WORKING_DAYS = 60;

/** The hall's hours an appointment may start in (Beijing time, both ends included): the server refuses others, the desk says so. */
export const APPOINTMENT_HOURS = { from: '09:00', to: '17:00' } as const;
