// Due-date reminders of what the applicant owes, on one seeded server: a 容缺
// material is reminded of at each configured threshold of working days before
// its due date and once on the day it becomes overdue, each exactly once
// however often and by however many dispatchers the day is looked at; an open
// 补正 request the same way; the thresholds come from YIWANG_DEFERRED_REMINDER_DAYS.
// Dates are passed to the notifier (the simulated clock of a test), counted on
// the server's working calendar. Two dispatchers racing on PostgreSQL (where
// they really run at once) write one reminder, and end an expired 补正 request
// (YIWANG_SUPPLEMENT_EXPIRY=reject) once; skipped without YIWANG_TEST_DATABASE_URL.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { OutboxPage, Progress } from '@yiwang/contract';
import type { OutboxMessage } from '@yiwang/contract';
import { TEST_ADMIN_TOKEN } from '@yiwang/test/helpers/test-operator-token';
import { useServerApi } from '@yiwang/test/helpers/server-api';
import type { ServerApi } from '@yiwang/test/helpers/server-api';
import { createTestDatabase, TEST_POSTGRES_URL } from '@yiwang/test/helpers/postgres';
import { foodBusinessData } from '@yiwang/test/fixtures/applications';
import { reminderDays } from '../config.ts';
import type { WorkingCalendar } from '../domain/workdays.ts';
import { addCalendarDays } from '../domain/workdays.ts';
import { expireDueSupplements } from '../applications/expiry.ts';
import { createNotifier } from './dispatcher.ts';
import { reminderThreshold } from './reminders.ts';

const NOTIFY = { intervalMs: 0, backoffMs: 1000, maxBackoffMs: 60_000, webhookTimeoutMs: 5000, devSmsInbox: true };

/** The working day with `left` working days to go until `due` (noon, Beijing time). */
function dayBefore(calendar: WorkingCalendar, due: string, left: number): Date {
  let d = due;
  while (!(calendar.workingDaysBetween(d, due) === left && calendar.isWorkingDay(d))) d = addCalendarDays(d, -1);
  return noon(d);
}
const noon = (date: string) => new Date(`${date}T12:00:00+08:00`);

/** A notifier of its own over the test server's database, reminding at `days`. */
const notifierOf = (testApi: ServerApi, days: number[]) => {
  const { db, clock, notifier } = testApi.server.services;
  // The server's channels: a notifier registers its channels as the active ones.
  return clock.now().then((now) =>
    createNotifier(
      {
        db,
        channels: notifier.channels,
        backoffMs: 1000,
        maxBackoffMs: 60_000,
        webhookTimeoutMs: 5000,
        reminders: { days, calendar: () => testApi.server.services.calendar },
        // As services.ts does it where unanswered 补正 requests end.
        expireSupplements: async (at: Date) =>
          (await expireDueSupplements(db, { now: at, calendar: testApi.server.services.calendar })).length,
      },
      now,
    ),
  );
};

async function reminders(testApi: ServerApi, number: string): Promise<OutboxMessage[]> {
  const res = await testApi.api('GET', `/admin/notifications?number=${number}&kind=due_reminder&pageSize=100`, { token: TEST_ADMIN_TOKEN });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  return OutboxPage.parse(res.body).items.toReversed();
}

/** Submits a food business application with its two 容缺 materials owed; returns the number and their due date. */
async function submitOwing(testApi: ServerApi): Promise<{ number: string; due: string }> {
  const { number } = await testApi.submit({ data: foodBusinessData(await testApi.uploadPdf(testApi.tokens.person)) });
  const res = await testApi.api('GET', `/applications/${number}/progress`, { token: testApi.tokens.person });
  const ledger = Progress.parse(res.body).deferred ?? [];
  assert.equal(ledger.length, 2);
  return { number, due: ledger[0]!.dueDate };
}

describe('reminder thresholds', () => {
  test('YIWANG_DEFERRED_REMINDER_DAYS: a comma list of working days, largest first; empty for none', () => {
    assert.deepEqual(reminderDays('1, 3,3'), [3, 1]);
    assert.deepEqual(reminderDays(''), []);
    assert.throws(() => reminderDays('3,x'), /YIWANG_DEFERRED_REMINDER_DAYS/);
    assert.throws(() => reminderDays('-1'), /YIWANG_DEFERRED_REMINDER_DAYS/);
  });
});

