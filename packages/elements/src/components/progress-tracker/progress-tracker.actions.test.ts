// <yw-progress-tracker> for the signed-in owner (demo sign-in of the mock) and
// with the seed changing underneath: my applications, supplement upload and
// e-license, evaluation once after completion, withdrawal, the result download,
// and live updates after the department's staff move an application (staff API,
// test/helpers/staff-desk.ts). These tests change
// seeded applications, so they have their own test file (and mock).
import { expect, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode, sendKeys } from '@web/test-runner-commands';
import { HttpResponse, http } from 'msw';
import type { ApplicationSummary } from '@yiwang/contract';
import { createClient } from '@yiwang/sdk';
import type { Client } from '@yiwang/sdk';
import { MOCK_OPERATOR_TOKEN } from '@yiwang/mock';
import type { ConfigClientOptions } from '../../components/config/config.ts';
import '../../define/yw-config.ts';
import '../../define/yw-progress-tracker.ts';
import type { YwProgressTracker } from './progress-tracker.ts';
import type { YwEvaluateEvent } from '../../base/events/index.ts';
import { DEMO_APPLICATIONS } from '../../../../server/src/seed/demo-applications.ts';
import { createBody, pdf } from '@yiwang/test/fixtures/applications';
import { expectAccessible } from '@yiwang/test/helpers/a11y';
import { inside, stateOf, waitForState } from '@yiwang/test/helpers/element-suite';
import { before, beforeEach, describe, it } from '@yiwang/test/helpers/mocha';
import { useMock } from '@yiwang/test/helpers/mock-worker';
import { staffDesk } from '@yiwang/test/helpers/staff-desk';
import type { StaffDesk } from '@yiwang/test/helpers/staff-desk';
import { mountTracker } from '@yiwang/test/helpers/tracker-kit';
import type { BrowserMock } from '@yiwang/test/helpers/mock-worker';
import { flakyLoad } from '@yiwang/test/helpers/flaky-load';

type User = 'demo-person' | 'demo-enterprise';
const demo = (code: string) => DEMO_APPLICATIONS.find((d) => d.queryCode === code)!;
const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

