// The elements together against the reference server itself (not the in-page
// mock): real HTTP from Chromium to the hono app of `npm start` over its own
// PGlite database (test/helpers/reference-middleware.ts). An applicant finds
// an item, reads its guide, applies with an EMS delivery address recognised
// by smart paste, gets the number and query code, and follows the application
// through every stage the department's staff move it to (staff API), up to delivery and a single
// evaluation. A second applicant files the 预审代办 request with files uploaded
// over the network, watching the progress bar.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { YwAddressPicker, YwFormRenderer, YwItemGuide, YwItemSearch, YwProgressTracker } from '@yiwang/elements';
import type { YwApplyEvent, YwEvaluateEvent, YwSubmitEvent } from '../../packages/elements/src/base/events/index.ts';
import '../../packages/elements/src/define/yw-config.ts';
import '../../packages/elements/src/define/yw-item-search.ts';
import '../../packages/elements/src/define/yw-form-renderer.ts';
import '../../packages/elements/src/define/yw-progress-tracker.ts';
import { expectAccessible } from '../helpers/a11y.ts';
import { choose, chosenNames, openPaste, until } from '../helpers/address-picker-kit.ts';
import { inside, waitForState } from '../helpers/element-suite.ts';
import {
  GETIHU,
  HONGQI,
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
  signIn,
  summary,
  type,
  unmountAll,
} from '../helpers/form-renderer-kit.ts';
import { afterEach, before, describe, it } from '../helpers/mocha.ts';
import { referenceApi } from '../helpers/reference-api.ts';
import { staffDesk } from '../helpers/staff-desk.ts';

const api = referenceApi('journey');
const text = (el: Element, selector: string) => inside(el, selector).textContent!.replace(/\s+/g, ' ').trim();

