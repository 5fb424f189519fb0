// <yw-case-desk> against the in-page mock (the reference server's app over
// PGlite), signed in as the demo staff of 市场监督管理局 (demo-staff: 受理 and
// 审查) or of 公安局 (demo-staff-gaj): the shared element suite, the queue with
// its badges, filters, paging and keys, the case view, 受理 and 不予受理 with
// validation and confirmation, a conflict, and the refusals.
import { expect, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode, sendKeys, setViewport } from '@web/test-runner-commands';
import { HttpResponse, http } from 'msw';
import { MOCK_OPERATOR_TOKEN } from '@yiwang/mock';
import { createClient } from '@yiwang/sdk';
import type { Client } from '@yiwang/sdk';
import '../../define/yw-config.ts';
import '../../define/yw-case-desk.ts';
import type { YwConfig } from '../config/config.ts';
import type { YwCaseDesk } from './case-desk.ts';
import type { YwCaseActionEvent } from '../../base/events/index.ts';
import { createBody, pdf } from '@yiwang/test/fixtures/applications';
import { expectAccessible } from '@yiwang/test/helpers/a11y';
import { elementSuite, inside, waitForState } from '@yiwang/test/helpers/element-suite';
import { before, describe, it } from '@yiwang/test/helpers/mocha';
import { startMock, useMock } from '@yiwang/test/helpers/mock-worker';
import type { BrowserMock } from '@yiwang/test/helpers/mock-worker';

type DemoUser = 'demo-staff' | 'demo-staff-gaj' | 'demo-person';
const tokens = new Map<string, Promise<string>>();
/** A demo user's token on the mock (signed in once per page). */
function tokenOf(mock: BrowserMock, user: DemoUser): Promise<string> {
  if (!tokens.has(user)) {
    tokens.set(
      user,
      createClient({ baseUrl: mock.baseUrl, retry: 0 })
        .auth.demoSignIn({ userId: user })
        .then((s) => s.token),
    );
  }
  return tokens.get(user)!;
}

elementSuite({
  tag: 'yw-case-desk',
  endpoint: 'staff.cases',
  emptyHandlers: (mock) => [
    http.get(`${mock.baseUrl}/staff/cases`, () => HttpResponse.json({ items: [], total: 0, page: 1, pageSize: 20 })),
  ],
  textSelector: '[part~="number"]',
  targetSelector: '[part~="case-row"]',
  primary: { selector: '[part~="number"]', property: 'color' },
  part: 'queue',
  localeText: { 'zh-CN': /共 \d+ 件办件/, en: /\d+ cases/ },
  // Tab order: six filters, then the retry button.
  tabsToRetry: 7,
  signIn: async (config, mock) => {
    const token = await tokenOf(mock, 'demo-staff');
    config.getToken = () => token;
  },
});

