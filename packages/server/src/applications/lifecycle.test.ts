import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { APPLICATION_STATUSES } from '@yiwang/contract';
import type { ApplicationStatus, OperatorAction } from '@yiwang/contract';
import { HttpError } from '../http/errors.ts';
import { createWorkingCalendar } from '../domain/workdays.ts';
import { HOLIDAYS_CN, MAKEUP_WORKDAYS_CN } from '../domain/holidays-cn.ts';
import {
  ACTION_FROM,
  TRANSITIONS,
  WITHDRAWABLE,
  advance,
  applyAction,
  computeDeadline,
  createApplication,
  deferredLedger,
  evaluate,
  expireSupplement,
  isValidWaybill,
  respondToSupplement,
  s10CheckDigit,
  supplementOf,
  supplyDeferred,
  withdraw,
} from './lifecycle.ts';
import type { LifecycleEvent, NewApplication, Outcome, Snapshot } from './lifecycle.ts';
import { buildStages } from './progress.ts';

const calendar = createWorkingCalendar({ holidays: HOLIDAYS_CN, makeupWorkdays: MAKEUP_WORKDAYS_CN });
const at = (s: string) => new Date(`${s}+08:00`);
const env = (now: string | Date) => ({ now: typeof now === 'string' ? at(now) : now, calendar });

const ITEM: NewApplication['item'] = {
  name: '个体工商户设立登记',
  departmentName: '市场监督管理局',
  promisedLimitDays: 5,
  legalLimitDays: 15,
  guide: {
    resultName: '营业执照',
    resultType: 'license',
    resultLicenseType: 'business_license',
    materials: [
      { id: 'application', name: '申请书' },
      { id: 'premises', name: '经营场所证明' },
    ],
  },
};

function fresh(options: { pickup?: boolean; resultType?: 'license' | 'document' | 'none'; now?: string } = {}): {
  snapshot: Snapshot;
  events: LifecycleEvent[];
} {
  const item = { ...ITEM, guide: { ...ITEM.guide, resultType: options.resultType ?? 'license' } };
  const out = createApplication(
    {
      number: 'YW2026110200001',
      userId: 'demo-person',
      applicantName: '张三',
      item,
      delivery: options.pickup
        ? { method: 'pickup', pickupPlace: '政务服务中心 B 区 9 号窗口', origin: '新乡市' }
        : {
            method: 'express',
            origin: '新乡市',
            address: {
              recipient: '张三',
              mobile: '13800000000',
              divisionCode: '410702001',
              divisionPath: [
                { code: '410000', name: '河南省', level: 'province' },
                { code: '410700', name: '新乡市', level: 'city' },
                { code: '410702', name: '红旗区', level: 'county' },
              ],
              detail: '人民路 12 号',
              postcode: null,
            },
          },
      fileIds: [],
      licenseIds: [],
    },
    env(options.now ?? '2026-11-02T09:00:00'),
  );
  return { snapshot: out.snapshot, events: out.events };
}

/** The input of `fresh()` with pickup delivery. */
const baseInput = (): NewApplication => ({
  number: 'YW2026110200001',
  userId: 'demo-person',
  applicantName: '张三',
  item: ITEM,
  delivery: { method: 'pickup', pickupPlace: '政务服务中心 B 区 9 号窗口', origin: '新乡市' },
  fileIds: [],
  licenseIds: [],
});

/** Runs actions in order (one minute apart from `start`), collecting events. */
function run(
  start: { snapshot: Snapshot; events: LifecycleEvent[] },
  actions: Array<OperatorAction | ((s: Snapshot, e: ReturnType<typeof env>) => Outcome)>,
  from = '2026-11-02T09:00:00',
) {
  let snapshot = start.snapshot;
  const events = [...start.events];
  let t = at(from).getTime();
  for (const a of actions) {
    t += 60_000;
    const out = typeof a === 'function' ? a(snapshot, env(new Date(t))) : applyAction(snapshot, a, env(new Date(t)));
    snapshot = out.snapshot;
    events.push(...out.events);
  }
  return { snapshot, events };
}

const is409 = (e: unknown) => e instanceof HttpError && e.status === 409 && e.code === 'CONFLICT';

const REVIEW: OperatorAction[] = [
  { action: 'prereview' },
  { action: 'accept' },
  { action: 'start_review', departments: ['市场监督管理局', '住房和城乡建设局'] },
];
const DECIDED: OperatorAction[] = [
  ...REVIEW,
  { action: 'track_decision', department: '市场监督管理局', outcome: 'approved' },
  { action: 'track_decision', department: '住房和城乡建设局', outcome: 'approved' },
  { action: 'decide', outcome: 'approved' },
];

