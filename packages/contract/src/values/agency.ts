// 帮办代办 request statuses and the statuses each agency action starts from, without zod.

type AgencyStatus = (typeof AGENCY_STATUSES)[number];
type AgencyAction = (typeof AGENCY_ACTIONS)[number];

/**
 * Where an agency request is: `submitted` (waiting for an agent), `assigned`
 * (an agent of the item's department has it), `in_progress` (the agent has
 * recorded progress or filed applications), `completed`, `closed` (cancelled
 * with a reason).
 */
export const AGENCY_STATUSES = ['submitted', 'assigned', 'in_progress', 'completed', 'closed'] as const;

/** The staff actions on an agency request (names in the endpoint table's `staff` group). */
export const AGENCY_ACTIONS = ['agencyAssign', 'agencyProgress', 'agencyLink', 'agencyComplete', 'agencyCancel'] as const;

/**
 * The statuses each agency action starts from: the server refuses and the desk
 * offers by this one table. Assigning a submitted request makes it `assigned`
 * (reassigning keeps the status); progress notes and linked applications make
 * it `in_progress`; completing and cancelling end it.
 */
export const AGENCY_ACTION_FROM: Readonly<Record<AgencyAction, readonly AgencyStatus[]>> = {
  agencyAssign: ['submitted', 'assigned', 'in_progress'],
  agencyProgress: ['assigned', 'in_progress'],
  agencyLink: ['assigned', 'in_progress'],
  agencyComplete: ['assigned', 'in_progress'],
  agencyCancel: ['submitted', 'assigned', 'in_progress'],
};
