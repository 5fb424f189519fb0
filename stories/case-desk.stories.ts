// <yw-case-desk> in each of its states, against the mock server, signed in as
// a demo staff member (demo-staff: 市场监督管理局, 受理 and 审查) unless the story
// is about someone else. The toolbar's locale / theme / elder apply.
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { HttpResponse, http } from 'msw';
import { createClient } from '@yiwang/sdk';
import type { YwCaseDesk } from '@yiwang/elements';
import { BAD_EVALUATION, createBody, foodBusinessData, pdf } from '@yiwang/test/fixtures/applications';
import { errorStates } from './error-states.ts';
import { until } from './play.ts';

type Args = Pick<
  YwCaseDesk,
  'status' | 'overdue' | 'supplement' | 'owed' | 'dueWithin' | 'needsAppointment' | 'agencyStatus' | 'pageSize'
> & {
  number?: string;
  view?: 'cases' | 'agency';
  request?: string;
};
type Story = StoryObj<Args>;
type DemoUser = 'demo-staff' | 'demo-staff-certificate' | 'demo-staff-gaj' | 'demo-staff-gaj-review' | 'demo-person';

const tokens = new Map<DemoUser, Promise<string>>();
/** Signs the demo user in on first use (the mock is running by then); the token stays in memory. */
const tokenOf = (user: DemoUser) => {
  if (!tokens.has(user))
    tokens.set(
      user,
      createClient({ baseUrl: '/api/v1' })
        .auth.demoSignIn({ userId: user })
        .then((s) => s.token),
    );
  return tokens.get(user)!;
};

const desk = (args: Args) =>
  html`<yw-case-desk
    number=${args.number ?? ''}
    status=${args.status ?? ''}
    overdue=${args.overdue ?? ''}
    supplement=${args.supplement ?? ''}
    owed=${args.owed ?? ''}
    due-within=${args.dueWithin ?? ''}
    needs-appointment=${args.needsAppointment ?? ''}
    view=${args.view ?? 'cases'}
    request=${args.request ?? ''}
    agency-status=${args.agencyStatus ?? ''}
    page-size=${args.pageSize ?? 20}
  ></yw-case-desk>`;

/** The desk inside a <yw-config> signed in as `user` (null: nobody, with a sign-in hook). */
function as(user: DemoUser | null, inner: (args: Args) => TemplateResult = desk): Pick<Story, 'parameters' | 'render'> {
  return {
    parameters: { yiwangConfig: false },
    render: (args, { globals }) => {
      const theme = (globals.theme as string) ?? 'light';
      document.body.style.background = theme === 'dark' ? '#121212' : '';
      return html`<yw-config
        api-base="/api/v1"
        locale=${(globals.locale as string) ?? 'zh-CN'}
        theme=${theme}
        ?elder=${globals.elder === 'on'}
        .getToken=${user ? () => tokenOf(user) : undefined}
        .signIn=${user ? undefined : () => {}}
        >${inner(args)}</yw-config
      >`;
    },
  };
}

/** An SDK client of a demo user. */
const clientOf = (user: DemoUser) => createClient({ baseUrl: '/api/v1', getToken: () => tokenOf(user) });

/** A new 个体工商户设立登记 of demo-person handed in at the hall (offline channel), waiting for an appointment. */
async function offlineCase(): Promise<string> {
  const person = clientOf('demo-person');
  const file = await person.files.upload(new Blob([pdf('lease')], { type: 'application/pdf' }), { fileName: '租赁合同.pdf' });
  const { number } = await person.applications.create(createBody(file.id, { channel: 'offline' }) as never);
  return number;
}

/** A new 预审代办 request of demo-person for 企业设立登记（有限责任公司） (市场监督管理局); its id. */
async function agencyRequest(): Promise<string> {
  const created = await clientOf('demo-person').agencyRequests.create({
    itemId: 'scjg-004',
    contactName: '张三',
    mobile: '13800001234',
    projectName: '河南某某科技有限公司设立',
    description: '第一次开公司，不清楚章程和住所材料怎么准备，请帮忙预审',
    preferredContact: 'phone',
    preferredTime: '工作日上午',
  });
  return created.id;
}