/** One application in each status, reached through the lifecycle. */
function inStatus(status: ApplicationStatus): Snapshot {
  const supplement: OperatorAction = { action: 'request_supplement', reason: '材料不清晰', materials: [{ materialId: 'premises' }] };
  const paths: Record<ApplicationStatus, OperatorAction[]> = {
    submitted: [],
    prereview: [{ action: 'prereview' }],
    supplement_requested: [{ action: 'prereview' }, supplement],
    accepted: [{ action: 'prereview' }, { action: 'accept' }],
    rejected: [{ action: 'prereview' }, { action: 'reject', reason: '不属于本机关职权范围' }],
    reviewing: REVIEW,
    decided: DECIDED,
    certifying: [...DECIDED, { action: 'certify' }],
    delivering: [...DECIDED, { action: 'certify' }, { action: 'ship' }],
    completed: [...DECIDED, { action: 'certify' }, { action: 'ship' }, { action: 'complete' }],
    withdrawn: [],
  };
  if (status === 'withdrawn') return run(fresh(), [(s, e) => withdraw(s, '不想办了', e)]).snapshot;
  const out = run(fresh(), paths[status]);
  assert.equal(out.snapshot.status, status);
  return out.snapshot;
}

describe('state machine', () => {
  test('every allowed transition happens in some walk, and every event is an allowed transition', () => {
    const seen = new Set<string>();
    const record = (events: LifecycleEvent[]) => {
      for (const e of events) {
        if (e.from === null) continue;
        assert.ok(TRANSITIONS[e.from].includes(e.to), `${e.from} → ${e.to} is not in TRANSITIONS`);
        seen.add(`${e.from}>${e.to}`);
      }
    };
    const supplement: OperatorAction = { action: 'request_supplement', reason: '材料不清晰', materials: [{ materialId: 'premises' }] };
    const respond = (s: Snapshot, e: ReturnType<typeof env>) =>
      respondToSupplement(s, { supplementId: s.state.supplements.at(-1)!.id, materials: [] }, e);
    const bye = (s: Snapshot, e: ReturnType<typeof env>) => withdraw(s, '撤回', e);
    record(
      run(fresh(), [
        ...DECIDED,
        { action: 'certify' },
        { action: 'ship' },
        { action: 'delivery_event', location: '新乡', description: '运输中' },
        { action: 'complete' },
      ]).events,
    );
    record(run(fresh(), [{ action: 'prereview' }, supplement, respond, supplement, { action: 'reject', reason: '逾期未补正' }]).events);
    record(run(fresh(), [...REVIEW, supplement, respond]).events);
    record(run(fresh(), [{ action: 'prereview' }, { action: 'reject', reason: '不属于本机关职权范围' }]).events);
    record(
      run(fresh(), [
        ...REVIEW,
        { action: 'track_decision', department: '市场监督管理局', outcome: 'denied' },
        { action: 'track_decision', department: '住房和城乡建设局', outcome: 'approved' },
        { action: 'decide', outcome: 'denied' },
        { action: 'complete' },
      ]).events,
    );
    record(
      run(fresh(), [
        ...DECIDED,
        { action: 'certify' },
        { action: 'ship' },
        { action: 'delivery_event', location: '红旗区', description: '已签收', delivered: true },
      ]).events,
    );
    // An unanswered 补正 that the deployment ends: 不予受理 in pre-review, a denial under review.
    const late = (s: Snapshot) => expireSupplement(s, env('2026-12-01T09:00:00'))!;
    record(run(fresh(), [{ action: 'prereview' }, supplement, late]).events);
    record(run(fresh(), [...REVIEW, supplement, late, { action: 'complete' }]).events);
    for (const path of [
      [],
      [{ action: 'prereview' }],
      [{ action: 'prereview' }, supplement],
      [{ action: 'prereview' }, { action: 'accept' }],
      REVIEW,
    ] as OperatorAction[][]) {
      record(run(fresh(), [...path, bye]).events);
    }
    const allowed = APPLICATION_STATUSES.flatMap((from) => TRANSITIONS[from].map((to) => `${from}>${to}`));
    assert.deepEqual([...seen].sort(), allowed.sort());
  });

  test('an action outside its statuses is a 409 CONFLICT with a Chinese and an English message', () => {
    const samples: OperatorAction[] = [
      { action: 'prereview' },
      { action: 'accept' },
      { action: 'reject', reason: '不符合' },
      { action: 'request_supplement', reason: '补正', materials: [{ materialId: 'premises' }] },
      { action: 'start_review', departments: ['市场监督管理局'] },
      { action: 'track_decision', department: '市场监督管理局', outcome: 'approved' },
      { action: 'decide', outcome: 'approved' },
      { action: 'certify' },
      { action: 'ship' },
      { action: 'delivery_event', location: '新乡', description: '运输中' },
      { action: 'complete' },
      { action: 'advance' },
    ];
    let refused = 0;
    for (const status of APPLICATION_STATUSES) {
      const snapshot = inStatus(status);
      for (const action of samples) {
        if (ACTION_FROM[action.action].includes(status)) continue;
        assert.throws(
          () => applyAction(snapshot, action, env('2026-11-20T10:00:00')),
          (e: unknown) => {
            assert.ok(is409(e), `${action.action} from ${status}`);
            const err = e as HttpError;
            assert.match(err.text.zh, /不能|没有|已经/);
            assert.ok(err.text.en.length > 0);
            return true;
          },
        );
        refused++;
      }
    }
    assert.ok(refused > 60);
  });

  test('withdrawal is possible until a decision, and not after', () => {
    for (const status of APPLICATION_STATUSES) {
      const snapshot = inStatus(status);
      const attempt = () => withdraw(snapshot, '不想办了', env('2026-11-20T10:00:00'));
      if (WITHDRAWABLE.includes(status)) assert.equal(attempt().snapshot.status, 'withdrawn', status);
      else assert.throws(attempt, is409, status);
    }
  });

  test('a decision waits for every parallel track', () => {
    const reviewing = run(fresh(), [...REVIEW, { action: 'track_decision', department: '市场监督管理局', outcome: 'approved' }]).snapshot;
    assert.throws(
      () => applyAction(reviewing, { action: 'decide', outcome: 'approved' }, env('2026-11-03T10:00:00')),
      (e: unknown) => is409(e) && /住房和城乡建设局/.test((e as HttpError).text.zh),
    );
    assert.throws(
      () =>
        applyAction(reviewing, { action: 'track_decision', department: '市场监督管理局', outcome: 'denied' }, env('2026-11-03T10:00:00')),
      is409,
      'a track decides once',
    );
    assert.throws(
      () => applyAction(reviewing, { action: 'track_decision', department: '公安分局', outcome: 'approved' }, env('2026-11-03T10:00:00')),
      (e: unknown) => e instanceof HttpError && e.status === 400,
    );
  });

  test('advance decides denied when a track denied, and a denied decision completes without certifying', () => {
    const out = run(fresh(), [
      ...REVIEW,
      { action: 'track_decision', department: '住房和城乡建设局', outcome: 'denied', opinion: '选址不符合规划' },
      { action: 'advance' }, // decides the open track: approved
      { action: 'advance' }, // decides the application
    ]);
    assert.equal(out.snapshot.status, 'decided');
    assert.equal(out.snapshot.state.decision?.outcome, 'denied');
    assert.throws(() => applyAction(out.snapshot, { action: 'certify' }, env('2026-11-04T10:00:00')), is409);
    const done = applyAction(out.snapshot, { action: 'advance' }, env('2026-11-04T10:00:00')).snapshot;
    assert.equal(done.status, 'completed');
    assert.equal(done.state.result?.outcome, 'denied');
  });

  test('the operator may approve although a track denied', () => {
    const out = run(fresh(), [
      ...REVIEW,
      { action: 'track_decision', department: '住房和城乡建设局', outcome: 'denied' },
      { action: 'track_decision', department: '市场监督管理局', outcome: 'approved' },
      { action: 'decide', outcome: 'approved', reason: '经集体研究，准予办理' },
    ]);
    assert.equal(out.snapshot.state.decision?.outcome, 'approved');
  });

  test('advance walks an express application from submitted to completed with EMS tracking', () => {
    let snapshot = fresh().snapshot;
    const seen: ApplicationStatus[] = [snapshot.status];
    for (let i = 0; i < 30 && snapshot.status !== 'completed'; i++) {
      snapshot = advance(snapshot, env(new Date(at('2026-11-02T09:00:00').getTime() + i * 3_600_000))).snapshot;
      if (seen.at(-1) !== snapshot.status) seen.push(snapshot.status);
    }
    assert.deepEqual(seen, ['submitted', 'prereview', 'accepted', 'reviewing', 'decided', 'certifying', 'delivering', 'completed']);
    const delivery = snapshot.state.delivery;
    assert.match(delivery.waybillNumber ?? '', /^\d{13}$/);
    assert.equal(delivery.status, 'delivered');
    assert.ok(delivery.events.length >= 4);
    assert.match(delivery.events.at(-1)!.description, /签收/);
    assert.equal(snapshot.state.result?.licenseId, 'lic-YW2026110200001');
    assert.throws(() => advance(snapshot, env('2026-11-20T10:00:00')), is409);
  });

  test('certifying issues the result e-license as an effect', () => {
    const out = applyAction(inStatus('decided'), { action: 'certify' }, env('2026-11-05T10:00:00'));
    assert.equal(out.effects.length, 1);
    assert.equal(out.effects[0]!.license.type, 'business_license');
    assert.equal(out.effects[0]!.userId, 'demo-person');
  });

  test('pickup: ship means ready at the window, complete means picked up', () => {
    const decided = run(fresh({ pickup: true }), DECIDED).snapshot;
    const ready = run({ snapshot: decided, events: [] }, [{ action: 'certify' }, { action: 'ship' }]);
    assert.equal(ready.snapshot.status, 'delivering');
    assert.equal(ready.snapshot.state.delivery.waybillNumber, null);
    assert.match(ready.events.at(-1)!.message, /领取/);
    assert.throws(
      () => applyAction(ready.snapshot, { action: 'delivery_event', location: '新乡', description: 'x' }, env('2026-11-06T10:00:00')),
      is409,
    );
    const done = applyAction(ready.snapshot, { action: 'complete' }, env('2026-11-06T10:00:00'));
    assert.equal(done.snapshot.status, 'completed');
    assert.equal(done.snapshot.state.delivery.status, 'delivered');
  });

  test('an item without a document completes right after approval', () => {
    const decided = run(fresh({ resultType: 'none' }), DECIDED).snapshot;
    assert.throws(() => applyAction(decided, { action: 'certify' }, env('2026-11-05T10:00:00')), is409);
    assert.equal(applyAction(decided, { action: 'complete' }, env('2026-11-05T10:00:00')).snapshot.status, 'completed');
    const approvedWithDocument = inStatus('decided');
    assert.throws(() => applyAction(approvedWithDocument, { action: 'complete' }, env('2026-11-05T10:00:00')), is409);
  });

  test('events carry the department, chronological times and Chinese messages', () => {
    const { events } = run(fresh(), [...DECIDED]);
    assert.equal(events[0]!.message.startsWith('申请已提交'), true);
    assert.match(events.find((e) => e.to === 'accepted')!.message, /预审通过，已受理/);
    const track = events.find((e) => e.from === 'reviewing' && e.to === 'reviewing' && e.department === '住房和城乡建设局');
    assert.ok(track, 'a track decision is recorded under the track department');
    for (let i = 1; i < events.length; i++) assert.ok(events[i]!.at >= events[i - 1]!.at);
  });

  test('EMS waybills: 13 digits, or S10 with a correct check digit', () => {
    assert.equal(s10CheckDigit('47312482'), 9); // the UPU S10 example RB 47312482 9 GB
    assert.equal(isValidWaybill('RB473124829GB'), true);
    assert.equal(isValidWaybill('RB473124828GB'), false);
    assert.equal(isValidWaybill('1151234567890'), true);
    assert.equal(isValidWaybill('115123456789'), false);
    const certifying = inStatus('certifying');
    assert.throws(
      () => applyAction(certifying, { action: 'ship', waybillNumber: 'EMS-123' }, env('2026-11-06T10:00:00')),
      (e: unknown) => e instanceof HttpError && e.status === 400,
    );
    const shipped = applyAction(certifying, { action: 'ship', waybillNumber: 'rb473124829gb' }, env('2026-11-06T10:00:00')).snapshot;
    assert.equal(shipped.state.delivery.waybillNumber, 'RB473124829GB');
  });
});

