// The application lifecycle as data plus pure functions. Nothing
// here touches the database or the clock: every function takes the current
// snapshot and `env.now`, and returns the next snapshot with the events to
// append (and side effects, e.g. an e-license to issue). The applications and
// operator handlers persist them; seed/applications.ts runs the very same
// functions with back-dated times.
//
// State machine (status → status, by action):
//
//   action              from                                   to
//   (create)            —                                      submitted
//   prereview           submitted                              prereview
//   accept              prereview                              accepted
//   reject              prereview, supplement_requested¹       rejected            (不予受理, terminal)
//   request_supplement  prereview, reviewing                   supplement_requested
//   (accept, reject and request_supplement on a submitted case first enter prereview: staff
//    taking a case up is its pre-review, recorded as its own event)
//   (supplement expired) supplement_requested                  rejected¹ | decided² (denied), when the deployment
//                                                              ends unanswered requests (expireSupplement)
//   (applicant answers) supplement_requested                   prereview¹ | reviewing²
//   start_review        accepted                               reviewing           (one track per department; staff
//                                                              open them by department id: the lead's and co-handlers')
//   track_decision      reviewing                              reviewing           (one track approved/denied)
//   decide              reviewing (every track decided)        decided
//   certify             decided (approved, with a document)    certifying          (制证)
//   ship                certifying                             delivering          (EMS waybill, or ready for pickup)
//   delivery_event      delivering                             completed when `delivered`; else no transition,
//                                                              only a tracking event of the delivery (typed by hand:
//                                                              the carrier's events are no longer recorded)
//   (carrier event)     delivering                             completed at the carrier's 已签收 event; else no
//                                                              transition (recordTracking, when the case is read)
//   complete            delivering                             completed           (signed for / picked up)
//   complete            decided (denied, or approved without a document)  completed
//   withdraw            submitted, prereview, supplement_requested, accepted, reviewing → withdrawn (terminal)
//   (supply deferred)   any open status                        the same status     (a 容缺 material owed since
//                                                              submission is supplied; its ledger line clears)
//   suspend             accepted, reviewing (clock running)    the same status     (a special procedure, 特别程序,
//                                                              stops the clock)
//   resume              accepted, reviewing (suspended)        the same status     (the clock runs again)
//   extend              accepted, reviewing                    the same status     (延期: working days added, at most
//                                                              `maxExtensions` times)
//   (rectify)           completed, rated a 差评                 completed           (the department's 整改 record,
//                                                              once per evaluation; notifies the applicant)
//   set_appointment     submitted … reviewing (STAFF_ACTION_FROM.appointment)  the same status (预约现场办理 of an
//                                                              offline-channel case: time, place, what to bring;
//                                                              setting it again replaces it, another event)
//
//   ¹ a supplement requested during prereview; ² one requested during review.
//
// Decisions: `decide` needs every parallel track decided. The operator states the
// outcome; a denied track does not force it (the lead department may overrule a
// track's opinion), but `advance` decides `denied` when any track was denied.
//
// Pickup: after certifying, `ship` marks the result ready at the window (status
// delivering, delivery `pending`, with the pickup place); `complete` records that
// the applicant picked it up. Express: `ship` creates the EMS waybill; tracking
// events follow; a `delivered` event (or `complete`) completes the application.
//
// EMS waybills: 13-digit domestic EMS numbers (what applicants see on a 政务 EMS
// envelope), generated as `11` + 11 random digits. An operator may also give a
// UPU S10 number (e.g. `EA123456785CN`), which is checked for its check digit.
//
// Deadline: the promised working days count from the Beijing date of acceptance
// (that day is day 0). Working days while a supplement requested during review is
// open do not count: the clock pauses, and the due date moves later by the paused
// working days, counted over (request date, answer date]. Special procedures (特别程序: 听证, 检验检测,
// 专家评审 …) stop the clock the same way, from `suspend` to `resume`, counted over (suspend date,
// resume date]; while one runs no 补正 is requested and no decision made (resume first). Extensions
// (延期) add their working days to the limit. The clock stops at the decision (delivery time is not counted),
// or when the application is withdrawn. The due date is promised + extended + paused + suspended
// working days after the acceptance date; one past the holiday table's last day is an estimate.
import type {
  ApplicationStatus,
  Deadline,
  DeferredMaterial,
  Evaluation,
  EvaluationCreate,
  License,
  LicenseType,
  MaterialProvision,
  OperatorAction,
  PostalAddress,
  SpecialProcedureKind,
  SupplementRequest,
  Suspension,
  Track,
} from '@yiwang/contract';
import {
  APPOINTMENT_HOURS,
  BAD_EVALUATION_MAX_LEVEL,
  DEFAULT_MAX_EXTENSIONS,
  SPECIAL_PROCEDURE_KIND_LABELS,
  STAFF_ACTION_FROM,
} from '@yiwang/contract';
import { conflict, invalid } from '../http/errors.ts';
import type { Message } from '../http/errors.ts';
import { beijingDate, toIso } from '../domain/time.ts';
import type { WorkingCalendar } from '../domain/workdays.ts';
import { randomChars } from '../domain/ids.ts';

/** Where a supplement request interrupted the application. */
export type Phase = 'prereview' | 'review';

export interface StoredSupplement {
  id: string;
  phase: Phase;
  reason: string;
  materials: Array<{ materialId: string; name: string; note: string | null }>;
  requestedAt: string;
  dueDate: string;
  respondedAt: string | null;
  response: { materials: MaterialProvision[]; note: string | null } | null;
}

export interface StoredDelivery {
  method: 'express' | 'pickup';
  address: PostalAddress | null;
  /** Where the result is posted from (the department's city), for tracking events. */
  origin: string;
  pickupPlace: string | null;
  waybillNumber: string | null;
  status: 'pending' | 'in_transit' | 'delivered';
  events: Array<{ at: string; location: string; description: string }>;
  /**
   * Where the tracking events come from: `carrier` when the result was dispatched
   * by `ship` (the carrier adapter's events are recorded as they happen, see
   * `recordTracking`); `manual` once someone records a delivery event by hand
   * (the operator's `delivery_event`): from then on those are the record.
   * Absent on applications stored before carriers reported events: manual.
   */
  tracking?: 'carrier' | 'manual';
}

/** A 容缺 material owed since submission: one line of the ledger. */
export interface StoredDeferred {
  materialId: string;
  name: string;
  dueDate: string;
  suppliedAt: string | null;
  provision: MaterialProvision | null;
}

/** A special procedure (特别程序) that stopped the clock; `to` is null while it runs. */
export interface StoredSuspension {
  procedure: SpecialProcedureKind;
  reason: string;
  from: string;
  to: string | null;
  expectedWorkingDays: number | null;
}

/** An extension (延期) of the time limit. */
export interface StoredExtension {
  workingDays: number;
  reason: string;
  at: string;
}

/** The appointment at the hall of an offline-channel application. */
export interface StoredAppointment {
  /** An instant on a working day, 09:00–17:00 Beijing time. */
  at: string;
  place: string;
  bring: string[];
  setAt: string;
}

/** Hall hours an appointment may start in (Beijing time, minutes after midnight): the contract's 09:00 to 17:00. */
const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
export const APPOINTMENT_MINUTES = { from: minutesOf(APPOINTMENT_HOURS.from), to: minutesOf(APPOINTMENT_HOURS.to) } as const;