type Stage =
  | 'submitted'
  | 'owed'
  | 'accepted'
  | 'suspended'
  | 'supplement'
  | 'reviewing'
  | 'decided'
  | 'certifying'
  | 'delivering'
  | 'rated'
  | 'rectified';

/** The 整改 the `rectified` stage records. */
const RECTIFICATION = {
  finding: '经核实，受理窗口未一次性告知所需材料，申请人因此往返两次。',
  measures: '已对窗口人员开展一次性告知培训，并在办事指南中补充租赁合同的材料要求。',
  contacted: true,
  applicantResponse: '申请人对整改结果表示认可',
};

/**
 * A new 个体工商户设立登记 (市场监督管理局) of demo-person, taken to `stage` through
 * the staff actions (the seed spreads its cases over departments, so the
 * stories make their own): `owed` is a food business with its two 容缺
 * materials deferred; `suspended` is accepted with its clock stopped for a
 * 听证 (特别程序); `supplement` waits for a 补正 asked at pre-review; `reviewing` has tracks of 市场监督管理局 and 公安局, the
 * latter's opinion given; `rated` is completed and rated 非常不满意 (a 差评), `rectified` has its 整改 recorded.
 */
async function caseAt(stage: Stage): Promise<string> {
  const person = clientOf('demo-person');
  const file = await person.files.upload(new Blob([pdf('lease')], { type: 'application/pdf' }), { fileName: '租赁合同.pdf' });
  const body = createBody(file.id, stage === 'owed' ? { data: foodBusinessData(file.id) } : {});
  const { number } = await person.applications.create(body as never);
  if (stage === 'submitted' || stage === 'owed') return number;
  const staff = clientOf('demo-staff');
  if (stage === 'supplement') {
    await staff.staff.supplement(number, {
      reason: '租赁合同页面不完整',
      materials: [{ materialId: 'premises-lease', note: '请上传完整的租赁合同扫描件' }],
      dueWorkingDays: 5,
    });
    return number;
  }
  await staff.staff.accept(number, {});
  if (stage === 'suspended')
    await staff.staff.suspend(number, { procedure: 'hearing', reason: '申请人要求听证，依法组织听证', expectedWorkingDays: 5 });
  if (stage === 'accepted' || stage === 'suspended') return number;
  await staff.staff.openTracks(number, { departments: ['gaj'] });
  await clientOf('demo-staff-gaj-review').staff.decideTrack(number, 'gaj', { outcome: 'approved', opinion: '消防条件符合要求' });
  if (stage === 'reviewing') return number;
  await staff.staff.decideTrack(number, 'scjg', { outcome: 'approved' });
  await staff.staff.decide(number, { outcome: 'approved' });
  if (stage === 'decided') return number;
  const certificate = clientOf('demo-staff-certificate');
  await certificate.staff.certify(number, { validUntil: '2036-12-31' });
  if (stage === 'certifying') return number;
  await certificate.staff.dispatch(number, {});
  if (stage === 'delivering') return number;
  await certificate.staff.complete(number, {});
  await person.applications.evaluate(number, BAD_EVALUATION);
  if (stage === 'rated') return number;
  await staff.staff.rectify(number, RECTIFICATION);
  return number;
}

/** A story of a new case at `stage`, opened in the desk of `user`. */
function caseIn(stage: Stage, user: DemoUser = 'demo-staff'): Story {
  return {
    loaders: [async () => ({ number: await caseAt(stage) })],
    render: (args, context) => as(user).render!({ ...args, number: context.loaded.number as string }, context),
  };
}

/** A story of the queue, once a case at `stage` is in it. */
function queueWith(stage: Stage, args: Partial<Args>): Story {
  return { args, loaders: [async () => ({ number: await caseAt(stage) })] };
}

/** Waits for the element to render `selector`, then clicks it. */
async function click(el: YwCaseDesk, selector: string): Promise<void> {
  await until(() => el.shadowRoot?.querySelector(selector));
  el.shadowRoot!.querySelector<HTMLElement>(selector)!.click();
  await el.updateComplete;
}