describe('supplements (补正)', () => {
  const ask: OperatorAction = {
    action: 'request_supplement',
    reason: '经营场所证明不清晰',
    materials: [{ materialId: 'premises', note: '请上传彩色扫描件' }],
  };

  test('asked during prereview, the answer returns to prereview', () => {
    const asked = run(fresh(), [{ action: 'prereview' }, ask]).snapshot;
    const supplement = asked.state.supplements.at(-1)!;
    assert.equal(supplement.phase, 'prereview');
    assert.equal(supplement.materials[0]!.name, '经营场所证明');
    assert.equal(supplement.dueDate, '2026-11-09'); // 5 working days after Monday 2 November
    const answered = respondToSupplement(
      asked,
      { supplementId: supplement.id, materials: [{ materialId: 'premises', fileIds: ['f-1'] }] },
      env('2026-11-03T10:00:00'),
    );
    assert.equal(answered.snapshot.status, 'prereview');
    assert.deepEqual(answered.snapshot.state.fileIds, ['f-1']);
    assert.throws(
      () => respondToSupplement(answered.snapshot, { supplementId: supplement.id, materials: [] }, env('2026-11-03T11:00:00')),
      is409,
    );
  });

  test('a wrong supplement id is refused', () => {
    const asked = run(fresh(), [{ action: 'prereview' }, ask]).snapshot;
    assert.throws(() => respondToSupplement(asked, { supplementId: 'sup-other', materials: [] }, env('2026-11-03T10:00:00')), is409);
  });

  test('an unknown material cannot be asked for', () => {
    const prereview = inStatus('prereview');
    assert.throws(
      () =>
        applyAction(
          prereview,
          { action: 'request_supplement', reason: 'x', materials: [{ materialId: 'nope' }] },
          env('2026-11-03T10:00:00'),
        ),
      (e: unknown) => e instanceof HttpError && e.status === 400 && e.details?.[0]?.path === 'body.materials.0.materialId',
    );
  });

  test('asked during review, the tracks wait and the answer resumes review', () => {
    const asked = run(fresh(), [...REVIEW, ask]).snapshot;
    assert.ok(asked.state.tracks.every((t) => t.state === 'supplement_requested'));
    const back = respondToSupplement(
      asked,
      { supplementId: asked.state.supplements.at(-1)!.id, materials: [] },
      env('2026-11-04T10:00:00'),
    ).snapshot;
    assert.equal(back.status, 'reviewing');
    assert.ok(back.state.tracks.every((t) => t.state === 'in_progress'));
  });
});

