// The department side: staff roles, the staff directory, a department's case
// queue and the audited case view.
import { z } from './zod.ts';
import { DateString, Id, PageQuery, QueryBool, Timestamp, page, text } from './common.ts';
import { isValidIdCard, normalizeIdCard } from './validators/index.ts';
import {
  Appointment,
  ApplicationEvent,
  ApplicationNumber,
  ApplicationStatus,
  Deadline,
  DeferredMaterial,
  DeliveryChoice,
  Evaluation,
  MaterialProvision,
  Result,
  SpecialProcedureKind,
  SupplementRequest,
  Track,
} from './applications.ts';
import { FormData } from './forms.ts';
import { FileMeta } from './files.ts';
import { License } from './licenses.ts';
import type { STAFF_ACTIONS } from './values/staff.ts';
import { MAX_EXTENSION_WORKING_DAYS, STAFF_ROLES } from './values/staff.ts';

export {
  APPOINTMENT_HOURS,
  MAX_EXTENSION_WORKING_DAYS,
  STAFF_ACTIONS,
  STAFF_ACTION_FROM,
  STAFF_ROLES,
  STAFF_ROLE_LABELS,
} from './values/staff.ts';

export const StaffRole = z.enum(STAFF_ROLES);
export type StaffRole = z.infer<typeof StaffRole>;

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

/**
 * A department's open cases by default (its own, and those with a review track
 * of the department); `status` lists one status (closed ones too), `overdue` the
 * late ones, `supplement` those waiting for a 补正, `owed` those with 容缺
 * materials outstanding, `dueWithin` those with at most N working days left (overdue included).
 */
export const StaffCaseQuery = z.extend(PageQuery, {
  status: z.optional(ApplicationStatus),
  itemId: z.optional(Id),
  overdue: z.optional(QueryBool),
  supplement: z.optional(QueryBool),
  owed: z.optional(QueryBool),
  dueWithin: z.optional(z.coerce.number().check(z.int(), z.minimum(0), z.maximum(60))),
  /** Offline-channel cases without an appointment to come yet (true), or the others (false). */
  needsAppointment: z.optional(QueryBool),
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
  /** Due date of the open 补正 request, if one waits for the applicant (absent from older servers). */
  supplementDue: z.optional(z.nullable(DateString)),
  /** 容缺 materials still owed, and how many of them are past their due date (absent from older servers). */
  owed: z.optional(z.object({ outstanding: z.int().check(z.nonnegative()), overdue: z.int().check(z.nonnegative()) })),
  /** The caller's department reviews this case beside the lead department (并联审查) rather than leading it. */
  coHandling: z.optional(z.boolean()),
  /** How the applicant hands in the case: online, or at the hall (offline) by appointment (absent from older servers). */
  channel: z.optional(z.enum(['online', 'offline'])),
  /** The appointment at the hall, if one is set (absent from older servers). */
  appointment: z.optional(z.nullable(Appointment)),
});
export type StaffCaseSummary = z.infer<typeof StaffCaseSummary>;

export const StaffCasePage = page(StaffCaseSummary);
export type StaffCasePage = z.infer<typeof StaffCasePage>;

/**
 * What an audited view showed: the case view shows `applicant`, `answers`, `materials` and `delivery`, and
 * `licenses` when the case used e-licenses; opening one of the applicant's files is `files`.
 */
export const CASE_VIEW_FIELDS = ['applicant', 'answers', 'materials', 'delivery', 'files', 'licenses'] as const;
export const CaseViewField = z.enum(CASE_VIEW_FIELDS);

/** What the applicant supplied in answer to the latest 补正 request: files (openable by staff) or e-licenses. */
export const StaffSupplementAnswer = z.object({
  supplementId: Id,
  respondedAt: Timestamp,
  note: z.nullable(z.string()),
  materials: z.array(
    z.object({
      materialId: Id,
      name: z.nullable(z.string()),
      /** The files supplied (`GET /staff/cases/{number}/files/{fileId}` opens one); empty for an e-license. */
      files: z.array(FileMeta),
      /** The e-license supplied instead of files, or null. */
      licenseId: z.nullable(Id),
    }),
  ),
});
export type StaffSupplementAnswer = z.infer<typeof StaffSupplementAnswer>;

/**
 * Where a case used an e-license: for a material of the guide (`material`), in a form answer (`form`: the
 * answer's path in `answers`, e.g. `partners.0.idLicense`, and the field's label) or in answer to a 补正
 * request (`supplement`).
 */
