import { z } from './zod.ts';
import { Id, PageQuery, Timestamp, page, text } from './common.ts';
import { Mobile } from './addresses.ts';
import { ApplicationNumber, ApplicationStatus } from './applications.ts';
import { isValidUscc } from './validators/index.ts';
import type { AGENCY_ACTIONS } from './values/agency.ts';
import { AGENCY_STATUSES } from './values/agency.ts';

export { AGENCY_ACTIONS, AGENCY_ACTION_FROM, AGENCY_STATUSES } from './values/agency.ts';

/** Body of a 预审代办 / 帮办代办 request: free pre-review and agency help for an item. */
export const AgencyRequestCreate = z.object({
  itemId: Id,
  contactName: text(50),
  mobile: Mobile,
  enterpriseName: z.optional(text(100)),
  uscc: z.optional(z.string().check(z.refine((s) => isValidUscc(s), { message: 'Not a 统一社会信用代码' }))),
  /** For enterprise investment projects: the project's name. */
  projectName: z.optional(text(100)),
  description: text(1000),
  preferredContact: z.enum(['phone', 'visit', 'online']),
  /** When the requester prefers to be called or visited, in their words (e.g. 工作日上午). */
  preferredTime: z.optional(text(100)),
});
export type AgencyRequestCreate = z.input<typeof AgencyRequestCreate>;

export const AgencyStatus = z.enum(AGENCY_STATUSES);
export type AgencyStatus = z.infer<typeof AgencyStatus>;

/** A 代办 request number: `DB` + Beijing date + a 4-digit daily sequence. */
export const AgencyRequestNumber = z.string().check(z.regex(/^DB\d{12}$/));

/** What happened to an agency request (one event each, with the acting person). */
export const AGENCY_EVENT_KINDS = ['submitted', 'assigned', 'progress', 'applications_linked', 'completed', 'cancelled'] as const;
export const AgencyEventKind = z.enum(AGENCY_EVENT_KINDS);
export type AgencyEventKind = z.infer<typeof AgencyEventKind>;

export const AgencyEvent = z.object({
  at: Timestamp,
  kind: AgencyEventKind,
  /** The request's status after the event. */
  status: AgencyStatus,
  /** The progress note, the completion note or the cancellation reason; for `assigned` the agent; for `applications_linked` the numbers. */
  note: z.nullable(z.string()),
  /** Who acted: a staff member (with their department's name) or the requester. */
  actor: z.object({ name: z.string(), department: z.nullable(z.string()) }),
});
export type AgencyEvent = z.infer<typeof AgencyEvent>;

/** An application an agent filed for the requester, linked to the request. */
export const AgencyLinkedApplication = z.object({
  number: ApplicationNumber,
  itemName: z.string(),
  status: ApplicationStatus,
});

export const AgencyRequest = z.object({
  id: Id,
  number: AgencyRequestNumber,
  itemId: Id,
  itemName: z.string(),
  status: AgencyStatus,
  contactName: z.string(),
  /** Masked. */
  mobile: z.string(),
  projectName: z.nullable(z.string()),
  /** The agent: a staff member's name and the department's phone. */
  agent: z.nullable(z.object({ name: z.string(), phone: z.string() })),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  /** The handling department's name (absent from older servers). */
  departmentName: z.optional(z.string()),
  /** What has happened, oldest first (absent from older servers). */
  events: z.optional(z.array(AgencyEvent)),
  /** Applications the agent filed for the requester (absent from older servers). */
  applications: z.optional(z.array(AgencyLinkedApplication)),
});
export type AgencyRequest = z.infer<typeof AgencyRequest>;

export const AgencyRequestList = z.object({ items: z.array(AgencyRequest) });
export type AgencyRequestList = z.infer<typeof AgencyRequestList>;

/**
 * An agency request as its department's staff see it: the contact mobile in
 * full (the agent calls it), what help is asked for, and the agent's user id.
 */
export const StaffAgencyRequest = z.extend(AgencyRequest, {
  mobile: z.string(),
  description: z.string(),
  preferredContact: z.enum(['phone', 'visit', 'online']),
  preferredTime: z.nullable(z.string()),
  enterpriseName: z.nullable(z.string()),
  uscc: z.nullable(z.string()),
  agentUserId: z.nullable(Id),
  departmentName: z.string(),
  events: z.array(AgencyEvent),
  applications: z.array(AgencyLinkedApplication),
});
export type StaffAgencyRequest = z.infer<typeof StaffAgencyRequest>;

export const StaffAgencyPage = page(StaffAgencyRequest);
export type StaffAgencyPage = z.infer<typeof StaffAgencyPage>;

/** A department's agency requests: open ones (submitted, assigned, in progress) by default, or one status. */
export const StaffAgencyQuery = z.extend(PageQuery, { status: z.optional(AgencyStatus) });
export const AgencyParams = z.object({ id: Id });

export type AgencyAction = (typeof AGENCY_ACTIONS)[number];

/** Body of `POST /staff/agency-requests/{id}/assign`: the agent, a staff member of the department (`GET /staff/colleagues`). */
export const AgencyAssign = z.object({ agentUserId: Id });
export type AgencyAssign = z.input<typeof AgencyAssign>;
/** Body of `POST /staff/agency-requests/{id}/progress`: what was done. */
export const AgencyProgress = z.object({ note: text(500) });
export type AgencyProgress = z.input<typeof AgencyProgress>;
/** Body of `POST /staff/agency-requests/{id}/applications`: applications filed for the requester, of the request's item. */
export const AgencyLink = z.object({ numbers: z.array(ApplicationNumber).check(z.minLength(1), z.maxLength(20)) });
export type AgencyLink = z.input<typeof AgencyLink>;
/** Body of `POST /staff/agency-requests/{id}/complete`. */
export const AgencyComplete = z.object({ note: z.optional(text(500)) });
export type AgencyComplete = z.input<typeof AgencyComplete>;
/** Body of `POST /staff/agency-requests/{id}/cancel`: the reason is required. */
export const AgencyCancel = z.object({ reason: text(500) });
export type AgencyCancel = z.input<typeof AgencyCancel>;

/** A staff member of the caller's department, who may be assigned as an agent. */
export const Colleague = z.object({ userId: Id, name: z.string(), roles: z.array(z.string()) });
export const ColleagueList = z.object({ items: z.array(Colleague) });
export type ColleagueList = z.infer<typeof ColleagueList>;