describe('<yw-progress-tracker>: the owner, and changes on the server', () => {
  let mock: BrowserMock;
  let anonymous: Client;
  /** The mock's operator client, for the simulated clock only. */
  let operator: Client;
  let desk: StaffDesk;
  const tokens = new Map<User, string>();
  const mounted: Element[] = [];

  useMock(mounted, (started) => (mock = started));
  before(async function () {
    this.timeout(60_000);
    anonymous = createClient({ baseUrl: mock.baseUrl, retry: 0 });
    operator = createClient({ baseUrl: mock.baseUrl, retry: 0, getToken: () => MOCK_OPERATOR_TOKEN });
    desk = staffDesk(mock.baseUrl);
    for (const user of ['demo-person', 'demo-enterprise'] as const)
      tokens.set(user, (await anonymous.auth.demoSignIn({ userId: user })).token);
  });
  beforeEach(async () => {
    await mock.api.services.db.query('DELETE FROM rate_limits');
  });

  async function mount(
    attributes: Record<string, string> = {},
    options: { user?: User; token?: string; locale?: string; elder?: boolean; clientOptions?: ConfigClientOptions } = {},
  ): Promise<YwProgressTracker> {
    const token = options.token ?? (options.user ? tokens.get(options.user) : undefined);
    return mountTracker(mock.baseUrl, mounted, attributes, { ...options, token });
  }

  /** The owner's view of a seeded application, by number alone. */
  async function own(
    code: string,
    attributes: Record<string, string> = {},
    options: { locale?: string; elder?: boolean; clientOptions?: ConfigClientOptions } = {},
  ): Promise<YwProgressTracker> {
    const d = demo(code);
    const el = await mount({ number: d.number, ...attributes }, { user: d.owner, ...options });
    await waitForState(el, 'complete');
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="title"]'), 'the application');
    return el;
  }

  /** A new 个体工商户设立登记 (市场监督管理局, whose demo staff move it) of demo-person: its number and query code. */
  async function newCase(): Promise<{ number: string; queryCode: string }> {
    const person = createClient({ baseUrl: mock.baseUrl, retry: 0, getToken: () => tokens.get('demo-person')! });
    const file = await person.files.upload(new Blob([pdf('lease')], { type: 'application/pdf' }), { fileName: '租赁合同.pdf' });
    const { number, queryCode } = await person.applications.create(createBody(file.id) as never);
    return { number, queryCode };
  }

  const text = (el: Element, selector: string) => inside(el, selector).textContent!.replace(/\s+/g, ' ').trim();
  const status = (el: Element) => text(el, '[part~="status"]');
  const choose = (input: HTMLInputElement, files: File[]) => {
    const transfer = new DataTransfer();
    for (const file of files) transfer.items.add(file);
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  };

  // First, while the seed is untouched: every view of the owner in elder mode.
  describe('elder mode (适老化) in every view', () => {
    /** Every control is at least 44 × 44 px (radio buttons and checkboxes through their labels). */
    const expectLargeTargets = (el: Element, label: string) => {
      const targets = el.shadowRoot!.querySelectorAll<HTMLElement>(
        'button, a, select, textarea, input:not([type="radio"]):not([type="checkbox"]), label.choice',
      );
      expect(targets.length, label).to.be.greaterThan(0);
      for (const target of targets) {
        const box = target.getBoundingClientRect();
        if (box.width === 0) continue; // not shown (a hidden list)
        expect(
          Math.min(box.width, box.height),
          `${label}: ${target.localName}.${target.className} "${target.textContent!.trim().slice(0, 20)}"`,
        ).to.be.at.least(44);
      }
    };
    const check = async (el: YwProgressTracker, label: string) => {
      expect(el.hasAttribute('data-yw-elder')).to.equal(true);
      expectLargeTargets(el, label);
      await expectAccessible(el, `elder ${label}`, { enhancedContrast: true });
    };

    it('the query form, the list, the supplement form, the evaluation form, the withdrawal and EMS delivery', async () => {
      const form = await mount({}, { elder: true });
      await waitForState(form, 'complete');
      await check(form, 'query form');
      const list = await mount({}, { user: 'demo-person', elder: true });
      await waitForState(list, 'complete');
      await check(list, 'my applications');
      const supplement = await own('SUP234', {}, { elder: true });
      await check(supplement, 'supplement');
      const evaluation = await own('END567', {}, { elder: true });
      inside<HTMLInputElement>(evaluation, '[part~="level"] input[value="2"]').click();
      await evaluation.updateComplete;
      await check(evaluation, 'evaluation');
      const withdraw = await own('NEW234', {}, { elder: true });
      inside(withdraw, '[part~="withdraw-button"]').click();
      await withdraw.updateComplete;
      await check(withdraw, 'withdrawal');
      const delivery = await own('ABC234', {}, { elder: true });
      await check(delivery, 'EMS delivery');
    });
  });

  describe('my applications', () => {
    it("lists the signed-in applicant's applications, opens one from the keyboard, and goes back", async () => {
      const el = await mount({}, { user: 'demo-person' });
      await waitForState(el, 'complete');
      const mine = DEMO_APPLICATIONS.filter((d) => d.owner === 'demo-person');
      const items = [...el.shadowRoot!.querySelectorAll('[part~="list-item"]')];
      expect(items).to.have.length(mine.length);
      expect(text(el, '[part~="mine"]')).to.include(`共 ${mine.length} 件`);
      // Every item tells its status in words and its number.
      for (const item of items) expect(item.textContent).to.match(/YW\d{13}/);
      await expectAccessible(el, 'my applications');
      (document.activeElement as HTMLElement | null)?.blur();
      await sendKeys({ press: 'Tab' });
      const first = el.shadowRoot!.activeElement as HTMLElement;
      expect(first.getAttribute('part')).to.equal('list-item');
      const number = first.textContent!.match(/YW\d{13}/)![0];
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.shadowRoot!.activeElement?.id === 'pt-title', 'focus on the application');
      expect(inside(el, '[part~="header"]').textContent).to.include(number);
      expect(text(el, '[part~="back-button"]')).to.equal('返回我的办件');
      inside(el, '[part~="back-button"]').click();
      await waitUntil(() => el.shadowRoot!.activeElement?.id === 'pt-mine-title', 'back on the list');
      expect(el.shadowRoot!.querySelectorAll('[part~="list-item"]')).to.have.length(mine.length);
    });

    it('pages through a long list', async () => {
      const pages: string[] = [];
      const item = (i: number): ApplicationSummary => ({
        number: `YW20261103${String(90000 + i).padStart(5, '0')}`,
        itemId: 'scjg-001',
        itemName: `事项 ${i}`,
        departmentName: '市场监督管理局',
        status: 'reviewing',
        applicantName: '李*',
        submittedAt: '2026-11-20T09:00:00.000+08:00',
        updatedAt: '2026-11-21T09:00:00.000+08:00',
        dueDate: '2026-12-04',
      });
      mock.worker.use(
        http.get(`${mock.baseUrl}/applications`, ({ request }) => {
          const page = Number(new URL(request.url).searchParams.get('page'));
          pages.push(String(page));
          return HttpResponse.json({
            items: Array.from({ length: 10 }, (_, i) => item((page - 1) * 10 + i)),
            total: 25,
            page,
            pageSize: 10,
          });
        }),
      );
      const el = await mount({}, { user: 'demo-person' });
      await waitForState(el, 'complete');
      expect(text(el, '[part~="pager"]')).to.include('第 1 / 3 页');
      const [previous, next] = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="pager"] button')];
      expect(previous!.getAttribute('aria-disabled')).to.equal('true');
      next!.click();
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="pager"]')?.textContent?.includes('第 2 / 3 页'), 'page 2');
      expect(pages).to.deep.equal(['1', '2']);
      expect(el.shadowRoot!.activeElement?.id).to.equal('pt-mine-title');
    });

    it('the owner needs no query code; a token the server rejects falls back to the query form', async () => {
      const d = demo('NEW234');
      const el = await own('NEW234');
      expect(inside(el, '[part~="header"]').textContent).to.include(d.number);
      const rejected = await mount({}, { token: 'not-a-valid-token' });
      await waitForState(rejected, 'error');
      expect(text(rejected, '#pt-form-title')).to.equal('办件进度查询');
    });

    it('a signed-in applicant may still query another application by number and code', async () => {
      const el = await mount({}, { user: 'demo-person' });
      await waitForState(el, 'complete');
      inside(el, '[part~="query-button"]').click();
      await waitUntil(() => el.shadowRoot!.activeElement?.id === 'pt-form-title', 'the form');
      const other = demo('PRE234');
      const number = inside<HTMLInputElement>(el, '#pt-number');
      const code = inside<HTMLInputElement>(el, '#pt-code');
      number.value = other.number;
      number.dispatchEvent(new Event('input'));
      code.value = other.queryCode;
      code.dispatchEvent(new Event('input'));
      inside(el, '[part~="submit-button"]').click();
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="title"]'), 'the other application');
      expect(status(el)).to.equal('● 预审中');
      // Not the owner's: no actions.
      expect(el.shadowRoot!.querySelector('[part~="withdraw-button"]')).to.equal(null);
    });
  });

  describe('supplement (补正)', () => {
    it('uploads a file with progress, sends it, and the application moves on', async () => {
      const uploads: string[] = [];
      const el = await own(
        'SUP234',
        {},
        { clientOptions: { onRequest: (r) => void (r.method === 'POST' && r.url.endsWith('/files') && uploads.push(r.url)) } },
      );
      expect(status(el)).to.equal('! 待补正');
      const submit = () => inside(el, '[part~="supplement-submit"]').click();
      // Nothing provided yet: the material says so and gets focus.
      submit();
      await el.updateComplete;
      const input = inside<HTMLInputElement>(el, '[part~="file-input"]');
      expect(el.shadowRoot!.activeElement).to.equal(input);
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(inside(el, '[part~="supplement-material"] .field-error').textContent).to.include(
        '“多测合一”竣工测量成果：请上传文件或选择电子证照。',
      );
      await expectAccessible(el, 'supplement with an error');

      // A type the server does not take is refused before any upload.
      choose(input, [new File(['notes'], 'notes.txt', { type: 'text/plain' })]);
      await el.updateComplete;
      expect(inside(el, '[part~="supplement-material"] .field-error').textContent).to.include('不支持“notes.txt”的文件类型');
      expect(uploads).to.have.length(0);

      mock.api.faults.add({ endpoint: 'files.upload', latencyMs: 400, times: 1 });
      choose(inside<HTMLInputElement>(el, '[part~="file-input"]'), [new File([PDF], '测量成果.pdf', { type: 'application/pdf' })]);
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="upload-progress"] progress'), 'upload progress');
      expect(inside(el, '[part~="supplement-submit"]').getAttribute('aria-disabled')).to.equal('true');
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="files"]'), 'the uploaded file');
      expect(text(el, '[part~="files"]')).to.include('✓ 测量成果.pdf');
      expect(uploads).to.have.length(1);
      expect(el.shadowRoot!.querySelector('[part~="upload-progress"]')).to.equal(null);

      submit();
      await waitUntil(() => status(el) === '● 审查中', 'back in review');
      expect(text(el, '[part~="supplement"]')).to.include('补正材料已提交');
      expect(inside(el, '[part~="deadline"]').dataset.deadline).to.not.equal('paused');
      expect(el.shadowRoot!.activeElement?.id).to.equal('pt-title');
      const server = await anonymous.applications.progress(demo('SUP234').number, { queryCode: 'SUP234' });
      expect(server.status).to.equal('reviewing');
      expect(server.supplement!.respondedAt).to.not.equal(null);
    });

    it('a 补正 panel whose templates could not be fetched says so, with a retry that brings it', async () => {
      const { CaseView } = await (customElements.get('yw-progress-tracker') as unknown as typeof YwProgressTracker).loadCaseView();
      const original = CaseView.loadSupplementViews;
      const load = flakyLoad(original);
      CaseView.loadSupplementViews = load;
      try {
        // (SUP234's 补正 was answered by the test above.)
        const el = await own('SUP567');
        await waitUntil(() => el.shadowRoot!.querySelector('[part~="retry-button"]'), 'the retry');
        expect(status(el)).to.equal('! 待补正');
        expect(el.shadowRoot!.querySelector('[part~="supplement-submit"]')).to.equal(null);
        expect(text(el, '[part~="error"] p')).to.equal('这部分内容未能加载，请检查网络后重试。');
        await expectAccessible(el, '补正 panel not fetched');
        // A render does not fetch again (it used to, at every render, without ever showing why).
        el.requestUpdate();
        await el.updateComplete;
        expect(load.calls).to.equal(1);
        inside(el, '[part~="retry-button"]').click();
        await waitUntil(() => el.shadowRoot!.querySelector('[part~="supplement-submit"]'), 'the 补正 panel after the retry');
        expect(load.calls).to.equal(2);
      } finally {
        CaseView.loadSupplementViews = original;
      }
    });

    it('uses an e-license instead of a file where the guide accepts one', async () => {
      const el = await own('SUP567');
      const select = await waitUntil(
        () => el.shadowRoot!.querySelector<HTMLSelectElement>('[part~="supplement-material"] select'),
        'the e-license choice',
      ).then(() => inside<HTMLSelectElement>(el, '[part~="supplement-material"] select'));
      // Named by its material and its own label.
      const names = select
        .getAttribute('aria-labelledby')!
        .split(' ')
        .map((id) => el.shadowRoot!.getElementById(id)!.textContent!.trim());
      const asked = (await anonymous.applications.progress(demo('SUP567').number, { queryCode: 'SUP567' })).supplement!.materials;
      expect(asked.map((m) => m.name)).to.include(names[0]);
      expect(names[1]).to.equal('或使用电子证照');
      const option = [...select.options].find((o) => o.value)!;
      expect(option.textContent).to.include('居民身份证');
      select.value = option.value;
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~="file-input"]'), 'no upload needed').to.equal(null);
      inside(el, '[part~="supplement-submit"]').click();
      await waitUntil(() => status(el) === '● 预审中', 'back in pre-review');
    });

    it('a failed send keeps what was chosen and says why', async () => {
      const el = await own('REV234', { 'refresh-interval': '600' });
      // REV234 (市场监督管理局 leads its review) has no supplement; its reviewer asks for one, then the owner answers it.
      await desk.client('demo-staff').staff.supplement(demo('REV234').number, {
        reason: '请补充<b>材料</b>',
        materials: [{ materialId: 'application', note: '签字页' }],
      });
      window.dispatchEvent(new Event('focus'));
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="supplement"]'), 'the new supplement request');
      expect(text(el, '[part~="supplement"]')).to.include('请补充<b>材料</b>');
      choose(inside<HTMLInputElement>(el, '[part~="file-input"]'), [new File([PDF], 'sign.pdf', { type: 'application/pdf' })]);
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="files"]'), 'the uploaded file');
      mock.api.faults.add({ endpoint: 'applications.supplement', status: 500, times: 1 });
      const errors: string[] = [];
      el.addEventListener('yw-error', (e) => errors.push(e.detail.endpoint));
      inside(el, '[part~="supplement-submit"]').click();
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="supplement"] [role="alert"]'), 'the error');
      expect(text(el, '[part~="supplement"] [role="alert"]')).to.include('服务暂时不可用');
      expect(errors).to.deep.equal(['applications.supplement']);
      expect(text(el, '[part~="files"]')).to.include('sign.pdf');
      inside(el, '[part~="supplement-submit"]').click();
      await waitUntil(() => status(el) === '● 审查中', 'sent on the second try');
    });
  });

  describe('evaluation (好差评)', () => {
    it("once, after completion: a bad rating needs a comment (the contract's rule), then yw-evaluate", async () => {
      const el = await own('END567');
      el.id = 'evaluating';
      const events: YwEvaluateEvent[] = [];
      document.addEventListener('yw-evaluate', (e) => events.push(e), { once: true });
      const radios = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('[part~="level"] input')];
      expect(radios.map((r) => r.parentElement!.textContent!.trim())).to.deep.equal([
        '非常满意',
        '满意',
        '基本满意',
        '不满意',
        '非常不满意',
      ]);
      // Submitting with no level says what is missing.
      inside(el, '[part~="evaluation-submit"]').click();
      await el.updateComplete;
      expect(text(el, '#pt-level-error')).to.equal('请选择总体满意度。');
      expect(el.shadowRoot!.activeElement).to.equal(radios[0]);
      // Arrow keys move through the levels: down three times is 不满意 (2).
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      const tree = (await a11ySnapshot({ selector: '#evaluating' })) as unknown as A11yNode;
      const chosen = findAccessibilityNode<A11yNode>(tree, (n) => n.role === 'radio' && n.name === '不满意');
      expect(chosen?.checked).to.equal(true);
      expect(inside(el, '#pt-comment').hasAttribute('required')).to.equal(true);
      expect(text(el, '#pt-comment-hint')).to.include('必填');
      // Bad-rating tags are offered.
      expect(text(el, '[part~="tags"]')).to.include('办理超时');
      inside(el, '[part~="evaluation-submit"]').click();
      await el.updateComplete;
      expect(text(el, '#pt-comment-error')).to.include('请写明原因');
      expect(el.shadowRoot!.activeElement?.id).to.equal('pt-comment');
      await expectAccessible(el, 'evaluation with an error');

      await sendKeys({ type: '材料要求不清楚，跑了两次' });
      inside<HTMLInputElement>(el, '[part~="tag"] input').click();
      const efficiency = inside<HTMLSelectElement>(el, '#pt-indicator-efficiency');
      efficiency.value = '1';
      efficiency.dispatchEvent(new Event('change'));
      inside(el, '[part~="evaluation-submit"]').click();
      await waitUntil(() => events.length === 1, 'yw-evaluate');
      const detail = events[0]!.detail;
      expect(detail.number).to.equal(demo('END567').number);
      expect(detail.evaluation).to.deep.include({ level: 2, comment: '材料要求不清楚，跑了两次', tags: ['办理超时'] });
      expect(detail.evaluation.indicators).to.deep.equal({
        overall: 2,
        efficiency: 1,
        guideAccuracy: 2,
        convenience: 2,
        platformUsability: 2,
      });
      expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
      await el.updateComplete;
      expect(text(el, '[part~="your-rating"]')).to.include('您的评价：不满意');
      expect(el.shadowRoot!.querySelector('[part~="evaluation"] form'), 'once only').to.equal(null);
      // The server agrees: a second evaluation is refused.
      const again = createClient({ baseUrl: mock.baseUrl, retry: 0, getToken: () => tokens.get('demo-enterprise')! });
      const refused = await again.applications
        .evaluate(detail.number, { level: 5, indicators: detail.evaluation.indicators, tags: [] })
        .then(
          () => null,
          (error: { status: number }) => error.status,
        );
      expect(refused).to.equal(409);
    });

    it('appears only when the application completes (staff complete it while it is on screen)', async () => {
      const d = await newCase();
      await desk.moveTo(d.number, 'delivering');
      const el = await mount({ number: d.number, 'refresh-interval': '600' }, { user: 'demo-person', locale: 'en' });
      await waitForState(el, 'complete');
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="title"]'), 'the application');
      expect(el.shadowRoot!.querySelector('[part~="evaluation"]')).to.equal(null);
      expect((await desk.step(d.number)).status).to.equal('completed');
      window.dispatchEvent(new Event('focus'));
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="evaluation"] form'), 'the evaluation form');
      expect(status(el)).to.equal('✓ Completed');
      // English labels, Chinese tag values as the platform stores them.
      inside<HTMLInputElement>(el, '[part~="level"] input[value="4"]').click();
      await el.updateComplete;
      const quick = [...el.shadowRoot!.querySelectorAll('[part~="tag"]')].find((t) => t.textContent!.includes('Quick'))!;
      quick.querySelector('input')!.click();
      inside(el, '[part~="evaluation-submit"]').click();
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="your-rating"]'), 'the stored evaluation');
      const stored = await anonymous.applications.progress(d.number, { queryCode: d.queryCode });
      expect(stored.evaluation).to.deep.include({ level: 4, tags: ['办事快捷'], comment: null });
    });
  });

  describe('withdrawal', () => {
    it('asks for confirmation and a reason; Escape cancels; confirming withdraws', async () => {
      const el = await own('NEW234');
      inside(el, '[part~="withdraw-button"]').click();
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement?.id).to.equal('pt-withdraw-reason');
      expect(text(el, '[part~="withdraw-confirm"]')).to.include('确认撤回申请？');
      await expectAccessible(el, 'withdraw confirmation');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~="withdraw-confirm"]')).to.equal(null);
      expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('withdraw-button');
      expect(status(el)).to.equal('● 已提交');

      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      inside(el, '[part~="withdraw-confirm-button"]').click();
      await el.updateComplete;
      expect(text(el, '#pt-withdraw-error')).to.include('请填写撤回原因');
      await sendKeys({ type: '信息填写有误，重新申请' });
      inside(el, '[part~="withdraw-confirm-button"]').click();
      await waitUntil(() => status(el) === '– 已撤回', 'withdrawn');
      expect(text(el, '[part~="outcome"]')).to.include('申请已撤回');
      expect(el.shadowRoot!.querySelector('[part~="withdraw-button"]')).to.equal(null);
      expect(el.shadowRoot!.activeElement?.id).to.equal('pt-title');
    });

    it('is not offered to anyone but the owner, nor after a decision', async () => {
      const d = demo('ACC234');
      const anonymousView = await mount({ number: d.number, 'query-code': d.queryCode });
      await waitForState(anonymousView, 'complete');
      expect(anonymousView.shadowRoot!.querySelector('[part~="withdraw-button"]')).to.equal(null);
      const decided = await own('CER234');
      expect(decided.shadowRoot!.querySelector('[part~="withdraw-button"]')).to.equal(null);
      const owner = await own('ACC234');
      expect(owner.shadowRoot!.querySelector('[part~="withdraw-button"]')).to.not.equal(null);
    });
  });

  describe('result', () => {
    it('downloads the result document through an object URL', async () => {
      const el = await own('END234');
      const button = inside(el, '[part~="result-button"]');
      expect(button.textContent!.trim()).to.equal('获取《不动产权证书》');
      button.click();
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="result-link"]'), 'the download link');
      const link = inside<HTMLAnchorElement>(el, '[part~="result-link"]');
      expect(link.href).to.match(/^blob:/);
      expect(link.getAttribute('download')).to.equal(`${demo('END234').number}-不动产权证书.pdf`);
      expect(link.textContent).to.match(/下载《不动产权证书》（PDF，\d+ KB）/);
      expect(el.shadowRoot!.activeElement).to.equal(link);
      const body = await (await fetch(link.href)).text();
      expect(body.startsWith('%PDF')).to.equal(true);
      // The object URL is released when the application leaves the screen.
      const href = link.href;
      el.parentElement!.remove();
      const gone = await fetch(href).then(
        () => false,
        () => true,
      );
      expect(gone).to.equal(true);
    });

    it('a not-accepted application offers its notice to the owner', async () => {
      const el = await own('REJ234');
      expect(text(el, '[part~="outcome"]')).to.include('不予受理通知书');
      expect(text(el, '[part~="result-button"]')).to.equal('获取《不予受理通知书》');
    });
  });

  describe('live updates', () => {
    it('shows what staff did on the next refresh, and announces the new status', async () => {
      const d = await newCase();
      const el = await mount({ number: d.number, 'query-code': d.queryCode, 'refresh-interval': '1' });
      await waitForState(el, 'complete');
      expect(status(el)).to.equal('● 已提交');
      await desk.client('demo-staff').staff.accept(d.number, {});
      await waitUntil(() => status(el) === '● 已受理', 'the accepted status', { timeout: 5000 });
      expect(inside(el, '[part~="stage"][data-stage="accepted"]').getAttribute('aria-current')).to.equal('step');
      // The clock runs from 受理 (one working day promised: due soon).
      expect(inside(el, '[part~="deadline"]').dataset.deadline).to.be.oneOf(['running', 'soon']);
      await waitUntil(
        () => el.shadowRoot!.querySelector('span[role="status"]:last-child')?.textContent === '办理状态已更新：已受理',
        'the announcement',
      );
    });

    it('parallel tracks change on their own as departments decide', async () => {
      // Reviewed by 市场监督管理局 (the lead) and 公安局 in parallel.
      const d = await newCase();
      await desk.moveTo(d.number, 'reviewing', { coHandling: ['gaj'] });
      const el = await mount({ number: d.number, 'query-code': d.queryCode, 'refresh-interval': '600' });
      await waitForState(el, 'complete');
      await waitUntil(() => el.shadowRoot!.querySelectorAll('[part~="track-state"]').length === 2, 'two tracks');
      // Each department's reviewer gives the opinion (同意) in the department's own desk.
      await desk.step(d.number);
      await desk.step(d.number);
      window.dispatchEvent(new Event('focus'));
      await waitUntil(
        () => [...el.shadowRoot!.querySelectorAll('[part~="track-state"]')].every((n) => n.textContent!.includes('同意')),
        'every track approved',
      );
      expect(stateOf(el)).to.equal('complete');
    });
  });

  describe('EMS tracking over the simulated clock', () => {
    it("the carrier's events appear as the clock passes them, and 已签收 completes the application", async () => {
      // Two working days in a row, a few days ahead: dispatched at 10:00 on the first.
      const calendar = mock.api.services.calendar;
      const dateOf = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().slice(0, 10);
      let first = Date.now() + 3 * 86_400_000;
      while (!calendar.isWorkingDay(dateOf(first)) || !calendar.isWorkingDay(dateOf(first + 86_400_000))) first += 86_400_000;
      const at = (days: number, hhmm: string) => `${dateOf(first + days * 86_400_000)}T${hhmm}:00+08:00`;
      const events = (el: Element) =>
        [...el.shadowRoot!.querySelectorAll('[part~="stage"][data-stage="delivering"] [part~="tracking"] li')].map((li) => li.textContent!);
      try {
        // An application posted by EMS, accepted, reviewed and certified by staff in the morning and dispatched at 10:00.
        await operator.operator.setClock({ now: at(0, '08:30') });
        const { token: personToken } = await anonymous.auth.demoSignIn({ userId: 'demo-person' });
        const person = createClient({ baseUrl: mock.baseUrl, retry: 0, getToken: () => personToken });
        const file = await person.files.upload(new Blob([pdf('lease')], { type: 'application/pdf' }), { fileName: '租赁合同.pdf' });
        const { number } = await person.applications.create(createBody(file.id) as never);
        const d = { number, owner: 'demo-person' as const };
        desk.signInAgain();
        await desk.moveTo(number, 'certifying');
        await operator.operator.setClock({ now: at(0, '10:00') });
        expect((await desk.step(number)).status).to.equal('delivering');
        expect((await person.applications.progress(number)).delivery?.method).to.equal('express');

        // 到达处理中心 comes 3–5 working hours after dispatch. (A session is signed in at each clock time: a token does not outlive the simulated night.)
        const at16 = await operator.operator.setClock({ now: at(0, '16:00') });
        expect(at16.simulated).to.equal(true);
        const ownAt = async () => {
          const { token } = await anonymous.auth.demoSignIn({ userId: d.owner });
          const el = await mount({ number: d.number }, { token });
          await waitForState(el, 'complete');
          await waitUntil(() => el.shadowRoot!.querySelector('[part~="title"]'), 'the application');
          return el;
        };
        const afternoon = await ownAt();
        expect(status(afternoon)).to.equal('● 送达中');
        expect(events(afternoon)).to.have.length(2);
        expect(events(afternoon)[0]).to.include('处理中心');
        expect(events(afternoon)[1]).to.include('已收寄');
        expect(inside(afternoon, '[part~="delivery-status"]').textContent!.trim()).to.equal('● 运输中');
        await expectAccessible(afternoon, 'EMS in transit');
        afternoon.parentElement!.remove();

        // 派送中 the next morning, 已签收 by 17:00: the application is completed and may be evaluated.
        await operator.operator.setClock({ now: at(1, '18:30') });
        const evening = await ownAt();
        expect(events(evening)).to.have.length(4);
        expect(events(evening)[0]).to.include('已签收');
        expect(events(evening)[1]).to.include('正在派送');
        expect(status(evening)).to.include('已办结');
        await waitUntil(() => evening.shadowRoot!.querySelector('[part~="evaluation"] form'), 'the evaluation form');
        await expectAccessible(evening, 'EMS signed for');
      } finally {
        await operator.operator.setClock({ now: null });
        desk.signInAgain();
      }
    });
  });
});

interface A11yNode {
  role: string;
  name: string;
  checked?: boolean | 'mixed';
  children: A11yNode[];
}
