// <yw-case-desk> against the in-page mock (the reference server's app over
// PGlite), signed in as the demo staff of 市场监督管理局 (demo-staff: 受理 and
// 审查) or of 公安局 (demo-staff-gaj): the shared element suite, the queue with
// its badges, filters, paging and keys, the case view, 受理 and 不予受理 with
// validation and confirmation, a conflict, and the refusals; the hall
// appointment of an offline-channel case, the 整改 of a 差评 (and the tracker
// saying 已整改), and the 代办 view (assign, progress, complete).
import { expect, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode, sendKeys, setViewport } from '@web/test-runner-commands';
import { HttpResponse, http } from 'msw';
import { MOCK_OPERATOR_TOKEN } from '@yiwang/mock';
import { createClient } from '@yiwang/sdk';
import type { Client } from '@yiwang/sdk';
import '../../define/yw-config.ts';
import '../../define/yw-case-desk.ts';
import '../../define/yw-progress-tracker.ts';
import type { YwConfig } from '../config/config.ts';
import type { YwCaseDesk } from './case-desk.ts';
import type { YwProgressTracker } from '../progress-tracker/progress-tracker.ts';
import type { YwAgencyActionEvent, YwCaseActionEvent } from '../../base/events/index.ts';
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
  mainCall: {
    endpoint: 'staff.cases',
    emptyHandlers: (mock) => [
      http.get(`${mock.baseUrl}/staff/cases`, () => HttpResponse.json({ items: [], total: 0, page: 1, pageSize: 20 })),
    ],
  },
  textSelector: '[part~="number"]',
  targetSelector: '[part~="case-row"]',
  primary: { selector: '[part~="number"]', property: 'color' },
  part: 'queue',
  localeText: { 'zh-CN': /共 \d+ 件办件/, en: /\d+ cases/ },
  // Tab order: the view tabs (one stop), seven filters, then the retry button.
  tabsToRetry: 9,
  signIn: async (config, mock) => {
    const token = await tokenOf(mock, 'demo-staff');
    config.getToken = () => token;
  },
});