describe('due-date reminders (PGlite)', () => {
  const testApi = useServerApi({ notify: NOTIFY });

  test('a 容缺 material: 3 and 1 working days before, then once the day it is overdue; each once', async () => {
    const calendar = testApi.server.services.calendar;
    const { number, due } = await submitOwing(testApi);
    const notifier = await notifierOf(testApi, [3, 1]);
    const at = async (when: Date, fresh = false) => (fresh ? await notifierOf(testApi, [3, 1]) : notifier).queueReminders(when);

    await at(dayBefore(calendar, due, 4));
    assert.deepEqual(await reminders(testApi, number), [], 'nothing 4 working days before');

    await at(dayBefore(calendar, due, 3));
    let sent = await reminders(testApi, number);
    assert.equal(sent.length, 1);
    assert.deepEqual(sent[0]!.data.reminder, {
      subject: 'deferred',
      materials: [
        { materialId: 'food-layout', name: sent[0]!.data.reminder!.materials[0]!.name },
        { materialId: 'food-safety-rules', name: sent[0]!.data.reminder!.materials[1]!.name },
      ],
      dueDate: due,
      workingDaysLeft: 3,
      overdue: false,
    });
    assert.match(sent[0]!.text.zh, new RegExp(`容缺材料待补交.*还剩 3 个工作日，期限为 ${due}`));
    assert.ok(
      sent[0]!.deliveries.some((d) => d.channel === 'sms'),
      'the SMS channel delivers it',
    );

    // The same day again, by this dispatcher or another one: nothing new.
    await at(dayBefore(calendar, due, 3));
    await at(dayBefore(calendar, due, 3), true);
    await at(dayBefore(calendar, due, 2), true);
    assert.equal((await reminders(testApi, number)).length, 1);

    await at(dayBefore(calendar, due, 1));
    await at(noon(due));
    sent = await reminders(testApi, number);
    assert.deepEqual(
      sent.map((m) => [m.data.reminder?.workingDaysLeft, m.data.reminder?.overdue]),
      [
        [3, false],
        [1, false],
      ],
    );

    const overdueDay = addCalendarDays(due, 1);
    await at(noon(overdueDay));
    await at(noon(overdueDay), true);
    await at(noon(calendar.addWorkingDays(due, 3)), true);
    sent = await reminders(testApi, number);
    assert.equal(sent.length, 3);
    assert.equal(sent[2]!.data.reminder?.overdue, true);
    assert.match(sent[2]!.text.zh, /容缺材料已逾期未补交/);
  });

  test('an open 补正 request is reminded of the same way; a supplied one is not', async () => {
    const calendar = testApi.server.services.calendar;
    const wangmin = await testApi.signIn('demo-staff');
    const { number } = await testApi.submit();
    const res = await testApi.api('POST', `/staff/cases/${number}/supplement`, {
      token: wangmin,
      body: { reason: '租赁合同不清晰', materials: [{ materialId: 'premises-lease', note: '请上传清晰扫描件' }], dueWorkingDays: 5 },
    });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const progress = Progress.parse((await testApi.api('GET', `/applications/${number}/progress`, { token: testApi.tokens.person })).body);
    const due = progress.supplement!.dueDate;
    await (await notifierOf(testApi, [3])).queueReminders(dayBefore(calendar, due, 3));
    const sent = await reminders(testApi, number);
    assert.equal(sent.length, 1);
    assert.equal(sent[0]!.data.reminder?.subject, 'supplement');
    assert.deepEqual(
      sent[0]!.data.reminder?.materials.map((m) => m.materialId),
      ['premises-lease'],
    );
    assert.match(sent[0]!.text.zh, /补正期限将至/);

    const answered = await testApi.api('POST', `/applications/${number}/supplement`, {
      token: testApi.tokens.person,
      body: {
        supplementId: progress.supplement!.id,
        materials: [{ materialId: 'premises-lease', fileIds: [await testApi.uploadPdf(testApi.tokens.person)] }],
      },
    });
    assert.equal(answered.status, 200, JSON.stringify(answered.body));
    await (await notifierOf(testApi, [3, 1])).queueReminders(dayBefore(calendar, due, 1));
    assert.equal((await reminders(testApi, number)).length, 1, 'no reminder once answered');
  });

  test('a threshold the applicant was inside of when told the due date is skipped', () => {
    const calendar = testApi.server.services.calendar;
    const told = '2026-03-02'; // a Monday; due 2 working days later
    const due = calendar.addWorkingDays(told, 2);
    assert.equal(reminderThreshold(told, due, told, [3, 1], calendar), null);
    assert.deepEqual(reminderThreshold(calendar.addWorkingDays(told, 1), due, told, [3, 1], calendar), {
      threshold: '1',
      workingDaysLeft: 1,
      overdue: false,
    });
  });
});

