import { z } from './zod.ts';
import { DateString, Id, PageQuery, Timestamp, page, text } from './common.ts';
import { AddressInput, DivisionRef } from './addresses.ts';
import { FormData } from './forms.ts';
import {
  APPLICATION_NUMBER_PATTERN,
  APPLICATION_STATUSES,
  QUERY_CODE_PATTERN,
  SPECIAL_PROCEDURE_KINDS,
  STAGES,
} from './values/applications.ts';

export {
  APPLICATION_NUMBER_PATTERN,
  APPLICATION_STATUSES,
  EVALUATION_INDICATORS,
  QUERY_CODE_PATTERN,
  SPECIAL_PROCEDURE_KINDS,
  SPECIAL_PROCEDURE_KIND_LABELS,
  STAGES,
} from './values/applications.ts';
export { isApplicationNumber, isQueryCode } from './values/applications.ts';

export const ApplicationStatus = z.enum(APPLICATION_STATUSES);
export type ApplicationStatus = z.infer<typeof ApplicationStatus>;

export const StageKey = z.enum(STAGES);
export type StageKey = z.infer<typeof StageKey>;

/** 申报号: `YW` + date + sequence, e.g. YW2026112800001. */
export const ApplicationNumber = z.string().check(z.regex(APPLICATION_NUMBER_PATTERN));
/** 查询码: six characters handed to the applicant at submission for anonymous progress queries. */
export const QueryCode = z.string().check(z.regex(QUERY_CODE_PATTERN));

/** How a material is provided: uploaded files, or an e-license of the applicant. */
export const MaterialProvision = z.union([
  z.object({ materialId: Id, fileIds: z.array(Id).check(z.minLength(1), z.maxLength(20)) }),
  z.object({ materialId: Id, licenseId: Id }),
]);
export type MaterialProvision = z.infer<typeof MaterialProvision>;

export const DeliveryChoice = z.union([
  z.object({ method: z.literal('pickup') }),
  z.object({ method: z.literal('express'), address: AddressInput }),
]);
export type DeliveryChoice = z.input<typeof DeliveryChoice>;

/** Body of `POST /applications`. */
/**
 * Answers to the guide's 多情形 questions: situation id → the chosen option id (or ids, where
 * the question allows several). The server requires exactly the conditional materials they call for.
 */
export const SituationAnswers = z.record(Id, z.union([Id, z.array(Id).check(z.maxLength(50))]));
export type SituationAnswers = z.infer<typeof SituationAnswers>;

export const ApplicationCreate = z.object({
  itemId: Id,
  formId: Id,
  /** The form version the data was filled with (any published version); default the latest. Recorded with the application. */
  formVersion: z.optional(z.int().check(z.minimum(1))),
  data: FormData,
  /**
   * The 多情形 answers. A form field with `situation` answers its question too; where both are
   * given they must agree.
   */
  situations: z.optional(SituationAnswers),
  materials: z.array(MaterialProvision).check(z.maxLength(100)),
  /** `online`: processed fully online; `offline`: the applicant books a hall visit. */
  channel: z.enum(['online', 'offline']),
  delivery: DeliveryChoice,
});
export type ApplicationCreate = z.input<typeof ApplicationCreate>;

/** An application as listed to its owner. Personal data is masked. */
export const ApplicationSummary = z.object({
  number: ApplicationNumber,
  itemId: Id,
  itemName: z.string(),
  departmentName: z.string(),
  status: ApplicationStatus,
  applicantName: z.string(),
  submittedAt: Timestamp,
  updatedAt: Timestamp,
  dueDate: z.nullable(DateString),
});
export type ApplicationSummary = z.infer<typeof ApplicationSummary>;

export const ApplicationPage = page(ApplicationSummary);
export const ApplicationListQuery = z.extend(PageQuery, { status: z.optional(ApplicationStatus) });

/** What `POST /applications` returns: the number and the query code to keep. */
export const ApplicationReceipt = z.extend(ApplicationSummary, {
  queryCode: QueryCode,
});
export type ApplicationReceipt = z.infer<typeof ApplicationReceipt>;

