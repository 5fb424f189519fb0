// <yw-progress-tracker> in every lifecycle state of the reference server's
// seeded applications (YW2026110300001 … 15, see packages/server/src/seed/demo-applications.ts),
// anonymous by number and query code or signed in as the owner (the mock's
// demo sign-in), plus its own states: the query form, a wrong code, rate
// limits. The toolbar's locale / theme / elder apply to every story.
import { html, nothing } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { HttpResponse, http } from 'msw';
import { createClient } from '@yiwang/sdk';
import type { Progress } from '@yiwang/contract';
import type { YwProgressTracker } from '@yiwang/elements';
import { BAD_EVALUATION, createBody, pdf } from '@yiwang/test/fixtures/applications';
import { errorStates } from './error-states.ts';

type Args = Partial<Pick<YwProgressTracker, 'number' | 'queryCode' | 'refreshInterval'>>;
type DemoUser = 'demo-person' | 'demo-enterprise';

const tracker = (args: Args) =>
  html`<yw-progress-tracker
    number=${args.number ?? nothing}
    query-code=${args.queryCode ?? nothing}
    refresh-interval=${args.refreshInterval ?? nothing}
  ></yw-progress-tracker>`;

/** One seeded application, by number and query code. */
const seeded = (seq: number, queryCode: string): Args => ({ number: `YW202611030${String(seq).padStart(4, '0')}`, queryCode });

/**
 * Signed in as a demo user of the mock: `getToken` signs in on first use (the
 * mock is running by then) and keeps the token in memory only.
 */
function signedIn(user: DemoUser) {
  let token: Promise<string> | undefined;
  const getToken = () =>
    (token ??= createClient({ baseUrl: '/api/v1' })
      .auth.demoSignIn({ userId: user })
      .then((s) => s.token));
  return {
    parameters: { yiwangConfig: false },
    render: (args: Args, { globals }: { globals: Record<string, unknown> }) => {
      const theme = (globals.theme as string) ?? 'light';
      document.body.style.background = theme === 'dark' ? '#121212' : '';
      return html`<yw-config api-base="/api/v1" locale=${(globals.locale as string) ?? 'zh-CN'} theme=${theme} ?elder=${globals.elder === 'on'} .getToken=${getToken}>
        ${tracker(args)}
      </yw-config>`;
    },
  };
}

const meta: Meta<Args> = {
  title: 'Elements/yw-progress-tracker',
  component: 'yw-progress-tracker',
  args: { ...seeded(7, 'REV234'), refreshInterval: 60 },
  argTypes: {
    number: { control: 'text' },
    queryCode: { control: 'text' },
    refreshInterval: { control: { type: 'number', min: 0, step: 10 } },
  },
  render: tracker,
  parameters: { actions: { handles: ['yw-evaluate', 'yw-error'] } },
};
export default meta;

type Story = StoryObj<Args>;

/**
 * Nobody signed in on a site that offers a sign-in (<yw-config> `signIn` hook, or
 * `sign-in-url`): what signing in gives, a button that calls the site's sign-in
 * (here it logs to the console), and the anonymous query below.
 */
export const SignIn: Story = {
  args: { number: undefined, queryCode: undefined },
  parameters: { yiwangConfig: false },
  render: (args, { globals }) => {
    const theme = (globals.theme as string) ?? 'light';
    document.body.style.background = theme === 'dark' ? '#121212' : '';
    const signIn = () => console.info('yw-config signIn: the site starts its sign-in here');
    return html`<yw-config api-base="/api/v1" locale=${(globals.locale as string) ?? 'zh-CN'} theme=${theme} ?elder=${globals.elder === 'on'} .signIn=${signIn}>
      ${tracker(args)}
    </yw-config>`;
  },
};

/** Three departments reviewing in parallel (并行办理): one has approved, two are still reviewing. */
export const ParallelReview: Story = {};

/** No number: the anonymous query form (申报号 + 查询码). Try YW2026110300001 / ABC234. */
export const QueryForm: Story = { args: { number: undefined, queryCode: undefined } };

/** A wrong query code: the same answer as for a number that does not exist, and the form to correct it. */
export const WrongCode: Story = { args: seeded(7, 'ZZZ999'), tags: ['state:error'] };