describe("against the reference server: an applicant's journey", () => {
  const mounted: Element[] = [];
  before(async function () {
    this.timeout(60_000);
    await api.ready();
  });
  afterEach(() => {
    for (const node of mounted.splice(0)) node.remove();
    unmountAll();
  });

  it('search → guide → apply with EMS delivery → number and code → every stage → delivered → one evaluation', async function () {
    this.timeout(120_000);
    const token = await signIn(api, 'demo-person');
    // The demo site's page: one <yw-config>, the elements, and the site's glue for yw-apply.
    const config = document.createElement('yw-config');
    config.setAttribute('api-base', api.baseUrl);
    config.getToken = () => token;
    config.clientOptions = { retry: 0 };
    const search = document.createElement('yw-item-search') as YwItemSearch;
    search.setAttribute('debounce', '40');
    const form = document.createElement('yw-form-renderer') as YwFormRenderer;
    const tracker = document.createElement('yw-progress-tracker') as YwProgressTracker;
    tracker.setAttribute('refresh-interval', '0');
    config.append(search, form, tracker);
    document.body.append(config);
    mounted.push(config);
    const applied: YwApplyEvent[] = [];
    const onApply = (event: YwApplyEvent) => {
      applied.push(event);
      form.setAttribute('form-id', event.detail.formId!);
    };
    document.addEventListener('yw-apply', onApply);
    try {
      // 1. Search: typed as an applicant types, results from the server's index.
      await waitForState(search, 'complete', 15_000);
      inside<HTMLInputElement>(search, 'input').focus();
      await sendKeys({ type: '个体工商户' });
      await until(
        () => [...search.shadowRoot!.querySelectorAll('[part~="result-name"]')].some((n) => n.textContent!.includes('个体工商户设立登记')),
        'the item among the results',
      );
      expect(text(search, '[part~="total"]')).to.match(/共 \d+ 项/);
      [...search.shadowRoot!.querySelectorAll<HTMLElement>('[part~="result-name"]')]
        .find((n) => n.textContent!.trim() === '个体工商户设立登记')!
        .click();

      // 2. The guide, then "在线申请".
      await until(() => search.shadowRoot!.querySelector('[part~="guide"]'), 'the guide panel');
      const guide = inside<YwItemGuide>(search, '[part~="guide"]');
      await waitForState(guide, 'complete', 15_000);
      expect(guide.shadowRoot!.textContent).to.include('受理条件');
      inside(guide, '[part~="apply-button"]').click();
      expect(applied.map((e) => e.detail.formId)).to.deep.equal(['form-scjg-001']);

      // 3. The form: prefilled from the verified profile, the rest entered.
      await waitForState(form, 'complete', 15_000);
      await waitUntil(() => form.settled, 'session and drafts', { timeout: 15_000 });
      expect(control(form, 'operatorName').value).to.equal('李文博');
      await fill(form, { ...GETIHU, $delivery: undefined });
      await nextUntil(form, '办理方式与结果送达');
      await pick(form, '$delivery', 'express');
      // The EMS address: recognised from one pasted line by the server, the township chosen.
      const picker = control<YwAddressPicker>(form, '$deliveryAddress');
      await waitForState(picker, 'complete', 15_000);
      await openPaste(picker, '河南省新乡市红旗区人民路12号 张三 13800000000');
      await until(() => chosenNames(picker).join() === '河南省,新乡市,红旗区', 'the area recognised');
      await choose(picker, 3, '东街街道');
      await until(
        () => picker.shadowRoot!.querySelector('[part~="coverage"]')?.textContent!.includes('EMS 快递可送达'),
        'EMS coverage of the county',
      );
      await next(form);
      expect(summary(form)).to.deep.equal([]);
      expect(heading(form)).to.include('核对并提交');
      expect(inside(form, '[part~="form"]').textContent).to.include('东街街道').and.include('张三');
      const submitted: YwSubmitEvent[] = [];
      form.addEventListener('yw-submit', (e) => submitted.push(e));
      await next(form);
      await until(() => submitted.length === 1, 'yw-submit');
      const { number, queryCode } = submitted[0]!.detail;
      expect(number).to.match(/^YW\d{13}$/);
      expect(text(form, '[part~="application-number"]')).to.equal(number);
      // The server has it, with the delivery address as entered (the owner sees it masked).
      const mine = await clientFor(api, token).applications.progress(number);
      expect(mine.delivery).to.deep.include({ method: 'express', carrier: 'EMS', recipient: '张*' });
      expect(mine.delivery!.divisionPath.map((d) => d.name)).to.deep.equal(['河南省', '新乡市', '红旗区', '东街街道']);

      // 4. Tracking it by number and query code, as anyone could.
      tracker.setAttribute('number', number);
      tracker.setAttribute('query-code', queryCode);
      await until(
        () => tracker.shadowRoot!.querySelector('[part~="status"]'),
        "the application (the signed-in applicant's list was shown until now)",
      );
      expect(text(tracker, '[part~="status"]')).to.equal('● 已提交');
      // The department's staff move it on, step by step; each refresh shows the new stage.
      const desk = staffDesk(api.baseUrl);
      const seen: string[] = [];
      for (let i = 0; i < 12 && !text(tracker, '[part~="status"]').includes('已办结'); i++) {
        await desk.step(number);
        await tracker.refresh();
        await tracker.updateComplete;
        seen.push(text(tracker, '[part~="status"]'));
        if (seen.at(-1) === '● 送达中') {
          expect(inside(tracker, '[part~="waybill"]').textContent).to.match(/^\d{13}$|^[A-Z]{2}\d{9}[A-Z]{2}$/);
          await expectAccessible(tracker, 'delivering');
        }
      }
      // 受理 takes it through pre-review in one step (its own event).
      expect(seen).to.include.members(['● 已受理', '● 审查中', '● 已决定', '● 制证中', '● 送达中']);
      expect((await clientFor(api, token).applications.progress(number)).events.map((e) => e.to)).to.include('prereview');
      expect(seen.at(-1)).to.include('已办结');
      expect(inside(tracker, '[part~="tracking"]').textContent).to.include('已签收');

      // 5. 好差评: once, after completion.
      const evaluated: YwEvaluateEvent[] = [];
      tracker.addEventListener('yw-evaluate', (e) => evaluated.push(e));
      await until(() => tracker.shadowRoot!.querySelector('[part~="evaluation"] form'), 'the evaluation form');
      [...tracker.shadowRoot!.querySelectorAll<HTMLInputElement>('[part~="level"] input')][0]!.click();
      inside(tracker, '[part~="evaluation-submit"]').click();
      await until(() => evaluated.length === 1, 'yw-evaluate');
      expect(evaluated[0]!.detail.evaluation.level).to.equal(5);
      await tracker.updateComplete;
      expect(tracker.shadowRoot!.querySelector('[part~="evaluation"] form'), 'once only').to.equal(null);
      expect((await clientFor(api, token).applications.progress(number)).evaluation?.level).to.equal(5);
    } finally {
      document.removeEventListener('yw-apply', onApply);
    }
  });

  it('an enterprise files the 预审代办 request, its files uploaded over the network with progress', async function () {
    this.timeout(90_000);
    const { el, token } = await mount(api, { formId: 'form-xzsp-001', user: 'demo-enterprise' });
    expect(control(el, 'enterpriseName').value).to.equal('新乡豫北智造装备科技有限公司');
    await type(el, 'projectName', '智能仓储物流装备生产线扩建项目');
    await pick(el, 'hasFiling', 'no');
    await select(el, 'projectType', 'industrial');
    await fill(el, { location: HONGQI });
    await type(el, 'totalInvestment', '15000');
    // A file big enough for the browser to report progress on its way to the server:
    // the bar's value must rise above 0 before the upload is done.
    const values: number[] = [];
    const bars = new MutationObserver(() => {
      const now = el.shadowRoot!.querySelector('[part~="progress"]')?.getAttribute('aria-valuenow');
      if (now) values.push(Number(now));
    });
    bars.observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true });
    await chooseFiles(el, 'projectBrief', [pdf('项目基本情况说明.pdf', 3 * 1024 * 1024)]);
    await waitUntil(() => (el.data.projectBrief as { fileIds?: string[] } | undefined)?.fileIds?.length === 1, 'uploaded', {
      timeout: 30_000,
    });
    bars.disconnect();
    const briefId = (el.data.projectBrief as { fileIds: string[] }).fileIds[0]!;
    expect(Math.max(0, ...values), `the progress bar moved (values seen: ${values.join(',')})`).to.be.greaterThan(0);
    await next(el);
    await pick(el, 'services', 'filing');
    await pick(el, 'urgency', 'normal');
    await next(el);
    await chooseFiles(el, 'agencyAuthorization', [pdf('项目代办委托书.pdf')]);
    await waitUntil(() => (el.data.agencyAuthorization as { fileIds?: string[] } | undefined)?.fileIds?.length === 1, 'uploaded', {
      timeout: 15_000,
    });
    await next(el);
    await next(el);
    await chooseFiles(el, '$materials.contact-id', [pdf('联系人身份证.pdf')]);
    await waitUntil(
      () => (el.data.$materials as Record<string, { fileIds?: string[] }> | undefined)?.['contact-id']?.fileIds?.length === 1,
      'uploaded',
      { timeout: 15_000 },
    );
    await nextUntil(el, '核对并提交');
    await next(el);
    await until(() => el.shadowRoot!.querySelector('[part~="receipt"]'), 'the receipt');
    const number = text(el, '[part~="application-number"]');
    const client = clientFor(api, token!);
    const filed = (await client.applications.list({ pageSize: 100 })).items.find((a) => a.number === number);
    expect(filed?.itemName).to.equal('企业投资项目预审代办服务');
    // The uploaded file is on the server, whole.
    expect((await client.files.get(briefId)).size).to.equal(3 * 1024 * 1024);
    expect((await client.files.content(briefId)).size).to.equal(3 * 1024 * 1024);
  });
});