export const StageState = z.enum(['done', 'current', 'pending', 'skipped']);
export const Stage = z.object({
  key: StageKey,
  state: StageState,
  startedAt: z.nullable(Timestamp),
  finishedAt: z.nullable(Timestamp),
  department: z.nullable(z.string()),
});
export type Stage = z.infer<typeof Stage>;

/** One department's part in parallel review (并行办理). */
export const Track = z.object({
  /** The department's name. */
  department: z.string(),
  /** The department's catalog id (absent on tracks opened by name through the operator endpoint). */
  departmentId: z.optional(Id),
  state: z.enum(['pending', 'in_progress', 'approved', 'denied', 'supplement_requested']),
  startedAt: z.nullable(Timestamp),
  finishedAt: z.nullable(Timestamp),
  opinion: z.nullable(z.string()),
});
export type Track = z.infer<typeof Track>;

/**
 * Who made a transition happen. A staff member's name is masked (王*) for the
 * applicant and anyone with the query code; staff see it in full. No one sees
 * a staff member's user id or identity number here.
 */
export const EventActor = z.object({
  kind: z.enum(['staff', 'applicant', 'system']),
  name: z.string(),
  /** The staff member's department (its name). */
  department: z.optional(z.string()),
});
export type EventActor = z.infer<typeof EventActor>;

/** One transition of the lifecycle. */
export const ApplicationEvent = z.object({
  at: Timestamp,
  from: z.nullable(ApplicationStatus),
  to: ApplicationStatus,
  department: z.string(),
  message: z.string(),
  /** Who acted, when the server knows (absent on older events and from older servers). */
  actor: z.optional(EventActor),
});
export type ApplicationEvent = z.infer<typeof ApplicationEvent>;

export const SpecialProcedureKind = z.enum(SPECIAL_PROCEDURE_KINDS);
export type SpecialProcedureKind = z.infer<typeof SpecialProcedureKind>;

/** A special procedure that stopped the clock: since when, why, and how long staff expect it to take. */
export const Suspension = z.object({
  procedure: SpecialProcedureKind,
  reason: z.string(),
  since: Timestamp,
  /** Working days staff expect it to take (null: not said). */
  expectedWorkingDays: z.nullable(z.int().check(z.positive())),
  /** The day it is expected to end, from `expectedWorkingDays` (null: not said). */
  expectedEnd: z.nullable(DateString),
});
export type Suspension = z.infer<typeof Suspension>;

/** The promised time limit, in working days from acceptance. */
export const Deadline = z.object({
  promisedDays: z.int(),
  legalDays: z.int(),
  startDate: DateString,
  dueDate: DateString,
  workingDaysUsed: z.int().check(z.nonnegative()),
  /** Negative when overdue. */
  workingDaysLeft: z.int(),
  overdue: z.boolean(),
  /** The clock is stopped: supplement or a special procedure in progress. */
  paused: z.boolean(),
  /** Working days that did not count (supplement, special procedures). */
  pausedDays: z.int().check(z.nonnegative()),
  /**
   * The due date lies past the last day the server's holiday table covers (the
   * next year's 放假安排 is not yet published): it is counted with weekends only,
   * so it is an estimate. Absent from older servers.
   */
  estimated: z.optional(z.boolean()),
  /** The clock is stopped by a special procedure (特别程序) in progress (absent from older servers). */
  suspended: z.optional(z.boolean()),
  /** The share of `pausedDays` spent in special procedures (absent from older servers). */
  suspendedDays: z.optional(z.int().check(z.nonnegative())),
  /** Working days added by extensions (延期); the due date includes them (absent from older servers). */
  extendedDays: z.optional(z.int().check(z.nonnegative())),
  /** The special procedure that stops the clock now, if one does. */
  suspension: z.optional(z.nullable(Suspension)),
});
export type Deadline = z.infer<typeof Deadline>;

export const SupplementRequest = z.object({
  id: Id,
  reason: z.string(),
  materials: z.array(z.object({ materialId: Id, name: z.string(), note: z.nullable(z.string()) })),
  requestedAt: Timestamp,
  dueDate: DateString,
  respondedAt: z.nullable(Timestamp),
  /** The due date lies past the last day the holiday table covers: an estimate (absent from older servers). */
  estimated: z.optional(z.boolean()),
});
export type SupplementRequest = z.infer<typeof SupplementRequest>;