/** Just submitted (申报). */
export const Submitted: Story = { args: seeded(2, 'NEW234') };

/** In pre-review (预审): the time limit starts at acceptance. */
export const PreReview: Story = { args: seeded(3, 'PRE234') };

/** Accepted (受理): the working-day countdown runs. */
export const Accepted: Story = { args: seeded(5, 'ACC234') };

/** A supplement (补正) asked during review: reason, materials, due date; the clock is paused. Seen anonymously. */
export const SupplementRequested: Story = { args: seeded(4, 'SUP234') };

/** The owner answers the supplement: upload per material, with progress. */
export const SupplementUpload: Story = { ...signedIn('demo-enterprise'), args: { number: seeded(4, 'SUP234').number } };

/** The owner answers with an e-license (电子证照) instead of a scan. */
export const SupplementWithELicense: Story = { ...signedIn('demo-person'), args: { number: seeded(15, 'SUP567').number } };

/** Overdue: more working days used than promised, in words and with a sign. */
export const Overdue: Story = { args: seeded(13, 'DUE234') };

/**
 * A new case of demo-person, accepted by 市场监督管理局's demo staff, then with
 * its clock stopped for a 听证 (特别程序) or its time limit extended (延期).
 */
async function caseWithClock(step: 'suspended' | 'extended'): Promise<Args> {
  const person = createClient({ baseUrl: '/api/v1', getToken: () => demoToken('demo-person') });
  const staff = createClient({ baseUrl: '/api/v1', getToken: () => demoToken('demo-staff') });
  const file = await person.files.upload(new Blob([pdf('lease')], { type: 'application/pdf' }), { fileName: '租赁合同.pdf' });
  const { number, queryCode } = await person.applications.create(createBody(file.id) as never);
  await staff.staff.accept(number, {});
  if (step === 'suspended')
    await staff.staff.suspend(number, { procedure: 'hearing', reason: '申请人要求听证，依法组织听证', expectedWorkingDays: 5 });
  else await staff.staff.extend(number, { workingDays: 5, reason: '需要现场核查经营场所，经负责人批准' });
  return { number, queryCode };
}

/**
 * A new case of demo-person taken to 办结 by 市场监督管理局's demo staff and
 * rated 非常不满意 (a 差评); with `rectified`, the department's 整改 recorded.
 */
async function badlyRatedCase(rectified: boolean): Promise<Args> {
  const person = createClient({ baseUrl: '/api/v1', getToken: () => demoToken('demo-person') });
  const staff = createClient({ baseUrl: '/api/v1', getToken: () => demoToken('demo-staff') });
  const certificate = createClient({ baseUrl: '/api/v1', getToken: () => demoToken('demo-staff-certificate') });
  const file = await person.files.upload(new Blob([pdf('lease')], { type: 'application/pdf' }), { fileName: '租赁合同.pdf' });
  const { number, queryCode } = await person.applications.create(createBody(file.id) as never);
  await staff.staff.accept(number, {});
  await staff.staff.openTracks(number, { departments: [] });
  await staff.staff.decideTrack(number, 'scjg', { outcome: 'approved' });
  await staff.staff.decide(number, { outcome: 'approved' });
  await certificate.staff.certify(number, {});
  await certificate.staff.dispatch(number, {});
  await certificate.staff.complete(number, {});
  await person.applications.evaluate(number, BAD_EVALUATION);
  if (rectified)
    await staff.staff.rectify(number, {
      finding: '经核实，受理窗口未一次性告知所需材料，申请人因此往返两次。',
      measures: '已对窗口人员开展一次性告知培训，并在办事指南中补充租赁合同的材料要求。',
      contacted: true,
      applicantResponse: '申请人对整改结果表示认可',
    });
  return { number, queryCode };
}

const demoTokens = new Map<'demo-person' | 'demo-staff' | 'demo-staff-certificate', Promise<string>>();
const demoToken = (user: 'demo-person' | 'demo-staff' | 'demo-staff-certificate') => {
  if (!demoTokens.has(user))
    demoTokens.set(
      user,
      createClient({ baseUrl: '/api/v1' })
        .auth.demoSignIn({ userId: user })
        .then((s) => s.token),
    );
  return demoTokens.get(user)!;
};