export interface StoredResult {
  outcome: 'approved' | 'denied' | 'not_accepted';
  reason: string | null;
  documentName: string | null;
  licenseId: string | null;
  issuedAt: string;
}

/** Everything about an application besides its status, as kept in `applications.state`. */
export interface ApplicationState {
  // Copied from the catalog at submission: a later catalog edit does not change a running application.
  itemName: string;
  departmentName: string;
  promisedDays: number;
  legalDays: number;
  resultName: string;
  resultType: 'license' | 'document' | 'none';
  resultLicenseType: LicenseType | null;
  /** Names of the guide's materials by id, for supplement requests. */
  materialNames: Record<string, string>;
  /** Full name (masked on output). */
  applicantName: string;
  acceptedAt: string | null;
  /** Deadline pauses (instants); `to` is null while open. */
  pauses: Array<{ from: string; to: string | null }>;
  /** Every supplement request, the latest last. */
  supplements: StoredSupplement[];
  /** The 容缺 ledger (absent on applications stored before it existed). */
  deferred?: StoredDeferred[];
  /** Special procedures that stopped the clock, the latest last (absent on older applications). */
  suspensions?: StoredSuspension[];
  /** Extensions of the time limit (absent on older applications). */
  extensions?: StoredExtension[];
  tracks: Track[];
  decision: { outcome: 'approved' | 'denied'; reason: string | null; at: string } | null;
  result: StoredResult | null;
  delivery: StoredDelivery;
  evaluation: Evaluation | null;
  /** The appointment at the hall (offline channel; absent on applications stored before it existed). */
  appointment?: StoredAppointment | null;
  /** When the application reached a terminal status. */
  finishedAt: string | null;
  /** Files and licenses the application refers to (form fields, materials, supplements). */
  fileIds: string[];
  licenseIds: string[];
}

export interface Snapshot {
  number: string;
  userId: string;
  status: ApplicationStatus;
  state: ApplicationState;
}

/**
 * Who made a transition happen, as stored: a staff member with their user id
 * and department (id and name); what each viewer sees of it is progress.ts's to say.
 */
export type StoredActor =
  | { kind: 'staff'; userId: string; name: string; department: string; departmentName: string }
  | { kind: 'applicant' | 'system'; name: string };

/** The actor of what the server does on its own by a rule (an expired 补正 request, the carrier's 已签收). */
export const SYSTEM_ACTOR: StoredActor = { kind: 'system', name: '系统' };

/** One recorded transition (`at` is an instant; the route stores it as timestamptz). */
export interface LifecycleEvent {
  at: Date;
  from: ApplicationStatus | null;
  to: ApplicationStatus;
  department: string;
  message: string;
  actor?: StoredActor;
  /**
   * What the outbox tells of an event beyond its status change: one that keeps
   * the status (an appointment, a 整改), or a status change the system made on
   * its own (an unanswered 补正 request ended). Not stored with the event:
   * notify/messages.ts reads it when the event is recorded.
   */
  notice?: 'appointment_set' | 'rectified' | 'supplement_expired';
}

/** An e-license the result issues to the applicant (一次生成、多方复用). */
export interface IssueLicense {
  kind: 'issueLicense';
  userId: string;
  license: License;
}
export type Effect = IssueLicense;

export interface Outcome {
  snapshot: Snapshot;
  events: LifecycleEvent[];
  effects: Effect[];
}

export interface LifecycleEnv {
  now: Date;
  calendar: WorkingCalendar;
  /** A fresh opaque id with a prefix; random by default. */
  newId?: (prefix: string) => string;
  /** A fresh EMS waybill number (the carrier's); random by default. */
  newWaybill?: () => string;
  /** Working days of a 补正 request when the action gives none. */
  supplementWorkingDays?: number;
  /** Extensions (延期) a case may have; DEFAULT_MAX_EXTENSIONS (one) when absent. */
  maxExtensions?: number;
}

/** Every status and where it may go next: the state machine as data. */
export const TRANSITIONS: Readonly<Record<ApplicationStatus, readonly ApplicationStatus[]>> = {
  submitted: ['prereview', 'withdrawn'],
  prereview: ['accepted', 'rejected', 'supplement_requested', 'withdrawn'],
  supplement_requested: ['prereview', 'reviewing', 'rejected', 'decided', 'withdrawn'],
  accepted: ['reviewing', 'withdrawn'],
  rejected: [],
  reviewing: ['reviewing', 'supplement_requested', 'decided', 'withdrawn'],
  decided: ['certifying', 'completed'],
  certifying: ['delivering'],
  delivering: ['completed'],
  completed: [],
  withdrawn: [],
};

/**
 * Which statuses each action starts from (further conditions are checked by the
 * action). The staff actions' are the contract's `STAFF_ACTION_FROM`, which the
 * desk offers by; the operator's further actions are kept here. Accepting, refusing or asking for a 补正 on a submitted case passes
 * through prereview first (see `applyAction`).
 */
export const ACTION_FROM: Readonly<Record<Action['action'], readonly ApplicationStatus[]>> = {
  prereview: ['submitted'],
  accept: STAFF_ACTION_FROM.accept,
  reject: STAFF_ACTION_FROM.reject,
  request_supplement: STAFF_ACTION_FROM.supplement,
  start_review: STAFF_ACTION_FROM.openTracks,
  track_decision: STAFF_ACTION_FROM.decideTrack,
  decide: STAFF_ACTION_FROM.decide,
  certify: STAFF_ACTION_FROM.certify,
  ship: STAFF_ACTION_FROM.dispatch,
  delivery_event: ['delivering'],
  complete: STAFF_ACTION_FROM.complete,
  set_appointment: STAFF_ACTION_FROM.appointment,
  advance: ['submitted', 'prereview', 'supplement_requested', 'accepted', 'reviewing', 'decided', 'certifying', 'delivering'],
  suspend: STAFF_ACTION_FROM.suspend,
  resume: STAFF_ACTION_FROM.resume,
  extend: STAFF_ACTION_FROM.extend,
};

/** Statuses from which the applicant may withdraw (not after a decision). */
export const WITHDRAWABLE: readonly ApplicationStatus[] = ['submitted', 'prereview', 'supplement_requested', 'accepted', 'reviewing'];

/** Terminal statuses. */
export const TERMINAL: readonly ApplicationStatus[] = ['rejected', 'completed', 'withdrawn'];

export const STATUS_NAMES: Readonly<Record<ApplicationStatus, Message>> = {
  submitted: { zh: '已提交', en: 'submitted' },
  prereview: { zh: '预审中', en: 'in pre-review' },
  supplement_requested: { zh: '待补正', en: 'waiting for a supplement' },
  accepted: { zh: '已受理', en: 'accepted' },
  rejected: { zh: '不予受理', en: 'not accepted' },
  reviewing: { zh: '审查中', en: 'under review' },
  decided: { zh: '已决定', en: 'decided' },
  certifying: { zh: '制证中', en: 'being certified' },
  delivering: { zh: '送达中', en: 'being delivered' },
  completed: { zh: '已办结', en: 'completed' },
  withdrawn: { zh: '已撤回', en: 'withdrawn' },
};

/** Default days an applicant has to answer a supplement request. */
export const SUPPLEMENT_WORKING_DAYS = 5;