describe('deadline', () => {
  /** Accepted Monday 2 November 2026 at 10:00, promised 5 working days. */
  const accepted = () =>
    run(
      fresh({ now: '2026-11-02T09:00:00' }),
      [{ action: 'prereview' }, { action: 'accept' }, { action: 'start_review', departments: ['市场监督管理局'] }],
      '2026-11-02T10:00:00',
    ).snapshot;

  test('none before acceptance', () => {
    assert.equal(computeDeadline(inStatus('prereview'), at('2026-11-20T10:00:00'), calendar), null);
  });

  test('counts working days from the day after acceptance', () => {
    const d = computeDeadline(accepted(), at('2026-11-04T15:00:00'), calendar)!;
    assert.deepEqual(d, {
      promisedDays: 5,
      legalDays: 15,
      startDate: '2026-11-02',
      dueDate: '2026-11-09',
      workingDaysUsed: 2,
      workingDaysLeft: 3,
      overdue: false,
      paused: false,
      pausedDays: 0,
      estimated: false,
      suspended: false,
      suspendedDays: 0,
      extendedDays: 0,
      suspension: null,
    });
  });

  test('a due date past the last day the holiday table covers is flagged as an estimate', () => {
    // Accepted on 2026-12-28 with 5 working days: due in January 2027, whose 放假安排 the table does not hold.
    const late = run(
      fresh({ now: '2026-12-28T09:00:00' }),
      [{ action: 'prereview' }, { action: 'accept' }, { action: 'start_review', departments: ['市场监督管理局'] }],
      '2026-12-28T10:00:00',
    ).snapshot;
    const d = computeDeadline(late, at('2026-12-29T10:00:00'), calendar)!;
    assert.equal(d.dueDate, '2027-01-04');
    assert.equal(d.estimated, true);
    // Once the 2027 notice is loaded (here: one day of it), the same date is counted, not estimated.
    const with2027 = createWorkingCalendar({ holidays: [...HOLIDAYS_CN, '2027-01-01'], makeupWorkdays: MAKEUP_WORKDAYS_CN });
    const counted = computeDeadline(late, at('2026-12-29T10:00:00'), with2027)!;
    assert.equal(counted.dueDate, '2027-01-05');
    assert.equal(counted.estimated, false);
  });

  test('a supplement during review pauses the clock and moves the due date by the paused working days', () => {
    const asked = applyAction(
      accepted(),
      { action: 'request_supplement', reason: '补正', materials: [{ materialId: 'premises' }] },
      env('2026-11-04T10:00:00'),
    ).snapshot;
    // Thursday, still waiting: Thursday does not count.
    const waiting = computeDeadline(asked, at('2026-11-05T16:00:00'), calendar)!;
    assert.equal(waiting.paused, true);
    assert.equal(waiting.pausedDays, 1);
    assert.equal(waiting.workingDaysUsed, 2);
    assert.equal(waiting.workingDaysLeft, 3);
    assert.equal(waiting.dueDate, '2026-11-10');
    // Answered Friday: Thursday and Friday were paused.
    const answered = respondToSupplement(
      asked,
      { supplementId: asked.state.supplements[0]!.id, materials: [] },
      env('2026-11-06T09:00:00'),
    ).snapshot;
    const monday = computeDeadline(answered, at('2026-11-09T10:00:00'), calendar)!;
    assert.equal(monday.paused, false);
    assert.equal(monday.pausedDays, 2);
    assert.equal(monday.dueDate, '2026-11-11');
    assert.equal(monday.workingDaysUsed, 3);
    assert.equal(monday.workingDaysLeft, 2);
    const late = computeDeadline(answered, at('2026-11-12T10:00:00'), calendar)!;
    assert.equal(late.overdue, true);
    assert.equal(late.workingDaysLeft, -1);
  });

  test('a rest day after a missed due date is already overdue', () => {
    const d = computeDeadline(accepted(), at('2026-11-14T10:00:00'), calendar)!; // Saturday after Monday 9 November
    assert.equal(d.overdue, true);
    assert.ok(d.workingDaysLeft < 0);
    const due = computeDeadline(accepted(), at('2026-11-09T17:00:00'), calendar)!;
    assert.equal(due.overdue, false);
    assert.equal(due.workingDaysLeft, 0);
  });

  test('holidays do not count: accepted before National Day 2026', () => {
    const before = run(
      fresh({ now: '2026-09-29T09:00:00' }),
      [{ action: 'prereview' }, { action: 'accept' }],
      '2026-09-29T09:00:00',
    ).snapshot;
    const d = computeDeadline(before, at('2026-10-08T10:00:00'), calendar)!;
    // 9/30 and 10/8 are working days; 10/1–10/7 are not.
    assert.equal(d.workingDaysUsed, 2);
    assert.equal(d.dueDate, '2026-10-12'); // 9/30, 10/8, 10/9, Saturday 10/10 (调休), 10/12
  });

  test('the clock stops at the decision', () => {
    const decided = run(fresh(), DECIDED, '2026-11-02T10:00:00').snapshot;
    const a = computeDeadline(decided, at('2026-11-03T10:00:00'), calendar)!;
    const b = computeDeadline(decided, at('2026-12-30T10:00:00'), calendar)!;
    assert.deepEqual(a, b);
    assert.equal(b.overdue, false);
  });
});

