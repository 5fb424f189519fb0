// Seeds the demo applications of demo-applications.ts through the same
// lifecycle functions the API runs (not hand-written rows), with times
// back-dated from "now" (the server clock at seeding, which may be simulated)
// so deadlines, waiting times and EMS tracking look alive whenever the database
// is created. The daily sequence of their date is reserved past them, so a real
// submission never collides.
import type { EvaluationCreate, FormSchema, ItemDetail, License, OperatorAction, PostalAddress } from '@yiwang/contract';
import type { Db, Queryable } from '../db/db.ts';
import { beijingDate } from '../domain/time.ts';
import type { DivisionIndex } from '../divisions/divisions.ts';
import type { WorkingCalendar } from '../domain/workdays.ts';
import { loadApplicantName, listLicenses } from '../accounts/store.ts';
import { applyAction, createApplication, evaluate, respondToSupplement, withdraw } from '../applications/lifecycle.ts';
import type { LifecycleEnv, Outcome, Snapshot } from '../applications/lifecycle.ts';
import { hashQueryCode, insertApplication, originCity, pickupPlace, reserveNumbers, saveOutcome } from '../applications/store.ts';
import { latestForms } from '../forms/store.ts';
import { DEMO_APPLICATIONS, DEMO_DAY } from './demo-applications.ts';
import type { DemoApplication } from './demo-applications.ts';
import { evaluateCondition, formFields } from '@yiwang/contract';

// ---------------------------------------------------------------------------
// Time: instants a number of working days before "now", at a Beijing time of day

function clockOf(calendar: WorkingCalendar, now: Date) {
  /** The Beijing date `days` working days before today (0: today). */
  const workingDaysAgo = (days: number) => {
    let date = beijingDate(now);
    for (let left = days; left > 0;) {
      date = beijingDate(new Date(new Date(`${date}T12:00:00+08:00`).getTime() - 86_400_000));
      if (calendar.isWorkingDay(date)) left--;
    }
    return date;
  };
  /** `hhmm` Beijing time, `days` working days ago; never later than a minute before now. */
  return (days: number, hhmm: string): Date => {
    const t = new Date(`${workingDaysAgo(days)}T${hhmm.slice(0, 2)}:${hhmm.slice(2)}:00+08:00`);
    return t.getTime() < now.getTime() ? t : new Date(now.getTime() - 60_000 * (days + 1));
  };
}

// ---------------------------------------------------------------------------
// Catalog picks

interface Picks {
  /** Items with an online form, by audience (their limits are short: 0–4 working days). */
  form: { person: ItemDetail[]; enterprise: ItemDetail[] };
  /** Items with 5–20 promised working days and a result document, by audience, for long scripts. */
  long: { person: ItemDetail[]; enterprise: ItemDetail[] };
  departments: string[];
  forms: Map<string, FormSchema>;
}

async function pick(db: Queryable): Promise<Picks> {
  const items = (await db.query<{ data: ItemDetail }>('SELECT data FROM items ORDER BY position, id')).map((r) => r.data);
  const forms = new Map((await latestForms(db)).map((f) => [f.id, f]));
  const departments = (await db.query<{ name: string }>("SELECT data->>'name' AS name FROM departments ORDER BY position")).map(
    (r) => r.name,
  );
  const withForm = items.filter((i) => i.formId && forms.has(i.formId));
  const long = items.filter((i) => i.promisedLimitDays >= 5 && i.promisedLimitDays <= 20 && i.guide.resultType !== 'none');
  // Items for one audience only first: they read most naturally in "my applications".
  const byAudience = (list: ItemDetail[], audience: 'person' | 'enterprise') => {
    const fits = list.filter((i) => i.audiences.includes(audience));
    const only = fits.filter((i) => i.audiences.length === 1);
    const rest = fits.filter((i) => i.audiences.length > 1);
    // Spread the picks over departments rather than taking one department's first items.
    const spread = (xs: ItemDetail[]) => {
      const seen = new Map<string, number>();
      return xs
        .map((i) => ({ i, k: (seen.set(i.departmentId, (seen.get(i.departmentId) ?? -1) + 1), seen.get(i.departmentId)!) }))
        .sort((a, b) => a.k - b.k)
        .map((x) => x.i);
    };
    return [...spread(only), ...spread(rest)];
  };
  return {
    form: { person: byAudience(withForm, 'person'), enterprise: byAudience(withForm, 'enterprise') },
    long: { person: byAudience(long, 'person'), enterprise: byAudience(long, 'enterprise') },
    departments,
    forms,
  };
}

