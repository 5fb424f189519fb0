// <yw-form-designer> against the reference server itself (real HTTP, its own
// PGlite database; test/helpers/reference-middleware.ts), through its default
// backend (the SDK of the <yw-config> around it). 王敏 (staff of 市场监督管理局)
// builds by keyboard alone a new version of the form of 个体工商户变更登记
// (scjg-002): a text field, a 身份证 field, a select that answers the guide's
// 多情形 question "变更哪些事项", and an upload of the material that answer calls
// for (the agreement with the new operator), shown on a condition on the
// select; she previews it and saves it. A citizen opens that form in
// <yw-form-renderer>, fills it and submits; the server applies the same rules:
// without the agreement, the answer "经营者" is refused naming the material.
// Also: the starter from the guide, and a save by staff of another department
// refused saying who may publish. One server instance for the file.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { createClient } from '@yiwang/sdk';
import type { ApiError } from '@yiwang/sdk';
import type { YwFormDesigner, YwFormRenderer } from '@yiwang/elements';
import type { YwFormPublishEvent, YwSubmitEvent } from '../../packages/elements/src/base/events/index.ts';
import '../../packages/elements/src/define/yw-config.ts';
import '../../packages/elements/src/define/yw-form-designer.ts';
import '../../packages/elements/src/define/yw-form-renderer.ts';
import { expectAccessible } from '../helpers/a11y.ts';
import { inside } from '../helpers/element-suite.ts';
import { addByKeyboard, designedFields, focus, press, retype } from '../helpers/form-designer-kit.ts';
import { chooseFiles, clientFor, mount, nextUntil, next, pdf, select, signIn, type, unmountAll } from '../helpers/form-renderer-kit.ts';
import { after, afterEach, before, describe, it } from '../helpers/mocha.ts';
import { referenceApi } from '../helpers/reference-api.ts';

const api = referenceApi('form-designer');
const ITEM = 'scjg-002';
const FORM = 'form-scjg-002';
const AGREEMENT = '原经营者与新经营者签署的变更经营者协议（承诺书）';
const root = (el: Element) => el.shadowRoot!;
const statusOf = (el: YwFormDesigner) => inside(el, '[part~="status"]');