/** Default working days from submission within which a 容缺 material is owed. */
export const DEFERRED_WORKING_DAYS = 10;

// ---------------------------------------------------------------------------
// Helpers

const ID_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

const defaultId = (prefix: string) => `${prefix}-${randomChars(ID_ALPHABET, 12)}`;

/** A 13-digit domestic EMS waybill number: `11` and 11 random digits. */
export function generateWaybill(): string {
  return `11${randomChars('0123456789', 11)}`;
}

const S10_WEIGHTS = [8, 6, 4, 2, 3, 5, 9, 7];

/** The UPU S10 check digit of 8 serial digits. */
export function s10CheckDigit(serial: string): number {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(serial[i]) * S10_WEIGHTS[i]!;
  const check = 11 - (sum % 11);
  return check === 10 ? 0 : check === 11 ? 5 : check;
}

/** A 13-digit domestic EMS number, or a UPU S10 number with a correct check digit. */
export function isValidWaybill(s: string): boolean {
  if (/^\d{13}$/.test(s)) return true;
  const m = /^[A-Z]{2}(\d{8})(\d)[A-Z]{2}$/.exec(s);
  return m !== null && s10CheckDigit(m[1]!) === Number(m[2]);
}

const clone = <T>(value: T): T => structuredClone(value);

function event(
  env: LifecycleEnv,
  from: ApplicationStatus | null,
  to: ApplicationStatus,
  department: string,
  message: string,
): LifecycleEvent {
  return { at: env.now, from, to, department, message };
}

function refuse(snapshot: Snapshot, what: Message): never {
  const status = STATUS_NAMES[snapshot.status];
  throw conflict({
    zh: `申请当前状态为“${status.zh}”，${what.zh}`,
    en: `The application is ${status.en}: ${what.en}`,
  });
}

function requireStatus(
  snapshot: Snapshot,
  action: Action['action'] | 'withdraw' | 'supplement' | 'rectify',
  allowed: readonly ApplicationStatus[],
): void {
  if (!allowed.includes(snapshot.status)) {
    refuse(snapshot, { zh: `不能执行“${ACTION_NAMES[action]}”操作`, en: `“${action}” is not possible now` });
  }
}

const ACTION_NAMES: Record<Action['action'] | 'withdraw' | 'supplement' | 'rectify', string> = {
  prereview: '预审',
  accept: '受理',
  reject: '不予受理',
  request_supplement: '要求补正',
  start_review: '开始审查',
  track_decision: '部门审查意见',
  decide: '作出决定',
  certify: '制证',
  ship: '送达',
  delivery_event: '物流跟踪',
  complete: '办结',
  advance: '推进',
  set_appointment: '预约现场办理',
  withdraw: '撤回',
  supplement: '补正',
  rectify: '差评整改',
  suspend: '暂停计时',
  resume: '恢复计时',
  extend: '延期',
};

const currentSupplement = (state: ApplicationState): StoredSupplement | null => state.supplements[state.supplements.length - 1] ?? null;

const undecided = (t: Track) => t.state !== 'approved' && t.state !== 'denied';

function closePauses(state: ApplicationState, at: string): void {
  for (const p of state.pauses) if (p.to === null) p.to = at;
}

/** The special procedure that stops the clock now, if one does. */
export const openSuspension = (state: ApplicationState): StoredSuspension | null => state.suspensions?.find((s) => s.to === null) ?? null;

function finish(next: Snapshot, to: ApplicationStatus, env: LifecycleEnv): void {
  next.status = to;
  if (TERMINAL.includes(to)) {
    next.state.finishedAt = toIso(env.now);
    closePauses(next.state, next.state.finishedAt);
    const running = openSuspension(next.state);
    if (running) running.to = next.state.finishedAt;
  }
}

// ---------------------------------------------------------------------------
// Creation

export interface NewApplication {
  number: string;
  userId: string;
  applicantName: string;
  item: {
    name: string;
    departmentName: string;
    promisedLimitDays: number;
    legalLimitDays: number;
    guide: {
      resultName: string;
      resultType: 'license' | 'document' | 'none';
      resultLicenseType: LicenseType | null;
      materials: ReadonlyArray<{ id: string; name: string }>;
    };
  };
  delivery:
    { method: 'pickup'; pickupPlace: string | null; origin: string } | { method: 'express'; address: PostalAddress; origin: string };
  fileIds: string[];
  licenseIds: string[];
  /** 容缺 materials deferred at submission: owed from now on. */
  deferred?: ReadonlyArray<{ id: string; name: string }>;
  /** Working days from submission within which they are owed. */
  deferredWorkingDays?: number;
}

/** A new application in `submitted`, with its first event (申请已提交). */
export function createApplication(input: NewApplication, env: LifecycleEnv): Outcome {
  const { item } = input;
  const state: ApplicationState = {
    itemName: item.name,
    departmentName: item.departmentName,
    promisedDays: item.promisedLimitDays,
    legalDays: item.legalLimitDays,
    resultName: item.guide.resultName,
    resultType: item.guide.resultType,
    resultLicenseType: item.guide.resultLicenseType,
    materialNames: Object.fromEntries(item.guide.materials.map((m) => [m.id, m.name])),
    applicantName: input.applicantName,
    acceptedAt: null,
    pauses: [],
    supplements: [],
    tracks: [],
    decision: null,
    result: null,
    delivery: {
      method: input.delivery.method,
      address: input.delivery.method === 'express' ? input.delivery.address : null,
      origin: input.delivery.origin,
      pickupPlace: input.delivery.method === 'pickup' ? input.delivery.pickupPlace : null,
      waybillNumber: null,
      status: 'pending',
      events: [],
    },
    deferred: (input.deferred ?? []).map((m) => ({
      materialId: m.id,
      name: m.name,
      dueDate: env.calendar.addWorkingDays(beijingDate(env.now), input.deferredWorkingDays ?? DEFERRED_WORKING_DAYS),
      suppliedAt: null,
      provision: null,
    })),
    evaluation: null,
    finishedAt: null,
    fileIds: [...new Set(input.fileIds)],
    licenseIds: [...new Set(input.licenseIds)],
  };
  const snapshot: Snapshot = { number: input.number, userId: input.userId, status: 'submitted', state };
  return {
    snapshot,
    events: [event(env, null, 'submitted', item.departmentName, `申请已提交，申报号 ${input.number}，等待预审`)],
    effects: [],
  };
}

// ---------------------------------------------------------------------------
// Operator actions

/**
 * Staff open review tracks by department id (the lead department's and the
 * co-handling ones'), so that each track can be kept to its own department's reviewers.
 */
interface StaffStartReview {
  action: 'start_review';
  departments: string[];
  departmentIds: string[];
}

/** A special procedure (特别程序) starts: the clock stops. */
interface StaffSuspend {
  action: 'suspend';
  procedure: SpecialProcedureKind;
  reason: string;
  expectedWorkingDays?: number;
}

/** The special procedure ends: the clock runs again. */
interface StaffResume {
  action: 'resume';
  message?: string;
}

/** An extension (延期) of the time limit by working days. */
interface StaffExtend {
  action: 'extend';
  workingDays: number;
  reason: string;
}

/** What `applyAction` takes: an operator action, or a staff action (the staff form of one, or the clock's). */
export type Action = OperatorAction | StaffStartReview | StaffSuspend | StaffResume | StaffExtend | StaffAppointment;