/**
 * A 容缺 material: deferred at submission (the guide lets it follow after
 * acceptance), owed by the applicant until `dueDate` (working days from submission).
 */
export const DeferredMaterial = z.object({
  materialId: Id,
  name: z.string(),
  dueDate: DateString,
  /** When the applicant supplied it; null while owed. */
  suppliedAt: z.nullable(Timestamp),
  /** Still owed after its due date. */
  overdue: z.boolean(),
  /** The due date lies past the last day the holiday table covers: an estimate (absent from older servers). */
  estimated: z.optional(z.boolean()),
});
export type DeferredMaterial = z.infer<typeof DeferredMaterial>;

/** Body of `POST /applications/{number}/deferred-materials`: owed 容缺 materials, each clearing its ledger line. */
export const DeferredSupply = z.object({
  materials: z.array(MaterialProvision).check(z.minLength(1), z.maxLength(50)),
});
export type DeferredSupply = z.input<typeof DeferredSupply>;

export const TrackingEvent = z.object({ at: Timestamp, location: z.string(), description: z.string() });

export const Delivery = z.object({
  method: z.enum(['express', 'pickup']),
  carrier: z.nullable(z.literal('EMS')),
  waybillNumber: z.nullable(z.string()),
  status: z.enum(['pending', 'in_transit', 'delivered']),
  /** Recipient masked (张*), mobile masked. */
  recipient: z.nullable(z.string()),
  mobile: z.nullable(z.string()),
  divisionPath: z.array(DivisionRef),
  events: z.array(TrackingEvent),
  pickupPlace: z.nullable(z.string()),
});
export type Delivery = z.infer<typeof Delivery>;

export const Outcome = z.enum(['approved', 'denied', 'not_accepted']);

export const Result = z.object({
  outcome: Outcome,
  reason: z.nullable(z.string()),
  documentName: z.nullable(z.string()),
  licenseId: z.nullable(Id),
  /** Relative to the API base; only for the owner. */
  downloadPath: z.nullable(z.string()),
  issuedAt: Timestamp,
});
export type Result = z.infer<typeof Result>;

/** 好差评 levels, 5 非常满意 … 1 非常不满意. */
export const Rating = z.int().check(z.minimum(1), z.maximum(5));

const Indicators = z.object({
  overall: Rating,
  efficiency: Rating,
  guideAccuracy: Rating,
  convenience: Rating,
  platformUsability: Rating,
});

/** Body of an evaluation. A rating of 2 or lower needs a comment saying what went wrong. */
export const EvaluationCreate = z
  .object({
    level: Rating,
    indicators: Indicators,
    tags: z.array(text(20)).check(z.maxLength(10)),
    comment: z.optional(z.string().check(z.trim(), z.maxLength(500))),
  })
  .check(
    z.refine((e) => e.level > 2 || (e.comment ?? '').length > 0, {
      message: 'A comment is required for a rating of 2 or lower',
      path: ['comment'],
    }),
  );
export type EvaluationCreate = z.input<typeof EvaluationCreate>;

/**
 * The handling department's 整改 of a 差评 (a rating of `BAD_EVALUATION_MAX_LEVEL`
 * or lower): what verifying the complaint found, what was done about it, and the
 * follow-up call to the applicant (回访) — whether they were reached and what
 * they said. One per evaluation; it is the department's account to the applicant.
 */
export const Rectification = z.object({
  /** 核实情况: what the department found when it checked the complaint. */
  finding: z.string(),
  /** 整改措施: what was done. */
  measures: z.string(),
  /** 回访: whether the applicant was reached and told the result. */
  contacted: z.boolean(),
  /** The applicant's response on the follow-up call; null when not reached. */
  applicantResponse: z.nullable(z.string()),
  recordedAt: Timestamp,
  /** Who recorded it: the staff member (masked for the applicant) and the department's name. */
  by: z.object({ name: z.string(), department: z.string() }),
});
export type Rectification = z.infer<typeof Rectification>;

export const Evaluation = z.object({
  level: Rating,
  indicators: Indicators,
  tags: z.array(z.string()),
  comment: z.nullable(z.string()),
  createdAt: Timestamp,
  /** The 整改 of a 差评, once the department recorded it (absent: none, or an older server). */
  rectification: z.optional(z.nullable(Rectification)),
});
export type Evaluation = z.infer<typeof Evaluation>;

