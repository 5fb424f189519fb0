// <yw-progress-tracker> against the mock server (the reference server over
// PGlite): the shared element suite, every seeded lifecycle state read
// anonymously by number and query code, the query form, rate limits and live
// refresh. Flows that need a signed-in owner or change the seed are in
// progress-tracker.actions.test.ts (each test file gets its own mock).
import { expect, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode, sendKeys } from '@web/test-runner-commands';
import { HttpResponse, http } from 'msw';
import type { Progress } from '@yiwang/contract';
import { createClient } from '@yiwang/sdk';
import type { ConfigClientOptions } from '../../components/config/config.ts';
import '../../define/yw-config.ts';
import '../../define/yw-progress-tracker.ts';
import type { YwProgressTracker } from './progress-tracker.ts';
import { DEMO_APPLICATIONS } from '../../../../server/src/seed/demo-applications.ts';
import { expectAccessible } from '@yiwang/test/helpers/a11y';
import { elementSuite, inside, stateOf, waitForState } from '@yiwang/test/helpers/element-suite';
import { afterEach, beforeEach, describe, it } from '@yiwang/test/helpers/mocha';
import { startMock, useMock } from '@yiwang/test/helpers/mock-worker';
import { mountTracker } from '@yiwang/test/helpers/tracker-kit';
import type { BrowserMock } from '@yiwang/test/helpers/mock-worker';
import { flakyLoad } from '@yiwang/test/helpers/flaky-load';

const demo = (code: string) => DEMO_APPLICATIONS.find((d) => d.queryCode === code)!;
const REVIEWING = demo('REV234');

/** An application the platform knows of, without any process information yet. */
const NO_PROCESS: Progress = {
  number: REVIEWING.number,
  itemId: 'scjg-001',
  itemName: '个体工商户设立登记',
  departmentName: '市场监督管理局',
  status: 'submitted',
  applicantName: '张*',
  submittedAt: '2026-11-27T09:00:00.000+08:00',
  stages: [],
  tracks: [],
  events: [],
  deadline: null,
  supplement: null,
  delivery: null,
  result: null,
  evaluation: null,
  canWithdraw: false,
  canEvaluate: false,
};

// Anonymous queries are limited to 10 a minute per number: every test starts
// with fresh counters (the tests that are about the limit exhaust it themselves).
beforeEach(async () => {
  const mock = await startMock();
  await mock.api.services.db.query('DELETE FROM rate_limits');
});

elementSuite({
  tag: 'yw-progress-tracker',
  attributes: { number: REVIEWING.number, 'query-code': REVIEWING.queryCode, 'refresh-interval': '0' },
  mainCall: {
    endpoint: 'applications.progress',
    // A platform that knows the number but has no process information yet.
    emptyHandlers: (mock) => [http.get(`${mock.baseUrl}/applications/:number/progress`, () => HttpResponse.json(NO_PROCESS))],
  },
  textSelector: '[part~="stage-name"]',
  targetSelector: '[part~="event-log-toggle"]',
  primary: { selector: '[part~="stage"][data-state="current"] [part~="stage-marker"]', property: 'background-color' },
  part: 'status',
  localeText: { 'zh-CN': /审查中/, en: /Under review/ },
});