/** 预约现场办理: staff only (the route checks the case is on the offline channel). */
interface StaffAppointment {
  action: 'set_appointment';
  /** An RFC 3339 instant. */
  at: string;
  place: string;
  bring: string[];
}

type ActionOf<K extends Action['action']> = Extract<Action, { action: K }>;

/** Applies one operator action; throws 409 CONFLICT when the state machine does not allow it. */
export function applyAction(snapshot: Snapshot, action: Action, env: LifecycleEnv): Outcome {
  requireStatus(snapshot, action.action, ACTION_FROM[action.action]);
  const next = clone(snapshot);
  const out: Outcome = { snapshot: next, events: [], effects: [] };
  const dept = next.state.departmentName;
  const emit = (from: ApplicationStatus, to: ApplicationStatus, message: string, department = dept) => {
    out.events.push(event(env, from, to, department, message));
    finish(next, to, env);
  };
  // While a special procedure runs the case waits for it: no 补正 and no decision until it is resumed.
  if ((action.action === 'request_supplement' || action.action === 'decide') && openSuspension(next.state))
    refuse(next, { zh: '特别程序进行中，请先恢复计时', en: 'a special procedure is running; resume the clock first' });
  // Staff who accept, refuse or question a submitted case have pre-reviewed it.
  if (next.status === 'submitted' && (action.action === 'accept' || action.action === 'reject' || action.action === 'request_supplement'))
    emit('submitted', 'prereview', '进入预审，正在核对申请材料');
  switch (action.action) {
    case 'prereview':
      emit('submitted', 'prereview', action.message ?? '进入预审，正在核对申请材料');
      break;
    case 'accept':
      next.state.acceptedAt = toIso(env.now);
      emit('prereview', 'accepted', action.message ?? `预审通过，已受理，承诺 ${next.state.promisedDays} 个工作日内办结`);
      break;
    case 'reject':
      rejectAction(next, action, env, emit);
      break;
    case 'request_supplement':
      requestSupplement(next, action, env, emit);
      break;
    case 'start_review':
      startReview(next, action, env, emit);
      break;
    case 'track_decision':
      trackDecision(next, action, env, emit);
      break;
    case 'decide':
      decide(next, action, env, emit);
      break;
    case 'certify':
      certify(next, action, env, emit, out.effects);
      break;
    case 'ship':
      ship(next, action, env, emit);
      break;
    case 'delivery_event':
      deliveryEvent(next, action, env, emit);
      break;
    case 'complete':
      complete(next, action, env, emit);
      break;
    case 'suspend':
      suspend(next, action, env, emit);
      break;
    case 'resume':
      resume(next, action, env, emit);
      break;
    case 'extend':
      extend(next, action, env, emit);
      break;
    case 'set_appointment':
      setAppointment(next, action, env, out.events);
      break;
    case 'advance':
      return advance(snapshot, env);
  }
  return out;
}

// ---------------------------------------------------------------------------
// The clock: special procedures (特别程序) and extensions (延期)

const procedureName = (kind: SpecialProcedureKind) => SPECIAL_PROCEDURE_KIND_LABELS[kind].zh;

function suspend(next: Snapshot, action: StaffSuspend, env: LifecycleEnv, emit: Emit): void {
  const state = next.state;
  const running = openSuspension(state);
  if (running) refuse(next, { zh: `${procedureName(running.procedure)}尚未结束，计时已暂停`, en: 'the clock is already suspended' });
  const expected = action.expectedWorkingDays ?? null;
  (state.suspensions ??= []).push({
    procedure: action.procedure,
    reason: action.reason,
    from: toIso(env.now),
    to: null,
    expectedWorkingDays: expected,
  });
  const end = expected ? `，预计需要 ${expected} 个工作日（至 ${env.calendar.addWorkingDays(beijingDate(env.now), expected)}）` : '';
  emit(
    next.status,
    next.status,
    `启动特别程序（${procedureName(action.procedure)}）：${action.reason}。特别程序所需时间不计入办理时限，暂停计时${end}`,
  );
}

function resume(next: Snapshot, action: StaffResume, env: LifecycleEnv, emit: Emit): void {
  const running = openSuspension(next.state);
  if (!running) refuse(next, { zh: '计时没有暂停', en: 'the clock is not suspended' });
  running.to = toIso(env.now);
  const days = Math.max(0, env.calendar.workingDaysBetween(beijingDate(running.from), beijingDate(env.now)));
  const due = computeDeadline(next, env.now, env.calendar)?.dueDate;
  const note = action.message ? `：${action.message}` : '';
  emit(
    next.status,
    next.status,
    `${procedureName(running.procedure)}结束${note}，恢复计时。特别程序用时 ${days} 个工作日不计入办理时限${due ? `，办结期限顺延至 ${due}` : ''}`,
  );
}

function extend(next: Snapshot, action: StaffExtend, env: LifecycleEnv, emit: Emit): void {
  const state = next.state;
  const max = env.maxExtensions ?? DEFAULT_MAX_EXTENSIONS;
  const done = state.extensions?.length ?? 0;
  if (done >= max)
    refuse(next, {
      zh: max === 1 ? '办理期限已经延长过一次' : `办理期限最多延长 ${max} 次`,
      en: max === 1 ? 'the time limit has been extended once already' : `the time limit may be extended at most ${max} times`,
    });
  (state.extensions ??= []).push({ workingDays: action.workingDays, reason: action.reason, at: toIso(env.now) });
  const due = computeDeadline(next, env.now, env.calendar)?.dueDate;
  emit(
    next.status,
    next.status,
    `经批准延长办理期限 ${action.workingDays} 个工作日：${action.reason}${due ? `。办结期限延至 ${due}` : ''}`,
  );
}

/** `HH:MM` Beijing time of an instant. */
export function beijingTime(at: Date | string): string {
  return toIso(at).slice(11, 16);
}

/**
 * Sets (or replaces) the appointment: it must start after now, on a working
 * day of the calendar, within the hall's hours. The status stays; the event
 * says when, where and what to bring, and the outbox tells the applicant.
 */
function setAppointment(next: Snapshot, action: ActionOf<'set_appointment'>, env: LifecycleEnv, events: LifecycleEvent[]): void {
  const at = new Date(action.at);
  const day = beijingDate(at);
  const time = beijingTime(at);
  const minutes = minutesOf(time);
  const problems: Array<{ path: string; message: string }> = [];
  let message: Message | null = null;
  if (at.getTime() <= env.now.getTime()) {
    problems.push({ path: 'body.at', message: 'The appointment must be in the future' });
    message = { zh: '预约时间必须晚于当前时间', en: 'The appointment must be in the future' };
  } else if (!env.calendar.isWorkingDay(day)) {
    problems.push({ path: 'body.at', message: `${day} is not a working day` });
    message = { zh: `${day} 不是工作日（周末或法定节假日）`, en: `${day} is not a working day (weekend or public holiday)` };
  } else if (minutes < APPOINTMENT_MINUTES.from || minutes > APPOINTMENT_MINUTES.to) {
    const { from, to } = APPOINTMENT_HOURS;
    problems.push({ path: 'body.at', message: `Outside the hall hours ${from}–${to}` });
    message = { zh: `预约时间须在 ${from}–${to} 之间`, en: `The appointment must be between ${from} and ${to}` };
  }
  if (message) throw invalid(problems, message);
  const bring = [...new Set(action.bring.map((b) => b.trim()).filter(Boolean))];
  const previous = next.state.appointment ?? null;
  next.state.appointment = { at: toIso(at), place: action.place, bring, setAt: toIso(env.now) };
  const what = bring.length > 0 ? `；请携带：${bring.join('、')}` : '';
  const verb = previous ? '预约已改期' : '已预约现场办理';
  events.push({
    ...event(env, next.status, next.status, next.state.departmentName, `${verb}：${day} ${time}，${action.place}${what}`),
    notice: 'appointment_set',
  });
}