const meta: Meta<Args> = {
  title: 'Elements/yw-case-desk',
  component: 'yw-case-desk',
  args: { status: '', overdue: '', pageSize: 20 },
  argTypes: {
    status: { control: 'select', options: ['', 'submitted', 'prereview', 'supplement_requested', 'accepted', 'reviewing', 'decided'] },
    overdue: { control: 'inline-radio', options: ['', 'true', 'false'] },
    supplement: { control: 'inline-radio', options: ['', 'true'] },
    owed: { control: 'inline-radio', options: ['', 'true'] },
    dueWithin: { control: 'select', options: ['', '1', '3', '5', '10'] },
    needsAppointment: { control: 'inline-radio', options: ['', 'true', 'false'] },
    view: { control: 'inline-radio', options: ['cases', 'agency'] },
    agencyStatus: { control: 'select', options: ['', 'submitted', 'assigned', 'in_progress', 'completed', 'closed'] },
    pageSize: { control: { type: 'number', min: 1, max: 100 } },
  },
  ...as('demo-staff'),
  parameters: { yiwangConfig: false, actions: { handles: ['yw-case-action', 'yw-agency-action', 'yw-error'] } },
};
export default meta;

/** The queue of 市场监督管理局: overdue first, then fewest working days left; J/K or arrows move, Enter opens. */
export const Success: Story = {};

/** Only the overdue cases: none of 市场监督管理局's are, so the queue says so. */
export const Overdue: Story = { args: { overdue: 'true' }, tags: ['state:empty'] };

/** Two cases a page, with the page buttons. */
export const Paged: Story = { args: { pageSize: 2 } };

/** A submitted case: the applicant's answers, materials with the e-licenses used (the 居民身份证, for a material and a form field), events with who acted, and 受理 / 要求补正 / 不予受理. */
export const CaseView: Story = caseIn('submitted');

/** A case with 容缺 materials owed: the ledger with due dates. */
export const OwedLedger: Story = caseIn('owed');

/** A material's file fetched with the staff token (the server audits the opening): the link opens it in a new tab. */
export const MaterialOpened: Story = {
  ...CaseView,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('yw-case-desk')!;
    await click(el, '[part~="material-file"] [part~="file-button"]');
  },
};

/** A material's file that failed to load: why, beside the control, which stays to try again (the case itself is shown). */
export const MaterialFileFailed: Story = {
  ...CaseView,
  tags: ['state:complete'],
  parameters: {
    yiwangConfig: false,
    msw: [
      http.get('*/api/v1/staff/cases/:number/files/:fileId', () =>
        HttpResponse.json({ error: { code: 'INTERNAL', message: '服务暂时不可用', requestId: 'story-file' } }, { status: 500 }),
      ),
    ],
  },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('yw-case-desk')!;
    await click(el, '[part~="material-file"] [part~="file-button"]');
  },
};

/** 不予受理 without a reason: the problem at the field. */
export const RejectReasonMissing: Story = {
  ...CaseView,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('yw-case-desk')!;
    await click(el, '[part~="action-button"][data-action="reject"]');
    await click(el, '[part~="action-form"] button[type="submit"]');
  },
};

/** 受理's confirmation step. */
export const AcceptConfirm: Story = {
  ...CaseView,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('yw-case-desk')!;
    await click(el, '[part~="action-button"][data-action="accept"]');
    await click(el, '[part~="action-form"] button[type="submit"]');
  },
};

/** 补正: the guide's materials, one chosen without its reason — the problems at the fields. */
export const SupplementForm: Story = {
  ...CaseView,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('yw-case-desk')!;
    await click(el, '[part~="action-button"][data-action="supplement"]');
    await click(el, '[data-material]');
    await click(el, '[part~="action-form"] button[type="submit"]');
  },
};

/** 补正 outstanding: the queue filtered to cases waiting for the applicant, each with its due date. */
export const SupplementOutstanding: Story = queueWith('supplement', { supplement: 'true' });

/** 容缺 owed: cases with deferred materials outstanding, each line saying how many. */
export const Owed: Story = queueWith('owed', { owed: 'true' });

/** Due within 5 working days (overdue included). */
export const DueWithin: Story = queueWith('accepted', { dueWithin: '5' });

/** 公安局's reviewer: the queue marks the case co-handled (并联协办). */
export const CoHandling: Story = { ...queueWith('reviewing', {}), ...as('demo-staff-gaj-review') };