describe('<yw-progress-tracker>', () => {
  let mock: BrowserMock;
  const mounted: Element[] = [];
  useMock(mounted, (started) => (mock = started));

  const mount = (attributes: Record<string, string> = {}, clientOptions: ConfigClientOptions = {}) =>
    mountTracker(mock.baseUrl, mounted, attributes, { clientOptions });

  async function track(code: string, attributes: Record<string, string> = {}): Promise<YwProgressTracker> {
    const d = demo(code);
    const el = await mount({ number: d.number, 'query-code': d.queryCode, ...attributes });
    await waitForState(el, 'complete');
    return el;
  }

  /** The real answer for a seeded application, to build one-off variations from. */
  async function realProgress(code: string): Promise<Progress> {
    const client = createClient({ baseUrl: mock.baseUrl, retry: 0 });
    return client.applications.progress(demo(code).number, { queryCode: code });
  }

  const text = (el: Element, selector: string) => inside(el, selector).textContent!.replace(/\s+/g, ' ').trim();
  const texts = (el: Element, selector: string) =>
    [...el.shadowRoot!.querySelectorAll(selector)].map((n) => n.textContent!.replace(/\s+/g, ' ').trim());
  const stageStates = (el: Element) =>
    [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="stage"]')].map((s) => `${s.dataset.stage}:${s.dataset.state}`);

  describe('every lifecycle state of the seed, by number and query code', () => {
    const expectations: Record<string, { status: string; current: string | null }> = {
      delivering: { status: '● 送达中', current: 'delivering' },
      submitted: { status: '● 已提交', current: 'submitted' },
      prereview: { status: '● 预审中', current: 'prereview' },
      supplement_requested: { status: '! 待补正', current: null },
      accepted: { status: '● 已受理', current: 'accepted' },
      rejected: { status: '✕ 不予受理', current: null },
      reviewing: { status: '● 审查中', current: 'reviewing' },
      decided: { status: '● 已决定', current: 'decided' },
      certifying: { status: '● 制证中', current: 'certifying' },
      completed: { status: '', current: null },
      withdrawn: { status: '– 已撤回', current: null },
    };

    for (const d of DEMO_APPLICATIONS) {
      it(`${d.number} (${d.status}: ${d.note}) renders its state in words, accessibly`, async () => {
        const el = await track(d.queryCode);
        const want = expectations[d.status]!;
        expect(text(el, '[part~="status"]')).to.include(want.status || '已办结');
        expect(text(el, '[part~="title"]')).to.not.equal('');
        const current = el.shadowRoot!.querySelector<HTMLElement>('[part~="stage"][aria-current="step"]');
        if (want.current) expect(current?.dataset.stage).to.equal(want.current);
        else if (d.status !== 'supplement_requested') expect(current, 'an ended application has no current stage').to.equal(null);
        // Every stage says its state in words next to its sign.
        for (const stage of el.shadowRoot!.querySelectorAll('[part~="stage-state"]'))
          expect(stage.textContent!.trim()).to.match(/^(已完成|进行中|未开始|已跳过)$/);
        await expectAccessible(el, `${d.status} (${d.queryCode})`);
      });
    }
  });

  it('shows departments reviewing in parallel side by side, each with its own state', async () => {
    const el = await track('REV234');
    const tracks = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="stage"][data-stage="reviewing"] [part~="track"]')];
    expect(tracks).to.have.length(3);
    expect(texts(el, '[part~="track-state"]').sort()).to.deep.equal(['● 审查中', '● 审查中', '✓ 同意']);
    expect(inside(el, '[part~="tracks"]').getAttribute('aria-label')).to.equal('3 个部门并行审查');
    // Side by side on a wide screen: the cards share a row.
    const tops = new Set(tracks.map((t) => Math.round(t.getBoundingClientRect().top)));
    expect(tops.size).to.be.lessThan(3);
    const approved = tracks.find((t) => t.dataset.state === 'approved')!;
    expect(approved.textContent).to.include('意见：符合要求，同意');
  });

  it('shows an overdue application as overdue, in words', async () => {
    // The seed accepted it its limit + 3 working days ago: 3 days over on a working day, 2 on a
    // weekend or holiday (today not counted yet). The words must say the server's figure.
    const real = await realProgress('DUE234');
    const over = -real.deadline!.workingDaysLeft;
    expect(over).to.be.within(2, 3);
    const el = await track('DUE234');
    const deadline = inside(el, '[part~="deadline"]');
    expect(deadline.dataset.deadline).to.equal('overdue');
    expect(text(el, '[part~="deadline-verdict"]')).to.equal(`⚠ 已超期 ${over} 个工作日`);
    expect(deadline.textContent).to.include('承诺 10 个工作日内办结');
  });

  it('counts working days left and warns when 2 or fewer are left', async () => {
    const real = await realProgress('REV234');
    const el = await track('REV234');
    expect(text(el, '[part~="deadline-verdict"]')).to.equal(`剩余 ${real.deadline!.workingDaysLeft} 个工作日`);
    expect(inside(el, '[part~="deadline"]').dataset.deadline).to.equal('running');
    for (const [left, words] of [
      [2, '! 即将到期：仅剩 2 个工作日'],
      [0, '! 今天到期'],
    ] as const) {
      for (const node of mounted.splice(0)) node.remove();
      const soon = { ...real, deadline: { ...real.deadline!, workingDaysLeft: left, workingDaysUsed: real.deadline!.promisedDays - left } };
      mock.worker.use(http.get(`${mock.baseUrl}/applications/:number/progress`, () => HttpResponse.json(soon)));
      const warned = await track('REV234');
      expect(inside(warned, '[part~="deadline"]').dataset.deadline).to.equal('soon');
      expect(text(warned, '[part~="deadline-verdict"]')).to.equal(words);
    }
  });

  it('shows time waiting for a supplement as paused, not counted', async () => {
    // Paused since the seed's 补正 request: one working day, or two once today (a working day) counts.
    const paused = (await realProgress('SUP234')).deadline!.pausedDays;
    expect(paused).to.be.within(1, 2);
    const el = await track('SUP234');
    expect(inside(el, '[part~="deadline"]').dataset.deadline).to.equal('paused');
    expect(text(el, '[part~="deadline-verdict"]')).to.include('计时已暂停');
    expect(inside(el, '[part~="deadline"]').textContent).to.include(`补正等暂停时间共 ${paused} 个工作日，不计入办理时限`);
    // Anyone may see what is asked and by when; only the owner uploads.
    const supplement = inside(el, '[part~="supplement"]');
    expect(supplement.textContent).to.include('补正原因：提交的材料页面不完整');
    expect(supplement.textContent).to.include('“多测合一”竣工测量成果');
    expect(supplement.textContent).to.include('请登录后');
    expect(supplement.querySelector('input[type="file"]')).to.equal(null);
    expect(inside(el, '[part~="stage"][data-stage="reviewing"]').textContent).to.include('等待申请人补正材料');
  });

  it('shows the EMS waybill and tracking events (newest first) inside the timeline, and copies the waybill', async () => {
    const el = await track('ABC234');
    const delivering = inside(el, '[part~="stage"][data-stage="delivering"]');
    expect(delivering.querySelector('[part~="waybill"]')!.textContent).to.equal('1126110300001');
    expect(delivering.querySelector('[part~="delivery-status"]')!.textContent!.trim()).to.equal('● 运输中');
    const events = [...delivering.querySelectorAll('[part~="tracking"] li')].map((li) => li.textContent!);
    expect(events).to.have.length(4);
    expect(events[0]).to.include('正在投递');
    expect(events[3]).to.include('已收寄');

    let copied = '';
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (value: string) => void (copied = value) },
    });
    try {
      inside(el, '[part~="copy-button"]').click();
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="copy-status"]'), 'copy feedback');
      expect(copied).to.equal('1126110300001');
      expect(text(el, '[part~="copy-status"]')).to.equal('运单号已复制');
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
    }
  });

  it('falls back when the Clipboard API is missing or refused: the waybill is selected for copying by hand', async () => {
    const el = await track('ABC234');
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
    const execCommand = document.execCommand;
    document.execCommand = () => false;
    try {
      inside(el, '[part~="copy-button"]').click();
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="copy-status"]'), 'copy feedback');
      expect(text(el, '[part~="copy-status"]')).to.include('请手动复制');
      expect(String(window.getSelection())).to.equal('1126110300001');
    } finally {
      document.execCommand = execCommand;
      delete (navigator as unknown as Record<string, unknown>).clipboard;
    }
  });

  it('shows a delivered result and a result picked up at the window', async () => {
    const delivered = await track('END234');
    expect(text(delivered, '[part~="delivery-status"]')).to.equal('✓ 已签收');
    expect(inside(delivered, '[part~="stage"][data-stage="completed"]').dataset.state).to.equal('done');
    const pickedUp = await track('END567');
    expect(inside(pickedUp, '[part~="delivery"]').textContent).to.include('✓ 已领取');
  });

  it('shows the outcome with the reason: not accepted, not approved, withdrawn; and approved with its e-license', async () => {
    const rejected = await track('REJ234');
    expect(text(rejected, '[part~="outcome"]')).to.include('✕ 不予受理');
    expect(text(rejected, '[part~="outcome"]')).to.include('理由：申请事项不属于本机关职权范围');
    expect(
      stageStates(rejected)
        .slice(2)
        .every((s) => s.endsWith(':skipped')),
    ).to.equal(true);
    const denied = await track('DNY234');
    expect(text(denied, '[part~="outcome"]')).to.include('✕ 不予办理');
    expect(text(denied, '[part~="outcome"]')).to.include('审查不通过');
    expect(texts(denied, '[part~="track-state"]')).to.include('✕ 不同意');
    const withdrawn = await track('WDN234');
    expect(text(withdrawn, '[part~="outcome"]')).to.include('申请已撤回');
    // A review cut short by the withdrawal is not "in progress" any more.
    expect(texts(withdrawn, '[part~="track-state"]')).to.deep.equal(['– 已终止']);
    const approved = await track('ABC234');
    expect(text(approved, '[part~="outcome"]')).to.include('✓ 准予办理');
    expect(text(approved, '[part~="outcome"]')).to.include('lic-YW2026110300001');
    // Anonymous: the result document needs the owner.
    expect(approved.shadowRoot!.querySelector('[part~="result-button"]')).to.equal(null);
    expect(approved.shadowRoot!.querySelector('[part~="result-link"]')).to.equal(null);
    expect(text(approved, '[part~="outcome"]')).to.include('登录后可下载办理结果');
  });

  it('offers no evaluation to an anonymous viewer, and none before completion', async () => {
    const completed = await track('END567');
    expect(text(completed, '[part~="evaluation"]')).to.include('登录后可对本次服务进行评价');
    expect(completed.shadowRoot!.querySelector('[part~="evaluation"] form')).to.equal(null);
    const evaluated = await track('END234');
    expect(text(evaluated, '[part~="your-rating"]')).to.include('您的评价：非常满意');
    const decided = await track('DEC234');
    expect(decided.shadowRoot!.querySelector('[part~="evaluation"]')).to.equal(null);
    expect(decided.shadowRoot!.querySelector('[part~="withdraw-button"]')).to.equal(null);
  });

  it('expands the event log from the keyboard, with its state exposed to assistive technology', async () => {
    const el = await track('ABC234');
    el.id = 'tracker-under-test';
    const toggle = async () =>
      findAccessibilityNode<A11yNode>(
        (await a11ySnapshot({ selector: '#tracker-under-test' })) as unknown as A11yNode,
        (n) => n.role === 'button' && n.name.startsWith('办理记录'),
      );
    const before = await toggle();
    expect(before?.name).to.equal('办理记录（8 条）');
    expect(before?.expanded ?? false).to.equal(false);
    inside(el, '[part~="event-log-toggle"]').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect((await toggle())?.expanded).to.equal(true);
    const events = texts(el, '[part~="event"]');
    expect(events).to.have.length(8);
    // Newest first, each with the transition in words and the department.
    expect(events[0]).to.include('制证中 → 送达中');
    expect(events[0]).to.include('运单号 1126110300001');
    expect(events[7]).to.include('已提交');
    await expectAccessible(el, 'event log open');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(inside(el, '#pt-events').hidden).to.equal(true);
  });

  it('renders server strings as text, never as HTML', async () => {
    const real = await realProgress('REV234');
    const xss = '<img src=x onerror="window.__xss=1">';
    const hostile: Progress = {
      ...real,
      itemName: xss,
      departmentName: xss,
      tracks: real.tracks.map((t) => ({ ...t, department: xss, opinion: xss })),
      events: real.events.map((e) => ({ ...e, message: xss, department: xss })),
    };
    mock.worker.use(http.get(`${mock.baseUrl}/applications/:number/progress`, () => HttpResponse.json(hostile)));
    const el = await track('REV234');
    inside(el, '[part~="event-log-toggle"]').click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(text(el, '[part~="title"]')).to.equal(xss);
    expect(texts(el, '[part~="event"]')[0]).to.include(xss);
    expect((window as unknown as { __xss?: number }).__xss).to.equal(undefined);
  });

  describe('the query form', () => {
    it('asks for the number and code when none are given, and finds the application from the keyboard', async () => {
      const el = await mount();
      await waitForState(el, 'complete');
      expect(text(el, '#pt-form-title')).to.equal('办件进度查询');
      await expectAccessible(el, 'query form');
      (document.activeElement as HTMLElement | null)?.blur();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.id).to.equal('pt-number');
      // Full-width characters and lower case, as a Chinese IME types them.
      await sendKeys({ type: 'ｙｗ２０２６１１０３０００１４' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'dny 234' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="title"]'), 'the application');
      expect(text(el, '[part~="outcome"]')).to.include('不予办理');
      // Focus follows to the application's title, for screen readers and the keyboard.
      expect(el.shadowRoot!.activeElement?.id).to.equal('pt-title');
      // And back to the form.
      inside(el, '[part~="back-button"]').click();
      await waitUntil(() => el.shadowRoot!.activeElement?.id === 'pt-form-title', 'focus on the form');
    });

    it('explains missing and malformed fields next to them, and focuses the first', async () => {
      const el = await mount();
      await waitForState(el, 'complete');
      inside(el, '[part~="submit-button"]').click();
      await el.updateComplete;
      expect(inside(el, '#pt-number').getAttribute('aria-invalid')).to.equal('true');
      expect(text(el, '#pt-number-error')).to.equal('请输入申报号。');
      expect(text(el, '#pt-code-error')).to.equal('请输入查询码。');
      expect(el.shadowRoot!.activeElement?.id).to.equal('pt-number');
      expect(inside(el, '#pt-number').getAttribute('aria-describedby')).to.include('pt-number-error');
      await expectAccessible(el, 'form with errors');
      const number = inside<HTMLInputElement>(el, '#pt-number');
      number.value = 'YW123';
      number.dispatchEvent(new Event('input'));
      inside(el, '[part~="submit-button"]').click();
      await el.updateComplete;
      expect(text(el, '#pt-number-error')).to.include('格式不正确');
    });

    it('gives the same answer for a wrong code and a number that does not exist', async () => {
      const wrongCode = await mount({ number: REVIEWING.number, 'query-code': 'ZZZ999' });
      await waitForState(wrongCode, 'error');
      const unknown = await mount({ number: 'YW2099010100001', 'query-code': 'REV234' });
      await waitForState(unknown, 'error');
      expect(text(wrongCode, '[part~="error"]')).to.equal('未找到相应的申请，请核对申报号和查询码后重试。');
      expect(text(unknown, '[part~="error"]')).to.equal(text(wrongCode, '[part~="error"]'));
      expect(inside(wrongCode, '[part~="error"]').getAttribute('role')).to.equal('alert');
      // The form is back, filled in, to correct the code.
      expect(inside<HTMLInputElement>(wrongCode, '#pt-number').value).to.equal(REVIEWING.number);
      await expectAccessible(wrongCode, 'not found');
    });

    it('a number without a code asks for the code (an anonymous viewer is not the owner)', async () => {
      const el = await mount({ number: REVIEWING.number });
      await waitForState(el, 'complete');
      expect(inside<HTMLInputElement>(el, '#pt-number').value).to.equal(REVIEWING.number);
      expect(inside<HTMLInputElement>(el, '#pt-code').value).to.equal('');
    });

    it('rate limited: "请 N 秒后再试", and the query button holds back until then', async () => {
      mock.api.faults.add({ endpoint: 'applications.progress', status: 429, retryAfter: 30 });
      const requests: string[] = [];
      const el = await mount(
        { number: REVIEWING.number, 'query-code': REVIEWING.queryCode },
        { onRequest: (r) => void requests.push(r.url) },
      );
      await waitForState(el, 'error');
      expect(text(el, '[part~="error"]')).to.include('请 30 秒后再试');
      const button = inside(el, '[part~="submit-button"]');
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(button.textContent!.trim()).to.match(/^请 (30|29) 秒后再试$/);
      button.click();
      await el.updateComplete;
      expect(requests).to.have.length(1);
      expect(stateOf(el)).to.equal('error');
      await expectAccessible(el, 'rate limited');
    });

    it("the reference server's own limit (10 a minute per number) ends in the same message", async () => {
      const client = createClient({ baseUrl: mock.baseUrl, retry: 0 });
      const d = demo('ACC234');
      for (let i = 0; i < 10; i++) await client.applications.progress(d.number, { queryCode: d.queryCode });
      const el = await mount({ number: d.number, 'query-code': d.queryCode });
      await waitForState(el, 'error');
      expect(text(el, '[part~="error"]')).to.match(/请 \d+ 秒后再试/);
      expect(inside(el, '[part~="submit-button"]').getAttribute('aria-disabled')).to.equal('true');
    });
  });

  describe('the case view, fetched with the application', () => {
    type CaseViewLoad = typeof YwProgressTracker.loadCaseView;
    const Tracker = () => customElements.get('yw-progress-tracker') as unknown as { loadCaseView: CaseViewLoad };
    let original: CaseViewLoad;
    beforeEach(() => {
      original = Tracker().loadCaseView;
    });
    afterEach(() => {
      Tracker().loadCaseView = original;
    });

    /** Counts the case view's fetches (and notes them in `order`), failing the first `failures`. */
    function watchCaseView(order: string[], failures = 0): void {
      Tracker().loadCaseView = flakyLoad(original, { failures, onCall: () => order.push('case view') });
    }

    it('is not fetched for the query form; a query fetches it before the answer is in, and shows the answer with it', async () => {
      const order: string[] = [];
      watchCaseView(order);
      const el = await mount(
        {},
        { onRequest: (request) => void order.push(new URL(request.url).pathname.replace(/.*\/applications\//, '')) },
      );
      await waitForState(el, 'complete');
      expect(el.shadowRoot!.querySelector('#pt-form-title'), 'the form').to.not.equal(null);
      expect(order, 'the form comes without the case view').to.deep.equal([]);
      const sheets = el.shadowRoot!.adoptedStyleSheets.length;
      inside<HTMLInputElement>(el, '#pt-number').value = REVIEWING.number;
      inside(el, '#pt-number').dispatchEvent(new Event('input'));
      inside<HTMLInputElement>(el, '#pt-code').value = REVIEWING.queryCode;
      inside(el, '#pt-code').dispatchEvent(new Event('input'));
      inside(el, '[part~="submit-button"]').click();
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="title"]'), 'the application');
      // Started with the request, not after its answer: no round trip added.
      expect(order).to.deep.equal(['case view', `${REVIEWING.number}/progress`]);
      expect(text(el, '[part~="status"]')).to.equal('● 审查中');
      expect(text(el, '[part~="refresh-button"]')).to.equal('刷新');
      expect(el.shadowRoot!.querySelector('[part~="skeleton"]'), 'no placeholder left').to.equal(null);
      // Its styles came with it: the timeline's stages are laid out.
      expect(el.shadowRoot!.adoptedStyleSheets.length, 'one more sheet').to.equal(sheets + 1);
      expect(getComputedStyle(inside(el, '[part~="stage"]')).display).to.equal('grid');
    });

    it('could not be fetched: an error with a retry in its place; retrying shows the application', async () => {
      const order: string[] = [];
      watchCaseView(order, 1);
      const el = await track(REVIEWING.queryCode);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~="title"]'), 'no application without its view').to.equal(null);
      expect(inside(el, '[part~="error"]').getAttribute('role')).to.equal('alert');
      expect(text(el, '[part~="error"] p')).to.equal('网络连接失败，请检查网络后重试。');
      await expectAccessible(el, 'case view not fetched');
      // Not asked for again at every render: only the retry button tries again.
      el.requestUpdate();
      await el.updateComplete;
      expect(order).to.deep.equal(['case view']);
      inside(el, '[part~="retry-button"]').click();
      await el.updateComplete;
      expect(order).to.deep.equal(['case view', 'case view']);
      expect(text(el, '[part~="status"]')).to.equal('● 审查中');
      expect(texts(el, '[part~="track"]')).to.have.length(3);
      expect(el.shadowRoot!.activeElement?.id, 'focus on the application').to.equal('pt-title');
      expect(el.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
    });

    it('brings its words in the locale in effect, and in a locale switched to later', async () => {
      const el = await track(REVIEWING.queryCode);
      await el.updateComplete;
      expect(text(el, '[part~="refresh-button"]')).to.equal('刷新');
      el.closest('yw-config')!.setAttribute('locale', 'en');
      await waitUntil(() => text(el, '[part~="status"]') === '● Under review', 'English');
      await el.updateComplete;
      expect(text(el, '[part~="refresh-button"]')).to.equal('Refresh');
      expect(el.shadowRoot!.textContent, 'no key shown for a missing message').to.not.match(/progressTracker\./);
    });
  });

  describe('live updates', () => {
    it('refreshes on window focus, keeping one request in flight', async () => {
      let inFlight = 0;
      let most = 0;
      let progressCalls = 0;
      mock.api.faults.add({ endpoint: 'applications.progress', latencyMs: 300 });
      const counted = await mount(
        { number: REVIEWING.number, 'query-code': REVIEWING.queryCode, 'refresh-interval': '600' },
        {
          onRequest: (r) => {
            if (!r.url.includes('/progress')) return;
            progressCalls++;
            most = Math.max(most, ++inFlight);
          },
          onResponse: (_response, r) => {
            if (r.url.includes('/progress')) inFlight--;
          },
        },
      );
      await waitForState(counted, 'complete');
      expect(progressCalls).to.equal(1);
      for (let i = 0; i < 4; i++) window.dispatchEvent(new Event('focus'));
      inside(counted, '[part~="refresh-button"]').click();
      await waitUntil(() => progressCalls === 2 && inFlight === 0, 'one refresh');
      expect(most).to.equal(1);
      expect(stateOf(counted)).to.equal('complete');
    });

    it('refreshes on its interval, and not while the page is hidden', async () => {
      let calls = 0;
      const el = await mount(
        { number: REVIEWING.number, 'query-code': REVIEWING.queryCode, 'refresh-interval': '1' },
        { onRequest: (r) => void (r.url.includes('/progress') && calls++) },
      );
      await waitForState(el, 'complete');
      await waitUntil(() => calls >= 2, 'a refresh after one second', { timeout: 4000 });
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
      try {
        document.dispatchEvent(new Event('visibilitychange'));
        const before = calls;
        await new Promise((resolve) => setTimeout(resolve, 1600));
        expect(calls, 'no refresh while hidden').to.equal(before);
        Object.defineProperty(document, 'hidden', { configurable: true, get: () => false });
        document.dispatchEvent(new Event('visibilitychange'));
        await waitUntil(() => calls > before, 'a refresh when visible again');
      } finally {
        delete (document as unknown as Record<string, unknown>).hidden;
      }
    });

    it('refresh-interval="0" switches automatic refreshing off', async () => {
      let calls = 0;
      const el = await mount(
        { number: REVIEWING.number, 'query-code': REVIEWING.queryCode },
        { onRequest: (r) => void (r.url.includes('/progress') && calls++) },
      );
      await waitForState(el, 'complete');
      window.dispatchEvent(new Event('focus'));
      await el.updateComplete;
      expect(calls).to.equal(1);
      // The refresh button still works.
      inside(el, '[part~="refresh-button"]').click();
      await waitUntil(() => calls === 2, 'manual refresh');
    });

    it('a refresh that fails keeps the application on screen and says so', async () => {
      const el = await track('REV234', { 'refresh-interval': '60' });
      mock.api.faults.add({ endpoint: 'applications.progress', status: 503 });
      inside(el, '[part~="refresh-button"]').click();
      await waitUntil(() => el.shadowRoot!.textContent!.includes('刷新失败'), 'the refresh failure');
      expect(stateOf(el)).to.equal('complete');
      expect(text(el, '[part~="title"]')).to.not.equal('');
    });
  });
});

interface A11yNode {
  role: string;
  name: string;
  expanded?: boolean;
  children: A11yNode[];
}