const adminUrl = TEST_POSTGRES_URL;
if (!adminUrl) {
  test('two dispatchers on PostgreSQL write one reminder', (ctx) => ctx.skip('YIWANG_TEST_DATABASE_URL is not set (.ci/run sets it)'));
} else {
  describe('due-date reminders (PostgreSQL)', () => {
    let drop: () => Promise<void> = async () => undefined;
    const testApi = useServerApi(async () => {
      const database = await createTestDatabase(adminUrl, 'yiwang_reminders');
      drop = database.drop;
      return { databaseUrl: database.url, notify: NOTIFY, supplementExpiry: 'reject' };
    });
    after(() => drop());

    test('two dispatchers at once write one reminder per threshold', async () => {
      const calendar = testApi.server.services.calendar;
      const { number, due } = await submitOwing(testApi);
      const [a, b] = [await notifierOf(testApi, [3, 1]), await notifierOf(testApi, [3, 1])];
      const when = dayBefore(calendar, due, 3);
      const [ra, rb] = await Promise.all([a.queueReminders(when), b.queueReminders(when)]);
      const sent = await reminders(testApi, number);
      assert.equal(sent.length, 1);
      assert.ok(ra + rb >= 1);
      const overdue = noon(addCalendarDays(due, 1));
      await Promise.all([a.queueReminders(overdue), b.queueReminders(overdue)]);
      assert.deepEqual(
        (await reminders(testApi, number)).map((m) => m.data.reminder?.overdue),
        [false, true],
      );
    });

    test('two dispatchers at once end an expired 补正 request once, with one message', async () => {
      const staff = await testApi.signIn('demo-staff');
      const numbers: string[] = [];
      let due = '';
      for (let i = 0; i < 2; i++) {
        const { number } = await testApi.submit();
        const res = await testApi.api('POST', `/staff/cases/${number}/supplement`, {
          token: staff,
          body: { reason: '缺少材料', materials: [{ materialId: 'premises-lease', note: '请补充' }], dueWorkingDays: 1 },
        });
        assert.equal(res.status, 200, JSON.stringify(res.body));
        due = res.body.supplementDue;
        numbers.push(number);
      }
      const [a, b] = [await notifierOf(testApi, []), await notifierOf(testApi, [])];
      const late = noon(addCalendarDays(due, 2));
      const [ra, rb] = await Promise.all([a.expireSupplements(late), b.expireSupplements(late)]);
      assert.ok(ra + rb >= numbers.length, 'every expired request is ended by one of them');
      for (const number of numbers) {
        const progress = Progress.parse(
          (await testApi.api('GET', `/applications/${number}/progress`, { token: testApi.tokens.person })).body,
        );
        assert.equal(progress.status, 'rejected');
        assert.equal(progress.events.filter((e) => e.to === 'rejected').length, 1, 'one event');
        const res = await testApi.api('GET', `/admin/notifications?number=${number}&kind=status_changed&pageSize=100`, {
          token: TEST_ADMIN_TOKEN,
        });
        const told = OutboxPage.parse(res.body).items.filter((m) => m.data.to === 'rejected');
        assert.equal(told.length, 1, 'one message');
      }
    });
  });
}
