// <yw-form-renderer>: the shared element suite, every field type with a label,
// conditions shown and hidden (and not submitted), repeatable groups, the
// wizard by keyboard alone, the accessibility tree, and server strings as text.
import { expect, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode, sendKeys, sendMouse } from '@web/test-runner-commands';
import { HttpResponse, http } from 'msw';
import { FIELD_TYPES } from '@yiwang/contract';
import type { FormField, FormSchema } from '@yiwang/contract';
import '../../define/yw-config.ts';
import '../../define/yw-form-renderer.ts';
import type { YwFormRenderer } from '../../define/yw-form-renderer.ts';
import type { YwSubmitEvent } from '../../base/events/index.ts';
import { elementSuite, inside } from '@yiwang/test/helpers/element-suite';
import { expectAccessible } from '@yiwang/test/helpers/a11y';
import { describe, it } from '@yiwang/test/helpers/mocha';
import { useMock } from '@yiwang/test/helpers/mock-worker';
import type { BrowserMock } from '@yiwang/test/helpers/mock-worker';
import {
  HONGQI,
  button,
  control,
  fill,
  heading,
  mount,
  next,
  nextUntil,
  pick,
  summary,
  type,
  unmountAll,
} from '@yiwang/test/helpers/form-renderer-kit';

const opt = (value: string, label: string) => ({ value, label });

/** One field of every type of the contract, in one step. */
const ALL_TYPES: FormSchema = {
  id: 'form-all-types',
  itemId: 'item-all-types',
  title: '全部字段类型',
  version: 1,
  delivery: { express: true, pickup: true },
  offlineAllowed: true,
  steps: [
    {
      id: 'one',
      title: '填写',
      sections: [
        {
          id: 'all',
          title: '每种字段',
          fields: [
            { type: 'text', name: 'text', label: '文本字段', required: true, hint: '提示文字' },
            { type: 'textarea', name: 'textarea', label: '多行文本字段', maxLength: 100 },
            { type: 'number', name: 'number', label: '数字字段', unit: '万元' },
            { type: 'date', name: 'date', label: '日期字段' },
            { type: 'select', name: 'select', label: '下拉字段', options: [opt('a', '甲'), opt('b', '乙')] },
            { type: 'radio', name: 'radio', label: '单选字段', options: [opt('a', '甲'), opt('b', '乙')] },
            { type: 'checkbox', name: 'checkbox', label: '多选字段', options: [opt('a', '甲'), opt('b', '乙')] },
            { type: 'idCard', name: 'idCard', label: '身份证字段' },
            { type: 'uscc', name: 'uscc', label: '信用代码字段' },
            { type: 'mobile', name: 'mobile', label: '手机字段' },
            { type: 'email', name: 'email', label: '邮箱字段' },
            { type: 'address', name: 'address', label: '地址字段' },
            { type: 'file', name: 'file', label: '文件字段', accept: ['application/pdf'], maxFiles: 2 },
            { type: 'license', name: 'license', label: '证照字段', licenseType: 'id_card' },
            { type: 'group', name: 'group', label: '分组字段', fields: [{ type: 'text', name: 'inGroup', label: '分组内字段' }] },
          ],
        },
      ],
    },
  ],
};

elementSuite({
  tag: 'yw-form-renderer',
  attributes: { 'form-id': 'form-scjg-001' },
  mainCall: {
    endpoint: 'forms.get',
    emptyHandlers: (mock) => [http.get(`${mock.baseUrl}/forms/:id`, () => HttpResponse.json({ ...ALL_TYPES, steps: [] }))],
  },
  textSelector: '[part~="label"]',
  targetSelector: '[part~="next-button"]',
  primary: { selector: '[part~="next-button"]', property: 'background-color' },
  part: 'step-heading',
  localeText: { 'zh-CN': /下一步/, en: /Next/ },
});

