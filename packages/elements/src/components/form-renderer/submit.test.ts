// Submission end to end against the mock (the reference server in the page):
// a complete application from an empty form to its number; a server rejection
// mapped onto the field; a dropped connection and a timeout (with a reload in
// between) retried with the same idempotency key, creating exactly one
// application; and taking part in a host page's native <form>.
import { expect, waitUntil } from '@open-wc/testing';
import { HttpResponse, http } from 'msw';
import type { ApplicationCreate } from '@yiwang/contract';
import '../../define/yw-config.ts';
import '../../define/yw-form-renderer.ts';
import type { YwErrorEvent, YwSubmitEvent } from '../../base/events/index.ts';
import { inside } from '@yiwang/test/helpers/element-suite';
import { expectAccessible } from '@yiwang/test/helpers/a11y';
import { describe, it } from '@yiwang/test/helpers/mocha';
import { useMock } from '@yiwang/test/helpers/mock-worker';
import type { BrowserMock } from '@yiwang/test/helpers/mock-worker';
import {
  GETIHU,
  HONGQI,
  button,
  chooseFiles,
  clientFor,
  control,
  fill,
  heading,
  mount,
  next,
  nextUntil,
  pdf,
  pick,
  select,
  summary,
  type,
  unmountAll,
} from '@yiwang/test/helpers/form-renderer-kit';

const mine = async (mock: BrowserMock, token: string) => (await clientFor(mock, token).applications.list({ pageSize: 100 })).items;