export const StaffLicenseUse = z.object({
  source: z.enum(['material', 'form', 'supplement']),
  materialId: z.nullable(Id),
  materialName: z.nullable(z.string()),
  path: z.nullable(z.string()),
  label: z.nullable(z.string()),
});
export type StaffLicenseUse = z.infer<typeof StaffLicenseUse>;

/**
 * An e-license a case used, as the license store has it now. `status` is as of the view: a license
 * past its `validUntil` is `expired` even where the store still says valid. `number` is the store's
 * (which keeps identity numbers masked); the case view shows it under its audit row (`licenses`).
 */
export const StaffCaseLicense = z.extend(
  z.pick(License, { id: true, type: true, name: true, number: true, holder: true, issuer: true, validUntil: true, status: true }),
  {
    usedIn: z.array(StaffLicenseUse),
  },
);
export type StaffCaseLicense = z.infer<typeof StaffCaseLicense>;

export const CaseFileParams = z.object({ number: ApplicationNumber, fileId: Id });

/** A case as its department's staff see it: the applicant's answers and materials in the clear. Every view is audited. */
export const StaffCase = z.extend(StaffCaseSummary, {
  /** The applicant's full name. */
  applicantName: z.string(),
  /** The form's answers (null: applied at the hall, without an online form). */
  formId: z.nullable(Id),
  answers: FormData,
  channel: z.enum(['online', 'offline']),
  materials: z.array(z.object({ provision: MaterialProvision, name: z.nullable(z.string()) })),
  /**
   * The applicant's files of the case (the materials', the form's uploads, 补正 and 容缺 supplies) with their
   * names and sizes, by which the desk names what it opens (`GET /staff/cases/{number}/files/{fileId}`,
   * each opening audited). Absent from older servers.
   */
  files: z.optional(z.array(FileMeta)),
  /** Each e-license the case used (materials, form answers, 补正 answers), once, with where it was used (absent from older servers). */
  licenses: z.optional(z.array(StaffCaseLicense)),
  delivery: DeliveryChoice,
  events: z.array(ApplicationEvent),
  supplement: z.nullable(SupplementRequest),
  /** The applicant's answer to the latest 补正 request, once given (absent from older servers). */
  supplementAnswer: z.optional(z.nullable(StaffSupplementAnswer)),
  /** Review tracks, one per department (并联审查). */
  tracks: z.optional(z.array(Track)),
  /** The 容缺 ledger. */
  deferred: z.optional(z.array(DeferredMaterial)),
  result: z.nullable(Result),
  /** The applicant's 好差评 with its 整改 record, once they rated the case (absent from older servers). */
  evaluation: z.optional(z.nullable(Evaluation)),
  /** The personal data this answer holds, as the audit row records them. */
  viewedFields: z.array(CaseViewField),
});
export type StaffCase = z.infer<typeof StaffCase>;

export type StaffAction = (typeof STAFF_ACTIONS)[number];

/**
 * Extensions (延期) a case may have by default: one, as 行政许可法 art. 42 allows
 * one extension approved by the department's head. A deployment may allow more.
 */
export const DEFAULT_MAX_EXTENSIONS = 1;

/** Body of `POST /staff/cases/{number}/accept` (受理). */
export const CaseAccept = z.object({ message: z.optional(text(500)) });
/** Body of `POST /staff/cases/{number}/reject` (不予受理): the reason is required. */
export const CaseReject = z.object({ reason: text(500) });

/**
 * Body of `POST /staff/cases/{number}/supplement` (要求补正): what is missing, item
 * by item (a material of the item's guide and why), and the working days the
 * applicant has (the server's default when absent).
 */
export const CaseSupplement = z.object({
  reason: text(500),
  materials: z.array(z.object({ materialId: Id, note: text(200) })).check(z.minLength(1), z.maxLength(50)),
  dueWorkingDays: z.optional(z.int().check(z.minimum(1), z.maximum(60))),
});
export type CaseSupplement = z.input<typeof CaseSupplement>;

/**
 * Body of `POST /staff/cases/{number}/tracks` (并联审查): the co-handling
 * departments (catalog ids) besides the lead department, whose own track is always opened.
 */
export const CaseTracksOpen = z.object({
  departments: z.array(Id).check(z.maxLength(10)),
});
export type CaseTracksOpen = z.input<typeof CaseTracksOpen>;