describe('<yw-form-renderer>', () => {
  let mock: BrowserMock;
  useMock(unmountAll, (started) => (mock = started));

  it('asks nothing that needs a token when nobody is signed in, and says that submitting needs a sign-in', async () => {
    const paths: string[] = [];
    const { el } = await mount(mock, {
      formId: 'form-scjg-001',
      clientOptions: { retry: 0, onRequest: (request) => void paths.push(new URL(request.url).pathname) },
    });
    expect(
      paths.filter((path) => /\/(me|licenses|addresses|drafts)(\/|$)/.test(path)),
      'requests bound to answer 401',
    ).to.deep.equal([]);
    expect(
      paths.some((path) => path.endsWith('/forms/form-scjg-001')),
      'the form itself was loaded',
    ).to.equal(true);
    expect(inside(el, '[part~="sign-in-note"]').textContent).to.include('登录');
  });

  it('with the site’s sign-in (<yw-config> sign-in-url or signIn), the note has a sign-in button calling it', async () => {
    const { el, config } = await mount(mock, { formId: 'form-scjg-001', config: { 'sign-in-url': '/auth/oidc/login' } });
    expect(inside(el, '[part~="sign-in-note"]').textContent).to.include('上传材料和提交前需要登录');
    let calls = 0;
    config.signIn = () => void calls++;
    await el.updateComplete;
    (inside(el, '[part~="sign-in-note"] [part~="sign-in-button"]') as HTMLButtonElement).click();
    await waitUntil(() => calls === 1, 'the hook called');
    await expectAccessible(el, 'form with the sign-in note');
    config.setAttribute('elder', '');
    config.setAttribute('locale', 'en');
    await waitUntil(() => inside(el, '[part~="sign-in-button"]').textContent!.trim() === 'Sign in', 'in English');
    expect(parseFloat(getComputedStyle(inside(el, '[part~="sign-in-button"]')).fontSize)).to.be.at.least(18);
  });

  it('renders every field type of the contract, each with its label', async () => {
    const { el } = await mount(mock, { schema: ALL_TYPES });
    expect(ALL_TYPES.steps[0]!.sections[0]!.fields.map((f) => f.type)).to.have.members([...FIELD_TYPES]);
    for (const field of ALL_TYPES.steps[0]!.sections[0]!.fields) {
      const box = inside(el, `[part~="field"][data-type="${field.type}"]`);
      const label = box.querySelector(':scope > label, :scope > legend')!;
      expect(label.textContent, field.type).to.include(field.label);
      // Native controls are labelled by their label; choices, materials, addresses and groups sit in a fieldset named by its legend.
      if (box.localName !== 'fieldset') {
        const input = el.shadowRoot!.getElementById(`f-${field.name}`) as HTMLInputElement;
        expect([...input.labels!].map((l) => l.textContent).join(' '), field.type).to.include(field.label);
      }
    }
    // The optional ones say so; the hint is tied to its input.
    expect(inside(el, '[data-type="textarea"] label').textContent).to.include('（选填）');
    expect(control(el, 'text').getAttribute('aria-describedby')).to.equal('f-text-hint');
    expect(control(el, 'number').getAttribute('aria-describedby')).to.include('f-number-extra');
    await expectAccessible(el, 'every field type');
  });

  it('names fields, their state and their problems in the accessibility tree', async () => {
    const { el } = await mount(mock, { schema: ALL_TYPES });
    el.id = 'renderer-under-test';
    await next(el);
    const tree = (await a11ySnapshot({ selector: '#renderer-under-test' })) as unknown as A11yNode;
    const find = (test: (n: A11yNode) => boolean) => findAccessibilityNode<A11yNode>(tree, test);
    const text = find((n) => n.role === 'textbox' && n.name === '文本字段');
    expect(text, 'the text field by its label').to.not.equal(null);
    expect(text!.invalid).to.equal('true');
    expect(text!.description).to.include('请填写“文本字段”');
    // Chromium's pruned snapshot leaves groups out; the radio group's name is on the fieldset.
    const group = inside(el, '[data-type="radio"]');
    expect(group.getAttribute('role')).to.equal('radiogroup');
    expect(el.shadowRoot!.getElementById(group.getAttribute('aria-labelledby')!)!.textContent).to.include('单选字段');
    expect(find((n) => n.role === 'heading' && n.name === '第 1 步（共 3 步）：填写')).to.not.equal(null);
    expect(
      find((n) => n.role === 'link' && n.name === '请填写“文本字段”'),
      'the summary links to the field',
    ).to.not.equal(null);
    await pick(el, 'radio', 'b');
    const after = (await a11ySnapshot({ selector: '#renderer-under-test' })) as unknown as A11yNode;
    expect(findAccessibilityNode<A11yNode>(after, (n) => n.role === 'radio' && n.name === '乙')!.checked).to.equal(true);
  });

  it('renders schema strings as text: labels, options, hints and titles with markup stay inert', async () => {
    const xss = '<img src=x onerror="window.__ywXss=1">';
    const schema: FormSchema = {
      ...ALL_TYPES,
      title: `表单${xss}`,
      steps: [
        {
          id: 'one',
          title: `步骤${xss}`,
          sections: [
            {
              id: 'a',
              title: `分节${xss}`,
              description: `说明${xss}`,
              fields: [
                {
                  type: 'text',
                  name: 'a',
                  label: `姓名${xss}`,
                  hint: `提示${xss}`,
                  required: true,
                  pattern: { regex: '^\\d+$', message: `格式${xss}` },
                },
                { type: 'radio', name: 'b', label: `单选${xss}`, options: [opt('x', `选项${xss}`)] },
                { type: 'select', name: 'c', label: '下拉', options: [opt('x', `选项${xss}`)] },
              ],
            },
          ],
        },
      ],
    };
    const { el } = await mount(mock, { schema });
    await type(el, 'a', 'abc');
    await next(el);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.textContent).to.include(`姓名${xss}`);
    expect(el.shadowRoot!.textContent).to.include(`选项${xss}`);
    expect(summary(el)).to.deep.equal([`格式${xss}`]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as unknown as { __ywXss?: number }).__ywXss).to.equal(undefined);
  });

  it('shows and hides fields by their conditions; hidden ones are neither validated nor submitted', async () => {
    const { el } = await mount(mock, { formId: 'form-scjg-001' });
    const has = (id: string) => !!el.shadowRoot!.getElementById(id);
    expect(has('f-familyMembers'), 'no family members before 家庭经营').to.equal(false);
    await pick(el, 'composition', 'family');
    // A repeatable group starts with its minimum of one entry.
    expect(has('f-familyMembers-0-memberName')).to.equal(true);
    expect(inside(el, '[data-type="file"] legend').textContent).to.include('家庭成员关系证明');
    await type(el, 'familyMembers.0.memberName', '王静');
    await next(el);
    expect(summary(el)).to.include('请填写“身份证号码”');
    await pick(el, 'composition', 'individual');
    expect(has('f-familyMembers-0-memberName')).to.equal(false);
    // The value is kept (it comes back when shown again) but is not submitted.
    expect((el.data.familyMembers as Array<Record<string, unknown>>)[0]!.memberName).to.equal('王静');
    expect(el.submittedData).to.not.have.property('familyMembers');
    await next(el);
    expect(summary(el)).to.not.include('请填写“身份证号码”');
    // A condition that names a hidden field sees it as missing, as the server does.
    await fill(el, { foodType: 'food', foodItems: ['hot'] });
    el.step = 1;
    await el.updateComplete;
    expect(has('f-foodRules')).to.equal(true);
    await pick(el, 'foodType', 'none');
    expect(has('f-foodRules')).to.equal(false);
    expect(el.submittedData).to.not.have.property('foodItems');
  });

  it('adds and removes entries of a repeatable group within its minimum and maximum', async () => {
    const schema: FormSchema = {
      ...ALL_TYPES,
      steps: [
        {
          id: 'one',
          title: '成员',
          sections: [
            {
              id: 'a',
              title: '成员',
              fields: [
                {
                  type: 'group',
                  name: 'members',
                  label: '家庭成员',
                  itemLabel: '成员',
                  repeat: { min: 1, max: 2 },
                  fields: [{ type: 'text', name: 'memberName', label: '姓名', required: true }],
                } as FormField,
              ],
            },
          ],
        },
      ],
    };
    const { el } = await mount(mock, { schema });
    const entries = () => el.shadowRoot!.querySelectorAll('[part~="entry"]').length;
    expect(entries()).to.equal(1);
    expect(el.shadowRoot!.querySelector('[part~="remove-button"]'), 'no removing below the minimum').to.equal(null);
    button(el, 'add-button').click();
    await waitUntil(() => entries() === 2);
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'f-members-1-memberName', 'focus in the new entry');
    expect(el.shadowRoot!.querySelector('[part~="add-button"]'), 'no adding above the maximum').to.equal(null);
    expect(inside(el, '[data-type="group"]').textContent).to.include('已达到上限（2 项）');
    await type(el, 'members.1.memberName', '李四');
    button(el, 'remove-button').click();
    await waitUntil(() => entries() === 1);
    expect((el.data.members as unknown[]).length).to.equal(1);
    expect(control(el, 'members.0.memberName').value).to.equal('李四');
    await expectAccessible(el, 'a repeatable group');
  });

  it('asks how to apply and how to receive the result, with an address for EMS', async () => {
    const { el } = await mount(mock, { schema: ALL_TYPES });
    await type(el, 'text', '填写');
    await next(el);
    expect(heading(el)).to.equal('第 2 步（共 3 步）：办理方式与结果送达');
    expect(control(el, '$channel').checked, 'online unless the applicant chooses a visit').to.equal(true);
    await pick(el, '$channel', 'offline');
    expect(inside(el, '[part~="form"]').textContent).to.include('窗口工作人员会联系您预约');
    await next(el);
    expect(summary(el)).to.deep.equal(['请选择办理结果领取方式']);
    await pick(el, '$delivery', 'express');
    const address = control(el, '$deliveryAddress');
    expect(address.localName).to.equal('yw-address-picker');
    expect(address.hasAttribute('no-recipient'), 'a delivery address has a recipient').to.equal(false);
    await next(el);
    expect(summary(el)).to.deep.equal(['请填写收件地址']);
    await expectAccessible(el, 'the delivery step');
    await fill(el, {
      $deliveryAddress: {
        recipient: '张三',
        mobile: '13800000000',
        divisionCode: '410702',
        divisionPath: [
          { code: '410000', name: '河南省', level: 'province' },
          { code: '410700', name: '新乡市', level: 'city' },
          { code: '410702', name: '红旗区', level: 'county' },
        ],
        detail: '人民路12号',
        postcode: '453000',
      },
    });
    el.step = 1;
    await next(el);
    expect(heading(el)).to.include('核对并提交');
    const delivery = [...el.shadowRoot!.querySelectorAll('[part~="review-section"]')][1]!.textContent!.replace(/\s+/g, ' ');
    expect(delivery)
      .to.include('预约到政务服务大厅窗口办理')
      .and.include('EMS 快递送达')
      .and.include('张三 13800000000 河南省新乡市红旗区人民路12号');
  });

  it('falls back to a plain address entry where <yw-address-picker> is not registered', async () => {
    // Registered by the renderer when first needed; here it is used alone.
    await (customElements.get('yw-form-renderer') as typeof YwFormRenderer).loadAddressFallback!();
    const fallback = document.createElement('yw-form-address-fallback');
    fallback.setAttribute('api-base', mock.baseUrl);
    document.body.append(fallback);
    try {
      const root = fallback.shadowRoot!;
      const level = (n: number) => root.querySelector<HTMLSelectElement>(`#level-${n}`);
      const choose = async (n: number, code: string) => {
        await waitUntil(() => level(n)?.querySelector(`option[value="${code}"]`), `level ${n} has ${code}`, { timeout: 5000 });
        level(n)!.value = code;
        level(n)!.dispatchEvent(new Event('change'));
      };
      const changes: unknown[] = [];
      fallback.addEventListener('change', () => changes.push(fallback.value));
      await choose(0, '410000');
      await choose(1, '410700');
      await choose(2, '410702');
      const detail = root.querySelector<HTMLInputElement>('#detail')!;
      detail.value = '人民路12号';
      detail.dispatchEvent(new InputEvent('input'));
      expect(fallback.value).to.deep.include({ divisionCode: '410702', detail: '人民路12号' });
      expect(fallback.value!.divisionPath.map((d) => d.name)).to.deep.equal(['河南省', '新乡市', '红旗区']);
      expect(changes).to.have.length(4);
      expect(root.querySelector('#recipient'), 'a delivery address asks for the recipient').to.not.equal(null);
      await expectAccessible(fallback, 'the fallback address entry');
    } finally {
      fallback.remove();
    }
  });

  it('goes through the wizard by keyboard alone: Enter for next, summary links, change links, submit', async () => {
    const schema: FormSchema = {
      ...ALL_TYPES,
      delivery: { express: false, pickup: true },
      offlineAllowed: false,
      steps: [
        {
          id: 'one',
          title: '名称',
          sections: [{ id: 'a', title: '名称', fields: [{ type: 'text', name: 'name', label: '名称', required: true }] }],
        },
        {
          id: 'two',
          title: '类别',
          sections: [
            {
              id: 'b',
              title: '类别',
              fields: [
                { type: 'select', name: 'kind', label: '类别', required: true, options: [opt('a', '甲类'), opt('b', '乙类')] },
                { type: 'checkbox', name: 'agree', label: '承诺', required: true, options: [opt('yes', '我承诺所填属实')] },
              ],
            },
          ],
        },
      ],
    };
    const bodies: unknown[] = [];
    mock.worker.use(
      http.post(`${mock.baseUrl}/applications`, async ({ request }) => {
        bodies.push(await request.json());
        return HttpResponse.json(
          {
            number: 'YW2026112800001',
            queryCode: 'ABC234',
            itemId: 'item-all-types',
            itemName: '测试事项',
            departmentName: '测试局',
            status: 'submitted',
            applicantName: '张*',
            submittedAt: '2026-11-28T09:30:00+08:00',
            updatedAt: '2026-11-28T09:30:00+08:00',
            dueDate: null,
          },
          { status: 201 },
        );
      }),
    );
    const { el } = await mount(mock, { schema });
    const submitted: YwSubmitEvent[] = [];
    el.addEventListener('yw-submit', (e) => submitted.push(e));
    const focused = () => el.shadowRoot!.activeElement;
    (document.activeElement as HTMLElement | null)?.blur();
    await sendKeys({ press: 'Tab' });
    expect(focused()?.id).to.equal('f-name');
    await sendKeys({ type: '新乡面馆' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => heading(el).includes('类别'), 'Enter in a field goes to the next step');
    expect(focused()?.getAttribute('part')).to.equal('step-heading');
    // Next with nothing chosen: the summary takes focus; its first link leads to the field.
    for (let i = 0; i < 4; i++) await sendKeys({ press: 'Tab' });
    expect(focused()?.getAttribute('part')).to.equal('next-button');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused()?.getAttribute('part') === 'error-summary', 'focus on the error summary');
    expect(summary(el)).to.deep.equal(['请填写“类别”', '请填写“承诺”']);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    expect(focused()?.id).to.equal('f-kind');
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => control<HTMLSelectElement>(el, 'kind').value === 'a', 'ArrowDown picks the first option');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.data.agree).to.deep.equal(['yes']);
    expect(summary(el), 'fixed problems leave the summary').to.deep.equal([]);
    await sendKeys({ press: 'Tab' });
    expect(focused()?.getAttribute('part')).to.equal('back-button');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => heading(el).includes('核对并提交'));
    // Change the name from the review step and come back to it.
    await sendKeys({ press: 'Tab' });
    expect(focused()?.textContent).to.include('修改名称');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => heading(el).includes('名称'));
    expect(button(el, 'next-button').textContent).to.include('保存并返回核对');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'End' });
    await sendKeys({ type: '馆' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => heading(el).includes('核对并提交'), 'back on the review step');
    expect(inside(el, '[part~="review-section"]').textContent).to.include('新乡面馆馆');
    await expectAccessible(el, 'review step');
    button(el, 'submit-button').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => submitted.length === 1, 'yw-submit');
    expect(submitted[0]!.detail).to.deep.include({ number: 'YW2026112800001', queryCode: 'ABC234', earlier: false });
    expect(bodies).to.deep.equal([
      {
        itemId: 'item-all-types',
        formId: 'form-all-types',
        formVersion: 1,
        data: { name: '新乡面馆馆', kind: 'a', agree: ['yes'] },
        materials: [],
        channel: 'online',
        delivery: { method: 'pickup' },
      },
    ]);
    await waitUntil(() => focused()?.textContent?.includes('申请已提交'), 'focus on the receipt');
    expect(inside(el, '[part~="query-code"]').textContent).to.equal('ABC234');
    await expectAccessible(el, 'receipt');
  });
});