describe('evaluation and stages', () => {
  const body = {
    level: 5,
    indicators: { overall: 5, efficiency: 5, guideAccuracy: 5, convenience: 5, platformUsability: 5 },
    tags: ['快'],
  };

  test('only a completed application, and only once', () => {
    assert.throws(() => evaluate(inStatus('delivering'), body, env('2026-11-20T10:00:00')), is409);
    const once = evaluate(inStatus('completed'), body, env('2026-11-20T10:00:00'));
    assert.equal(once.state.evaluation?.level, 5);
    assert.throws(
      () => evaluate(once, body, env('2026-11-21T10:00:00')),
      (e: unknown) => is409(e) && /已经评价/.test((e as HttpError).text.zh),
    );
  });

  test('rejected at prereview: later stages skipped', () => {
    const { snapshot, events } = run(fresh(), [{ action: 'prereview' }, { action: 'reject', reason: '不符合' }]);
    const stages = buildStages(snapshot, events);
    assert.deepEqual(
      stages.map((s) => s.state),
      ['done', 'done', 'skipped', 'skipped', 'skipped', 'skipped', 'skipped', 'skipped'],
    );
  });

  test('reviewing: earlier done, review current, later pending; supplement in review keeps review current', () => {
    const { snapshot, events } = run(fresh(), [
      ...REVIEW,
      { action: 'request_supplement', reason: 'x', materials: [{ materialId: 'premises' }] },
    ]);
    const stages = buildStages(snapshot, events);
    assert.deepEqual(
      stages.map((s) => `${s.key}:${s.state}`),
      [
        'submitted:done',
        'prereview:done',
        'accepted:done',
        'reviewing:current',
        'decided:pending',
        'certifying:pending',
        'delivering:pending',
        'completed:pending',
      ],
    );
    assert.equal(stages[3]!.department, '市场监督管理局、住房和城乡建设局');
    assert.equal(stages[3]!.finishedAt, null);
    assert.equal(stages[0]!.finishedAt, stages[1]!.startedAt);
  });

  test('denied: certifying and delivering are skipped as soon as it is decided', () => {
    const { snapshot, events } = run(fresh(), [
      ...REVIEW,
      { action: 'track_decision', department: '市场监督管理局', outcome: 'denied' },
      { action: 'track_decision', department: '住房和城乡建设局', outcome: 'denied' },
      { action: 'decide', outcome: 'denied' },
    ]);
    assert.deepEqual(
      buildStages(snapshot, events).map((s) => s.state),
      ['done', 'done', 'done', 'done', 'current', 'skipped', 'skipped', 'pending'],
    );
  });

  test('withdrawn: the stages it never reached are skipped', () => {
    const { snapshot, events } = run(fresh(), [{ action: 'prereview' }, (s, e) => withdraw(s, '撤回', e)]);
    assert.deepEqual(
      buildStages(snapshot, events).map((s) => s.state),
      ['done', 'done', 'skipped', 'skipped', 'skipped', 'skipped', 'skipped', 'skipped'],
    );
  });
});