/** The clock suspended by a special procedure (听证): the verdict in words, the reason and the expected end. */
export const Suspended: Story = {
  loaders: [async () => ({ args: await caseWithClock('suspended') })],
  render: (args, context) => tracker({ ...args, ...(context.loaded.args as Args) }),
};

/** The time limit extended (延期) by 5 working days: said under the due date. */
export const Extended: Story = {
  loaders: [async () => ({ args: await caseWithClock('extended') })],
  render: (args, context) => tracker({ ...args, ...(context.loaded.args as Args) }),
};

/** Two working days left: the warning. */
export const DueSoon: Story = {
  parameters: { msw: [http.get('*/api/v1/applications/:number/progress', () => HttpResponse.json(dueSoon()))] },
};

/** Decided (决定), approved. */
export const Decided: Story = { args: seeded(8, 'DEC234') };

/** The certificate is being made (制证). */
export const Certifying: Story = { args: seeded(9, 'CER234') };

/** On its way by EMS (送达): waybill with a copy button, tracking events in the timeline. */
export const Delivering: Story = { args: seeded(1, 'ABC234') };

/** Completed (办结), delivered and evaluated. */
export const CompletedEvaluated: Story = { args: seeded(10, 'END234') };

/** Completed and rated 非常不满意 (差评): the department is looking into it. */
export const BadRatingAwaitingRectification: Story = {
  loaders: [async () => ({ args: await badlyRatedCase(false) })],
  render: (args, context) => tracker({ ...args, ...(context.loaded.args as Args) }),
};

/** The 差评 acted on: 已整改, what checking found and what was done, by which department and when. */
export const BadRatingRectified: Story = {
  loaders: [async () => ({ args: await badlyRatedCase(true) })],
  render: (args, context) => tracker({ ...args, ...(context.loaded.args as Args) }),
};

/** Completed: the owner evaluates it (好差评), once. */
export const Evaluate: Story = { ...signedIn('demo-enterprise'), args: { number: seeded(11, 'END567').number } };

/** Completed: the owner fetches the result document (an object URL download). */
export const ResultDownload: Story = { ...signedIn('demo-person'), args: { number: seeded(10, 'END234').number } };

/** Not accepted (不予受理) at pre-review, with the reason. */
export const NotAccepted: Story = { args: seeded(6, 'REJ234') };

/** Not approved (不予办理) after a department disagreed, with the reason. */
export const Denied: Story = { args: seeded(14, 'DNY234') };

/** Withdrawn (撤回) during review. */
export const Withdrawn: Story = { args: seeded(12, 'WDN234') };

/** The owner may withdraw (with a confirmation step). */
export const OwnerWithdraw: Story = { ...signedIn('demo-person'), args: { number: seeded(2, 'NEW234').number } };

/** Signed in, no number: my applications to pick from. */
export const MyApplications: Story = {
  ...signedIn('demo-person'),
  args: { number: undefined, queryCode: undefined },
  // The list holds what the stories before it submitted, in the order of their submission times, which differ
  // between runs by milliseconds: no screenshot (test/storybook/visual.ts).
  tags: ['visual:skip'],
};

/** While the query runs: a skeleton, `aria-busy` on the state region. */
export const Loading: Story = {
  parameters: { yiwang: { faults: [{ endpoint: 'applications.progress', latencyMs: 1_000_000_000 }] } },
};

/** The platform knows the application but has no process information yet. */
export const Empty: Story = {
  parameters: {
    msw: [
      http.get('*/api/v1/applications/:number/progress', () => HttpResponse.json({ ...dueSoon(), stages: [], tracks: [], events: [] })),
    ],
  },
};

const errors = errorStates('applications.progress');

/** The server fails (503, three times: the SDK's two retries and the first call); "重试" then succeeds. */
export const ServerError: Story = errors.ServerError;

/** 429 with `Retry-After: 30`: "请 30 秒后再试", and the query button waits. */
export const RateLimited: Story = errors.RateLimited;

/** The connection drops: the network message. */
export const NetworkError: Story = errors.NetworkError;

/** The answer does not match the contract. */
export const ContractError: Story = errors.ContractError;

