// The department side: staff roles, the staff directory, a department's case
// queue and the audited case view.
import { z } from './zod.ts';
import { Id, PageQuery, QueryBool, Timestamp, page, text } from './common.ts';
import { isValidIdCard, normalizeIdCard } from './validators/index.ts';
import {
  ApplicationEvent,
  ApplicationNumber,
  ApplicationStatus,
  Deadline,
  DeliveryChoice,
  MaterialProvision,
  Result,
  SupplementRequest,
} from './applications.ts';
import { FormData } from './forms.ts';

/**
 * What a staff member may do: 受理 (accept or refuse applications), 审查 (review),
 * 制证 (make certificates), 寄递 (post results), 部门管理员 (manage the department's
 * staff) and 平台管理员 (everything an administrator may, across departments).
 */
export const STAFF_ROLES = ['intake', 'review', 'certificate', 'dispatch', 'department_admin', 'platform_admin'] as const;
export const StaffRole = z.enum(STAFF_ROLES);
export type StaffRole = z.infer<typeof StaffRole>;

/** The roles' names, for people. */
export const STAFF_ROLE_LABELS: Readonly<Record<StaffRole, { zh: string; en: string }>> = {
  intake: { zh: '受理', en: 'Intake' },
  review: { zh: '审查', en: 'Review' },
  certificate: { zh: '制证', en: 'Certificate issuing' },
  dispatch: { zh: '寄递', en: 'Dispatch' },
  department_admin: { zh: '部门管理员', en: 'Department administrator' },
  platform_admin: { zh: '平台管理员', en: 'Platform administrator' },
};

/** A 居民身份证 number with a valid check character, upper-cased. */
const IdNumber = z
  .pipe(
    z.string().check(z.trim()),
    z.transform((s) => normalizeIdCard(s)),
  )
  .check(z.refine((s) => isValidIdCard(s), { message: 'Not a valid identity number (GB 11643)' }));

/**
 * Body of `PUT /admin/staff`: the directory entry of the person with this
 * identity number (replacing the one there is). The server keeps only a keyed
 * hash of the number and its masked form.
 */
export const StaffEntryPut = z.object({
  idNumber: IdNumber,
  name: text(50),
  /** A catalog department id (`GET /departments`). */
  department: Id,
  roles: z.array(StaffRole).check(z.minLength(1), z.maxLength(STAFF_ROLES.length)),
});
export type StaffEntryPut = z.input<typeof StaffEntryPut>;

/** A staff directory entry: who, with the identity number masked, and what they may do where. */
export const StaffEntry = z.object({
  id: Id,
  name: z.string(),
  idNumberMasked: z.string(),
  department: Id,
  roles: z.array(StaffRole),
  updatedAt: Timestamp,
});
export type StaffEntry = z.infer<typeof StaffEntry>;

export const StaffEntryList = z.object({ items: z.array(StaffEntry) });
export type StaffEntryList = z.infer<typeof StaffEntryList>;
export const StaffEntryQuery = z.object({ department: z.optional(Id) });
export const StaffEntryParams = z.object({ id: Id });

/** A department's open cases by default; `status` lists one status (closed ones too), `overdue` the late ones. */
export const StaffCaseQuery = z.extend(PageQuery, {
  status: z.optional(ApplicationStatus),
  itemId: z.optional(Id),
  overdue: z.optional(QueryBool),
});

/** One line of a department's queue. The applicant's name is masked: the full case is the audited view. */
export const StaffCaseSummary = z.object({
  number: ApplicationNumber,
  itemId: Id,
  itemName: z.string(),
  department: Id,
  status: ApplicationStatus,
  applicantName: z.string(),
  submittedAt: Timestamp,
  updatedAt: Timestamp,
  /** The promised time limit once accepted; null before. */
  deadline: z.nullable(Deadline),
});
export type StaffCaseSummary = z.infer<typeof StaffCaseSummary>;

export const StaffCasePage = page(StaffCaseSummary);
export type StaffCasePage = z.infer<typeof StaffCasePage>;

/** Which of a case's personal data a case view shows (and the audit log records). */
export const CASE_VIEW_FIELDS = ['applicant', 'answers', 'materials', 'delivery'] as const;
export const CaseViewField = z.enum(CASE_VIEW_FIELDS);

/** A case as its department's staff see it: the applicant's answers and materials in the clear. Every view is audited. */
export const StaffCase = z.extend(StaffCaseSummary, {
  /** The applicant's full name. */
  applicantName: z.string(),
  /** The form's answers (null: applied at the hall, without an online form). */
  formId: z.nullable(Id),
  answers: FormData,
  channel: z.enum(['online', 'offline']),
  materials: z.array(z.object({ provision: MaterialProvision, name: z.nullable(z.string()) })),
  delivery: DeliveryChoice,
  events: z.array(ApplicationEvent),
  supplement: z.nullable(SupplementRequest),
  result: z.nullable(Result),
  /** The personal data this answer holds, as the audit row records them. */
  viewedFields: z.array(CaseViewField),
});
export type StaffCase = z.infer<typeof StaffCase>;

/** Body of `POST /staff/cases/{number}/accept` (受理). */
export const CaseAccept = z.object({ message: z.optional(text(500)) });
/** Body of `POST /staff/cases/{number}/reject` (不予受理): the reason is required. */
export const CaseReject = z.object({ reason: text(500) });

/** One audited view of a case's personal data. */
export const CaseViewAudit = z.object({
  id: Id,
  at: Timestamp,
  /** The staff member's user id, name and department. */
  staff: z.object({ userId: Id, name: z.string(), department: Id }),
  number: ApplicationNumber,
  fields: z.array(CaseViewField),
});
export type CaseViewAudit = z.infer<typeof CaseViewAudit>;

export const CaseViewAuditPage = page(CaseViewAudit);
export type CaseViewAuditPage = z.infer<typeof CaseViewAuditPage>;
export const CaseViewAuditQuery = z.extend(PageQuery, {
  number: z.optional(ApplicationNumber),
  department: z.optional(Id),
});
