// <yw-case-desk> runs a whole approval against the reference server itself
// (real HTTP, its own PGlite database; test/helpers/reference-middleware.ts):
// a citizen submits with two 容缺 materials deferred (SDK); another
// department's clerk does not see the case; the desk of 市场监督管理局 asks for
// a 补正 in pre-review, the citizen answers and supplies one 容缺 material,
// the desk accepts and opens review tracks with 公安局, both departments give
// their opinions in their own desks, the lead decides, 赵磊 makes the
// certificate, dispatches it by EMS and completes the case. Every step goes
// through the desk's form and confirmation; the citizen's progress follows.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createClient } from '@yiwang/sdk';
import type { Client } from '@yiwang/sdk';
import type { ApplicationStatus } from '@yiwang/contract';
import '../../packages/elements/src/define/yw-config.ts';
import '../../packages/elements/src/define/yw-case-desk.ts';
import '../../packages/elements/src/define/yw-progress-tracker.ts';
import type { YwCaseDesk } from '../../packages/elements/src/components/case-desk/case-desk.ts';
import { createBody, foodBusinessData } from '../fixtures/applications.ts';
import { expectAccessible } from '../helpers/a11y.ts';
import { inside, stateOf, waitForState } from '../helpers/element-suite.ts';
import { pdf } from '../helpers/form-renderer-kit.ts';
import { afterEach, before, describe, it } from '../helpers/mocha.ts';
import { referenceApi } from '../helpers/reference-api.ts';
import { mountTracker } from '../helpers/tracker-kit.ts';

const api = referenceApi('case-desk');
type DemoUser = 'demo-person' | 'demo-staff' | 'demo-staff-certificate' | 'demo-staff-gaj' | 'demo-staff-gaj-review';
const tokens = new Map<DemoUser, string>();
const text = (el: Element, selector: string) => inside(el, selector).textContent!.replace(/\s+/g, ' ').trim();
const root = (el: YwCaseDesk) => el.shadowRoot!;