type Emit = (from: ApplicationStatus, to: ApplicationStatus, message: string, department?: string) => void;

function rejectAction(next: Snapshot, action: ActionOf<'reject'>, env: LifecycleEnv, emit: Emit): void {
  const supplement = currentSupplement(next.state);
  if (next.status === 'supplement_requested' && supplement?.phase !== 'prereview') {
    refuse(next, { zh: '审查阶段的补正不能作不予受理处理', en: 'an application under review cannot be refused acceptance' });
  }
  next.state.result = {
    outcome: 'not_accepted',
    reason: action.reason,
    documentName: '不予受理通知书',
    licenseId: null,
    issuedAt: toIso(env.now),
  };
  emit(next.status, 'rejected', `不予受理：${action.reason}`);
}

function requestSupplement(next: Snapshot, action: ActionOf<'request_supplement'>, env: LifecycleEnv, emit: Emit): void {
  const state = next.state;
  const details = action.materials.flatMap((m, i) =>
    m.materialId in state.materialNames
      ? []
      : [{ path: `body.materials.${i}.materialId`, message: `No material ${m.materialId} in this item's guide` }],
  );
  if (details.length > 0) throw invalid(details, { zh: '补正材料不在本事项的材料清单中', en: 'Unknown material' });
  const phase: Phase = next.status === 'prereview' ? 'prereview' : 'review';
  const today = beijingDate(env.now);
  const days = action.dueWorkingDays ?? env.supplementWorkingDays ?? SUPPLEMENT_WORKING_DAYS;
  const supplement: StoredSupplement = {
    id: (env.newId ?? defaultId)('sup'),
    phase,
    reason: action.reason,
    materials: action.materials.map((m) => ({ materialId: m.materialId, name: state.materialNames[m.materialId]!, note: m.note ?? null })),
    requestedAt: toIso(env.now),
    dueDate: env.calendar.addWorkingDays(today, days),
    respondedAt: null,
    response: null,
  };
  state.supplements.push(supplement);
  if (phase === 'review') {
    // The promised time limit stops while the applicant prepares the materials.
    state.pauses.push({ from: supplement.requestedAt, to: null });
    for (const t of state.tracks) if (undecided(t)) t.state = 'supplement_requested';
  }
  const names = supplement.materials.map((m) => m.name).join('、');
  const paused = phase === 'review' ? '，办理时限暂停计算' : '';
  emit(next.status, 'supplement_requested', `需要补正材料：${action.reason}（${names}），请于 ${supplement.dueDate} 前补正${paused}`);
}

function startReview(next: Snapshot, action: ActionOf<'start_review'>, env: LifecycleEnv, emit: Emit): void {
  const departments = [...new Set(action.departments.map((d) => d.trim()))];
  const ids = 'departmentIds' in action ? action.departmentIds : null;
  const at = toIso(env.now);
  next.state.tracks = departments.map((department, i) => ({
    department,
    ...(ids?.[i] ? { departmentId: ids[i] } : {}),
    state: 'in_progress',
    startedAt: at,
    finishedAt: null,
    opinion: null,
  }));
  const how = departments.length > 1 ? `${departments.join('、')}并联审查` : `${departments[0]}审查`;
  emit('accepted', 'reviewing', `进入审查环节，由${how}`);
}

function trackDecision(next: Snapshot, action: ActionOf<'track_decision'>, env: LifecycleEnv, emit: Emit): void {
  const track = next.state.tracks.find((t) => t.department === action.department.trim());
  if (!track) {
    throw invalid([{ path: 'body.department', message: `No review track of ${action.department}` }], {
      zh: `没有“${action.department}”的审查环节`,
      en: `No review track of ${action.department}`,
    });
  }
  if (!undecided(track)) refuse(next, { zh: `${track.department}已经出具审查意见`, en: `${track.department} has already decided` });
  track.state = action.outcome;
  track.finishedAt = toIso(env.now);
  track.opinion = action.opinion ?? (action.outcome === 'approved' ? '同意' : '不同意');
  const verdict = action.outcome === 'approved' ? `审查通过：${track.opinion}` : `审查不通过：${track.opinion}`;
  emit('reviewing', 'reviewing', `${track.department}${verdict}`, track.department);
}

function decide(next: Snapshot, action: ActionOf<'decide'>, env: LifecycleEnv, emit: Emit): void {
  const open = next.state.tracks.filter(undecided);
  if (open.length > 0) {
    const names = open.map((t) => t.department).join('、');
    refuse(next, { zh: `${names}尚未出具审查意见，不能作出决定`, en: `waiting for ${names} before a decision` });
  }
  const at = toIso(env.now);
  const reason = action.reason ?? null;
  next.state.decision = { outcome: action.outcome, reason, at };
  // A denial is a document at once (不予办理决定书); an approval's document is made when certifying.
  const documentName = action.outcome === 'denied' ? '不予办理决定书' : null;
  next.state.result = { outcome: action.outcome, reason, documentName, licenseId: null, issuedAt: at };
  const message =
    action.outcome === 'approved'
      ? `审查通过，作出准予办理的决定${reason ? `：${reason}` : ''}`
      : `作出不予办理的决定：${reason ?? '不符合办理条件'}。如对决定不服，可依法申请行政复议或者提起行政诉讼`;
  emit('reviewing', 'decided', message);
}

function certify(next: Snapshot, action: ActionOf<'certify'>, env: LifecycleEnv, emit: Emit, effects: Effect[]): void {
  const state = next.state;
  if (state.decision?.outcome !== 'approved')
    refuse(next, { zh: '不予办理的申请无需制证', en: 'a denied application has nothing to certify' });
  if (state.resultType === 'none') refuse(next, { zh: '本事项没有需要制作的证照或文书', en: 'this item issues no document' });
  const documentName = action.documentName ?? state.resultName;
  const result = state.result!;
  result.documentName = documentName;
  result.issuedAt = toIso(env.now);
  if (state.resultLicenseType) {
    const license = issuedLicense(next, state.resultLicenseType, documentName, env, action.validUntil ?? null);
    result.licenseId = license.id;
    effects.push({ kind: 'issueLicense', userId: next.userId, license });
  }
  const also = state.resultLicenseType ? '，电子证照同步生成' : '';
  emit('decided', 'certifying', `正在制作“${documentName}”${also}`);
}

