// What a tracker shows of one application (the contract's Progress), built from
// the stored snapshot and its events. Pure: the caller loads the rows.
import { STAGES, maskMobile, maskName } from '@yiwang/contract';
import type {
  ApplicationEvent,
  ApplicationStatus,
  ApplicationSummary,
  Delivery,
  Evaluation,
  Progress,
  Stage,
  StageKey,
} from '@yiwang/contract';
import { toIso } from '../domain/time.ts';
import type { WorkingCalendar } from '../domain/workdays.ts';
import { TERMINAL, WITHDRAWABLE, computeDeadline, deferredLedger, supplementOf } from './lifecycle.ts';
import type { LifecycleEvent, Snapshot } from './lifecycle.ts';

/** An application as stored: the lifecycle snapshot plus its bookkeeping columns. */
export interface ApplicationRecord extends Snapshot {
  itemId: string;
  submittedAt: Date;
  updatedAt: Date;
}

/**
 * Who is looking: the owner (may download, withdraw, evaluate), anyone with the
 * query code, or the operator. Personal data is masked for all of them.
 */
export type Viewer = 'owner' | 'public' | 'operator';

/** The tracker stage a status belongs to; null for rejected and withdrawn. */
function stageOf(record: Snapshot): StageKey | null {
  const { status, state } = record;
  if (status === 'supplement_requested') return state.supplements.at(-1)?.phase === 'review' ? 'reviewing' : 'prereview';
  return (STAGES as readonly string[]).includes(status) ? (status as StageKey) : null;
}

/** The stage an event enters, if any. */
function stageEntered(to: ApplicationStatus): StageKey | null {
  return (STAGES as readonly string[]).includes(to) ? (to as StageKey) : null;
}

/** Stages that will not happen whatever comes next. */
function knownSkipped(record: Snapshot): Set<StageKey> {
  const decision = record.state.decision;
  const noDocument = decision?.outcome === 'denied' || (decision?.outcome === 'approved' && record.state.resultType === 'none');
  return new Set<StageKey>(noDocument ? ['certifying', 'delivering'] : []);
}

/**
 * Stages in order: reached ones are done (or current), later ones pending; on a
 * rejected, withdrawn or completed application the stages it never reached are
 * skipped, and after a denial certifying and delivering are skipped at once.
 */
export function buildStages(record: Snapshot, events: readonly LifecycleEvent[]): Stage[] {
  const entered = new Map<StageKey, { at: Date; department: string }>();
  for (const e of events) {
    const stage = stageEntered(e.to);
    if (stage && !entered.has(stage)) entered.set(stage, { at: e.at, department: e.department });
  }
  const current = stageOf(record);
  const ended = TERMINAL.includes(record.status);
  const skipped = knownSkipped(record);
  const finishedAt = record.state.finishedAt;
  const reachedOrder = STAGES.filter((s) => entered.has(s));
  return STAGES.map((key) => {
    const start = entered.get(key);
    if (!start) {
      return { key, state: ended || skipped.has(key) ? 'skipped' : 'pending', startedAt: null, finishedAt: null, department: null };
    }
    const isCurrent = key === current && !ended;
    const later = reachedOrder[reachedOrder.indexOf(key) + 1];
    const end = isCurrent ? null : later ? toIso(entered.get(later)!.at) : key === 'completed' ? toIso(start.at) : finishedAt;
    const department =
      key === 'reviewing' && record.state.tracks.length > 0 ? record.state.tracks.map((t) => t.department).join('、') : start.department;
    return { key, state: isCurrent ? 'current' : 'done', startedAt: toIso(start.at), finishedAt: end, department };
  });
}

function buildDelivery(record: Snapshot): Delivery {
  const d = record.state.delivery;
  return {
    method: d.method,
    carrier: d.method === 'express' ? 'EMS' : null,
    waybillNumber: d.waybillNumber,
    status: d.status,
    recipient: d.address ? maskName(d.address.recipient) : null,
    mobile: d.address ? maskMobile(d.address.mobile) : null,
    divisionPath: d.address?.divisionPath ?? [],
    events: d.events.map((e) => ({ at: toIso(e.at), location: e.location, description: e.description })),
    pickupPlace: d.pickupPlace,
  };
}

/**
 * An event as the contract shows it. A staff actor's name is masked (王*) for
 * applicants and the query-code holder, in full for staff; their user id never leaves the server.
 */
export function publicEvent(e: LifecycleEvent, names: 'masked' | 'full'): ApplicationEvent {
  const out: ApplicationEvent = { at: toIso(e.at), from: e.from, to: e.to, department: e.department, message: e.message };
  if (e.actor?.kind === 'staff')
    out.actor = { kind: 'staff', name: names === 'full' ? e.actor.name : maskName(e.actor.name), department: e.actor.departmentName };
  else if (e.actor) out.actor = { kind: e.actor.kind, name: e.actor.name };
  return out;
}

/** The evaluation (好差评) as a viewer sees it: the 整改 record's staff name masked unless `full`. */
export function publicEvaluation(e: Evaluation, names: 'masked' | 'full'): Evaluation {
  const r = e.rectification;
  return {
    ...e,
    createdAt: toIso(e.createdAt),
    rectification: r ? { ...r, by: { ...r.by, name: names === 'full' ? r.by.name : maskName(r.by.name) } } : null,
  };
}

/** Path of the result download, relative to the API base. */
export const resultPath = (number: string) => `/applications/${number}/result`;

/** The contract's Progress of one application as `viewer` may see it at `now`. */
export function buildProgress(
  record: ApplicationRecord,
  events: readonly LifecycleEvent[],
  options: { now: Date; calendar: WorkingCalendar; viewer: Viewer },
): Progress {
  const { state } = record;
  const owner = options.viewer === 'owner';
  const result = state.result;
  return {
    number: record.number,
    itemId: record.itemId,
    itemName: state.itemName,
    departmentName: state.departmentName,
    status: record.status,
    applicantName: maskName(state.applicantName),
    submittedAt: toIso(record.submittedAt),
    stages: buildStages(record, events),
    tracks: state.tracks.map((t) => ({ ...t })),
    events: events.map((e) => publicEvent(e, 'masked')),
    deadline: computeDeadline(record, options.now, options.calendar),
    supplement: supplementOf(state, options.calendar),
    deferred: deferredLedger(state, options.now, options.calendar),
    delivery: buildDelivery(record),
    result: result && {
      outcome: result.outcome,
      reason: result.reason,
      documentName: result.documentName,
      licenseId: result.licenseId,
      downloadPath: owner && result.documentName ? resultPath(record.number) : null,
      issuedAt: toIso(result.issuedAt),
    },
    evaluation: state.evaluation && publicEvaluation(state.evaluation, 'masked'),
    appointment: state.appointment ? { ...state.appointment, bring: [...state.appointment.bring] } : null,
    canWithdraw: owner && WITHDRAWABLE.includes(record.status),
    canEvaluate: owner && record.status === 'completed' && state.evaluation === null,
  };
}

/** One line of "my applications". */
export function buildSummary(record: ApplicationRecord, options: { now: Date; calendar: WorkingCalendar }): ApplicationSummary {
  return {
    number: record.number,
    itemId: record.itemId,
    itemName: record.state.itemName,
    departmentName: record.state.departmentName,
    status: record.status,
    applicantName: maskName(record.state.applicantName),
    submittedAt: toIso(record.submittedAt),
    updatedAt: toIso(record.updatedAt),
    dueDate: computeDeadline(record, options.now, options.calendar)?.dueDate ?? null,
  };
}
