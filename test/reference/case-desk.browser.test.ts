// <yw-case-desk> runs a whole approval against the reference server itself
// (real HTTP, its own PGlite database; test/helpers/reference-middleware.ts),
// and the citizen's side follows it in the elements. A webhook subscription is
// registered first. A citizen submits with two 容缺 materials deferred (SDK);
// another department's clerk does not see the case; the desk of 市场监督管理局
// asks for a 补正 in pre-review, the citizen answers it in
// <yw-progress-tracker> (the file uploaded through its form) and supplies one
// 容缺 material; the desk accepts and opens review tracks with 公安局, both
// departments give their opinions in their own desks, the lead decides, 赵磊
// makes the certificate and dispatches it by EMS. Every staff step goes through
// the desk's form and confirmation. Then: the e-license is in the citizen's
// wallet and <yw-form-renderer> offers it in the next application, which the
// server accepts with it; the signed result PDF verifies by number and as
// uploaded, and one changed byte makes it tampered; the simulated clock moves
// and the tracker's EMS timeline gains the carrier's events up to 已签收 (办结);
// the citizen evaluates in the tracker; the outbox holds a message for each
// step and the webhook received every one, in order.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createClient } from '@yiwang/sdk';
import type { Client } from '@yiwang/sdk';
import type { ApplicationStatus } from '@yiwang/contract';
import type { YwConfig } from '@yiwang/elements';
import '../../packages/elements/src/define/yw-config.ts';
import '../../packages/elements/src/define/yw-case-desk.ts';
import '../../packages/elements/src/define/yw-progress-tracker.ts';
import '../../packages/elements/src/define/yw-form-renderer.ts';
import type { YwCaseDesk } from '../../packages/elements/src/components/case-desk/case-desk.ts';
import { createBody, foodBusinessData } from '../fixtures/applications.ts';
import { expectAccessible } from '../helpers/a11y.ts';
import { inside, stateOf, waitForState } from '../helpers/element-suite.ts';
import { fill, mount, next, nextUntil, pdf, unmountAll } from '../helpers/form-renderer-kit.ts';
import { afterEach, before, describe, it } from '../helpers/mocha.ts';
import { referenceApi } from '../helpers/reference-api.ts';
import { mountTracker } from '../helpers/tracker-kit.ts';

const api = referenceApi('case-desk');
type DemoUser = 'demo-person' | 'demo-staff' | 'demo-staff-certificate' | 'demo-staff-gaj' | 'demo-staff-gaj-review';
const tokens = new Map<DemoUser, string>();
const text = (el: Element, selector: string) => inside(el, selector).textContent!.replace(/\s+/g, ' ').trim();
/** The text, or '' while the element is not there (a view being rendered again): for waitUntil, which stops at a throw. */
const textNow = (el: Element, selector: string) => el.shadowRoot?.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const root = (el: YwCaseDesk) => el.shadowRoot!;