/** Under review: the tracks (公安局's opinion given) and the own department's opinion form. */
export const Tracks: Story = {
  ...caseIn('reviewing'),
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('yw-case-desk')!;
    await click(el, '[part~="action-button"][data-action="decideTrack"]');
  },
};

/** 决定 once every track is decided: deny needs a reason — the problem at the field. */
export const DecisionReasonMissing: Story = {
  loaders: [
    async () => {
      const number = await caseAt('reviewing');
      await clientOf('demo-staff').staff.decideTrack(number, 'scjg', { outcome: 'approved' });
      return { number };
    },
  ],
  render: (args, context) => as('demo-staff').render!({ ...args, number: context.loaded.number as string }, context),
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('yw-case-desk')!;
    await click(el, '[part~="action-button"][data-action="decide"]');
    await click(el, 'input[type="radio"][value="denied"]');
    await click(el, '[part~="action-form"] button[type="submit"]');
  },
};

/** A special procedure (听证) stops the clock: the badge 已暂停计时（听证）, what and since when, and 恢复计时 offered. */
export const Suspended: Story = caseIn('suspended');

/** 暂停计时 without a procedure or a reason: the problems at the fields. */
export const SuspendForm: Story = {
  ...caseIn('accepted'),
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('yw-case-desk')!;
    await click(el, '[part~="action-button"][data-action="suspend"]');
    await click(el, '[part~="action-form"] button[type="submit"]');
  },
};

/** 延期: the working days and the reason, with the rule on who approves and how often. */
export const ExtendForm: Story = {
  ...caseIn('accepted'),
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('yw-case-desk')!;
    await click(el, '[part~="action-button"][data-action="extend"]');
  },
};

/** Decided (approved): the result, and 制证 for 赵磊 (certificate and dispatch) with the validity date. */
export const Certify: Story = {
  ...caseIn('decided', 'demo-staff-certificate'),
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('yw-case-desk')!;
    await click(el, '[part~="action-button"][data-action="certify"]');
  },
};

/** 制证中: 寄递 — the waybill, or none for the carrier's. */
export const Dispatch: Story = {
  ...caseIn('certifying', 'demo-staff-certificate'),
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('yw-case-desk')!;
    await click(el, '[part~="action-button"][data-action="dispatch"]');
  },
};

/** 送达中: 办结's confirmation step (it cannot be undone). */
export const CompleteConfirm: Story = {
  ...caseIn('delivering', 'demo-staff-certificate'),
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('yw-case-desk')!;
    await click(el, '[part~="action-button"][data-action="complete"]');
    await click(el, '[part~="action-form"] button[type="submit"]');
  },
};

/** Completed and rated 非常不满意 (差评): the rating, "差评待整改", and 记录差评整改 in the evaluation section. */
export const BadRatingAwaitingRectification: Story = caseIn('rated');

/** 记录差评整改 without anything filled in: the problems at the fields. */
export const RectificationForm: Story = {
  ...caseIn('rated'),
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('yw-case-desk')!;
    await click(el, '[part~="action-button"][data-action="rectify"]');
    await click(el, '[part~="action-form"] button[type="submit"]');
  },
};

/** The 差评's 整改 recorded: what checking found, what was done, the call-back, who and when. */
export const BadRatingRectified: Story = caseIn('rectified');

/** The queue's "needs appointment" filter: offline-channel cases without an appointment, each marked 待预约现场办理. */
export const NeedsAppointment: Story = { args: { needsAppointment: 'true' }, loaders: [async () => ({ number: await offlineCase() })] };

/** 预约现场办理 of an offline case: the hall's hours, the place, what to bring prefilled from the item's materials. */
export const AppointmentForm: Story = {
  loaders: [async () => ({ number: await offlineCase() })],
  render: (args, context) => as('demo-staff').render!({ ...args, number: context.loaded.number as string }, context),
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('yw-case-desk')!;
    await click(el, '[part~="action-button"][data-action="appointment"]');
  },
};