describe('against the reference server: <yw-case-desk> runs the whole approval', () => {
  const mounted: Element[] = [];
  let person: Client;

  before(async function () {
    this.timeout(60_000);
    await api.ready();
    const anonymous = createClient({ baseUrl: api.baseUrl, retry: 0 });
    for (const user of ['demo-person', 'demo-staff', 'demo-staff-certificate', 'demo-staff-gaj', 'demo-staff-gaj-review'] as const)
      tokens.set(user, (await anonymous.auth.demoSignIn({ userId: user })).token);
    person = createClient({ baseUrl: api.baseUrl, retry: 0, getToken: () => tokens.get('demo-person')! });
  });
  afterEach(() => {
    for (const node of mounted.splice(0)) node.remove();
  });

  async function desk(
    user: DemoUser,
    attributes: Record<string, string> = {},
    state: 'complete' | 'error' = 'complete',
  ): Promise<YwCaseDesk> {
    for (const node of mounted.splice(0)) node.remove();
    const config = document.createElement('yw-config');
    config.setAttribute('api-base', api.baseUrl);
    config.clientOptions = { retry: 0 };
    const token = tokens.get(user)!;
    config.getToken = () => token;
    const el = document.createElement('yw-case-desk');
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    config.append(el);
    document.body.append(config);
    mounted.push(config);
    if (state === 'error') await waitForState(el, 'error', 15_000);
    else await waitUntil(() => ['complete', 'empty'].includes(stateOf(el) ?? ''), `<yw-case-desk> loaded`, { timeout: 15_000 });
    return el;
  }

  /** Sets a field as typing does (one input event). */
  function type(el: YwCaseDesk, selector: string, value: string): void {
    const field = inside<HTMLInputElement | HTMLTextAreaElement>(el, selector);
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }

  /** Opens an action's form, fills it, reviews it, confirms; waits for the desk's notice and the new status. */
  async function act(el: YwCaseDesk, action: string, fill: () => void | Promise<void>, status: string): Promise<void> {
    await waitUntil(() => root(el).querySelector(`[part~="action-button"][data-action="${action}"]`), `the ${action} button`, {
      timeout: 10_000,
    });
    inside(el, `[part~="action-button"][data-action="${action}"]`).click();
    await waitUntil(() => root(el).querySelector(`[part~="action-form"][data-action="${action}"]`), `the ${action} form`);
    await el.updateComplete;
    await fill();
    await el.updateComplete;
    inside(el, '[part~="action-form"] button[type="submit"]').click();
    await waitUntil(() => root(el).querySelector('[part~="confirm"]'), `the ${action} confirmation`);
    inside(el, '[part~="confirm-button"]').click();
    await waitUntil(
      () => root(el).querySelector('[part~="notice"]') && text(el, '.case-facts [part~="status"]') === status,
      `${action} → ${status}`,
      { timeout: 10_000 },
    );
  }

  async function citizenSees(number: string, status: ApplicationStatus): Promise<void> {
    expect((await person.applications.progress(number)).status).to.equal(status);
  }

  it('submit with 容缺 → 补正 → answer → 受理 → tracks with 公安局 → both opinions → 决定 → 制证 → 寄递 → 办结', async function () {
    this.timeout(120_000);
    // A food business: the form's two 容缺 materials are left for later.
    const lease = await person.files.upload(pdf('租赁合同.pdf'), { fileName: '租赁合同.pdf' });
    const receipt = await person.applications.create(createBody(lease.id, { data: foodBusinessData(lease.id) }) as never);
    const number = receipt.number;
    expect((await person.applications.progress(number)).deferred?.map((d) => d.materialId)).to.deep.equal([
      'food-layout',
      'food-safety-rules',
    ]);

    // A clerk of 公安局 neither sees the case in the queue nor opens it (not found, as a missing one).
    const other = await desk('demo-staff-gaj');
    expect(root(other).querySelector(`[part~="case-row"][data-number="${number}"]`)).to.equal(null);
    const otherCase = await desk('demo-staff-gaj', { number }, 'error');
    expect(root(otherCase).querySelector('[part~="error"]')).to.not.equal(null);
    expect(root(otherCase).querySelector('[part~="case"]')).to.equal(null);

    // 王敏's queue: the 容缺 filter finds the case and its line says what is owed.
    const queue = await desk('demo-staff', { owed: 'true' });
    await waitUntil(() => root(queue).querySelector(`[part~="case-row"][data-number="${number}"]`), 'the owed case in the queue');
    expect(text(queue, `[part~="case-row"][data-number="${number}"]`)).to.include('欠缺容缺材料 2 项，逾期 0 项');
    inside(queue, `[part~="case-row"][data-number="${number}"]`).click();
    await waitForState(queue, 'complete', 15_000);
    await waitUntil(() => root(queue).querySelector('[part~="deferred"]'), 'the 容缺 ledger');
    expect(root(queue).querySelectorAll('[part~="deferred-line"]')).to.have.length(2);
    expect(text(queue, '[part~="deferred"]')).to.match(/待补交/);

    // 补正 in pre-review: the lease, itemised with its reason, due in 3 working days.
    const el = queue;
    await act(
      el,
      'supplement',
      async () => {
        await waitUntil(() => root(el).querySelector('[data-material="premises-lease"]'), 'the guide’s materials');
        // Validation first: nothing chosen.
        inside(el, '[part~="action-form"] button[type="submit"]').click();
        await waitUntil(() => root(el).querySelector('[part~="field-error"]'), 'a problem');
        expect(text(el, '[part~="action-form"]')).to.include('请至少选择一项需要补正的材料');
        inside<HTMLInputElement>(el, '[data-material="premises-lease"]').click();
        await el.updateComplete;
        inside<HTMLInputElement>(el, '[data-note="premises-lease"]').focus();
        await sendKeys({ type: '扫描件不清晰' });
        type(el, '#cd-supplement-reason', '请重新上传清晰的租赁合同');
        type(el, '#cd-supplement-days', '3');
        await expectAccessible(el, '补正 form');
      },
      '待补正',
    );
    expect(text(el, '[part~="supplement"]')).to.include('等待申请人补正');
    const asked = await person.applications.progress(number);
    expect(asked.status).to.equal('supplement_requested');
    expect(asked.supplement?.materials.map((m) => [m.materialId, m.note])).to.deep.equal([['premises-lease', '扫描件不清晰']]);

    // The citizen answers the 补正 and supplies one 容缺 material.
    const clearer = await person.files.upload(pdf('租赁合同-清晰.pdf'), { fileName: '租赁合同-清晰.pdf' });
    await person.applications.supplement(number, {
      supplementId: asked.supplement!.id,
      materials: [{ materialId: 'premises-lease', fileIds: [clearer.id] }],
    });
    const layout = await person.files.upload(pdf('平面图.pdf'), { fileName: '平面图.pdf' });
    await person.applications.supplyDeferred(number, { materials: [{ materialId: 'food-layout', fileIds: [layout.id] }] });
    await citizenSees(number, 'prereview');

    // 受理, then the review with 公安局 as co-handler.
    el.reload();
    await waitUntil(() => text(el, '.case-facts [part~="status"]') === '预审中', 'reloaded');
    expect(text(el, '[part~="supplement"]')).to.include('申请人已于');
    expect(text(el, '[part~="deferred"]')).to.match(/已于 .* 补交/);
    await act(el, 'accept', () => type(el, '#cd-accept-message', '材料齐全'), '已受理');
    await citizenSees(number, 'accepted');
    await act(
      el,
      'openTracks',
      async () => {
        await waitUntil(() => root(el).querySelector('[data-department="gaj"]'), 'the departments');
        inside<HTMLInputElement>(el, '[data-department="gaj"]').click();
      },
      '审查中',
    );
    await citizenSees(number, 'reviewing');
    expect([...root(el).querySelectorAll<HTMLElement>('[part~="track"]')].map((t) => t.dataset.department)).to.deep.equal(['scjg', 'gaj']);
    expect(root(el).querySelector('[data-action="decide"]'), 'no decision before every opinion').to.equal(null);

    // 孙丽 (公安局 review) sees it as co-handler and gives only her department's opinion; a denial needs one.
    const gaj = await desk('demo-staff-gaj-review');
    await waitUntil(() => root(gaj).querySelector(`[part~="case-row"][data-number="${number}"]`), 'the co-handled case');
    expect(text(gaj, `[part~="case-row"][data-number="${number}"]`)).to.include('并联协办');
    inside(gaj, `[part~="case-row"][data-number="${number}"]`).click();
    await waitForState(gaj, 'complete', 15_000);
    await waitUntil(() => root(gaj).querySelector('[part~="action-button"]'), 'its action');
    expect([...root(gaj).querySelectorAll<HTMLElement>('[part~="action-button"]')].map((b) => b.dataset.action)).to.deep.equal([
      'decideTrack',
    ]);
    await act(
      gaj,
      'decideTrack',
      async () => {
        inside<HTMLInputElement>(gaj, 'input[type="radio"][value="denied"]').click();
        inside(gaj, '[part~="action-form"] button[type="submit"]').click();
        await waitUntil(() => root(gaj).querySelector('[part~="field-error"]'), 'an opinion is required to deny');
        inside<HTMLInputElement>(gaj, 'input[type="radio"][value="approved"]').click();
        type(gaj, '#cd-decideTrack-opinion', '消防条件符合要求');
      },
      '审查中',
    );
    await waitUntil(() => text(gaj, '[part~="track"][data-department="gaj"]').includes('同意'), 'the gaj track approved');
    expect(root(gaj).querySelector('[part~="action-button"]'), 'nothing more for the co-handler').to.equal(null);

    // 王敏 gives 市场监督管理局's opinion, then decides.
    const lead = await desk('demo-staff', { number });
    await act(lead, 'decideTrack', () => inside<HTMLInputElement>(lead, 'input[type="radio"][value="approved"]').click(), '审查中');
    await act(lead, 'decide', () => inside<HTMLInputElement>(lead, 'input[type="radio"][value="approved"]').click(), '已决定');
    await citizenSees(number, 'decided');
    expect(text(lead, '[part~="result"]')).to.include('准予许可');
    // 王敏 has no 制证 role: the desk says which role it takes.
    expect(text(lead, '[part~="actions"]')).to.include('需要“制证”岗位权限');

    // 赵磊: 制证 (valid until a date), 寄递 (the carrier's waybill), 办结.
    const cert = await desk('demo-staff-certificate', { number });
    await act(cert, 'certify', () => type(cert, '#cd-certify-validUntil', '2036-12-31'), '制证中');
    await citizenSees(number, 'certifying');
    await act(cert, 'dispatch', () => undefined, '送达中');
    expect((await person.applications.progress(number)).delivery?.waybillNumber).to.match(/^11\d{11}$/);
    await act(cert, 'complete', () => undefined, '已办结');
    await expectAccessible(cert, 'the completed case');

    // The citizen's progress shows each step, with the staff member masked.
    const done = await person.applications.progress(number);
    expect(done.status).to.equal('completed');
    const steps = done.events.map((e) => e.to);
    for (const step of [
      'submitted',
      'prereview',
      'supplement_requested',
      'accepted',
      'reviewing',
      'decided',
      'certifying',
      'delivering',
      'completed',
    ])
      expect(steps, step).to.include(step);
    const tracker = await mountTracker(api.baseUrl, mounted, { number }, { token: tokens.get('demo-person') });
    await waitForState(tracker, 'complete', 15_000);
    for (const stage of ['accepted', 'reviewing', 'decided', 'certifying', 'delivering'])
      expect(inside(tracker, `[part~="stage"][data-stage="${stage}"]`).dataset.state, stage).to.equal('done');
  });
});