/** Reads until `done` holds (the server's dispatcher sends on its own schedule); what was read last. */
async function poll<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string, timeout = 30_000): Promise<T> {
  const until = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > until) throw new Error(`${what}: not within ${timeout} ms (last read: ${JSON.stringify(value).slice(0, 2000)})`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe('against the reference server: <yw-case-desk> runs the whole approval', () => {
  const mounted: Element[] = [];
  let person: Client;
  /** The webhook subscription registered before the approval: a receiver that answers 200 (/__reply/, test/helpers/dev-server.ts). */
  let webhook: string;
  /** The case the approval took to 寄递, for the test of what follows. */
  let dispatched: string | undefined;
  const staff = (user: DemoUser) => createClient({ baseUrl: api.baseUrl, retry: 0, getToken: () => tokens.get(user)! });

  before(async function () {
    this.timeout(60_000);
    await api.ready();
    const anonymous = createClient({ baseUrl: api.baseUrl, retry: 0 });
    for (const user of ['demo-person', 'demo-staff', 'demo-staff-certificate', 'demo-staff-gaj', 'demo-staff-gaj-review'] as const)
      tokens.set(user, (await anonymous.auth.demoSignIn({ userId: user })).token);
    person = createClient({ baseUrl: api.baseUrl, retry: 0, getToken: () => tokens.get('demo-person')! });
    // The reference server posts to the dev server that serves this page (both in the test runner's process).
    webhook = (
      await api.admin.notifications.createWebhook({ url: `${location.origin}/__reply/case-desk-webhook`, description: 'case-desk test' })
    ).id;
  });
  afterEach(() => {
    for (const node of mounted.splice(0)) node.remove();
    unmountAll();
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

    // The citizen answers the 补正 in <yw-progress-tracker>: the clearer lease uploaded through its form.
    const answering = await mountTracker(api.baseUrl, mounted, { number }, { token: tokens.get('demo-person') });
    await waitForState(answering, 'complete', 15_000);
    expect(text(answering, '[part~="status"]')).to.equal('! 待补正');
    expect(text(answering, '[part~="supplement-material"][data-material="premises-lease"]')).to.include('扫描件不清晰');
    const input = inside<HTMLInputElement>(answering, '[part~="supplement-material"][data-material="premises-lease"] [part~="file-input"]');
    const chosen = new DataTransfer();
    chosen.items.add(pdf('租赁合同-清晰.pdf'));
    input.files = chosen.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(
      () => answering.shadowRoot!.querySelector('[part~="files"]')?.textContent!.includes('✓ 租赁合同-清晰.pdf'),
      'the uploaded file',
      { timeout: 15_000 },
    );
    inside(answering, '[part~="supplement-submit"]').click();
    await waitUntil(() => textNow(answering, '[part~="status"]') === '● 预审中', 'back in pre-review', { timeout: 15_000 });
    expect(text(answering, '[part~="supplement"]')).to.include('补正材料已提交');
    // One 容缺 material is supplied (the other stays owed).
    const layout = await person.files.upload(pdf('平面图.pdf'), { fileName: '平面图.pdf' });
    await person.applications.supplyDeferred(number, { materials: [{ materialId: 'food-layout', fileIds: [layout.id] }] });
    await citizenSees(number, 'prereview');

    // 受理, then the review with 公安局 as co-handler.
    el.reload();
    await waitUntil(() => textNow(el, '.case-facts [part~="status"]') === '预审中', 'reloaded', { timeout: 15_000 });
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
    await waitUntil(() => textNow(gaj, '[part~="track"][data-department="gaj"]').includes('同意'), 'the gaj track approved');
    expect(root(gaj).querySelector('[part~="action-button"]'), 'nothing more for the co-handler').to.equal(null);

    // 王敏 gives 市场监督管理局's opinion, then decides.
    const lead = await desk('demo-staff', { number });
    await act(lead, 'decideTrack', () => inside<HTMLInputElement>(lead, 'input[type="radio"][value="approved"]').click(), '审查中');
    await act(lead, 'decide', () => inside<HTMLInputElement>(lead, 'input[type="radio"][value="approved"]').click(), '已决定');
    await citizenSees(number, 'decided');
    expect(text(lead, '[part~="result"]')).to.include('准予许可');
    // 王敏 has no 制证 role: the desk says which role it takes.
    expect(text(lead, '[part~="actions"]')).to.include('需要“制证”岗位权限');

    // 赵磊: 制证 (valid until a date), 寄递 (the carrier's waybill). The carrier's 已签收 completes the case (next test).
    const cert = await desk('demo-staff-certificate', { number });
    await act(cert, 'certify', () => type(cert, '#cd-certify-validUntil', '2036-12-31'), '制证中');
    await citizenSees(number, 'certifying');
    await act(cert, 'dispatch', () => undefined, '送达中');
    expect((await person.applications.progress(number)).delivery?.waybillNumber).to.match(/^11\d{11}$/);
    await expectAccessible(cert, 'the dispatched case');
    dispatched = number;
  });

  it('after 制证: the e-license in the wallet and in the next application, the signed PDF verifies, EMS events, one evaluation, a message for each step', async function () {
    this.timeout(120_000);
    expect(dispatched, 'the approval above reached 寄递').to.be.a('string');
    const number = dispatched!;
    const result = (await person.applications.progress(number)).result;
    expect(result?.outcome).to.equal('approved');

    // The e-license is in the citizen's wallet (the licenses endpoint the form renderer reads).
    const license = (await person.licenses.list()).items.find((l) => l.id === result!.licenseId);
    expect(license, 'the issued e-license in the wallet').to.not.equal(undefined);
    expect([license!.type, license!.status, license!.name]).to.deep.equal(['business_license', 'valid', '营业执照']);

    // The next application: 个体工商户注销登记 (form-scjg-003, generated from its guide) asks for the
    // 营业执照 as a material that an e-license of type business_license may stand for. The form
    // offers the new one, and the application filed with it is accepted with that e-license.
    const { el: form } = await mount(api, { formId: 'form-scjg-003', token: tokens.get('demo-person')! });
    await fill(form, { $channel: 'online', $delivery: 'pickup' });
    await nextUntil(form, '申请材料');
    const field = '[part~="field"][data-type="file"]:has(input[data-path="material_business_license_original"])';
    await waitUntil(() => form.shadowRoot!.querySelector(`${field} input[data-kind="file-use"][value="license"]`), 'the e-license offered');
    for (const path of ['material_id_card', 'material_business_license_original'])
      inside<HTMLInputElement>(form, `input[data-kind="file-use"][data-path="${path}"][value="license"]`).click();
    await form.updateComplete;
    // One valid e-license of the type is shown as the one used; several are offered as a choice.
    const choice = form.shadowRoot!.querySelector<HTMLInputElement>(`input[data-kind="file-license"][value="${license!.id}"]`);
    if (choice) choice.click();
    await form.updateComplete;
    expect(inside(form, field).textContent).to.include(license!.number);
    await nextUntil(form, '核对并提交');
    await next(form);
    await waitUntil(() => form.shadowRoot!.querySelector('[part~="application-number"]'), 'the receipt', { timeout: 15_000 });
    const second = text(form, '[part~="application-number"]');
    const filed = await staff('demo-staff').staff.get(second);
    // The form's file field carries the e-license in place of files (the server checked it is the applicant's, valid, of the type).
    expect(filed.answers.material_business_license_original).to.deep.equal({ licenseId: license!.id });
    unmountAll();

    // The signed result PDF, fetched as the citizen: valid by its number and as uploaded; one changed byte makes it tampered.
    // (pdfsig, an independent verifier, checks the signature in packages/server/src/seal/seal.test.ts:
    // "pdfsig (poppler) validates the signature; one changed byte inside the signed range fails it and POST /verify".)
    const download = await fetch(`${api.baseUrl}/applications/${number}/result`, {
      headers: { Authorization: `Bearer ${tokens.get('demo-person')}` },
    });
    expect([download.status, download.headers.get('Yiwang-Result-Seal')]).to.deep.equal([200, 'signed']);
    const bytes = new Uint8Array(await download.arrayBuffer());
    const documentNumber = `YWD${number.slice(2)}`;
    const verifier = createClient({ baseUrl: api.baseUrl, retry: 0, headers: { 'X-Test-Client': 'case-desk-verify' } });
    expect((await verifier.documents.verify(documentNumber)).status).to.equal('valid');
    const asUploaded = await verifier.documents.check(new File([bytes], 'result.pdf', { type: 'application/pdf' }));
    expect([asUploaded.status, asUploaded.documentNumber]).to.deep.equal(['valid', documentNumber]);
    const tampered = bytes.slice();
    // A byte of the page content, inside the signed range.
    const at = new TextDecoder('latin1').decode(bytes).indexOf('stream') + 20;
    tampered[at] = tampered[at]! ^ 0x01;
    const changed = await verifier.documents.check(new File([tampered], 'result.pdf', { type: 'application/pdf' }));
    expect([changed.status, changed.documentNumber]).to.deep.equal(['tampered', documentNumber]);

    // EMS: the tracker shows the carrier's 收寄; the simulated clock moves on and the timeline gains the
    // carrier's events up to 已签收, which completes the case.
    const tracker = await mountTracker(api.baseUrl, mounted, { number }, { token: tokens.get('demo-person') });
    await waitForState(tracker, 'complete', 15_000);
    const tracking = () =>
      [...tracker.shadowRoot!.querySelectorAll('[part~="tracking"] li')].map((li) => li.textContent!.replace(/\s+/g, ' '));
    expect(tracking()).to.have.length(1);
    expect(tracking()[0]).to.include('EMS已收寄');
    await api.operator.operator.setClock({ now: new Date(Date.now() + 30 * 86_400_000).toISOString() });
    try {
      // Sessions are on the server's clock: the citizen signs in again, the tracker asks with the new token.
      tokens.set('demo-person', (await createClient({ baseUrl: api.baseUrl, retry: 0 }).auth.demoSignIn({ userId: 'demo-person' })).token);
      (tracker.closest('yw-config') as YwConfig).getToken = () => tokens.get('demo-person')!;
      await tracker.refresh();
      await waitUntil(
        () => tracker.shadowRoot!.querySelector('[part~="status"]')?.textContent!.includes('已办结'),
        'completed by the carrier',
        { timeout: 15_000 },
      );
      expect(tracking()).to.have.length(4);
      expect(tracking()[0]).to.include('已签收');
      expect(tracking()[1]).to.include('正在派送');
      for (const stage of ['accepted', 'reviewing', 'decided', 'certifying', 'delivering'])
        expect(inside(tracker, `[part~="stage"][data-stage="${stage}"]`).dataset.state, stage).to.equal('done');

      // 好差评 in the tracker, once.
      await waitUntil(() => tracker.shadowRoot!.querySelector('[part~="evaluation"] form'), 'the evaluation form');
      inside<HTMLInputElement>(tracker, '[part~="level"] input[value="5"]').click();
      await tracker.updateComplete;
      inside(tracker, '[part~="evaluation-submit"]').click();
      await waitUntil(() => tracker.shadowRoot!.querySelector('[part~="your-rating"]'), 'the evaluation given', { timeout: 15_000 });
      expect(tracker.shadowRoot!.querySelector('[part~="evaluation"] form'), 'once only').to.equal(null);
      await expectAccessible(tracker, 'the evaluated case');
      const done = await person.applications.progress(number);
      expect(done.evaluation?.level).to.equal(5);

      // The outbox holds a message for each step of the case (the 补正 request as its own kind), the
      // 容缺 ledger at submission and the invitation to evaluate; the webhook registered before the
      // test received every one of them, in sequence order. (A receiver that is down gets everything
      // afterwards, in order: packages/server/src/notify/notify.test.ts.)
      const steps = done.events.filter((e) => e.from !== e.to).map((e) => e.to);
      expect(steps).to.include.members([
        'submitted',
        'prereview',
        'supplement_requested',
        'accepted',
        'reviewing',
        'decided',
        'certifying',
        'delivering',
        'completed',
      ]);
      const messages = (await api.admin.notifications.outbox({ number, pageSize: 100 })).items.sort((a, b) => a.sequence - b.sequence);
      expect(messages.filter((m) => m.kind === 'status_changed' || m.kind === 'supplement_requested').map((m) => m.data.to)).to.deep.equal(
        steps,
      );
      expect(messages.find((m) => m.kind === 'supplement_requested')?.data.supplement?.materials.map((m) => m.materialId)).to.deep.equal([
        'premises-lease',
      ]);
      expect(messages.map((m) => m.kind)).to.include.members(['deferred_due', 'evaluation_invited']);
      const delivered = await poll(
        async () =>
          (await api.admin.notifications.webhookDeliveries(webhook, { pageSize: 100 })).items.filter((d) => d.applicationNumber === number),
        (items) => items.length === messages.length && items.every((d) => d.state === 'sent'),
        'every message of the case delivered to the webhook',
      );
      expect(delivered.map((d) => d.messageId)).to.deep.equal(messages.map((m) => m.id));
      const sentAt = delivered.map((d) => d.sentAt!);
      expect(sentAt, 'sent in sequence order').to.deep.equal([...sentAt].sort());
    } finally {
      await api.operator.operator.setClock({ now: null });
    }
  });
});