/** The e-license a certified result issues: numbered after the application. */
function issuedLicense(next: Snapshot, type: LicenseType, name: string, env: LifecycleEnv, validUntil: string | null): License {
  if (validUntil !== null && validUntil < beijingDate(env.now))
    throw invalid([{ path: 'body.validUntil', message: 'The last valid day is before today' }], {
      zh: '有效期截止日期早于今天',
      en: 'The last valid day is before today',
    });
  const state = next.state;
  return {
    id: `lic-${next.number}`,
    type,
    name,
    number: `${beijingDate(env.now).slice(0, 4)}-${next.number.slice(2)}`,
    holder: state.applicantName,
    issuer: state.departmentName,
    issuedOn: beijingDate(env.now),
    validUntil,
    status: 'valid',
    fields: { applicationNumber: next.number, itemName: state.itemName },
  };
}

function ship(next: Snapshot, action: ActionOf<'ship'>, env: LifecycleEnv, emit: Emit): void {
  const delivery = next.state.delivery;
  const document = next.state.result?.documentName ?? next.state.resultName;
  if (delivery.method === 'pickup') {
    if (action.waybillNumber) refuse(next, { zh: '申请人选择窗口领取，无需快递', en: 'the applicant picks the result up; no waybill' });
    emit('certifying', 'delivering', `“${document}”已制作完成，请携带有效身份证件到${delivery.pickupPlace ?? '受理窗口'}领取`);
    return;
  }
  const waybill = action.waybillNumber?.trim().toUpperCase() ?? (env.newWaybill ?? generateWaybill)();
  if (!isValidWaybill(waybill)) {
    throw invalid([{ path: 'body.waybillNumber', message: 'Not an EMS waybill number (13 digits, or UPU S10 such as EA123456785CN)' }], {
      zh: 'EMS运单号格式不正确',
      en: 'Not an EMS waybill number',
    });
  }
  delivery.waybillNumber = waybill;
  delivery.status = 'in_transit';
  delivery.tracking = 'carrier';
  delivery.events.push({ at: toIso(env.now), location: delivery.origin, description: `【${delivery.origin}】EMS已收寄，揽投员已揽收` });
  emit('certifying', 'delivering', `“${document}”已交EMS寄递，运单号 ${waybill}`);
}

function deliveryEvent(next: Snapshot, action: ActionOf<'delivery_event'>, env: LifecycleEnv, emit: Emit): void {
  const delivery = next.state.delivery;
  if (delivery.method !== 'express') refuse(next, { zh: '窗口领取没有物流信息', en: 'pickup has no tracking' });
  delivery.tracking = 'manual';
  delivery.events.push({ at: toIso(env.now), location: action.location, description: action.description });
  if (action.delivered) {
    delivery.status = 'delivered';
    emit('delivering', 'completed', '邮件已签收，办结');
  }
}

function complete(next: Snapshot, action: ActionOf<'complete'>, env: LifecycleEnv, emit: Emit): void {
  const state = next.state;
  if (next.status === 'decided') {
    if (state.decision?.outcome === 'approved' && state.resultType !== 'none') {
      refuse(next, { zh: '准予办理的申请需先制证、送达', en: 'an approved application is certified and delivered first' });
    }
    const how = state.decision?.outcome === 'denied' ? '（不予办理）' : '';
    emit('decided', 'completed', action.message ?? `已办结${how}，结果已告知申请人`);
    return;
  }
  const delivery = state.delivery;
  delivery.status = 'delivered';
  if (delivery.method === 'express') {
    const place = delivery.address?.divisionPath.at(-1)?.name ?? delivery.origin;
    delivery.events.push({ at: toIso(env.now), location: place, description: `【${place}】已签收，签收人：本人` });
    emit('delivering', 'completed', action.message ?? '邮件已签收，办结');
  } else {
    emit('delivering', 'completed', action.message ?? '申请人已到窗口领取办理结果，办结');
  }
}

/** A carrier's tracking event, as `recordTracking` takes it. */
export interface CarrierEvent {
  at: Date;
  location: string;
  description: string;
  delivered: boolean;
}

/** Whether the carrier's events are still to be recorded on this application. */
export function carrierTracked(snapshot: Snapshot): boolean {
  const d = snapshot.state.delivery;
  return snapshot.status === 'delivering' && d.method === 'express' && d.tracking === 'carrier' && d.waybillNumber !== null;
}

/**
 * Records the carrier's tracking events the application does not hold yet
 * (same time and wording), in time order; a `delivered` (已签收) event completes
 * it, at the time of signing and by the system: delivering → completed, as a
 * `delivered` delivery event does. Null when there is nothing new.
 */
export function recordTracking(snapshot: Snapshot, carrierEvents: readonly CarrierEvent[], env: LifecycleEnv): Outcome | null {
  if (!carrierTracked(snapshot)) return null;
  const held = new Set(snapshot.state.delivery.events.map((e) => `${new Date(e.at).getTime()} ${e.description}`));
  const fresh = [...carrierEvents]
    .filter((e) => !held.has(`${e.at.getTime()} ${e.description}`))
    .sort((a, b) => a.at.getTime() - b.at.getTime());
  if (fresh.length === 0) return null;
  const next = clone(snapshot);
  const delivery = next.state.delivery;
  const events: LifecycleEvent[] = [];
  for (const e of fresh) {
    delivery.events.push({ at: toIso(e.at), location: e.location, description: e.description });
    if (e.delivered) {
      delivery.status = 'delivered';
      const at = { ...env, now: e.at };
      finish(next, 'completed', at);
      events.push(event(at, 'delivering', 'completed', next.state.departmentName, `邮件已签收（EMS ${delivery.waybillNumber}），办结`));
      break;
    }
  }
  delivery.events.sort((a, b) => new Date(a.at).getTime() - new Date(b.at).getTime());
  return { snapshot: next, events, effects: [] };
}

// ---------------------------------------------------------------------------
// advance: whatever comes next, with default values

/** The canned EMS route of `advance`, from the department's city to the recipient. */
function nextTrackingStep(delivery: StoredDelivery): { location: string; description: string; delivered: boolean } {
  const path = delivery.address?.divisionPath ?? [];
  const city = path.find((d) => d.level === 'city')?.name ?? path[0]?.name ?? delivery.origin;
  const county = path.find((d) => d.level === 'county')?.name ?? city;
  const steps = [
    { location: delivery.origin, description: `【${delivery.origin}】离开${delivery.origin}邮区中心局，发往${city}` },
    { location: city, description: `【${city}】到达${city}邮区中心局` },
    { location: county, description: `【${county}】正在投递，投递员：王师傅，电话 13903730000` },
  ];
  const done = delivery.events.length - 1; // the first event is the one `ship` records
  const step = steps[Math.max(0, done)];
  return step ? { ...step, delivered: false } : { location: county, description: `【${county}】已签收，签收人：本人`, delivered: true };
}

