// Performance figures over real HTTP: the SQL of GET /catalog/performance and
// GET /staff/performance agrees with the lifecycle's own deadline rule
// (computeDeadline) over every application of the seed and of a case decided
// late here; the public report holds figures only; staff see their department
// and the cases that need attention; the period is checked.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { PublicPerformance, StaffPerformance } from '@yiwang/contract';
import type { PerformanceFigures } from '@yiwang/contract';
import { TEST_ADMIN_TOKEN, TEST_OPERATOR_TOKEN } from '@yiwang/test/helpers/test-server';
import { assertError, useServerApi } from '@yiwang/test/helpers/server-api';
import { APPLICATION_COLUMNS, toRecord } from '../applications/store.ts';
import type { ApplicationRow } from '../applications/store.ts';
import { TERMINAL, computeDeadline } from '../applications/lifecycle.ts';
import { addCalendarDays } from '../domain/workdays.ts';
import { beijingDate } from '../domain/time.ts';

const testApi = useServerApi();
const { api } = testApi;

/** The figures of `department` (null: all) computed in JS from the stored applications, with the lifecycle's rule. */
async function oracle(from: string, to: string, department: string | null): Promise<PerformanceFigures> {
  const { services } = testApi.server;
  const now = await services.clock.now();
  const rows = await services.db.query<ApplicationRow & { department_id: string }>(
    `SELECT ${APPLICATION_COLUMNS}, department_id FROM applications`,
  );
  const f = {
    received: 0,
    completed: 0,
    decided: 0,
    decidedOnTime: 0,
    used: 0,
    promised: 0,
    evaluations: 0,
    levels: 0,
    bad: 0,
    badAwaiting: 0,
    openSupplements: 0,
    overdue: 0,
  };
  const within = (at: string | Date | null | undefined) => !!at && beijingDate(at) >= from && beijingDate(at) <= to;
  for (const row of rows) {
    if (department !== null && row.department_id !== department) continue;
    const r = toRecord(row);
    const s = r.state;
    if (within(r.submittedAt)) f.received++;
    if (r.status === 'completed' && within(s.finishedAt)) f.completed++;
    const deadline = computeDeadline(r, now, services.calendar);
    if (s.acceptedAt && s.decision && within(s.decision.at)) {
      f.decided++;
      if (!deadline!.overdue) f.decidedOnTime++;
      f.used += deadline!.workingDaysUsed;
      f.promised += s.promisedDays;
    }
    if (s.evaluation && within(s.evaluation.createdAt)) {
      f.evaluations++;
      f.levels += s.evaluation.level;
      if (s.evaluation.level <= 2) f.bad++;
    }
    if (s.evaluation && s.evaluation.level <= 2 && !s.evaluation.rectification) f.badAwaiting++;
    if (r.status === 'supplement_requested') f.openSupplements++;
    if (!TERMINAL.includes(r.status) && s.acceptedAt && !s.decision && deadline?.overdue) f.overdue++;
  }
  const round = (v: number, places: number) => Math.round(v * 10 ** places) / 10 ** places;
  return {
    received: f.received,
    completed: f.completed,
    decided: f.decided,
    decidedOnTime: f.decidedOnTime,
    onTimeRate: f.decided ? round(f.decidedOnTime / f.decided, 4) : null,
    averageWorkingDaysUsed: f.decided ? round(f.used / f.decided, 2) : null,
    averagePromisedDays: f.decided ? round(f.promised / f.decided, 2) : null,
    evaluations: { count: f.evaluations, average: f.evaluations ? round(f.levels / f.evaluations, 2) : null, bad: f.bad },
    badAwaitingRectification: f.badAwaiting,
    openSupplements: f.openSupplements,
    overdue: f.overdue,
  };
}

const strip = ({
  departmentId: _id,
  departmentName: _name,
  ...figures
}: PerformanceFigures & { departmentId: string; departmentName: string }) => figures;