/** Elder mode: 20px type, 7:1 contrast, 48px targets. */
export const Elder: Story = { globals: { elder: 'on' } };

/** English. */
export const English: Story = { globals: { locale: 'en' } };

/** Dark scheme on a dark page. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** A 360px phone screen, in elder mode, on the EMS delivery. */
export const NarrowPhone: Story = {
  args: seeded(1, 'ABC234'),
  globals: { viewport: { value: 'phone360', isRotated: false }, elder: 'on' },
};

/** Restyled from the host page: tokens, the element's own properties and `::part`. */
export const Themed: Story = {
  render: (args) => html`<style>
      .blue-site {
        --yw-color-primary: #0b5cad;
        --yw-radius-l: 0;
        --yw-progress-tracker-done-color: #0b5cad;
        --yw-progress-tracker-line-width: 4px;
      }
      .blue-site yw-progress-tracker::part(title) {
        font-weight: 400;
      }
    </style>
    <div class="blue-site">${tracker(args)}</div>`,
};

/** Without <yw-config>: the element's own `api-base`. */
export const Standalone: Story = {
  parameters: { yiwangConfig: false },
  render: (args) =>
    html`<yw-progress-tracker api-base="/api/v1" number=${args.number ?? nothing} query-code=${args.queryCode ?? nothing}></yw-progress-tracker>`,
};

/** A reviewing application with two working days left (a fixture: the seed has none). */
function dueSoon(): Progress {
  const at = (day: number, hhmm: string) => `2026-11-${String(day).padStart(2, '0')}T${hhmm.slice(0, 2)}:${hhmm.slice(2)}:00.000+08:00`;
  const lead = '新乡经济技术开发区市场监督管理局';
  return {
    number: 'YW2026110300007',
    itemId: 'scjg-003',
    itemName: '药品零售企业经营许可（核发）',
    departmentName: lead,
    status: 'reviewing',
    applicantName: '王*',
    submittedAt: at(16, '0850'),
    stages: [
      { key: 'submitted', state: 'done', startedAt: at(16, '0850'), finishedAt: at(16, '1335'), department: lead },
      { key: 'prereview', state: 'done', startedAt: at(16, '1335'), finishedAt: at(16, '1520'), department: lead },
      { key: 'accepted', state: 'done', startedAt: at(16, '1520'), finishedAt: at(17, '0900'), department: lead },
      { key: 'reviewing', state: 'current', startedAt: at(17, '0900'), finishedAt: null, department: lead },
      { key: 'decided', state: 'pending', startedAt: null, finishedAt: null, department: null },
      { key: 'certifying', state: 'pending', startedAt: null, finishedAt: null, department: null },
      { key: 'delivering', state: 'pending', startedAt: null, finishedAt: null, department: null },
      { key: 'completed', state: 'pending', startedAt: null, finishedAt: null, department: null },
    ],
    tracks: [{ department: lead, state: 'in_progress', startedAt: at(17, '0900'), finishedAt: null, opinion: null }],
    events: [
      { at: at(16, '0850'), from: null, to: 'submitted', department: lead, message: '申请已提交，申报号 YW2026110300007，等待预审' },
      { at: at(16, '1335'), from: 'submitted', to: 'prereview', department: lead, message: '进入预审，正在核对申请材料' },
      { at: at(16, '1520'), from: 'prereview', to: 'accepted', department: lead, message: '预审通过，已受理，承诺 10 个工作日内办结' },
      { at: at(17, '0900'), from: 'accepted', to: 'reviewing', department: lead, message: `进入审查环节，由${lead}审查` },
    ],
    deadline: {
      promisedDays: 10,
      legalDays: 20,
      startDate: '2026-11-16',
      dueDate: '2026-11-30',
      workingDaysUsed: 8,
      workingDaysLeft: 2,
      overdue: false,
      paused: false,
      pausedDays: 0,
    },
    supplement: null,
    delivery: {
      method: 'express',
      carrier: 'EMS',
      waybillNumber: null,
      status: 'pending',
      recipient: '王*',
      mobile: '139****1234',
      divisionPath: [],
      events: [],
      pickupPlace: null,
    },
    result: null,
    evaluation: null,
    canWithdraw: false,
    canEvaluate: false,
  };
}