/** Does what comes next with default values, for demos: see the table at the top. */
export function advance(snapshot: Snapshot, env: LifecycleEnv): Outcome {
  const state = snapshot.state;
  switch (snapshot.status) {
    case 'submitted':
      return applyAction(snapshot, { action: 'prereview' }, env);
    case 'prereview':
      return applyAction(snapshot, { action: 'accept' }, env);
    case 'supplement_requested': {
      const supplement = currentSupplement(state)!;
      return respondToSupplement(snapshot, { supplementId: supplement.id, materials: [], note: '（演示）申请人已按要求补正' }, env);
    }
    case 'accepted':
      if (openSuspension(state)) return applyAction(snapshot, { action: 'resume' }, env);
      return applyAction(snapshot, { action: 'start_review', departments: [state.departmentName] }, env);
    case 'reviewing': {
      if (openSuspension(state)) return applyAction(snapshot, { action: 'resume' }, env);
      const open = state.tracks.find(undecided);
      if (open) return applyAction(snapshot, { action: 'track_decision', department: open.department, outcome: 'approved' }, env);
      const denied = state.tracks.filter((t) => t.state === 'denied');
      return applyAction(
        snapshot,
        denied.length > 0
          ? { action: 'decide', outcome: 'denied', reason: `${denied.map((t) => t.department).join('、')}审查不通过` }
          : { action: 'decide', outcome: 'approved' },
        env,
      );
    }
    case 'decided':
      return applyAction(
        snapshot,
        state.decision?.outcome === 'approved' && state.resultType !== 'none' ? { action: 'certify' } : { action: 'complete' },
        env,
      );
    case 'certifying':
      return applyAction(snapshot, { action: 'ship' }, env);
    case 'delivering': {
      if (state.delivery.method === 'pickup') return applyAction(snapshot, { action: 'complete' }, env);
      const step = nextTrackingStep(state.delivery);
      return applyAction(snapshot, { action: 'delivery_event', ...step }, env);
    }
    default:
      return refuse(snapshot, { zh: '已经结束，没有后续环节', en: 'it has ended; there is nothing to advance' });
  }
}

// ---------------------------------------------------------------------------
// Applicant actions

/** The open supplement request with this id; 409 when there is none (answered, replaced, or not asked). */
export function openSupplement(snapshot: Snapshot, supplementId: string): StoredSupplement {
  requireStatus(snapshot, 'supplement', ['supplement_requested']);
  const supplement = currentSupplement(snapshot.state);
  if (!supplement || supplement.id !== supplementId || supplement.respondedAt !== null) {
    throw conflict({ zh: '该补正请求已失效，请刷新后重试', en: 'This supplement request is no longer open' });
  }
  return supplement;
}

/** Answers the open supplement request: back to prereview, or back to review with the clock running again. */
export function respondToSupplement(
  snapshot: Snapshot,
  answer: { supplementId: string; materials: MaterialProvision[]; note?: string | null },
  env: LifecycleEnv,
): Outcome {
  openSupplement(snapshot, answer.supplementId);
  const next = clone(snapshot);
  const state = next.state;
  const supplement = currentSupplement(state)!;
  const at = toIso(env.now);
  supplement.respondedAt = at;
  supplement.response = { materials: answer.materials, note: answer.note ?? null };
  for (const m of answer.materials) {
    if ('fileIds' in m) state.fileIds.push(...m.fileIds.filter((id) => !state.fileIds.includes(id)));
    else if (!state.licenseIds.includes(m.licenseId)) state.licenseIds.push(m.licenseId);
  }
  let to: ApplicationStatus;
  let message: string;
  if (supplement.phase === 'review') {
    closePauses(state, at);
    for (const t of state.tracks) if (t.state === 'supplement_requested') t.state = 'in_progress';
    to = 'reviewing';
    message = '申请人已提交补正材料，恢复审查，办理时限继续计算';
  } else {
    to = 'prereview';
    message = '申请人已提交补正材料，重新进入预审';
  }
  next.status = to;
  return { snapshot: next, events: [event(env, 'supplement_requested', to, state.departmentName, message)], effects: [] };
}

/** The applicant withdraws (撤回): possible until a decision is made. */
export function withdraw(snapshot: Snapshot, reason: string, env: LifecycleEnv): Outcome {
  if (!WITHDRAWABLE.includes(snapshot.status)) {
    refuse(snapshot, { zh: '已作出决定或已结束的申请不能撤回', en: 'an application cannot be withdrawn after a decision' });
  }
  const next = clone(snapshot);
  const from = next.status;
  finish(next, 'withdrawn', env);
  return { snapshot: next, events: [event(env, from, 'withdrawn', next.state.departmentName, `申请人撤回申请：${reason}`)], effects: [] };
}

/** Records the applicant's evaluation (好差评): only when completed, and only once. */
export function evaluate(snapshot: Snapshot, body: EvaluationCreate, env: LifecycleEnv): Snapshot {
  if (snapshot.status !== 'completed') refuse(snapshot, { zh: '办结后才能评价', en: 'only a completed application can be evaluated' });
  if (snapshot.state.evaluation) throw conflict({ zh: '该申请已经评价过了', en: 'This application has already been evaluated' });
  const next = clone(snapshot);
  const comment = body.comment?.trim();
  next.state.evaluation = {
    level: body.level,
    indicators: { ...body.indicators },
    tags: [...body.tags],
    comment: comment ? comment : null,
    createdAt: toIso(env.now),
  };
  return next;
}

/**
 * Records the handling department's 整改 of a 差评 (rated `BAD_EVALUATION_MAX_LEVEL`
 * or lower): once per evaluation — a second record is a 409, not an amendment,
 * since the first is what the applicant was told and what the performance
 * figures counted. The status stays `completed`; the event names the staff member.
 */
export function rectify(
  snapshot: Snapshot,
  body: { finding: string; measures: string; contacted: boolean; applicantResponse?: string | undefined },
  by: { name: string; department: string },
  env: LifecycleEnv,
): Outcome {
  requireStatus(snapshot, 'rectify', STAFF_ACTION_FROM.rectify);
  const evaluation = snapshot.state.evaluation;
  if (!evaluation)
    throw conflict({ zh: '申请人尚未评价，无需整改', en: 'The applicant has not rated this application: there is nothing to rectify' });
  if (evaluation.level > BAD_EVALUATION_MAX_LEVEL)
    throw conflict({ zh: '该评价不是差评，无需整改', en: 'The rating is not a bad one (差评): it needs no 整改' });
  if (evaluation.rectification) throw conflict({ zh: '该差评已有整改记录', en: 'The 整改 of this 差评 is already recorded' });
  const next = clone(snapshot);
  const rectification = {
    finding: body.finding,
    measures: body.measures,
    contacted: body.contacted,
    applicantResponse: body.contacted ? (body.applicantResponse ?? null) : null,
    recordedAt: toIso(env.now),
    by: { ...by },
  };
  next.state.evaluation = { ...evaluation, rectification };
  const message = `差评整改已完成：${body.measures}${body.contacted ? '（已回访申请人）' : ''}`;
  const e: LifecycleEvent = { ...event(env, next.status, next.status, next.state.departmentName, message), notice: 'rectified' };
  return { snapshot: next, events: [e], effects: [] };
}

/** Whether the open supplement request is past its due date at `now` (unanswered on the day after it). */
export function supplementExpired(snapshot: Snapshot, now: Date): boolean {
  const open = currentSupplement(snapshot.state);
  return snapshot.status === 'supplement_requested' && open !== null && open.respondedAt === null && beijingDate(now) > open.dueDate;
}

/**
 * Ends a 补正 request left unanswered past its due date, as a deployment that
 * chose `reject` wants: in pre-review the case is not accepted (不予受理); under
 * review the lead department's decision is a denial, and the case waits for 办结.
 * Null when the request is not expired.
 */