describe('staff actions', () => {
  test('accepting a submitted case passes through prereview, each step its own event', () => {
    const out = applyAction(fresh().snapshot, { action: 'accept' }, env('2026-11-02T10:00:00'));
    assert.equal(out.snapshot.status, 'accepted');
    assert.deepEqual(
      out.events.map((e) => `${e.from}>${e.to}`),
      ['submitted>prereview', 'prereview>accepted'],
    );
  });

  test('an unanswered 补正 expires the day after its due date, not before', () => {
    const supplement: OperatorAction = { action: 'request_supplement', reason: '材料不清晰', materials: [{ materialId: 'premises' }] };
    const waiting = run(fresh(), [{ action: 'prereview' }, supplement]).snapshot;
    const due = waiting.state.supplements.at(-1)!.dueDate;
    const ended = expireSupplement(waiting, env(`${due}T23:59:00`));
    assert.equal(ended, null, 'still open on the due date');
    const next = expireSupplement(waiting, env('2026-12-01T09:00:00'))!;
    assert.equal(next.snapshot.status, 'rejected');
    assert.equal(next.snapshot.state.result?.outcome, 'not_accepted');
    assert.match(next.events[0]!.message, /逾期未补正/);

    const underReview = run(fresh(), [...REVIEW, supplement]).snapshot;
    const denied = expireSupplement(underReview, env('2026-12-01T09:00:00'))!;
    assert.equal(denied.snapshot.status, 'decided');
    assert.equal(denied.snapshot.state.decision?.outcome, 'denied');
    assert.ok(
      denied.snapshot.state.pauses.every((p) => p.to !== null),
      'the paused clock is closed',
    );
  });

  test('容缺 materials are owed from submission; supplying one clears its line, a second time is a 400', () => {
    const start = createApplication(
      { ...baseInput(), deferred: [{ id: 'premises', name: '经营场所证明' }], deferredWorkingDays: 3 },
      env('2026-11-02T09:00:00'),
    );
    const ledger = deferredLedger(start.snapshot.state, at('2026-11-05T09:00:00'), calendar);
    assert.deepEqual(ledger, [
      { materialId: 'premises', name: '经营场所证明', dueDate: '2026-11-05', suppliedAt: null, overdue: false, estimated: false },
    ]);
    assert.equal(deferredLedger(start.snapshot.state, at('2026-11-06T09:00:00'), calendar)[0]!.overdue, true);
    const supplied = supplyDeferred(start.snapshot, [{ materialId: 'premises', fileIds: ['f1'] }], env('2026-11-03T09:00:00'));
    assert.equal(supplied.snapshot.status, 'submitted');
    assert.equal(deferredLedger(supplied.snapshot.state, at('2026-11-09T09:00:00'), calendar)[0]!.overdue, false);
    assert.ok(supplied.snapshot.state.fileIds.includes('f1'));
    assert.throws(
      () => supplyDeferred(supplied.snapshot, [{ materialId: 'premises', fileIds: ['f2'] }], env('2026-11-03T10:00:00')),
      (e: unknown) => e instanceof HttpError && e.status === 400,
    );
  });
});