/** Plausible form data from the schema, the profile and the e-licenses (first option of every choice). */
function sampleData(form: FormSchema | undefined, prefill: Record<string, string>, licenses: License[]): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  if (!form) return data;
  for (const field of formFields(form)) {
    if (field.visibleWhen && !evaluateCondition(field.visibleWhen, [data])) continue;
    const p = field.prefill;
    const pre =
      p?.source === 'profile'
        ? prefill[p.field]
        : p?.source === 'license'
          ? licenses.find((l) => l.type === p.licenseType)?.fields[p.field]
          : undefined;
    if (pre !== undefined) data[field.name] = pre;
    else if (field.type === 'select' || field.type === 'radio') data[field.name] = field.options[0]?.value;
    else if (field.type === 'license') {
      const license = licenses.find((l) => l.type === field.licenseType);
      if (license) data[field.name] = license.id;
    } else if ((field.type === 'text' || field.type === 'textarea') && field.required && !field.pattern) data[field.name] = field.label;
  }
  return data;
}

// ---------------------------------------------------------------------------
// Scripts

type Step = [at: Date, run: (s: Snapshot, env: LifecycleEnv) => Outcome];

const act = (at: Date, action: OperatorAction): Step => [at, (s, env) => applyAction(s, action, env)];

const GOOD: EvaluationCreate = {
  level: 5,
  indicators: { overall: 5, efficiency: 5, guideAccuracy: 4, convenience: 5, platformUsability: 5 },
  tags: ['办事快捷', '不用跑腿', '快递送达'],
  comment: '全程网上办，证照直接寄到家，比预期快了两天。',
};

const DEMO_ADDRESS = (divisions: DivisionIndex, name: string, mobile: string): PostalAddress => {
  const code = '410702001'; // 新乡市红旗区 西街街道
  const path = divisions.path(code);
  const divisionPath = (path.length > 0 ? path : divisions.path('410702')).map((d) => ({ code: d.code, name: d.name, level: d.level }));
  return {
    recipient: name,
    mobile,
    divisionCode: divisionPath.at(-1)?.code ?? '410702',
    divisionPath,
    detail: '人民路 12 号 3 单元 501 室',
    postcode: '453000',
  };
};

/** The users table's profile of a demo user (accounts/profile.ts reads the same). */
interface SeededUser {
  name?: string;
  idCard?: string;
  mobile?: string;
  email?: string;
  enterprise?: { name: string; uscc: string; legalPerson: string } | null;
}

/** Profile prefill values, as `me` offers them to forms. */
function prefillOf(user: SeededUser): Record<string, string> {
  const out: Record<string, string> = {};
  const put = (key: string, value: string | undefined) => {
    if (value) out[key] = value;
  };
  put('name', user.name);
  put('idCard', user.idCard);
  put('mobile', user.mobile);
  put('email', user.email);
  put('enterpriseName', user.enterprise?.name);
  put('uscc', user.enterprise?.uscc);
  put('legalPerson', user.enterprise?.legalPerson);
  return out;
}

const snapshotAddress = (s: Snapshot) => {
  const a = s.state.delivery.address;
  return (
    a && { recipient: a.recipient, mobile: a.mobile, divisionCode: a.divisionCode, detail: a.detail, postcode: a.postcode ?? undefined }
  );
};

/** What seeding applications needs besides the database. */
export interface SeedEnv {
  divisions: DivisionIndex;
  calendar: WorkingCalendar;
  /** The server clock (possibly simulated), read when the applications are seeded. */
  now(): Promise<Date>;
}