export function expireSupplement(snapshot: Snapshot, env: LifecycleEnv): Outcome | null {
  if (!supplementExpired(snapshot, env.now)) return null;
  const next = clone(snapshot);
  const state = next.state;
  const supplement = currentSupplement(state)!;
  const at = toIso(env.now);
  const reason = `申请人逾期未补正（补正期限 ${supplement.dueDate}）`;
  // The rule ended it, not a person: the system is the actor, and the event says so.
  const byRule = '，由系统按补正期限自动处理';
  const ended = (to: ApplicationStatus, message: string): LifecycleEvent => ({
    ...event(env, 'supplement_requested', to, state.departmentName, message),
    actor: SYSTEM_ACTOR,
    notice: 'supplement_expired',
  });
  if (supplement.phase === 'prereview') {
    state.result = { outcome: 'not_accepted', reason, documentName: '不予受理通知书', licenseId: null, issuedAt: at };
    finish(next, 'rejected', env);
    return { snapshot: next, events: [ended('rejected', `不予受理：${reason}${byRule}`)], effects: [] };
  }
  closePauses(state, at);
  for (const t of state.tracks) if (t.state === 'supplement_requested') t.state = 'in_progress';
  state.decision = { outcome: 'denied', reason, at };
  state.result = { outcome: 'denied', reason, documentName: '不予办理决定书', licenseId: null, issuedAt: at };
  next.status = 'decided';
  const message = `作出不予办理的决定：${reason}${byRule}。如对决定不服，可依法申请行政复议或者提起行政诉讼`;
  return { snapshot: next, events: [ended('decided', message)], effects: [] };
}

/** The 容缺 ledger of an application at `now`, as the contract shows it; due dates past the holiday table are flagged. */
export function deferredLedger(state: ApplicationState, now: Date, calendar: WorkingCalendar): DeferredMaterial[] {
  const today = beijingDate(now);
  return (state.deferred ?? []).map((d) => ({
    materialId: d.materialId,
    name: d.name,
    dueDate: d.dueDate,
    suppliedAt: d.suppliedAt,
    overdue: d.suppliedAt === null && today > d.dueDate,
    estimated: calendar.beyondTable(d.dueDate),
  }));
}

/**
 * The applicant supplies owed 容缺 materials: each provision clears the ledger
 * line of its material. Any open status; the status does not change. A
 * material that is not owed (never deferred, or already supplied) is a 400.
 */
export function supplyDeferred(snapshot: Snapshot, materials: readonly MaterialProvision[], env: LifecycleEnv): Outcome {
  if (TERMINAL.includes(snapshot.status)) refuse(snapshot, { zh: '不能再补交容缺材料', en: 'owed materials can no longer be supplied' });
  const next = clone(snapshot);
  const state = next.state;
  const ledger = state.deferred ?? [];
  const details = materials.flatMap((m, i) =>
    ledger.some((d) => d.materialId === m.materialId && d.suppliedAt === null)
      ? []
      : [{ path: `body.materials.${i}.materialId`, message: `${m.materialId} is not an owed 容缺 material of this application` }],
  );
  if (details.length > 0) throw invalid(details, { zh: '该材料不是待补交的容缺材料', en: 'Not an owed material' });
  const at = toIso(env.now);
  const names: string[] = [];
  for (const m of materials) {
    const line = ledger.find((d) => d.materialId === m.materialId)!;
    line.suppliedAt = at;
    line.provision = m;
    names.push(line.name);
    if ('fileIds' in m) state.fileIds.push(...m.fileIds.filter((id) => !state.fileIds.includes(id)));
    else if (!state.licenseIds.includes(m.licenseId)) state.licenseIds.push(m.licenseId);
  }
  const left = ledger.filter((d) => d.suppliedAt === null).length;
  const message = `申请人已补交容缺材料：${names.join('、')}${left > 0 ? `，尚有 ${left} 项待补交` : '，容缺材料已全部补齐'}`;
  return { snapshot: next, events: [event(env, next.status, next.status, state.departmentName, message)], effects: [] };
}

// ---------------------------------------------------------------------------
// Deadline

/** Working days of the intervals (pauses, suspensions), each counted over (start date, end date], up to `end`. */
function intervalWorkingDays(intervals: ReadonlyArray<{ from: string; to: string | null }>, end: Date, calendar: WorkingCalendar): number {
  let days = 0;
  for (const p of intervals) {
    const to = p.to === null ? end : new Date(Math.min(new Date(p.to).getTime(), end.getTime()));
    days += Math.max(0, calendar.workingDaysBetween(beijingDate(p.from), beijingDate(to)));
  }
  return days;
}

/** The running special procedure as the contract shows it. */
function suspensionOf(running: StoredSuspension, calendar: WorkingCalendar): Suspension {
  const expected = running.expectedWorkingDays;
  return {
    procedure: running.procedure,
    reason: running.reason,
    since: toIso(running.from),
    expectedWorkingDays: expected,
    expectedEnd: expected ? calendar.addWorkingDays(beijingDate(running.from), expected) : null,
  };
}

/**
 * The promised time limit of an accepted application at `now`; null before
 * acceptance (or when it was never accepted). A missed due date makes it
 * overdue even on a rest day that follows (shown as at least one day late).
 */
export function computeDeadline(snapshot: Snapshot, now: Date, calendar: WorkingCalendar): Deadline | null {
  const state = snapshot.state;
  if (!state.acceptedAt) return null;
  // The clock stops at the decision, or when the application ended without one.
  const stoppedAt = state.decision?.at ?? state.finishedAt;
  const end = stoppedAt ? new Date(stoppedAt) : now;
  const startDate = beijingDate(state.acceptedAt);
  const endDate = beijingDate(end);
  const suspendedDays = intervalWorkingDays(state.suspensions ?? [], end, calendar);
  const pausedDays = intervalWorkingDays(state.pauses, end, calendar) + suspendedDays;
  const extendedDays = (state.extensions ?? []).reduce((sum, e) => sum + e.workingDays, 0);
  const limit = state.promisedDays + extendedDays;
  const dueDate = calendar.addWorkingDays(startDate, limit + pausedDays);
  const elapsed = Math.max(0, calendar.workingDaysBetween(startDate, endDate));
  const workingDaysUsed = Math.max(0, elapsed - pausedDays);
  const overdue = endDate > dueDate;
  const left = limit - workingDaysUsed;
  const running = stoppedAt ? null : openSuspension(state);
  return {
    promisedDays: state.promisedDays,
    legalDays: state.legalDays,
    startDate,
    dueDate,
    workingDaysUsed,
    workingDaysLeft: overdue ? Math.min(left, -1) : left,
    overdue,
    paused: state.pauses.some((p) => p.to === null) || running !== null,
    pausedDays,
    estimated: calendar.beyondTable(dueDate),
    suspended: running !== null,
    suspendedDays,
    extendedDays,
    suspension: running ? suspensionOf(running, calendar) : null,
  };
}

/** The latest 补正 request as the contract shows it, its due date flagged when past the holiday table. */
export function supplementOf(state: ApplicationState, calendar: WorkingCalendar): SupplementRequest | null {
  const supplement = state.supplements.at(-1);
  if (!supplement) return null;
  return {
    id: supplement.id,
    reason: supplement.reason,
    materials: supplement.materials.map((m) => ({ ...m })),
    requestedAt: toIso(supplement.requestedAt),
    dueDate: supplement.dueDate,
    respondedAt: supplement.respondedAt && toIso(supplement.respondedAt),
    estimated: calendar.beyondTable(supplement.dueDate),
  };
}