describe('against the reference server: <yw-form-designer> saves a form a citizen then applies with', () => {
  const tokens = new Map<string, string>();
  const mounted: Element[] = [];

  before(async function () {
    this.timeout(60_000);
    await api.ready();
    await setViewport({ width: 1280, height: 900 });
    const anonymous = createClient({ baseUrl: api.baseUrl, retry: 0 });
    for (const user of ['demo-staff', 'demo-staff-gaj'] as const)
      tokens.set(user, (await anonymous.auth.demoSignIn({ userId: user })).token);
  });
  afterEach(() => {
    for (const node of mounted.splice(0)) node.remove();
    unmountAll();
  });
  after(() => setViewport({ width: 800, height: 600 }));

  /** The designer inside a <yw-config> signed in as `user`: the default backend is its client. */
  async function designer(user: 'demo-staff' | 'demo-staff-gaj'): Promise<YwFormDesigner> {
    const config = document.createElement('yw-config');
    config.setAttribute('api-base', api.baseUrl);
    config.clientOptions = { retry: 0 };
    const token = tokens.get(user)!;
    config.getToken = () => token;
    const el = document.createElement('yw-form-designer');
    el.setAttribute('item-id', ITEM);
    config.append(el);
    document.body.append(config);
    mounted.push(config);
    await el.updateComplete;
    return el;
  }

  it('generates the starter from the guide; staff of another department is told who may publish', async function () {
    this.timeout(30_000);
    const el = await designer('demo-staff-gaj');
    expect(inside<HTMLInputElement>(el, '#starter-item').value, 'the item asked for defaults to the designer’s').to.equal(ITEM);
    await focus(el, '[part~="starter"]');
    await press('Enter');
    await waitUntil(() => designedFields(el).length > 0, 'the starter form', { timeout: 10_000 });
    expect(el.form.id).to.equal(FORM);
    const situation = designedFields(el).find((f) => 'situation' in f && f.situation === 'change');
    expect(situation, 'the guide’s 多情形 question').to.not.equal(undefined);
    expect(el.form.itemId).to.equal(ITEM);

    expect(el.problems, 'the starter is a form the designer can save').to.deep.equal([]);
    await focus(el, '[part~="publish"]');
    await press('Enter');
    await waitUntil(() => statusOf(el).dataset.status === 'saveFailed', 'the save refused', { timeout: 10_000 });
    expect(inside(el, '[part~="save-role"]').textContent).to.include('该事项所属部门的工作人员或平台管理员');
    expect(el.dirty, 'the changes stay').to.equal(true);
    await expectAccessible(el, 'designer with a refused save');
  });

  it('built by keyboard, previewed and saved; a citizen submits it, and the server asks for the material the answer calls for', async function () {
    this.timeout(90_000);
    const el = await designer('demo-staff');
    expect(el.form).to.include({ id: FORM, itemId: ITEM });

    // A text field, a 身份证 field, the select, and the upload: every one by keys.
    await addByKeyboard(el, 'text', '经营者姓名');
    await press('Tab');
    await retype('operatorName');
    await focus(el, '#prop-required');
    await press('Space');
    await addByKeyboard(el, 'idCard', '经营者身份证号码');
    await focus(el, '#prop-required');
    await press('Space');
    await addByKeyboard(el, 'select', '变更事项');
    await press('Tab');
    await retype('change');
    await focus(el, '#prop-required');
    await press('Space');
    // Its options are the answers of the guide's question: the values are the option ids.
    await focus(el, '#opt-label-0');
    await retype('名称');
    await focus(el, '#opt-value-0');
    await retype('name');
    await focus(el, '#opt-label-1');
    await retype('经营者');
    await focus(el, '#opt-value-1');
    await retype('operator');
    await focus(el, '#prop-situation');
    await sendKeys({ type: 'change' });
    await addByKeyboard(el, 'file', '变更经营者协议');
    await press('Tab');
    await retype('agreement');
    await focus(el, '#prop-required');
    await press('Space');
    await focus(el, '#prop-materialId');
    await sendKeys({ type: 'operator-agreement' });
    // Shown when the answer is 经营者: the builder offers the select first, its first option; ↓ picks the second.
    await focus(el, '[part~="condition-toggle"]');
    await press('Enter');
    await focus(el, '[part~="condition-add"]');
    await press('Enter');
    await el.updateComplete;
    expect(inside<HTMLSelectElement>(el, '#prop-cond-0-field').value).to.equal('change');
    await focus(el, '#prop-cond-0-value');
    await press('ArrowDown');
    await el.updateComplete;

    const built = designedFields(el);
    expect(built.map((f) => [f.type, f.name, f.label])).to.deep.equal([
      ['text', 'operatorName', '经营者姓名'],
      ['idCard', 'field1', '经营者身份证号码'],
      ['select', 'change', '变更事项'],
      ['file', 'agreement', '变更经营者协议'],
    ]);
    expect(built[2]).to.deep.include({
      situation: 'change',
      required: true,
      options: [
        { value: 'name', label: '名称' },
        { value: 'operator', label: '经营者' },
      ],
    });
    expect(built[3]).to.deep.include({
      materialId: 'operator-agreement',
      required: true,
      visibleWhen: { field: 'change', op: 'eq', value: 'operator' },
    });
    expect(el.problems).to.deep.equal([]);

    // The preview: the upload waits for the answer that calls for it.
    const preview = inside<YwFormRenderer>(el, 'yw-form-renderer');
    await waitUntil(() => root(preview).querySelector('select[data-path="change"]'), 'the preview shows the select');
    expect(root(preview).textContent).not.to.include('变更经营者协议');
    await select(preview, 'change', 'operator');
    await waitUntil(() => root(preview).textContent!.includes('变更经营者协议'), 'the upload appears for 经营者');

    // Saved as the next version, by Enter on the save button.
    const published: YwFormPublishEvent[] = [];
    el.addEventListener('yw-form-publish', (e) => published.push(e));
    await focus(el, '[part~="publish"]');
    await press('Enter');
    await waitUntil(() => statusOf(el).dataset.status === 'saved', 'saved', { timeout: 15_000 });
    // The seed's form of the item (the starter) is version 1.
    const version = published[0]!.detail.version;
    expect(version).to.equal(2);
    expect(statusOf(el).textContent).to.include(`已保存为第 ${version} 版`);
    expect(el.dirty).to.equal(false);
    const served = await createClient({ baseUrl: api.baseUrl, retry: 0 }).forms.get(FORM);
    expect(served.version).to.equal(version);
    expect(served.steps).to.deep.equal(el.form.steps);

    // A citizen opens the form and applies: the answer 经营者 with the agreement uploaded.
    const token = await signIn(api, 'demo-person');
    const { el: form } = await mount(api, { formId: FORM, token });
    await type(form, 'operatorName', '李文博');
    await type(form, 'field1', '11010519491231002X');
    await select(form, 'change', 'operator');
    await waitUntil(() => root(form).querySelector('#f-agreement'), 'the upload for 经营者');
    await chooseFiles(form, 'agreement', [pdf('变更经营者协议.pdf')]);
    await waitUntil(() => (form.data.agreement as { fileIds?: string[] } | undefined)?.fileIds?.length === 1, 'the agreement uploaded', {
      timeout: 15_000,
    });
    const submitted: YwSubmitEvent[] = [];
    form.addEventListener('yw-submit', (e) => submitted.push(e));
    await nextUntil(form, '核对并提交');
    await next(form);
    await waitUntil(() => submitted.length === 1, 'yw-submit', { timeout: 10_000 });
    const citizen = clientFor(api, token);
    const progress = await citizen.applications.progress(submitted[0]!.detail.number);
    expect(progress.itemId).to.equal(ITEM);

    // The server's own rules for the same form: 经营者 without the agreement is refused naming it; 名称 needs none.
    const body = {
      itemId: ITEM,
      formId: FORM,
      data: { operatorName: '李文博', field1: '11010519491231002X', change: 'operator' },
      materials: [],
      channel: 'online' as const,
      delivery: { method: 'pickup' as const },
    };
    const refused = await citizen.applications.create(body).then(
      () => null,
      (error: ApiError) => error,
    );
    expect(refused?.code).to.equal('VALIDATION_FAILED');
    expect(refused!.details.map((d) => d.message)).to.include(`缺少材料：${AGREEMENT}（您选择了“经营者”）`);
    const accepted = await citizen.applications.create({ ...body, data: { ...body.data, change: 'name' } });
    expect(accepted.number).to.be.a('string');
  });
});