/** Body of `POST /staff/cases/{number}/tracks/{department}/decision`: one department's opinion; a denial says why. */
export const CaseTrackDecision = z.object({ outcome: z.enum(['approved', 'denied']), opinion: z.optional(text(500)) }).check(
  z.refine((v) => v.outcome === 'approved' || v.opinion !== undefined, {
    message: 'An opinion is required for a denial',
    path: ['opinion'],
  }),
);
export type CaseTrackDecision = z.input<typeof CaseTrackDecision>;

/** Body of `POST /staff/cases/{number}/decision` (决定): approve, or deny with the reason. */
export const CaseDecision = z.object({ outcome: z.enum(['approved', 'denied']), reason: z.optional(text(500)) }).check(
  z.refine((v) => v.outcome === 'approved' || v.reason !== undefined, {
    message: 'A reason is required for a denial',
    path: ['reason'],
  }),
);
export type CaseDecision = z.input<typeof CaseDecision>;

/** Body of `POST /staff/cases/{number}/certify` (制证): the document's name (the guide's result by default) and the e-license's last valid day (none: no expiry). */
export const CaseCertify = z.object({
  documentName: z.optional(text(100)),
  validUntil: z.optional(z.nullable(DateString)),
});
export type CaseCertify = z.input<typeof CaseCertify>;

/** Body of `POST /staff/cases/{number}/dispatch` (寄递): an EMS waybill number, or none to have the carrier issue one. */
export const CaseDispatch = z.object({ waybillNumber: z.optional(text(20)) });
export type CaseDispatch = z.input<typeof CaseDispatch>;

/** Body of `POST /staff/cases/{number}/complete` (办结). */
export const CaseComplete = z.object({ message: z.optional(text(500)) });

/**
 * Body of `POST /staff/cases/{number}/suspend`: a special procedure (特别程序)
 * starts and the clock stops; the reason is shown to the applicant, and the
 * working days it is expected to take are optional.
 */
export const CaseSuspend = z.object({
  procedure: SpecialProcedureKind,
  reason: text(500),
  expectedWorkingDays: z.optional(z.int().check(z.minimum(1), z.maximum(250))),
});
export type CaseSuspend = z.input<typeof CaseSuspend>;

/** Body of `POST /staff/cases/{number}/resume`: the special procedure ended; the clock runs again and the due date moves by the suspended working days. */
export const CaseResume = z.object({ message: z.optional(text(500)) });
export type CaseResume = z.input<typeof CaseResume>;

/**
 * Body of `POST /staff/cases/{number}/extend` (延期): working days added to the
 * due date and why. The lead department's reviewers only, and at most the
 * deployment's number of extensions per case (one by default).
 */
export const CaseExtend = z.object({
  workingDays: z.int().check(z.minimum(1), z.maximum(MAX_EXTENSION_WORKING_DAYS)),
  reason: text(500),
});
export type CaseExtend = z.input<typeof CaseExtend>;

/**
 * Body of `POST /staff/cases/{number}/appointment` (预约现场办理, offline channel
 * only): when — a working day, 09:00–17:00 Beijing time, after now on the
 * server's clock —, the hall and window, and what to bring (the desk prefills
 * the item's materials). Setting it again replaces the appointment.
 */
export const CaseAppointment = z.object({
  at: Timestamp,
  place: text(200),
  bring: z.array(text(200)).check(z.maxLength(50)),
});
export type CaseAppointment = z.input<typeof CaseAppointment>;

/**
 * Body of `POST /staff/cases/{number}/rectification` (差评整改): what checking the
 * complaint found, what was done, and the follow-up call (回访) — whether the
 * applicant was reached and, if so, their response (required then, refused otherwise).
 */
export const CaseRectification = z
  .object({
    finding: text(1000),
    measures: text(1000),
    contacted: z.boolean(),
    applicantResponse: z.optional(text(500)),
  })
  .check(
    z.refine((v) => !v.contacted || v.applicantResponse !== undefined, {
      message: "The applicant's response is required when they were contacted",
      path: ['applicantResponse'],
    }),
    z.refine((v) => v.contacted || v.applicantResponse === undefined, {
      message: 'A response needs the applicant to have been contacted',
      path: ['applicantResponse'],
    }),
  );
export type CaseRectification = z.input<typeof CaseRectification>;

/** A review track of a case: the case and the department (catalog id). */
export const TrackParams = z.object({ number: ApplicationNumber, department: Id });

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