describe('performance figures (绩效考核, 全程公开)', () => {
  let today = '';
  let lateNumber = '';
  const clockAt = async (iso: string | null) => {
    const res = await api('PUT', '/operator/clock', { token: TEST_OPERATOR_TOKEN, body: { now: iso } });
    assert.equal(res.status, 200, JSON.stringify(res.body));
  };

  before(async () => {
    const { services } = testApi.server;
    today = beijingDate(await services.clock.now());
    // A case accepted 12 working days ago and decided today: past its promise; then completed and rated 差评.
    let accepted = today;
    for (let n = 0; n < 12;) {
      accepted = addCalendarDays(accepted, -1);
      if (services.calendar.isWorkingDay(accepted)) n++;
    }
    await clockAt(`${accepted}T09:30:00+08:00`);
    ({ number: lateNumber } = await testApi.submit());
    await testApi.actAlong(lateNumber, 'accept');
    await clockAt(null);
    await testApi.actAlong(lateNumber, 'complete', 'start_review');
    const rated = await api('POST', `/applications/${lateNumber}/evaluation`, {
      token: testApi.tokens.person,
      body: {
        level: 1,
        indicators: { overall: 1, efficiency: 1, guideAccuracy: 2, convenience: 2, platformUsability: 3 },
        tags: [],
        comment: '超过承诺时限',
      },
    });
    assert.equal(rated.status, 201, JSON.stringify(rated.body));
  });
  after(() => clockAt(null));

  test('the public report agrees with the lifecycle rule for every department and in total, figures only', async () => {
    const from = addCalendarDays(today, -59);
    const res = await api('GET', `/catalog/performance?from=${from}&to=${today}`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const report = PublicPerformance.parse(res.body);
    assert.deepEqual([report.from, report.to], [from, today]);
    assert.ok(report.departments.length >= 5, 'every department of the catalog, with or without cases');
    for (const d of report.departments) assert.deepEqual(strip(d), await oracle(from, today, d.departmentId), d.departmentId);
    assert.deepEqual(report.total, await oracle(from, today, null));
    // The seed and the late case give figures to check, not only zeros.
    const scjg = report.departments.find((d) => d.departmentId === 'scjg')!;
    assert.ok(scjg.received > 0 && scjg.decided > 0 && scjg.decidedOnTime < scjg.decided, JSON.stringify(scjg));
    assert.ok(scjg.evaluations.bad >= 1 && scjg.badAwaitingRectification >= 1);
    assert.ok(report.total.openSupplements > 0);
    // No case numbers, no names: only the departments' own.
    assert.doesNotMatch(JSON.stringify(res.body), /YW\d{13}/);
    assert.equal('attention' in res.body, false);
  });

  test("staff see their department's figures and the cases that need attention by number; the administrator sees all", async () => {
    const staff = await testApi.signIn('demo-staff');
    const res = await api('GET', `/staff/performance?to=${today}`, { token: staff });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const report = StaffPerformance.parse(res.body);
    assert.equal(report.from, addCalendarDays(today, -29), 'thirty days by default');
    assert.deepEqual(
      report.departments.map((d) => d.departmentId),
      ['scjg'],
    );
    assert.deepEqual(strip(report.departments[0]!), await oracle(report.from, today, 'scjg'));
    assert.ok(report.attention.badAwaitingRectification.includes(lateNumber));
    assert.equal(report.attention.overdue.length, report.departments[0]!.overdue);

    const all = StaffPerformance.parse((await api('GET', '/staff/performance', { token: TEST_ADMIN_TOKEN })).body);
    assert.ok(all.departments.length > 1);
    assert.deepEqual(all.total, await oracle(all.from, all.to, null));

    assertError(await api('GET', '/staff/performance', { token: testApi.tokens.person }), 403, 'NOT_STAFF');
    assertError(await api('GET', '/staff/performance'), 401, 'UNAUTHORIZED');
  });

  test('the period: from after to, more than 400 days, and malformed dates are 400', async () => {
    assertError(await api('GET', '/catalog/performance?from=2026-02-01&to=2026-01-01'), 400, 'VALIDATION_FAILED');
    assertError(await api('GET', '/catalog/performance?from=2024-01-01&to=2026-01-01'), 400, 'VALIDATION_FAILED');
    assertError(await api('GET', '/catalog/performance?from=2026-13-01'), 400, 'VALIDATION_FAILED');
  });
});