describe('<yw-case-desk>', () => {
  let mock: BrowserMock;
  let person: Client;
  /** The mock's operator client, for the simulated clock only. */
  let operator: Client;
  const mounted: Element[] = [];
  useMock(mounted, (started) => (mock = started));

  before(async function () {
    this.timeout(60_000);
    await startMock();
    person = createClient({ baseUrl: mock.baseUrl, retry: 0, getToken: () => tokenOf(mock, 'demo-person') });
    operator = createClient({ baseUrl: mock.baseUrl, retry: 0, getToken: () => MOCK_OPERATOR_TOKEN });
  });

  /** A new 个体工商户设立登记 (市场监督管理局) of demo-person, just submitted: not yet taken up by staff. */
  async function newCase(): Promise<string> {
    const file = await person.files.upload(new Blob([pdf('lease')], { type: 'application/pdf' }), { fileName: '租赁合同.pdf' });
    const receipt = await person.applications.create(createBody(file.id) as never);
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
      await newCase();
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
        'a case not yet accepted',
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
      status.value = 'submitted';
      status.dispatchEvent(new Event('change'));
      await waitForState(el, 'complete');
      await waitUntil(() => rows(el).length > 0 && el.page === 1);
      expect([...el.shadowRoot!.querySelectorAll('[part~="status"]')].every((s) => s.textContent === '已提交')).to.equal(true);
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
      const number = await newCase();
      const events: YwCaseActionEvent[] = [];
      const el = await mount('demo-staff', { number });
      el.addEventListener('yw-case-action', (e) => events.push(e));
      await waitForState(el, 'complete');
      await waitUntil(() => text(el, '[part~="answers"]').includes('经营者姓名') || text(el, '[part~="answers"]').includes('李文博'));
      expect(text(el, '[part~="answers"]')).to.include('李文博');
      expect(text(el, '[part~="materials"]')).to.match(/1 个文件/);
      expect(text(el, '[part~="events"]')).to.include('已提交');
      expect(text(el, '[part~="status"]')).to.equal('已提交');
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
      // Taking the case up is its pre-review, an event of its own; the acting staff member is on the events, in full for staff.
      expect(text(el, '[part~="events"]'))
        .to.include('预审中')
        .and.match(/材料齐全/);
      expect([...el.shadowRoot!.querySelectorAll('[part~="actor"]')].some((a) => /（.*市场监督管理局）/.test(a.textContent!))).to.equal(
        true,
      );
      // Accepted: what follows is review's (开启会审), which demo-staff also holds.
      expect([...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="action-button"]')].map((b) => b.dataset.action)).to.deep.equal([
        'openTracks',
        'suspend',
        'extend',
      ]);
    });

    it('the e-licenses the case used: name, number, holder, valid-until, status and where used; one no longer valid says so in words', async () => {
      const number = await newCase();
      const el = await mount('demo-staff', { number });
      await waitForState(el, 'complete');
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="license"]'), 'the licenses');
      const license = inside(el, '[part~="license"][data-license-id="lic-person-id-card"]');
      const said = license.textContent!.replace(/\s+/g, ' ');
      expect(said).to.include('中华人民共和国居民身份证').and.include('4107**********2355').and.include('李文博').and.include('2036');
      const within = (node: Element, selector: string) => node.querySelector(selector)!.textContent!.replace(/\s+/g, ' ').trim();
      expect(within(license, '[part~="license-status"]')).to.equal('✓ 有效');
      // The material it stands for and the form field it answers, as one license.
      expect([...license.querySelectorAll('[part~="license-uses"] li')].map((li) => li.textContent!.trim())).to.deep.equal([
        '申请材料：经营者居民身份证',
        '申请表：经营者电子身份证',
      ]);
      expect(license.querySelector('[part~="license-warning"]')).to.equal(null);
      await expectAccessible(el, 'licenses used');
      el.remove();

      // Revoked in the license store since: the desk says so beside the status, in words (English here).
      const db = mock.api.services.db;
      const [row] = await db.query<{ data: unknown }>("SELECT data FROM licenses WHERE id = 'lic-person-id-card'");
      await db.query(`UPDATE licenses SET data = jsonb_set(data, '{status}', '"revoked"') WHERE id = 'lic-person-id-card'`);
      try {
        const en = await mount('demo-staff', { number }, (config) => config.setAttribute('locale', 'en'));
        await waitForState(en, 'complete');
        await waitUntil(() => en.shadowRoot!.querySelector('[part~="license-warning"]'), 'the warning');
        const revoked = inside(en, '[part~="license"][data-license-id="lic-person-id-card"]');
        expect(within(revoked, '[part~="license-status"]')).to.equal('! Revoked');
        expect(within(revoked, '[part~="license-warning"]')).to.equal(
          '! This e-license is no longer valid: check it before relying on it.',
        );
        await expectAccessible(en, 'a revoked license');
      } finally {
        await db.query("UPDATE licenses SET data = $1 WHERE id = 'lic-person-id-card'", [JSON.stringify(row!.data)]);
      }
    });

    it('不予受理 needs a reason (checked, focused), confirms, and can go back to change it', async () => {
      const number = await newCase();
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
      const number = await newCase();
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

    it('暂停计时 (特别程序): the procedure chosen by keyboard, a reason required, confirmed; the desk and the applicant’s tracker say the clock is suspended', async () => {
      const file = await person.files.upload(new Blob([pdf('lease')], { type: 'application/pdf' }), { fileName: '租赁合同.pdf' });
      const receipt = await person.applications.create(createBody(file.id) as never);
      const staff = createClient({ baseUrl: mock.baseUrl, retry: 0, getToken: () => tokenOf(mock, 'demo-staff') });
      await staff.staff.accept(receipt.number, {});
      const el = await mount('demo-staff', { number: receipt.number });
      await waitForState(el, 'complete');
      inside(el, '[part~="action-button"][data-action="suspend"]').click();
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="action-form"] input[type="radio"]'), 'the procedures');
      inside(el, '[part~="action-form"] button[type="submit"]').click();
      await waitUntil(() => el.shadowRoot!.querySelectorAll('[part~="field-error"]').length === 2, 'procedure and reason missing');
      expect(text(el, '[part~="action-form"]')).to.include('请选择特别程序').and.include('请填写暂停计时的原因');
      expect(focused(el)?.tagName, 'the first problem, the procedure group, has focus').to.equal('FIELDSET');
      await expectAccessible(el, 'suspend problems');
      // The first procedure (听证) by keyboard: Tab into the group, Space picks it.
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' });
      inside<HTMLTextAreaElement>(el, '[part~="action-form"] textarea').focus();
      await sendKeys({ type: '依申请人要求组织听证' });
      const days = inside<HTMLInputElement>(el, '[part~="action-form"] input[type="number"]');
      days.focus();
      await sendKeys({ type: '3' });
      inside(el, '[part~="action-form"] button[type="submit"]').click();
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="confirm"]'), 'the confirmation step');
      expect(text(el, '[part~="confirm"]')).to.include(`确认暂停办件 ${receipt.number} 的计时`);
      inside(el, '[part~="confirm-button"]').click();
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="suspension"]'), 'reloaded, suspended');
      expect(text(el, '.case-facts [part~="deadline"]')).to.match(/^‖ 已暂停计时（听证），剩余 \d+ 个工作日$/);
      expect(text(el, '[part~="suspension"]')).to.include('依申请人要求组织听证').and.include('预计');
      expect([...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="action-button"]')].map((b) => b.dataset.action))
        .to.include('resume')
        .and.not.include('suspend');
      await expectAccessible(el, 'case suspended');
      // The applicant's tracker (number and query code) says it in words, with the reason.
      const config = document.createElement('yw-config');
      config.setAttribute('api-base', mock.baseUrl);
      const tracker = document.createElement('yw-progress-tracker');
      tracker.setAttribute('refresh-interval', '0');
      tracker.setAttribute('number', receipt.number);
      tracker.setAttribute('query-code', receipt.queryCode);
      config.append(tracker);
      document.body.append(config);
      mounted.push(config);
      await waitForState(tracker, 'complete');
      expect(inside(tracker, '[part~="deadline"]').dataset.deadline).to.equal('suspended');
      expect(text(tracker, '[part~="deadline-verdict"]')).to.equal('‖ 计时已暂停：正在进行特别程序（听证），所需时间不计入办理时限。');
      expect(text(tracker, '[part~="deadline-suspension"]')).to.include('依申请人要求组织听证');
      await expectAccessible(tracker, 'tracker, clock suspended');
    });

    it('someone else acted first (409): the case is reloaded and the desk says so', async () => {
      const number = await newCase();
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
      const number = await newCase();
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

    it('the submitted materials open from the case: by keyboard, fetched with the staff token, in a new tab; the form’s upload too; accessible', async () => {
      const number = await newCase();
      const el = await mount('demo-staff', { number });
      await waitForState(el, 'complete');
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="material-file"]'), 'the material’s file');
      const material = inside(el, '[part~="material"][data-material-id="premises-lease"]');
      const button = material.querySelector<HTMLButtonElement>('[part~="material-file"] [part~="file-button"]')!;
      expect(button.textContent!.replace(/\s+/g, ' ').trim()).to.match(/^获取文件“租赁合同\.pdf”（\d+ KB）$/);
      expect(el.shadowRoot!.textContent, 'no "cannot be viewed" hint').to.not.include('暂不能在此打开');
      // The form's upload field (the same lease) offers it as well, not as a file id.
      expect(text(el, '[part~="answers"]')).to.include('获取文件“租赁合同.pdf”');
      await expectAccessible(el, 'materials with their files');
      button.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => material.querySelector('[part~="file-link"]'), 'the link to open');
      const link = material.querySelector<HTMLAnchorElement>('[part~="file-link"]')!;
      expect(link.href).to.match(/^blob:/);
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener');
      expect(link.textContent!.trim()).to.match(/^打开“租赁合同\.pdf”/);
      await waitUntil(() => focused(el) === link, 'focus on the link');
      expect(await (await fetch(link.href)).text()).to.include('lease');
      await expectAccessible(el, 'a material’s file fetched');
    });

    it('a material’s file that fails to load says why beside its control, which stays to try again', async () => {
      const number = await newCase();
      const el = await mount('demo-staff', { number }, (config) => config.setAttribute('locale', 'en'));
      await waitForState(el, 'complete');
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="material-file"] [part~="file-button"]'), 'the material’s file');
      const material = inside(el, '[part~="material"][data-material-id="premises-lease"]');
      mock.api.faults.add({ endpoint: 'staff.file', status: 500, times: 1 });
      material.querySelector<HTMLButtonElement>('[part~="file-button"]')!.click();
      await waitUntil(() => material.querySelector('[part~="file-error"]'), 'the error');
      const error = material.querySelector<HTMLElement>('[part~="file-error"]')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(error.textContent!.replace(/\s+/g, ' ').trim()).to.match(/^! Could not fetch “租赁合同\.pdf”: .+ Select it again to retry\.$/);
      // Shown where it was asked for only (the answers list the same file).
      expect(el.shadowRoot!.querySelectorAll('[part~="file-error"]').length).to.equal(1);
      const retry = material.querySelector<HTMLButtonElement>('[part~="file-button"]')!;
      expect(retry.disabled).to.equal(false);
      expect(retry.getAttribute('aria-describedby')).to.equal(error.id);
      await expectAccessible(el, 'a file that failed to load');
      retry.click();
      await waitUntil(() => material.querySelector('[part~="file-link"]'), 'fetched on the second try');
      expect(material.querySelector('[part~="file-error"]')).to.equal(null);
    });

    it('another department’s clerk cannot open the case (not found), and has no 受理 of it', async () => {
      const number = await newCase();
      const el = await mount('demo-staff-gaj', { number });
      await waitForState(el, 'error');
      expect(text(el, '[part~="error"]')).to.include('没有找到');
    });
  });

  describe('the hall appointment (预约现场办理)', () => {
    it('an offline case in the "needs appointment" filter; the form prefilled from the item, lines added and removed; the hall hours checked; a past time refused with the server’s message at the field; then set and shown', async () => {
      const setClock = (now: string | null) => operator.operator.setClock({ now });
      // Monday 2 March 2026, 10:00 Beijing time: 4 March is a working day.
      await setClock('2026-03-02T02:00:00Z');
      try {
        const file = await person.files.upload(new Blob([pdf('lease')], { type: 'application/pdf' }), { fileName: '租赁合同.pdf' });
        const { number } = await person.applications.create(createBody(file.id, { channel: 'offline' }) as never);
        const guide = await person.items.get('scjg-001');
        const el = await mount('demo-staff', { 'page-size': '100' });
        await waitForState(el, 'complete');
        const filter = inside<HTMLSelectElement>(el, '#cd-appointment');
        filter.value = 'true';
        filter.dispatchEvent(new Event('change'));
        await waitUntil(
          () => el.needsAppointment === 'true' && el.state === 'complete' && rows(el).some((r) => r.dataset.number === number),
        );
        const row = rows(el).find((r) => r.dataset.number === number)!;
        expect(row.textContent).to.include('待预约现场办理');
        row.click();
        await waitUntil(
          () => el.shadowRoot!.querySelector('[part~="action-button"][data-action="appointment"]'),
          'the case, with 预约现场办理',
        );
        inside(el, '[part~="action-button"][data-action="appointment"]').click();
        await waitUntil(() => el.shadowRoot!.querySelector('[data-bring]'), 'the lines to bring, prefilled');
        const required = guide.guide.materials.filter((m) => m.required && !m.conditional).map((m) => m.name);
        const lines = () => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('[data-bring]')].map((i) => i.value);
        expect(lines().slice(0, required.length)).to.deep.equal(required);
        expect(text(el, '[part~="action-form"]')).to.include('工作日 09:00–17:00（北京时间）');
        // Add a line (focus goes to it), remove the first one.
        inside(el, '[part~="add-line"]').click();
        await waitUntil(() => focused(el)?.dataset.bring === String(lines().length - 1), 'focus on the new line');
        await sendKeys({ type: '营业执照正本' });
        const first = lines()[0]!;
        inside(el, '[part~="remove-line"]').click();
        await waitUntil(() => !lines().includes(first) && lines().includes('营业执照正本'));
        const set = (id: string, value: string) => {
          const input = inside<HTMLInputElement>(el, `#cd-appointment-${id}`);
          input.value = value;
          input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        };
        set('date', '2026-03-02');
        set('time', '18:00');
        set('place', '市民服务中心二楼 市场监管综合窗口 12 号');
        inside(el, '[part~="action-form"] button[type="submit"]').click();
        await waitUntil(() => el.shadowRoot!.querySelector('[part~="field-error"]'), 'the hall hours');
        expect(text(el, '[part~="field-error"]')).to.equal('预约时间须在 09:00–17:00 之间。');
        expect(focused(el)?.id).to.equal('cd-appointment-time');
        await expectAccessible(el, 'appointment form, time outside the hall hours');
        // Before now on the server's clock: the server refuses, its sentence at the date.
        set('time', '09:30');
        inside(el, '[part~="action-form"] button[type="submit"]').click();
        await waitUntil(() => el.shadowRoot!.querySelector('[part~="confirm-button"]'));
        inside(el, '[part~="confirm-button"]').click();
        await waitUntil(() => el.shadowRoot!.querySelector('#cd-appointment-date-error'), 'the server’s problem at the field');
        expect(text(el, '#cd-appointment-date-error')).to.equal('预约时间必须晚于当前时间');
        await waitUntil(() => focused(el)?.id === 'cd-appointment-date', 'focus on the date');
        expect(lines(), 'the edited lines are kept').to.include('营业执照正本');
        set('date', '2026-03-04');
        set('time', '10:30');
        inside(el, '[part~="action-form"] button[type="submit"]').click();
        await waitUntil(() => el.shadowRoot!.querySelector('[part~="confirm-button"]'));
        inside(el, '[part~="confirm-button"]').click();
        await waitUntil(() => el.shadowRoot!.querySelector('[part~="appointment"]'), 'the case shows the appointment');
        expect(text(el, '[part~="notice"]')).to.equal(`已为办件 ${number} 预约现场办理，申请人将收到通知。`);
        expect(text(el, '[part~="appointment-time"]')).to.match(/2026\/03\/04.*10:30/);
        expect(text(el, '[part~="appointment-place"]')).to.equal('市民服务中心二楼 市场监管综合窗口 12 号');
        const brought = [...el.shadowRoot!.querySelectorAll('[part~="appointment-bring"] li')].map((li) => li.textContent!.trim());
        expect(brought).to.include('营业执照正本').and.not.include(first);
        expect(text(el, '.case-facts')).to.include('已预约');
        await expectAccessible(el, 'the appointment set');
      } finally {
        await setClock(null);
      }
    });
  });

  describe('差评整改', () => {
    it('a 差评 awaiting 整改: the form in the evaluation section, checked and confirmed; then the record, and the tracker says 已整改', async () => {
      const file = await person.files.upload(new Blob([pdf('lease')], { type: 'application/pdf' }), { fileName: '租赁合同.pdf' });
      const { number, queryCode } = await person.applications.create(createBody(file.id) as never);
      for (const action of [
        { action: 'prereview' },
        { action: 'accept' },
        { action: 'start_review', departments: ['市场监督管理局'] },
        { action: 'advance' },
        { action: 'decide', outcome: 'approved' },
        { action: 'certify' },
        { action: 'ship' },
        { action: 'complete' },
      ] as const)
        await operator.operator.act(number, action as never);
      const rating = { overall: 1, efficiency: 1, guideAccuracy: 2, convenience: 1, platformUsability: 2 };
      await person.applications.evaluate(number, { level: 1, indicators: rating, tags: ['办理慢'], comment: '来回跑了两次' });

      const tracker = document.createElement('yw-progress-tracker');
      tracker.setAttribute('number', number);
      tracker.setAttribute('query-code', queryCode);
      tracker.setAttribute('refresh-interval', '0');
      const trackerConfig = document.createElement('yw-config');
      trackerConfig.setAttribute('api-base', mock.baseUrl);
      trackerConfig.append(tracker);
      document.body.append(trackerConfig);
      mounted.push(trackerConfig);
      await waitForState(tracker, 'complete');
      expect(text(tracker, '[part~="rectification"]')).to.equal('办理部门正在核实您反映的问题，整改后将告知您结果。');

      const el = await mount('demo-staff', { number });
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="rectification"]'), 'the evaluation section');
      expect(text(el, '[part~="evaluation"]')).to.include('非常不满意').and.include('来回跑了两次');
      expect(text(el, '[part~="rectification-status"]')).to.include('差评待整改');
      expect(el.shadowRoot!.querySelector('[part~="actions"] [data-action="rectify"]'), 'not among the side actions').to.equal(null);
      await expectAccessible(el, 'a 差评 awaiting 整改');
      inside(el, '[data-action="rectify"]').click();
      await waitUntil(() => el.shadowRoot!.querySelector('#cd-rectify-finding'), 'the form');
      // Nothing filled in: each problem at its field, focus on the first.
      inside(el, '[part~="action-form"] button[type="submit"]').click();
      await waitUntil(() => el.shadowRoot!.querySelector('#cd-rectify-finding-error'));
      expect(text(el, '#cd-rectify-finding-error')).to.equal('请填写核实情况。');
      expect(text(el, '#cd-rectify-contacted-error')).to.equal('请选择是否已回访申请人。');
      await waitUntil(() => focused(el)?.id === 'cd-rectify-finding', 'focus on the first problem');
      await expectAccessible(el, 'the 整改 form with problems');
      const type = (id: string, value: string) => {
        const input = inside<HTMLTextAreaElement>(el, `#cd-rectify-${id}`);
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      };
      type('finding', '经核实，窗口未一次性告知所需材料。');
      type('measures', '已对窗口人员开展培训，办事指南补充材料说明。');
      inside<HTMLInputElement>(el, 'input[name="cd-rectify-contacted"][value="yes"]').click();
      await waitUntil(() => el.shadowRoot!.querySelector('#cd-rectify-applicantResponse'), 'the response field, once contacted');
      inside(el, '[part~="action-form"] button[type="submit"]').click();
      await waitUntil(() => el.shadowRoot!.querySelector('#cd-rectify-applicantResponse-error'));
      type('applicantResponse', '申请人表示认可');
      inside(el, '[part~="action-form"] button[type="submit"]').click();
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="confirm-button"]'));
      expect(text(el, '[part~="confirm"]')).to.include('每个差评只能记录一次');
      inside(el, '[part~="confirm-button"]').click();
      await waitUntil(() => el.shadowRoot!.querySelector('.rectification h4'), 'the record');
      expect(text(el, '[part~="notice"]')).to.equal(`办件 ${number} 的差评整改已记录。`);
      expect(text(el, '[part~="rectification"]'))
        .to.include('已整改')
        .and.include('已回访。申请人反馈：申请人表示认可')
        .and.include('王敏');
      expect(el.shadowRoot!.querySelector('[data-action="rectify"]'), 'recorded once').to.equal(null);
      await expectAccessible(el, 'the 整改 recorded');

      await (tracker as YwProgressTracker).refresh();
      await waitUntil(() => tracker.shadowRoot!.querySelector('[part~="rectification-status"]'), 'the tracker shows the record');
      expect(text(tracker, '[part~="rectification-status"]')).to.equal('✓ 已整改');
      expect(text(tracker, '[part~="rectification-measures"]')).to.equal('已对窗口人员开展培训，办事指南补充材料说明。');
      expect(text(tracker, '[part~="rectification"]')).to.not.include('王敏');
      await expectAccessible(tracker, 'the tracker: 已整改');
    });
  });

  describe('the 代办 view', () => {
    it('the tabs by keyboard; the list (one tab stop); a request with the contact’s mobile; assign an agent, note progress, complete (confirmed)', async () => {
      const created = await person.agencyRequests.create({
        itemId: 'scjg-004',
        contactName: '张三',
        mobile: '13800001234',
        description: '第一次开公司，请帮忙准备设立登记材料',
        preferredContact: 'phone',
        preferredTime: '工作日上午',
      });
      const events: YwAgencyActionEvent[] = [];
      const el = await mount();
      el.addEventListener('yw-agency-action', (e) => events.push(e));
      await waitForState(el, 'complete');
      inside(el, '[part~="view-tab"][data-view="cases"]').focus();
      await sendKeys({ press: 'ArrowRight' });
      await waitUntil(() => el.view === 'agency' && el.state === 'complete', 'the 代办 view');
      expect(focused(el)?.dataset.view).to.equal('agency');
      expect(inside(el, '[part~="view-tab"][data-view="agency"]').getAttribute('aria-selected')).to.equal('true');
      const list = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="agency-row"]')];
      expect(list.filter((r) => r.tabIndex === 0).length, 'one row in the tab order').to.equal(1);
      const row = list.find((r) => r.dataset.id === created.id)!;
      expect(row.textContent).to.include('张三').and.include('待分派');
      await expectAccessible(el, 'the 代办 list');
      list[0]!.focus();
      await sendKeys({ press: 'End' });
      expect(focused(el)).to.equal(list.at(-1));
      row.focus();
      await sendKeys({ press: 'Enter' });
      await waitForState(el, 'complete');
      await waitUntil(() => focused(el)?.getAttribute('part') === 'request-title', 'focus on the request heading');
      expect(text(el, '[part~="requester"]')).to.include('13800001234').and.include('电话联系，工作日上午');
      expect(text(el, '[part~="help"]')).to.equal('第一次开公司，请帮忙准备设立登记材料');
      expect(text(el, '[part~="events"]')).to.include('提交代办申请').and.include('张三');
      await expectAccessible(el, 'a request');

      const act = async (action: string, fill: () => Promise<void>, expectConfirm?: string) => {
        inside(el, `[part~="action-button"][data-action="${action}"]`).click();
        await waitUntil(() => el.shadowRoot!.querySelector('[part~="action-form"]'));
        await fill();
        inside(el, '[part~="action-form"] button[type="submit"]').click();
        await waitUntil(() => el.shadowRoot!.querySelector('[part~="confirm-button"]'), `${action}: the confirmation step`);
        if (expectConfirm) expect(text(el, '[part~="confirm"]')).to.include(expectConfirm);
        const before = events.length;
        inside(el, '[part~="confirm-button"]').click();
        await waitUntil(() => events.length === before + 1 && el.shadowRoot!.querySelector('[part~="notice"]'), `${action} done`);
      };

      // Assign: a colleague is required (checked, focused), then 赵磊.
      await act('agencyAssign', async () => {
        await waitUntil(() => el.shadowRoot!.querySelector('#cd-agencyAssign-agent:not([disabled])'), 'the department’s staff');
        const select = inside<HTMLSelectElement>(el, '#cd-agencyAssign-agent');
        inside(el, '[part~="action-form"] button[type="submit"]').click();
        await waitUntil(() => el.shadowRoot!.querySelector('[part~="field-error"]'), 'the agent is required');
        expect(text(el, '[part~="field-error"]')).to.equal('请选择代办员。');
        expect(focused(el)).to.equal(select);
        await expectAccessible(el, 'assign form, agent missing');
        const zhao = [...select.options].find((o) => o.textContent!.includes('赵磊'))!;
        select.value = zhao.value;
        select.dispatchEvent(new Event('change'));
      });
      await waitUntil(() => text(el, '[part~="agent"]').includes('赵磊'), 'the agent shown');
      expect(text(el, '[part~="status"]')).to.equal('◔ 已分派');
      // Progress: the note, seen in the events with who acted.
      await act('agencyProgress', async () => {
        inside<HTMLTextAreaElement>(el, '[part~="action-form"] textarea').focus();
        await sendKeys({ type: '已电话联系，约定材料清单' });
      });
      await waitUntil(() => text(el, '[part~="events"]').includes('已电话联系，约定材料清单'));
      expect([...el.shadowRoot!.querySelectorAll('[part~="actor"]')].some((a) => /^王敏（.+）$/.test(a.textContent!.trim()))).to.equal(
        true,
      );
      // Complete: irreversible, so the confirmation says so.
      await act('agencyComplete', async () => {}, '此操作不能撤销');
      await waitUntil(() => text(el, '[part~="status"]') === '✓ 已完成', 'completed');
      expect(el.shadowRoot!.querySelector('[part~="action-button"]'), 'nothing more to do').to.equal(null);
      expect(events.map((e) => [e.detail.action, e.detail.status])).to.deep.equal([
        ['agencyAssign', 'assigned'],
        ['agencyProgress', 'in_progress'],
        ['agencyComplete', 'completed'],
      ]);
      await expectAccessible(el, 'a request completed');
      inside(el, '[part~="back-button"]').click();
      await waitForState(el, 'complete');
      expect(el.request).to.equal(undefined);
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
      const number = await newCase();
      await person.agencyRequests.create({
        itemId: 'scjg-004',
        contactName: '李四',
        mobile: '13800005678',
        description: '咨询',
        preferredContact: 'online',
      });
      for (const width of [768, 1280]) {
        await setViewport({ width, height: 900 });
        const el = await mount('demo-staff', { number });
        await waitForState(el, 'complete');
        expect(document.documentElement.scrollWidth, `page width at ${width}`).to.be.at.most(width);
        el.parentElement!.remove();
        const agency = await mount('demo-staff', { view: 'agency' });
        await waitForState(agency, 'complete');
        expect(document.documentElement.scrollWidth, `代办 list width at ${width}`).to.be.at.most(width);
        agency.parentElement!.remove();
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