describe('<yw-case-desk>', () => {
  let mock: BrowserMock;
  let person: Client;
  let operator: Client;
  const mounted: Element[] = [];
  useMock(mounted, (started) => (mock = started));

  before(async function () {
    this.timeout(60_000);
    await startMock();
    person = createClient({ baseUrl: mock.baseUrl, retry: 0, getToken: () => tokenOf(mock, 'demo-person') });
    operator = createClient({ baseUrl: mock.baseUrl, retry: 0, getToken: () => MOCK_OPERATOR_TOKEN });
  });

  /** A new 个体工商户设立登记 (市场监督管理局) of demo-person, moved to pre-review. */
  async function prereviewCase(): Promise<string> {
    const file = await person.files.upload(new Blob([pdf('lease')], { type: 'application/pdf' }), { fileName: '租赁合同.pdf' });
    const receipt = await person.applications.create(createBody(file.id) as never);
    await operator.operator.act(receipt.number, { action: 'prereview' });
    return receipt.number;
  }

  async function mount(
    user: DemoUser | null = 'demo-staff',
    attributes: Record<string, string> = {},
    setup: (config: YwConfig) => void = () => {},
  ): Promise<YwCaseDesk> {
    const config = document.createElement('yw-config');
    config.setAttribute('api-base', mock.baseUrl);
    config.clientOptions = { retry: 0 };
    if (user) {
      const token = await tokenOf(mock, user);
      config.getToken = () => token;
    }
    setup(config);
    const el = document.createElement('yw-case-desk');
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    config.append(el);
    document.body.append(config);
    mounted.push(config);
    return el;
  }

  const rows = (el: YwCaseDesk) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="case-row"]')];
  const text = (el: Element, selector: string) => inside(el, selector).textContent!.replace(/\s+/g, ' ').trim();
  const focused = (el: YwCaseDesk) => el.shadowRoot!.activeElement as HTMLElement | null;

  describe('the queue', () => {
    it('lists the department’s open cases with deadline badges in words, overdue first, and announces the count', async () => {
      await prereviewCase();
      const el = await mount();
      await waitForState(el, 'complete');
      const badges = [...el.shadowRoot!.querySelectorAll('[part~="deadline"]')].map((b) => b.textContent!.trim());
      expect(badges.length).to.be.greaterThan(0);
      // Overdue first: no overdue badge after one that is not.
      const firstNotOverdue = badges.findIndex((b) => !b.startsWith('!'));
      expect(
        badges.slice(firstNotOverdue).some((b) => b.startsWith('!')),
        badges.join(' | '),
      ).to.equal(false);
      const staff = createClient({ baseUrl: mock.baseUrl, retry: 0, getToken: () => tokenOf(mock, 'demo-staff') });
      const page = await staff.staff.cases({ pageSize: 20 });
      const overdue = page.items.filter((c) => c.deadline?.overdue).length;
      expect(badges.filter((b) => /^! 超期 \d+ 个工作日/.test(b)).length, 'an overdue badge per overdue case').to.equal(overdue);
      expect(
        badges.some((b) => b.includes('未受理，未计时')),
        'a case in pre-review',
      ).to.equal(true);
      expect(text(el, '[part~="count"]')).to.match(/^共 \d+ 件办件，本页超期 \d+ 件。$/);
      expect(el.shadowRoot!.textContent, 'another department’s case is not listed').to.not.include('公安');
      await expectAccessible(el, 'queue');
    });

    it('filters by status, item and overdue, and pages', async () => {
      const el = await mount('demo-staff', { 'page-size': '2' });
      await waitForState(el, 'complete');
      const pager = inside(el, '[part~="pager"]');
      expect(pager.textContent).to.match(/第 1 \/ \d+ 页/);
      const [prev, next] = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="page-button"]');
      expect(prev!.disabled).to.equal(true);
      next!.click();
      await waitUntil(() => /第 2 \//.test(el.shadowRoot!.querySelector('[part~="pager"]')?.textContent ?? ''), 'page 2');
      el.setAttribute('page-size', '20');
      const status = inside<HTMLSelectElement>(el, '#cd-status');
      status.value = 'prereview';
      status.dispatchEvent(new Event('change'));
      await waitForState(el, 'complete');
      await waitUntil(() => rows(el).length > 0 && el.page === 1);
      expect([...el.shadowRoot!.querySelectorAll('[part~="status"]')].every((s) => s.textContent === '预审中')).to.equal(true);
      // The item filter offers the department's items (by name).
      const item = inside<HTMLSelectElement>(el, '#cd-item');
      await waitUntil(() => item.options.length > 1, 'the department’s items');
      const overdue = inside<HTMLSelectElement>(el, '#cd-overdue');
      overdue.value = 'true';
      overdue.dispatchEvent(new Event('change'));
      await waitUntil(() => el.overdue === 'true');
      await waitForState(el, 'empty');
      expect(text(el, '[part~="empty"]')).to.equal('没有符合条件的办件。');
      await expectAccessible(el, 'empty after filtering');
    });

    it('keys: J/K and arrows move, Enter opens, Back returns focus to the row; typing in a filter is left alone', async () => {
      const el = await mount();
      await waitForState(el, 'complete');
      const list = rows(el);
      expect(list.length).to.be.greaterThan(2);
      expect(list.filter((r) => r.tabIndex === 0).length, 'one row in the tab order').to.equal(1);
      list[0]!.focus();
      await sendKeys({ press: 'j' });
      expect(focused(el)).to.equal(list[1]);
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el)).to.equal(list[2]);
      await sendKeys({ press: 'k' });
      expect(focused(el)).to.equal(list[1]);
      await sendKeys({ press: 'ArrowUp' });
      expect(focused(el)).to.equal(list[0]);
      await sendKeys({ press: 'End' });
      expect(focused(el)).to.equal(list.at(-1));
      const number = list.at(-1)!.dataset.number!;
      await sendKeys({ press: 'Enter' });
      await waitForState(el, 'complete');
      expect(el.number).to.equal(number);
      await waitUntil(() => focused(el)?.getAttribute('part') === 'case-title', 'focus on the case heading');
      expect(inside(el, '.live').textContent).to.include(`已打开办件 ${number}`);
      inside(el, '[part~="back-button"]').click();
      await waitUntil(() => focused(el)?.dataset.number === number, 'focus back on the row');
      // A key typed in a filter stays there.
      const filter = inside<HTMLSelectElement>(el, '#cd-status');
      filter.focus();
      await sendKeys({ press: 'j' });
      expect(focused(el)).to.equal(filter);
      const snapshot = (await a11ySnapshot({})) as unknown as A11yNode;
      expect(
        findAccessibilityNode<A11yNode>(snapshot, (n) => n.role === 'button' && n.name.includes(number) && n.name.includes('申请人')),
        'each case a button named by its number, item, applicant, status and deadline',
      ).to.not.equal(null);
      expect(rows(el)[0]!.getAttribute('aria-describedby'), 'the shortcuts describe the rows').to.equal('cd-shortcuts');
    });
  });

  describe('the case and its actions', () => {
    it('shows answers with the form’s labels, materials, events with actors; 受理 with a confirmation step', async () => {
      const number = await prereviewCase();
      const events: YwCaseActionEvent[] = [];
      const el = await mount('demo-staff', { number });
      el.addEventListener('yw-case-action', (e) => events.push(e));
      await waitForState(el, 'complete');
      await waitUntil(() => text(el, '[part~="answers"]').includes('经营者姓名') || text(el, '[part~="answers"]').includes('李文博'));
      expect(text(el, '[part~="answers"]')).to.include('李文博');
      expect(text(el, '[part~="materials"]')).to.match(/1 个文件/);
      expect(text(el, '[part~="events"]')).to.include('预审中');
      expect(text(el, '[part~="status"]')).to.equal('预审中');
      await expectAccessible(el, 'case view');
      inside(el, '[part~="action-button"][data-action="accept"]').click();
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="action-form"] textarea'));
      inside<HTMLTextAreaElement>(el, '[part~="action-form"] textarea').focus();
      await sendKeys({ type: '材料齐全' });
      inside(el, '[part~="action-form"] button[type="submit"]').click();
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="confirm"]'), 'the confirmation step');
      expect(text(el, '[part~="confirm"]')).to.include(`确认受理办件 ${number}`);
      await expectAccessible(el, 'confirmation step');
      inside(el, '[part~="confirm-button"]').click();
      await waitUntil(() => events.length === 1, 'yw-case-action');
      expect(events[0]!.detail).to.deep.equal({ number, action: 'accept', status: 'accepted' });
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="notice"]') && text(el, '[part~="status"]') === '已受理', 'reloaded');
      expect(text(el, '[part~="notice"]')).to.equal(`已受理办件 ${number}。`);
      // The acting staff member is on the event, in full for staff.
      expect(text(el, '[part~="events"]')).to.match(/材料齐全/);
      expect([...el.shadowRoot!.querySelectorAll('[part~="actor"]')].some((a) => /（.*市场监督管理局）/.test(a.textContent!))).to.equal(
        true,
      );
      // Accepted: what follows is review's (开启会审), which demo-staff also holds.
      expect([...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="action-button"]')].map((b) => b.dataset.action)).to.deep.equal([
        'openTracks',
      ]);
    });

    it('不予受理 needs a reason (checked, focused), confirms, and can go back to change it', async () => {
      const number = await prereviewCase();
      const el = await mount('demo-staff', { number }, (config) => config.setAttribute('locale', 'en'));
      await waitForState(el, 'complete');
      inside(el, '[part~="action-button"][data-action="reject"]').click();
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="action-form"] textarea'));
      inside(el, '[part~="action-form"] button[type="submit"]').click();
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="field-error"]'), 'the reason’s problem');
      const reason = inside<HTMLTextAreaElement>(el, '[part~="action-form"] textarea');
      expect(text(el, '[part~="field-error"]')).to.equal('Give the reason for not accepting.');
      expect(reason.getAttribute('aria-invalid')).to.equal('true');
      expect(focused(el)).to.equal(reason);
      await expectAccessible(el, 'reason missing');
      await sendKeys({ type: 'Not our department' });
      await waitUntil(() => !el.shadowRoot!.querySelector('[part~="field-error"]'), 'the problem goes once fixed');
      inside(el, '[part~="action-form"] button[type="submit"]').click();
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="confirm"]'));
      [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="confirm"] button')]
        .find((b) => b.textContent!.trim() === 'Change')!
        .click();
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="action-form"] textarea'));
      expect(inside<HTMLTextAreaElement>(el, '[part~="action-form"] textarea').value, 'the reason is kept').to.equal('Not our department');
      inside(el, '[part~="action-form"] button[type="submit"]').click();
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="confirm-button"]'));
      inside(el, '[part~="confirm-button"]').click();
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="notice"]') && text(el, '[part~="status"]') === 'Not accepted');
      expect(text(el, '[part~="notice"]')).to.equal(`Case ${number} not accepted.`);
    });

    it('补正 in elder mode: the guide’s materials by keyboard, a reason required per chosen material (focused), the working days checked', async () => {
      const number = await prereviewCase();
      const el = await mount('demo-staff', { number }, (config) => config.setAttribute('elder', ''));
      await waitForState(el, 'complete');
      inside(el, '[part~="action-button"][data-action="supplement"]').click();
      await waitUntil(() => el.shadowRoot!.querySelector('[data-material="premises-lease"]'), 'the guide’s materials');
      // Space on the focused checkbox ticks it; its reason field appears.
      inside<HTMLInputElement>(el, '[data-material="premises-lease"]').focus();
      await sendKeys({ press: 'Space' });
      await waitUntil(() => el.shadowRoot!.querySelector('[data-note="premises-lease"]'), 'the material’s reason field');
      const days = inside<HTMLInputElement>(el, '#cd-supplement-days');
      days.value = '99';
      days.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      inside(el, '[part~="action-form"] button[type="submit"]').click();
      await waitUntil(() => el.shadowRoot!.querySelectorAll('[part~="field-error"]').length === 3, 'three problems');
      expect(focused(el)).to.equal(inside(el, '[data-note="premises-lease"]'));
      expect(text(el, '[part~="action-form"]')).to.include('请写明该材料需补正的原因').and.include('请填写 1 到 60 之间的整数');
      expect(parseFloat(getComputedStyle(inside(el, '[data-note="premises-lease"]')).fontSize)).to.be.at.least(18);
      await expectAccessible(el, '补正 problems, elder mode');
      await sendKeys({ type: '扫描件不清晰' });
      expect(el.shadowRoot!.querySelector('[data-note="premises-lease"][aria-invalid="true"]'), 'fixed').to.equal(null);
    });

    it('someone else acted first (409): the case is reloaded and the desk says so', async () => {
      const number = await prereviewCase();
      const el = await mount('demo-staff', { number });
      await waitForState(el, 'complete');
      inside(el, '[part~="action-button"][data-action="accept"]').click();
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="action-form"]'));
      inside(el, '[part~="action-form"] button[type="submit"]').click();
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="confirm-button"]'));
      // Another clerk accepts it meanwhile.
      const other = createClient({ baseUrl: mock.baseUrl, retry: 0, getToken: () => tokenOf(mock, 'demo-staff') });
      await other.staff.accept(number, {});
      inside(el, '[part~="confirm-button"]').click();
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="notice"]') && text(el, '[part~="status"]') === '已受理', 'reloaded');
      expect(text(el, '[part~="notice"]')).to.include('已被其他工作人员处理');
      await waitUntil(() => focused(el)?.getAttribute('part') === 'notice', 'focus on the notice');
      await expectAccessible(el, 'conflict');
    });

    it('the 补正 answer with its files: fetched with the staff token, opened from a link, focused; accessible', async () => {
      const number = await prereviewCase();
      const clerk = createClient({ baseUrl: mock.baseUrl, retry: 0, getToken: () => tokenOf(mock, 'demo-staff') });
      await clerk.staff.supplement(number, { reason: '租赁合同不清晰', materials: [{ materialId: 'premises-lease', note: '请重新扫描' }] });
      const asked = await person.applications.progress(number);
      const rescanned = await person.files.upload(new Blob([pdf('lease, scanned again')], { type: 'application/pdf' }), {
        fileName: '租赁合同（重新扫描）.pdf',
      });
      await person.applications.supplement(number, {
        supplementId: asked.supplement!.id,
        materials: [{ materialId: 'premises-lease', fileIds: [rescanned.id] }],
        note: '已重新扫描',
      });
      const el = await mount('demo-staff', { number });
      await waitForState(el, 'complete');
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="supplement-answer"]'), 'the answer');
      expect(text(el, '[part~="supplement"]')).to.include('申请人补正的材料').and.include('申请人说明：已重新扫描');
      const button = inside<HTMLButtonElement>(el, `[part~="answer-file"][data-file="${rescanned.id}"] [part~="file-button"]`);
      expect(button.textContent!.replace(/\s+/g, ' ').trim()).to.match(/^获取文件“租赁合同（重新扫描）\.pdf”（\d+ KB）$/);
      await expectAccessible(el, 'the 补正 answer');
      button.click();
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="file-link"]'), 'the link to open');
      const link = inside<HTMLAnchorElement>(el, '[part~="file-link"]');
      expect(link.href).to.match(/^blob:/);
      expect(link.target).to.equal('_blank');
      expect(text(el, '[part~="file-link"]')).to.match(/^打开“租赁合同（重新扫描）\.pdf”/);
      await waitUntil(() => focused(el) === link, 'focus on the link');
      expect(await (await fetch(link.href)).text()).to.include('lease, scanned again');
      await expectAccessible(el, 'the 补正 answer with a file fetched');
    });

    it('another department’s clerk cannot open the case (not found), and has no 受理 of it', async () => {
      const number = await prereviewCase();
      const el = await mount('demo-staff-gaj', { number });
      await waitForState(el, 'error');
      expect(text(el, '[part~="error"]')).to.include('没有找到');
    });
  });

  describe('who may use it', () => {
    it('signed out: the site’s sign-in', async () => {
      let calls = 0;
      const el = await mount(null, {}, (config) => (config.signIn = () => void calls++));
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="sign-in-button"]'), 'the sign-in state');
      expect(text(el, '[part~="sign-in"]')).to.include('请使用工作人员账号登录');
      inside(el, '[part~="sign-in-button"]').click();
      await waitUntil(() => calls === 1, 'the site’s sign-in called');
      await expectAccessible(el, 'signed out');
    });

    it('an applicant’s account: "not a staff account"', async () => {
      const el = await mount('demo-person');
      await waitForState(el, 'error');
      expect(text(el, '[part~="refusal"]')).to.include('不是工作人员账号');
      expect(el.shadowRoot!.querySelector('[part~="retry-button"]')).to.equal(null);
      await expectAccessible(el, 'not staff');
    });

    it('a role missing: which role is needed (ROLE_REQUIRED from the server)', async () => {
      mock.worker.use(
        http.get(`${mock.baseUrl}/staff/cases`, () =>
          HttpResponse.json(
            {
              error: {
                code: 'ROLE_REQUIRED',
                message: '需要“受理”岗位权限',
                requestId: 'req-role',
                details: [{ path: 'roles', message: 'intake' }],
              },
            },
            { status: 403 },
          ),
        ),
      );
      const el = await mount('demo-staff', {}, (config) => config.setAttribute('elder', ''));
      await waitForState(el, 'error');
      expect(text(el, '[part~="refusal"]')).to.equal('您的账号缺少“受理”岗位权限，请联系本部门管理员开通。');
      await expectAccessible(el, 'role missing, elder');
    });

    it('fits a tablet (768 px) and 1280 px without horizontal scrolling', async () => {
      const number = await prereviewCase();
      for (const width of [768, 1280]) {
        await setViewport({ width, height: 900 });
        const el = await mount('demo-staff', { number });
        await waitForState(el, 'complete');
        expect(document.documentElement.scrollWidth, `page width at ${width}`).to.be.at.most(width);
        el.parentElement!.remove();
      }
      await setViewport({ width: 800, height: 600 });
    });
  });
});

interface A11yNode {
  role: string;
  name: string;
  children: A11yNode[];
}