/** Seeds the demo applications of DEMO_APPLICATIONS. Does nothing when the demo users are missing. */
export async function seedApplications(db: Db, env: SeedEnv): Promise<void> {
  const users = await db.query<{ id: string; data: SeededUser }>(
    "SELECT id, data FROM users WHERE id IN ('demo-person', 'demo-enterprise')",
  );
  const picks = await pick(db);
  if (users.length < 2 || picks.long.person.length === 0 || picks.long.enterprise.length === 0) return;
  const now = await env.now();
  const t = clockOf(env.calendar, now);
  await reserveNumbers(db, DEMO_DAY, DEMO_APPLICATIONS.length);

  const owners = new Map<string, { name: string; prefill: Record<string, string>; licenses: License[] }>();
  for (const u of users) {
    owners.set(u.id, { name: await loadApplicantName(db, u.id), prefill: prefillOf(u.data), licenses: await listLicenses(db, u.id) });
  }
  /** `{ form: n }`: the n-th item with an online form; `{ long: n }`: the n-th item with a longer time limit. */
  const itemFor = (owner: DemoApplication['owner'], which: { form: number } | { long: number }) => {
    const audience = owner === 'demo-person' ? 'person' : 'enterprise';
    const forms = picks.form[audience];
    const list = 'form' in which && forms.length > 0 ? forms : picks.long[audience];
    const index = 'form' in which ? which.form : which.long;
    return list[index % list.length]!;
  };
  const lead = (item: ItemDetail) => item.departmentName;
  const others = (item: ItemDetail, count: number) => picks.departments.filter((d) => d !== item.departmentName).slice(0, count);

  const seed = async (
    seq: number,
    which: { form: number } | { long: number },
    wantExpress: boolean,
    submittedAt: Date,
    steps: (item: ItemDetail) => Step[],
  ) => {
    const demo = DEMO_APPLICATIONS[seq - 1]!;
    const owner = owners.get(demo.owner)!;
    const item = itemFor(demo.owner, which);
    const form = item.formId ? picks.forms.get(item.formId) : undefined;
    const express = wantExpress && (form?.delivery.express ?? true);
    const mobile = owner.prefill.mobile ?? '13903731234';
    const recipient = owner.prefill.name ?? owner.prefill.legalPerson ?? owner.name;
    const created = createApplication(
      {
        number: demo.number,
        userId: demo.owner,
        applicantName: owner.name,
        item,
        delivery: express
          ? {
              method: 'express',
              address: DEMO_ADDRESS(env.divisions, recipient, mobile),
              origin: await originCity({ db, divisions: env.divisions }, item),
            }
          : { method: 'pickup', pickupPlace: pickupPlace(item), origin: await originCity({ db, divisions: env.divisions }, item) },
        fileIds: [],
        licenseIds: owner.licenses.map((l) => l.id).slice(0, 2),
      },
      { now: submittedAt, calendar: env.calendar },
    );
    // Items without an online form stand for applications made at a service window (一窗受理).
    const request = {
      itemId: item.id,
      formId: form ? form.id : null,
      data: sampleData(form, owner.prefill, owner.licenses),
      materials: [],
      channel: form ? 'online' : 'offline',
      delivery:
        express && snapshotAddress(created.snapshot)
          ? { method: 'express', address: snapshotAddress(created.snapshot) }
          : { method: 'pickup' },
    };
    await db.transaction(async (tx) => {
      await insertApplication(tx, created, {
        itemId: item.id,
        departmentId: item.departmentId,
        queryCodeHash: await hashQueryCode(demo.number, demo.queryCode),
        submittedAt,
        request,
      });
      let snapshot = created.snapshot;
      let updatedAt = submittedAt;
      for (const [at, run] of steps(item)) {
        const outcome = run(snapshot, {
          now: at,
          calendar: env.calendar,
          newId: (p) => `${p}-${demo.number.slice(-5)}-${snapshot.state.supplements.length + 1}`,
          newWaybill: () => `11${demo.number.slice(-11)}`,
        });
        await saveOutcome(tx, outcome, at);
        snapshot = outcome.snapshot;
        updatedAt = at;
      }
      await tx.query('UPDATE applications SET updated_at = $2 WHERE number = $1', [demo.number, updatedAt]);
      if (snapshot.status !== demo.status) throw new Error(`Seed ${demo.number} ended ${snapshot.status}, expected ${demo.status}`);
    });
  };

  /** Pre-review and acceptance in the afternoon of working day `d` (every script submits before noon). */
  const intake = (d: number): Step[] => [act(t(d, '1335'), { action: 'prereview' }), act(t(d, '1520'), { action: 'accept' })];
  const supplementFor = (item: ItemDetail) => {
    const m = item.guide.materials.find((x) => x.id !== 'application') ?? item.guide.materials[0]!;
    return { materialId: m.id, note: '请上传清晰、完整的扫描件（彩色，含全部页）' };
  };
  const respond = (at: Date): Step => [
    at,
    (s, env) => respondToSupplement(s, { supplementId: s.state.supplements.at(-1)!.id, materials: [], note: '已按要求补正' }, env),
  ];

  // 1 delivering (EMS in transit)
  await seed(1, { long: 0 }, true, t(9, '0912'), (item) => [
    ...intake(9),
    act(t(8, '0930'), { action: 'start_review', departments: [lead(item)] }),
    act(t(6, '1545'), { action: 'track_decision', department: lead(item), outcome: 'approved', opinion: '材料齐全，符合条件' }),
    act(t(5, '1010'), { action: 'decide', outcome: 'approved' }),
    act(t(4, '1430'), { action: 'certify' }),
    act(t(2, '1000'), { action: 'ship' }),
    act(t(2, '1840'), { action: 'delivery_event', location: '新乡市', description: '【新乡市】离开新乡邮区中心局，发往新乡市红旗区' }),
    act(t(1, '0715'), { action: 'delivery_event', location: '新乡市红旗区', description: '【新乡市红旗区】到达红旗区西街揽投部' }),
    act(t(1, '0930'), {
      action: 'delivery_event',
      location: '新乡市红旗区',
      description: '【新乡市红旗区】正在投递，投递员：王师傅，电话 13903730000',
    }),
  ]);
  // 2 submitted
  await seed(2, { form: 0 }, true, new Date(now.getTime() - 40 * 60_000), () => []);
  // 3 prereview
  await seed(3, { form: 0 }, false, t(1, '1605'), () => [act(t(0, '0905'), { action: 'prereview' })]);
  // 4 supplement requested during review: the deadline is paused
  await seed(4, { long: 0 }, true, t(7, '1450'), (item) => [
    ...intake(6),
    act(t(5, '0900'), { action: 'start_review', departments: [lead(item), ...others(item, 1)] }),
    act(t(4, '1600'), { action: 'track_decision', department: others(item, 1)[0] ?? lead(item), outcome: 'approved', opinion: '同意' }),
    act(t(2, '1115'), { action: 'request_supplement', reason: '提交的材料页面不完整', materials: [supplementFor(item)] }),
  ]);
  // 5 accepted
  await seed(5, { long: 1 }, false, t(2, '1530'), () => intake(1));
  // 6 rejected at prereview
  await seed(6, { form: 1 }, true, t(12, '1010'), () => [
    act(t(12, '1400'), { action: 'prereview' }),
    act(t(11, '0940'), { action: 'reject', reason: '申请事项不属于本机关职权范围，请向住所地登记机关申请' }),
  ]);
  // 7 reviewing with three parallel tracks
  await seed(7, { long: 1 }, true, t(4, '0850'), (item) => [
    ...intake(4),
    act(t(3, '0900'), { action: 'start_review', departments: [lead(item), ...others(item, 2)] }),
    act(t(1, '1630'), {
      action: 'track_decision',
      department: others(item, 2)[0] ?? lead(item),
      outcome: 'approved',
      opinion: '符合要求，同意',
    }),
  ]);
  // 8 decided
  await seed(8, { long: 2 }, true, t(6, '1015'), (item) => [
    ...intake(6),
    act(t(5, '0900'), { action: 'start_review', departments: [lead(item)] }),
    act(t(2, '1700'), { action: 'track_decision', department: lead(item), outcome: 'approved' }),
    act(t(1, '0930'), { action: 'decide', outcome: 'approved' }),
  ]);
  // 9 certifying
  await seed(9, { long: 2 }, false, t(7, '1110'), (item) => [
    ...intake(7),
    act(t(6, '0930'), { action: 'start_review', departments: [lead(item)] }),
    act(t(3, '1100'), { action: 'track_decision', department: lead(item), outcome: 'approved' }),
    act(t(2, '1000'), { action: 'decide', outcome: 'approved' }),
    act(t(1, '1500'), { action: 'certify' }),
  ]);
  // 10 completed by EMS, evaluated; it had a supplement during prereview
  await seed(10, { long: 3 }, true, t(18, '0920'), (item) => [
    act(t(18, '1000'), { action: 'prereview' }),
    act(t(18, '1430'), { action: 'request_supplement', reason: '身份证明材料不清晰', materials: [supplementFor(item)], dueWorkingDays: 5 }),
    respond(t(17, '2010')),
    act(t(16, '0910'), { action: 'accept' }),
    act(t(16, '1000'), { action: 'start_review', departments: [lead(item)] }),
    act(t(13, '1600'), { action: 'track_decision', department: lead(item), outcome: 'approved' }),
    act(t(12, '1000'), { action: 'decide', outcome: 'approved' }),
    act(t(12, '1500'), { action: 'certify' }),
    act(t(11, '1000'), { action: 'ship' }),
    act(t(11, '1900'), { action: 'delivery_event', location: '新乡市', description: '【新乡市】离开新乡邮区中心局，发往新乡市红旗区' }),
    act(t(10, '0800'), {
      action: 'delivery_event',
      location: '新乡市红旗区',
      description: '【新乡市红旗区】正在投递，投递员：王师傅，电话 13903730000',
    }),
    act(t(10, '1125'), {
      action: 'delivery_event',
      location: '新乡市红旗区',
      description: '【新乡市红旗区】已签收，签收人：本人',
      delivered: true,
    }),
    [t(9, '2030'), (s, env) => ({ snapshot: evaluate(s, GOOD, env), events: [], effects: [] })],
  ]);
  // 11 completed, picked up at the window, not evaluated yet
  await seed(11, { long: 3 }, false, t(15, '1000'), (item) => [
    ...intake(15),
    act(t(14, '0900'), { action: 'start_review', departments: [lead(item)] }),
    act(t(12, '1600'), { action: 'track_decision', department: lead(item), outcome: 'approved' }),
    act(t(11, '1000'), { action: 'decide', outcome: 'approved' }),
    act(t(11, '1400'), { action: 'certify' }),
    act(t(10, '1000'), { action: 'ship' }),
    act(t(8, '1520'), { action: 'complete' }),
  ]);
  // 12 withdrawn during review
  await seed(12, { long: 4 }, false, t(8, '1000'), (item) => [
    ...intake(8),
    act(t(7, '0900'), { action: 'start_review', departments: [lead(item)] }),
    [t(6, '2115'), (s, env) => withdraw(s, '经营场所变更，重新申请', env)],
  ]);
  // 13 overdue: accepted more working days ago than promised, still in review
  const overdueDays = itemFor('demo-enterprise', { long: 4 }).promisedLimitDays + 3;
  await seed(13, { long: 4 }, true, t(overdueDays, '0900'), (item) => {
    const days = overdueDays;
    return [
      act(t(days, '0945'), { action: 'prereview' }),
      act(t(days, '1100'), { action: 'accept' }),
      act(t(days - 1, '0900'), { action: 'start_review', departments: [lead(item), ...others(item, 1)] }),
      act(t(days - 2, '1500'), { action: 'track_decision', department: lead(item), outcome: 'approved' }),
    ];
  });
  // 14 denied after a track disagreed, then completed
  await seed(14, { long: 5 }, true, t(14, '1010'), (item) => [
    ...intake(14),
    act(t(13, '0900'), { action: 'start_review', departments: [lead(item), ...others(item, 1)] }),
    act(t(11, '1500'), { action: 'track_decision', department: lead(item), outcome: 'approved' }),
    act(t(10, '1600'), {
      action: 'track_decision',
      department: others(item, 1)[0] ?? lead(item),
      outcome: 'denied',
      opinion: '项目选址与控制性详细规划不符',
    }),
    act(t(9, '1000'), { action: 'advance' }),
    act(t(9, '1500'), { action: 'complete' }),
  ]);
  // 15 supplement requested during prereview
  await seed(15, { form: 0 }, true, t(3, '2130'), (item) => [
    act(t(2, '0915'), { action: 'prereview' }),
    act(t(2, '1040'), { action: 'request_supplement', reason: '缺少经营场所证明材料', materials: [supplementFor(item)] }),
  ]);
}