describe('<yw-form-renderer>: submission', () => {
  let mock: BrowserMock;
  useMock(unmountAll, (started) => (mock = started));

  it('takes an applicant from an empty form to an application number (and the query code, once)', async () => {
    const bodies: ApplicationCreate[] = [];
    mock.worker.use(
      http.post(`${mock.baseUrl}/applications`, async ({ request }) => {
        bodies.push((await request.clone().json()) as ApplicationCreate);
        // Nothing returned: the request goes on to the mock server.
      }),
    );
    const { el, token } = await mount(mock, { formId: 'form-scjg-001', user: 'demo-person' });
    const before = await mine(mock, token!);
    const events: YwSubmitEvent[] = [];
    el.addEventListener('yw-submit', (e) => events.push(e));
    // Step 1: prefilled from the verified profile and the e-identity card.
    expect(control(el, 'operatorName').value).to.equal('李文博');
    await pick(el, 'composition', 'family');
    await type(el, 'familyMembers.0.memberName', '王静');
    await pick(el, 'composition', 'individual');
    await pick(el, 'submitter', 'self');
    await next(el);
    expect(heading(el)).to.include('经营信息');
    // Step 2.
    await type(el, 'shopName', '新乡经济技术开发区张记面馆');
    await select(el, 'industry', 'catering');
    await pick(el, 'businessScope', 'daily-goods');
    await type(el, 'employees', '3');
    await type(el, 'capital', '10.5');
    // A division code of the right shape that does not exist: only the server can tell.
    await fill(el, { premisesAddress: { ...HONGQI, divisionCode: '419999', divisionPath: [] } });
    await pick(el, 'premisesType', 'own');
    await pick(el, 'foodType', 'none');
    await next(el);
    await pick(el, 'declaration', 'true');
    await next(el);
    // The guide asks for the operator's identity card, which the form does not: the e-identity card is used.
    expect(heading(el)).to.include('其他申请材料');
    expect(inside(el, '[part~="form"]').textContent).to.include('经营者居民身份证').and.include('中华人民共和国居民身份证');
    await next(el);
    expect(heading(el)).to.include('办理方式与结果送达');
    await next(el);
    expect(summary(el)).to.deep.equal(['请选择办理结果领取方式']);
    await pick(el, '$delivery', 'pickup');
    await next(el);
    expect(heading(el)).to.include('核对并提交');
    await expectAccessible(el, 'the review step');
    await next(el);
    await waitUntil(() => summary(el).length > 0, 'the server rejects the division');
    expect(summary(el)).to.deep.equal(['请选择有效的省市县（区）']);
    inside<HTMLAnchorElement>(el, '[part~="error-summary"] a').click();
    await waitUntil(() => heading(el).includes('经营信息'), 'to the field');
    expect(inside(el, '#f-premisesAddress-error').textContent).to.include('请选择有效的省市县（区）');
    await fill(el, { premisesAddress: HONGQI });
    await nextUntil(el, '核对并提交');
    await next(el);
    await waitUntil(() => events.length === 1, 'yw-submit', { timeout: 5000 });

    const { number, queryCode, receipt } = events[0]!.detail;
    expect(number).to.match(/^YW\d{13}$/);
    expect(queryCode).to.match(/^[A-Z0-9]{6}$/);
    expect(receipt.itemName).to.equal('个体工商户设立登记');
    expect(inside(el, '[part~="application-number"]').textContent).to.equal(number);
    expect(inside(el, '[part~="query-code"]').textContent).to.equal(queryCode);
    expect(inside(el, '[part~="receipt"]').textContent).to.include('查询码只显示这一次');
    await expectAccessible(el, 'the receipt');
    // Exactly one application more, and it is this one.
    const after = await mine(mock, token!);
    expect(after.length).to.equal(before.length + 1);
    expect(after.filter((a) => a.number === number)).to.have.length(1);
    // The hidden family members were neither validated nor sent; numbers went as numbers.
    const sent = bodies[bodies.length - 1]!;
    expect(sent.data).to.not.have.property('familyMembers');
    expect(sent.data).to.deep.include({ operatorName: '李文博', composition: 'individual', employees: 3, capital: 10.5 });
    expect(sent.data.premisesOwn, 'the premises by e-license').to.have.property('licenseId');
    expect(sent.data.premisesAddress).to.deep.equal({
      recipient: '',
      mobile: '',
      divisionCode: '410702',
      detail: '人民路12号',
      postcode: null,
    });
    expect(sent).to.deep.include({ itemId: 'scjg-001', formId: 'form-scjg-001', channel: 'online', delivery: { method: 'pickup' } });
    expect(sent.materials).to.deep.equal([{ materialId: 'id-card', licenseId: 'lic-person-id-card' }]);
    // Nothing is kept on the device after success.
    expect(Object.keys(localStorage).filter((k) => k.startsWith('yiwang:form:'))).to.deep.equal([]);
  });

  it('files the 预审代办 request of an enterprise, with a material the guide asks for and the form does not', async () => {
    const bodies: ApplicationCreate[] = [];
    mock.worker.use(
      http.post(`${mock.baseUrl}/applications`, async ({ request }) => {
        bodies.push((await request.clone().json()) as ApplicationCreate);
      }),
    );
    const { el } = await mount(mock, { formId: 'form-xzsp-001', user: 'demo-enterprise' });
    expect(control(el, 'enterpriseName').value).to.equal('新乡豫北智造装备科技有限公司');
    await type(el, 'projectName', '智能仓储物流装备生产线扩建项目');
    await pick(el, 'hasFiling', 'no');
    await select(el, 'projectType', 'industrial');
    await fill(el, { location: HONGQI });
    await type(el, 'totalInvestment', '15000');
    await chooseFiles(el, 'projectBrief', [pdf('项目基本情况说明.pdf')]);
    await waitUntil(() => (el.data.projectBrief as { fileIds?: string[] } | undefined)?.fileIds?.length === 1, 'uploaded');
    await next(el);
    await pick(el, 'services', 'filing');
    await pick(el, 'urgency', 'normal');
    await next(el);
    // The schema leaves the letter of authorisation optional; the guide (and so the server) requires it.
    expect(summary(el)).to.deep.equal(['请提供“项目代办委托书”']);
    expect(control(el, 'agencyAuthorization').closest('fieldset')!.querySelector('legend')!.textContent).to.not.include('选填');
    await chooseFiles(el, 'agencyAuthorization', [pdf('项目代办委托书.pdf')]);
    await waitUntil(() => (el.data.agencyAuthorization as { fileIds?: string[] } | undefined)?.fileIds?.length === 1, 'uploaded');
    await next(el);
    // 项目联系人居民身份证: the enterprise holds no e-identity card for its contact, so it is uploaded.
    expect(heading(el)).to.include('其他申请材料');
    await next(el);
    expect(summary(el)).to.deep.equal(['请提供“项目联系人居民身份证”']);
    await chooseFiles(el, '$materials.contact-id', [pdf('联系人身份证.pdf')]);
    await waitUntil(
      () => (el.data.$materials as Record<string, { fileIds?: string[] }> | undefined)?.['contact-id']?.fileIds?.length === 1,
      'uploaded',
    );
    await nextUntil(el, '核对并提交');
    expect(inside(el, '[part~="form"]').textContent).to.include('联系人身份证.pdf');
    await next(el);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="receipt"]'), 'the receipt', { timeout: 5000 });
    expect(inside(el, '[part~="receipt"]').textContent).to.include('企业投资项目预审代办服务');
    const sent = bodies[bodies.length - 1]!;
    expect(sent.materials.map((m) => m.materialId)).to.have.members(['business-license', 'contact-id']);
    expect(sent.materials.find((m) => m.materialId === 'contact-id'))
      .to.have.property('fileIds')
      .with.length(1);
  });

  it('keeps everything after a dropped connection, and the retry creates exactly one application', async () => {
    const { el, token } = await mount(mock, { formId: 'form-scjg-001', user: 'demo-person' });
    const errors: YwErrorEvent[] = [];
    el.addEventListener('yw-error', (e) => errors.push(e));
    const before = await mine(mock, token!);
    await fill(el, GETIHU);
    await nextUntil(el, '核对并提交');
    const entered = el.data;
    mock.api.faults.add({ endpoint: 'applications.create', drop: true, times: 1 });
    await next(el);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="submit-error"]'), 'the failure is shown');
    const failure = inside(el, '[part~="submit-error"]');
    expect(failure.textContent).to.include('网络连接失败').and.include('您填写的内容都已保留');
    expect(el.shadowRoot!.activeElement).to.equal(failure);
    expect(button(el, 'submit-button').textContent!.trim()).to.equal('重新提交');
    expect(el.data).to.deep.equal(entered);
    expect(errors.map((e) => [e.detail.endpoint, e.detail.kind])).to.deep.equal([['applications.create', 'network']]);
    await expectAccessible(el, 'a failed submission');
    expect((await mine(mock, token!)).length).to.equal(before.length);
    // The applicant retries by hand.
    await next(el);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="receipt"]'), 'the receipt', { timeout: 5000 });
    const number = inside(el, '[part~="application-number"]').textContent!;
    const after = await mine(mock, token!);
    expect(after.length).to.equal(before.length + 1);
    expect(after.filter((a) => a.number === number)).to.have.length(1);
  });

  it('a submit that timed out after reaching the server, retried after a reload, yields exactly one application', async () => {
    const clientOptions = { retry: 0, timeoutMs: 800 };
    const first = await mount(mock, { formId: 'form-scjg-001', user: 'demo-person', clientOptions });
    const token = first.token!;
    const before = await mine(mock, token);
    await fill(first.el, GETIHU);
    await nextUntil(first.el, '核对并提交');
    // The server gets the request after 1.5 s and creates the application; the browser gave up at 0.8 s.
    mock.api.faults.add({ endpoint: 'applications.create', latencyMs: 1500, times: 1 });
    await next(first.el);
    await waitUntil(() => first.el.shadowRoot!.querySelector('[part~="submit-error"]'), 'timed out', { timeout: 3000 });
    expect(inside(first.el, '[part~="submit-error"]').textContent).to.include('超时');
    await waitUntil(async () => (await mine(mock, token)).length === before.length + 1, 'created on the server anyway', { timeout: 5000 });
    const created = (await mine(mock, token)).find((a) => !before.some((b) => b.number === a.number))!;
    await first.el.saveDraft();
    first.el.closest('yw-config')!.remove();

    // Reloaded: the draft is offered, and submitting again replays the first creation.
    const { el } = await mount(mock, { formId: 'form-scjg-001', token, clientOptions });
    button(el, 'draft-restore').click();
    await el.updateComplete;
    expect(heading(el)).to.include('核对并提交');
    await next(el);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="receipt"]'), 'the receipt', { timeout: 5000 });
    expect(inside(el, '[part~="application-number"]').textContent).to.equal(created.number);
    expect((await mine(mock, token)).length).to.equal(before.length + 1);
  });

  it('inside a native <form>: contributes the application as JSON, blocks the form while invalid, submits and resets with it', async () => {
    const form = document.createElement('form');
    const submits: SubmitEvent[] = [];
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submits.push(e);
    });
    document.body.append(form);
    try {
      const { el, token } = await mount(mock, {
        formId: 'form-scjg-001',
        user: 'demo-person',
        attributes: { name: 'application' },
        parent: form,
      });
      const before = await mine(mock, token!);
      await el.updateComplete;
      const entry = () => JSON.parse(String(new FormData(form).get('application'))) as ApplicationCreate;
      expect(entry()).to.deep.include({ itemId: 'scjg-001', formId: 'form-scjg-001' });
      expect(entry().data).to.deep.include({ operatorName: '李文博' });
      expect(form.checkValidity(), 'invalid while required fields are empty').to.equal(false);
      expect(el.validationMessage, 'the first problem').to.equal('请填写“组成形式”');
      expect(el.validity!.customError).to.equal(true);
      expect(el.form).to.equal(form);
      await fill(el, GETIHU);
      await new Promise((resolve) => setTimeout(resolve));
      expect(form.checkValidity()).to.equal(true);
      expect(el.validationMessage).to.equal('');
      expect(entry().data).to.deep.include({ shopName: '新乡经济技术开发区张记面馆', employees: 3 });
      // The last step's button submits the host form, not the API.
      await nextUntil(el, '核对并提交');
      await next(el);
      await waitUntil(() => submits.length === 1, 'the host form is submitted');
      expect((await mine(mock, token!)).length).to.equal(before.length);
      // Resetting the form clears what was typed and keeps the verified values.
      form.reset();
      await el.updateComplete;
      expect(el.data.shopName).to.equal(undefined);
      expect(el.data.operatorName).to.equal('李文博');
      expect(heading(el)).to.include('经营者信息');
      // A disabled fieldset around it disables its controls.
      const fieldset = document.createElement('fieldset');
      form.append(fieldset);
      fieldset.append(el.closest('yw-config')!);
      fieldset.disabled = true;
      await el.updateComplete;
      expect(control(el, 'operatorName').disabled).to.equal(true);
    } finally {
      form.remove();
    }
  });

  it('a real-name level below the item’s: what to do (raise it on the platform, sign in again) instead of “try again”', async () => {
    // The server's refusal as the reference server words it (packages/server/src/accounts/real-name-level.ts).
    mock.worker.use(
      http.post(`${mock.baseUrl}/applications`, () =>
        HttpResponse.json(
          {
            error: {
              code: 'REAL_NAME_LEVEL_TOO_LOW',
              message: '办理该事项需要实名认证等级 L3 及以上',
              details: [
                { path: 'required', message: 'L3' },
                { path: 'current', message: 'L2' },
              ],
              requestId: 'req-level',
            },
          },
          { status: 403 },
        ),
      ),
    );
    let signIns = 0;
    const { el, config, token } = await mount(mock, { formId: 'form-scjg-001', user: 'demo-person' });
    config.signIn = () => void signIns++;
    await fill(el, GETIHU);
    await nextUntil(el, '核对并提交');
    await next(el);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="real-name-level"]'), 'the explanation');
    const explanation = inside(el, '[part~="real-name-level"]');
    expect(explanation.textContent).to.include('需要实名认证等级 L3 及以上，您当前为 L2').and.include('统一身份认证平台提升实名认证等级');
    const signIn = explanation.querySelector<HTMLButtonElement>('[part~="sign-in-button"]')!;
    expect(signIn.textContent!.trim()).to.equal('提升后重新登录');
    signIn.click();
    await waitUntil(() => signIns === 1, 'the site’s sign-in is called');
    await expectAccessible(el, 'a real-name level too low');
    // The draft the form kept on the server goes, so that no later test finds it.
    await clientFor(mock, token!)
      .drafts.delete('form-scjg-001')
      .catch(() => {});
  });
});