describe('<yw-form-renderer>: which form', () => {
  let mock: BrowserMock;
  useMock(unmountAll, (started) => (mock = started));

  const twoSteps = (id: string, title: string): FormSchema => ({
    id,
    itemId: 'item-all-types',
    title,
    version: 1,
    delivery: { express: false, pickup: true },
    offlineAllowed: false,
    steps: [
      { id: 'one', title: `${title}一`, sections: [{ id: 'a', title: '一', fields: [{ type: 'text', name: 'a', label: '甲' }] }] },
      { id: 'two', title: `${title}二`, sections: [{ id: 'b', title: '二', fields: [{ type: 'text', name: 'b', label: '乙' }] }] },
    ],
  });

  it('without a form waits quietly (no request, no error, nothing shown) and loads one when it is set', async () => {
    const requests: string[] = [];
    const errors: Event[] = [];
    const config = document.createElement('yw-config');
    config.setAttribute('api-base', mock.baseUrl);
    config.clientOptions = { retry: 0, onRequest: (request) => void requests.push(new URL(request.url).pathname) };
    const el = document.createElement('yw-form-renderer');
    el.addEventListener('yw-error', (e) => errors.push(e));
    config.append(el);
    document.body.append(config);
    try {
      await el.updateComplete;
      // A sign-in (a new token) makes a new client: still nothing to do.
      config.getToken = () => 'not-a-real-token';
      await el.updateComplete;
      expect(el.state).to.equal('initial');
      expect(el.shadowRoot!.textContent!.trim()).to.equal('');
      expect(requests.filter((path) => path.startsWith('/forms'))).to.deep.equal([]);
      el.setAttribute('form-id', 'form-scjg-001');
      await waitUntil(() => el.state === 'complete', 'the form loads once it is named', { timeout: 10_000 });
      expect(errors).to.deep.equal([]);
    } finally {
      config.remove();
    }
  });

  it('says a prefilled value came from the profile with the control, and shows the own 身份证 masked and locked', async () => {
    const { el } = await mount(mock, { formId: 'form-scjg-001', user: 'demo-person' });
    const name = control(el, 'operatorName');
    const note = (input: HTMLElement) =>
      (input.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => el.shadowRoot!.getElementById(id)?.textContent ?? '')
        .join(' ');
    expect(note(name)).to.include('已根据您的实名信息自动填写');
    const idCard = control(el, 'operatorIdCard');
    const full = String(el.data.operatorIdCard);
    expect(full).to.match(/^\d{17}[\dX]$/);
    expect(idCard.value).to.equal(`${full.slice(0, 4)}${'*'.repeat(10)}${full.slice(-4)}`);
    expect(idCard.readOnly).to.equal(true);
    expect(note(idCard)).to.include('只显示首尾四位');
    // Focus and leave it: the number entered stays the full one.
    idCard.focus();
    name.focus();
    await el.updateComplete;
    expect(el.data.operatorIdCard).to.equal(full);
    // The review step (validate() shows it with the form's problems) shows it masked too.
    await el.validate();
    await waitUntil(() => heading(el).includes('核对并提交'), 'the review step');
    const review = inside(el, '[part~="form"]').textContent!;
    expect(review).to.include(idCard.value).and.not.include(full);
  });

  it('opens another form fresh: at its first step, without the previous receipt', async () => {
    mock.worker.use(
      http.post(`${mock.baseUrl}/applications`, () =>
        HttpResponse.json(
          {
            number: 'YW2026112800002',
            queryCode: 'ABC235',
            itemId: 'item-all-types',
            itemName: '测试事项',
            departmentName: '测试局',
            status: 'submitted',
            applicantName: '张*',
            submittedAt: '2026-11-28T09:30:00+08:00',
            updatedAt: '2026-11-28T09:30:00+08:00',
            dueDate: null,
          },
          { status: 201 },
        ),
      ),
    );
    const { el } = await mount(mock, { schema: twoSteps('form-first', '表一') });
    await next(el);
    expect(heading(el)).to.include('表一二');
    el.schema = twoSteps('form-second', '表二');
    await waitUntil(() => heading(el).includes('表二一'), 'the new form at its first step');
    expect(heading(el)).to.match(/第\s*1\s*步/);
    await nextUntil(el, '核对并提交');
    await next(el);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="receipt"]'), 'the receipt');
    el.schema = twoSteps('form-third', '表三');
    const shownHeading = () => el.shadowRoot!.querySelector('[part~="form"] [part~="step-heading"]')?.textContent ?? '';
    await waitUntil(() => shownHeading().includes('表三一'), 'the next form, not the old receipt');
    expect(el.shadowRoot!.querySelector('[part~="receipt"]')).to.equal(null);
  });
});