/** Everything a tracker shows of one application. */
/**
 * An appointment at the hall for an application on the offline channel: when
 * (a working day and hour, Beijing time), where (the hall and window), and what
 * to bring. Setting it again replaces it.
 */
export const Appointment = z.object({
  at: Timestamp,
  place: z.string(),
  bring: z.array(z.string()),
  /** When staff set (or last changed) it. */
  setAt: Timestamp,
});
export type Appointment = z.infer<typeof Appointment>;

export const Progress = z.object({
  number: ApplicationNumber,
  itemId: Id,
  itemName: z.string(),
  departmentName: z.string(),
  status: ApplicationStatus,
  applicantName: z.string(),
  submittedAt: Timestamp,
  stages: z.array(Stage),
  tracks: z.array(Track),
  events: z.array(ApplicationEvent),
  deadline: z.nullable(Deadline),
  supplement: z.nullable(SupplementRequest),
  /** The 容缺 ledger (absent from older servers). */
  deferred: z.optional(z.array(DeferredMaterial)),
  delivery: z.nullable(Delivery),
  result: z.nullable(Result),
  evaluation: z.nullable(Evaluation),
  /** The appointment at the hall (offline channel), if staff set one (absent from older servers). */
  appointment: z.optional(z.nullable(Appointment)),
  canWithdraw: z.boolean(),
  canEvaluate: z.boolean(),
});
export type Progress = z.infer<typeof Progress>;

export const NumberParams = z.object({ number: ApplicationNumber });
/** Anonymous access needs the query code; the signed-in owner may omit it. */
export const ProgressQuery = z.object({ queryCode: z.optional(QueryCode) });

export const SupplementResponse = z.object({
  supplementId: Id,
  materials: z.array(MaterialProvision).check(z.minLength(1), z.maxLength(50)),
  note: z.optional(z.string().check(z.trim(), z.maxLength(500))),
});
export type SupplementResponse = z.input<typeof SupplementResponse>;

export const WithdrawRequest = z.object({ reason: text(200) });

/**
 * Operator actions that move an application through its lifecycle, for demos,
 * tests and back-office integrations. Each is checked against the state machine.
 */
export const OperatorAction = z.union([
  z.object({ action: z.literal('prereview'), message: z.optional(z.string()) }),
  z.object({ action: z.literal('accept'), message: z.optional(z.string()) }),
  z.object({ action: z.literal('reject'), reason: text(500) }),
  z.object({
    action: z.literal('request_supplement'),
    reason: text(500),
    materials: z.array(z.object({ materialId: Id, note: z.optional(z.string()) })).check(z.minLength(1)),
    dueWorkingDays: z.optional(z.int().check(z.minimum(1), z.maximum(60))),
  }),
  z.object({ action: z.literal('start_review'), departments: z.array(text(50)).check(z.minLength(1), z.maxLength(10)) }),
  z.object({
    action: z.literal('track_decision'),
    department: text(50),
    outcome: z.enum(['approved', 'denied']),
    opinion: z.optional(z.string()),
  }),
  z.object({ action: z.literal('decide'), outcome: z.enum(['approved', 'denied']), reason: z.optional(z.string()) }),
  z.object({
    action: z.literal('certify'),
    documentName: z.optional(z.string()),
    /** Last day the issued e-license is valid; null or absent: no expiry. */
    validUntil: z.optional(z.nullable(DateString)),
  }),
  z.object({ action: z.literal('ship'), waybillNumber: z.optional(z.string()) }),
  z.object({
    action: z.literal('delivery_event'),
    location: text(100),
    description: text(200),
    delivered: z.optional(z.boolean()),
  }),
  z.object({ action: z.literal('complete'), message: z.optional(z.string()) }),
  /** Do whatever comes next with default values: handy for demos. */
  z.object({ action: z.literal('advance') }),
]);
export type OperatorAction = z.input<typeof OperatorAction>;

/** Set the server's simulated clock (operator only); `null` returns to real time. */
export const ClockSet = z.object({ now: z.nullable(Timestamp) });
export const Clock = z.object({ now: Timestamp, simulated: z.boolean() });