describe('the clock: special procedures (特别程序) and extensions (延期)', () => {
  /** Accepted and under review from `day` 10:00 (promised 5 working days). */
  const reviewing = (day: string) =>
    run(
      fresh({ now: `${day}T09:00:00` }),
      [{ action: 'prereview' }, { action: 'accept' }, { action: 'start_review', departments: ['市场监督管理局'] }],
      `${day}T10:00:00`,
    ).snapshot;
  const suspendAt = (s: Snapshot, when: string, expectedWorkingDays?: number) =>
    applyAction(
      s,
      {
        action: 'suspend',
        procedure: 'hearing',
        reason: '涉及申请人与他人之间重大利益关系，依法组织听证',
        ...(expectedWorkingDays ? { expectedWorkingDays } : {}),
      },
      env(when),
    );

  test('a suspension spanning 春节 2026 stops the clock; resuming moves the due date by the suspended working days', () => {
    // Accepted Monday 9 February 2026; three working days used by Thursday 12 February, when the hearing starts.
    const started = suspendAt(reviewing('2026-02-09'), '2026-02-12T15:00:00', 10);
    assert.equal(started.snapshot.status, 'reviewing');
    assert.equal(started.events.length, 1);
    assert.match(started.events[0]!.message, /听证.*暂停计时.*10 个工作日/);
    // During the holiday (2/15–2/23): Friday 13 and the make-up Saturday 14 did not count.
    const during = computeDeadline(started.snapshot, at('2026-02-20T10:00:00'), calendar)!;
    assert.equal(during.suspended, true);
    assert.equal(during.paused, true);
    assert.equal(during.suspendedDays, 2);
    assert.equal(during.pausedDays, 2);
    assert.equal(during.workingDaysUsed, 3);
    assert.equal(during.workingDaysLeft, 2);
    assert.equal(during.dueDate, '2026-02-25');
    assert.equal(during.suspension?.procedure, 'hearing');
    assert.equal(during.suspension?.expectedWorkingDays, 10);
    // Ten working days after 2/12: 13, 14 (调休), 24, 25, 26, 27, 28 (调休), 3/2, 3/3, 3/4.
    assert.equal(during.suspension?.expectedEnd, '2026-03-04');
    // Resumed Thursday 26 February: 13, 14, 24, 25 and 26 were suspended; due 5 + 5 working days after 2/9.
    const resumed = applyAction(started.snapshot, { action: 'resume' }, env('2026-02-26T11:00:00'));
    assert.match(resumed.events[0]!.message, /听证结束.*5 个工作日.*2026-02-28/);
    const after = computeDeadline(resumed.snapshot, at('2026-02-26T16:00:00'), calendar)!;
    assert.equal(after.suspended, false);
    assert.equal(after.paused, false);
    assert.equal(after.suspension, null);
    assert.equal(after.suspendedDays, 5);
    assert.equal(after.pausedDays, 5);
    assert.equal(after.workingDaysUsed, 3);
    assert.equal(after.workingDaysLeft, 2);
    assert.equal(after.dueDate, '2026-02-28'); // 27 February, then the make-up Saturday 28
    assert.equal(computeDeadline(resumed.snapshot, at('2026-03-02T10:00:00'), calendar)!.overdue, true);
  });

  test('a suspension over a weekend counts only the working days after its first day', () => {
    // Accepted Monday 2 November 2026, due Monday 9; suspended Friday 6, resumed Monday 9: one working day (the 9th).
    const started = suspendAt(reviewing('2026-11-02'), '2026-11-06T10:00:00');
    const resumed = applyAction(started.snapshot, { action: 'resume', message: '听证会已举行' }, env('2026-11-09T10:00:00'));
    assert.match(resumed.events[0]!.message, /听证会已举行/);
    const d = computeDeadline(resumed.snapshot, at('2026-11-09T12:00:00'), calendar)!;
    assert.equal(d.suspendedDays, 1);
    assert.equal(d.dueDate, '2026-11-10');
    assert.equal(d.workingDaysLeft, 1);
  });

  test('an extension adds working days past a weekend and a holiday, once by default', () => {
    // Accepted Tuesday 22 September 2026, 5 working days: 23, 24, (25–27 中秋, weekend), 28, 29, 30.
    const s = reviewing('2026-09-22');
    assert.equal(computeDeadline(s, at('2026-09-29T10:00:00'), calendar)!.dueDate, '2026-09-30');
    const extended = applyAction(s, { action: 'extend', workingDays: 3, reason: '需要现场核查，经负责人批准' }, env('2026-09-29T10:00:00'));
    assert.equal(extended.snapshot.status, 'reviewing');
    // 国庆 10/1–10/7; then 10/8, 10/9 and the make-up Saturday 10/10.
    assert.match(extended.events[0]!.message, /延长办理期限 3 个工作日.*2026-10-10/);
    const d = computeDeadline(extended.snapshot, at('2026-10-09T10:00:00'), calendar)!;
    assert.equal(d.extendedDays, 3);
    assert.equal(d.dueDate, '2026-10-10');
    assert.equal(d.workingDaysLeft, 1);
    assert.equal(d.overdue, false);
    assert.throws(
      () => applyAction(extended.snapshot, { action: 'extend', workingDays: 1, reason: '再次延期' }, env('2026-10-09T10:00:00')),
      (e: unknown) => is409(e) && /延长过一次/.test((e as HttpError).text.zh),
    );
    // A deployment that allows two.
    const twice = applyAction(
      extended.snapshot,
      { action: 'extend', workingDays: 2, reason: '再次延期' },
      {
        ...env('2026-10-09T10:00:00'),
        maxExtensions: 2,
      },
    );
    assert.equal(computeDeadline(twice.snapshot, at('2026-10-09T10:00:00'), calendar)!.extendedDays, 5);
  });

  test('what a suspension allows: no second one, no 补正 or decision until resumed; resume needs one; advance resumes', () => {
    const started = suspendAt(reviewing('2026-11-02'), '2026-11-03T10:00:00').snapshot;
    const later = env('2026-11-04T10:00:00');
    assert.throws(() => suspendAt(started, '2026-11-04T10:00:00'), is409);
    assert.throws(
      () => applyAction(started, { action: 'request_supplement', reason: '补正', materials: [{ materialId: 'premises' }] }, later),
      (e: unknown) => is409(e) && /恢复计时/.test((e as HttpError).text.zh),
    );
    const tracked = applyAction(started, { action: 'track_decision', department: '市场监督管理局', outcome: 'approved' }, later).snapshot;
    assert.throws(() => applyAction(tracked, { action: 'decide', outcome: 'approved' }, later), is409);
    assert.throws(() => applyAction(reviewing('2026-11-02'), { action: 'resume' }, later), is409);
    // Not before acceptance: the clock has not started.
    assert.throws(() => suspendAt(inStatus('prereview'), '2026-11-04T10:00:00'), is409);
    const advanced = advance(tracked, later);
    assert.match(advanced.events[0]!.message, /恢复计时/);
    assert.equal(computeDeadline(advanced.snapshot, later.now, calendar)!.suspended, false);
  });

  test('a withdrawal ends a running suspension', () => {
    const started = suspendAt(reviewing('2026-11-02'), '2026-11-03T10:00:00').snapshot;
    const gone = withdraw(started, '不再需要', env('2026-11-05T10:00:00')).snapshot;
    assert.equal(gone.state.suspensions?.[0]?.to, gone.state.finishedAt);
    const d = computeDeadline(gone, at('2026-11-20T10:00:00'), calendar)!;
    assert.equal(d.suspended, false);
    assert.equal(d.suspendedDays, 2);
  });

  test('补正 and 容缺 due dates past the holiday table are flagged as estimates', () => {
    const input = { ...baseInput(), deferred: [{ id: 'premises', name: '经营场所证明' }] };
    const late = createApplication(input, env('2026-12-24T09:00:00')).snapshot;
    const ledger = deferredLedger(late.state, at('2026-12-24T10:00:00'), calendar);
    assert.equal(ledger[0]!.dueDate > '2026-12-31', true);
    assert.equal(ledger[0]!.estimated, true);
    const early = createApplication(input, env('2026-11-02T09:00:00')).snapshot;
    assert.equal(deferredLedger(early.state, at('2026-11-02T10:00:00'), calendar)[0]!.estimated, false);
    const asked = applyAction(
      late,
      { action: 'request_supplement', reason: '补正', materials: [{ materialId: 'premises' }] },
      env('2026-12-28T10:00:00'),
    ).snapshot;
    const supplement = supplementOf(asked.state, calendar)!;
    assert.equal(supplement.dueDate, '2027-01-04');
    assert.equal(supplement.estimated, true);
  });
});