/** An offline case with its appointment set: when (Beijing time), where, what to bring. */
export const AppointmentSet: Story = {
  loaders: [
    async () => {
      const number = await offlineCase();
      // The next Wednesday at 10:30 Beijing time; on a public holiday the server refuses it and the case shows no appointment.
      const day = new Date();
      day.setUTCDate(day.getUTCDate() + ((3 - day.getUTCDay() + 7) % 7 || 7));
      const at = `${day.toISOString().slice(0, 10)}T10:30:00+08:00`;
      await clientOf('demo-staff')
        .staff.appointment(number, { at, place: '市民服务中心二楼 市场监管综合窗口 12 号', bring: ['居民身份证原件', '租赁合同原件'] })
        .catch(() => undefined);
      return { number };
    },
  ],
  render: (args, context) => as('demo-staff').render!({ ...args, number: context.loaded.number as string }, context),
};

/** The 预审代办 view: the department's open requests, oldest first. */
export const AgencyList: Story = { args: { view: 'agency' }, loaders: [async () => ({ id: await agencyRequest() })] };

/** A 预审代办 request: the requester with the mobile in full, the help wanted, the events, and the actions. */
export const AgencyRequestView: Story = {
  loaders: [async () => ({ id: await agencyRequest() })],
  render: (args, context) => as('demo-staff').render!({ ...args, view: 'agency', request: context.loaded.id as string }, context),
};

/** 分派代办员: a colleague of the department, chosen from the list. */
export const AgencyAssignForm: Story = {
  ...AgencyRequestView,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('yw-case-desk')!;
    await click(el, '[part~="action-button"][data-action="agencyAssign"]');
  },
};

/** Someone else acted first (409): the case is reloaded and the desk says so. */
export const Conflict: Story = {
  ...CaseView,
  parameters: {
    yiwangConfig: false,
    msw: [
      http.post('*/api/v1/staff/cases/:number/accept', () =>
        HttpResponse.json({ error: { code: 'CONFLICT', message: '状态已变化', requestId: 'story-conflict' } }, { status: 409 }),
      ),
    ],
  },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('yw-case-desk')!;
    await click(el, '[part~="action-button"][data-action="accept"]');
    await click(el, '[part~="action-form"] button[type="submit"]');
    await click(el, '[part~="confirm-button"]');
  },
};

/** Nobody signed in: the site's sign-in. */
export const SignedOut: Story = { ...as(null) };

/** An applicant's account: not a staff account. */
export const NotStaff: Story = { ...as('demo-person'), tags: ['state:error'] };

/** A staff member without the role the queue needs (ROLE_REQUIRED): which role. */
export const RoleRequired: Story = {
  tags: ['state:error'],
  parameters: {
    yiwangConfig: false,
    msw: [
      http.get('*/api/v1/staff/cases', () =>
        HttpResponse.json(
          {
            error: {
              code: 'ROLE_REQUIRED',
              message: '需要“受理”岗位权限',
              requestId: 'story-role',
              details: [{ path: 'roles', message: 'intake' }],
            },
          },
          { status: 403 },
        ),
      ),
    ],
  },
};

/** While the queue loads. */
export const Loading: Story = {
  parameters: { yiwangConfig: false, yiwang: { faults: [{ endpoint: 'staff.cases', latencyMs: 1_000_000_000 }] } },
};

/** Nothing in the queue. */
export const Empty: Story = {
  parameters: {
    yiwangConfig: false,
    msw: [http.get('*/api/v1/staff/cases', () => HttpResponse.json({ items: [], total: 0, page: 1, pageSize: 20 }))],
  },
};

const errors = errorStates('staff.cases');
const withoutConfig = (story: { parameters: Record<string, unknown> }) => ({ parameters: { ...story.parameters, yiwangConfig: false } });
export const ServerError: Story = withoutConfig(errors.ServerError);
export const RateLimited: Story = withoutConfig(errors.RateLimited);
export const NetworkError: Story = withoutConfig(errors.NetworkError);
export const ContractError: Story = withoutConfig(errors.ContractError);

/** Elder mode (适老化). */
export const Elder: Story = { globals: { elder: 'on' } };

/** English. */
export const English: Story = { globals: { locale: 'en' } };

/** Dark scheme on a dark page. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** A 360px phone screen, in elder mode. */
export const NarrowPhone: Story = { globals: { viewport: { value: 'phone360', isRotated: false }, elder: 'on' } };