describe('<yw-form-renderer>: typing, then clicking straight away', () => {
  let mock: BrowserMock;
  useMock(unmountAll, (started) => (mock = started));

  it('clears an address problem while the detail is typed, and a click right after a field with a new problem is not lost', async () => {
    const { el } = await mount(mock, { formId: 'form-scjg-001', user: 'demo-person' });
    await pick(el, 'composition', 'individual');
    await pick(el, 'submitter', 'self');
    await next(el);
    expect(heading(el)).to.include('经营信息');
    await fill(el, {
      shopName: '新乡经济技术开发区张记面馆',
      industry: 'catering',
      businessScope: ['daily-goods'],
      employees: '3',
      capital: '10',
      foodType: 'none',
      premisesAddress: { ...HONGQI, detail: '' },
    });
    await next(el);
    await waitUntil(() => el.shadowRoot!.querySelector('#f-premisesAddress-error'), 'the address has a problem');
    // Type the detail: the problem goes while typing, before the field is left.
    const picker = control(el, 'premisesAddress');
    await waitUntil(() => picker.shadowRoot!.querySelector('#detail'), 'the address element is ready', { timeout: 10_000 });
    const detail = picker.shadowRoot!.querySelector<HTMLInputElement>('#detail')!;
    detail.focus();
    await sendKeys({ type: '人民路12号' });
    await waitUntil(() => !el.shadowRoot!.querySelector('#f-premisesAddress-error'), 'the problem goes while typing');
    expect(picker.shadowRoot!.activeElement).to.equal(detail);
    // A number field left with a wrong value gets a problem on blur — which appears only after the
    // release, so the radio pressed next does not move under the pointer and the click selects it.
    const capital = control(el, 'capital');
    capital.focus();
    capital.select();
    await sendKeys({ type: '十万' });
    expect(el.shadowRoot!.querySelector('#f-capital-error'), 'a new problem waits for the blur').to.equal(null);
    const own = el.shadowRoot!.querySelector<HTMLInputElement>('input[data-path="premisesType"][value="own"]')!;
    // Without scroll anchoring (Safari has none), as the layout really moves.
    document.documentElement.style.overflowAnchor = 'none';
    own.scrollIntoView({ block: 'center' });
    const at = own.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(at.x + at.width / 2), Math.round(at.y + at.height / 2)] });
    await sendMouse({ type: 'down' });
    await el.updateComplete;
    expect(own.getBoundingClientRect().y, 'nothing moved between press and release').to.equal(at.y);
    await sendMouse({ type: 'up' });
    await waitUntil(() => el.data.premisesType === 'own', 'the click chose 自有房产');
    await waitUntil(() => el.shadowRoot!.querySelector('#f-capital-error'), 'the number problem is said after the release');
    document.documentElement.style.overflowAnchor = '';
  });
});

interface A11yNode {
  role: string;
  name: string;
  description?: string;
  invalid?: string;
  checked?: boolean | 'mixed';
  children: A11yNode[];
}
