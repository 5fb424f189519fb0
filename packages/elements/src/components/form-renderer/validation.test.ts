// Validation: the contract's own messages for every validator reach the error
// summary and the field; links move focus to the field; checks on blur;
// normalising on leaving a field; server VALIDATION_FAILED details mapped back.
import { expect, waitUntil } from '@open-wc/testing';
import { HttpResponse, http } from 'msw';
import type { FormField, FormSchema } from '@yiwang/contract';
import '../../define/yw-config.ts';
import '../../define/yw-form-renderer.ts';
import { inside } from '@yiwang/test/helpers/element-suite';
import { expectAccessible } from '@yiwang/test/helpers/a11y';
import { describe, it } from '@yiwang/test/helpers/mocha';
import { useMock } from '@yiwang/test/helpers/mock-worker';
import type { BrowserMock } from '@yiwang/test/helpers/mock-worker';
import { GETIHU, control, fill, heading, mount, next, nextUntil, summary, type, unmountAll } from '@yiwang/test/helpers/form-renderer-kit';

const opt = (value: string, label: string) => ({ value, label });
const fields: FormField[] = [
  { type: 'text', name: 'required', label: '必填', required: true },
  { type: 'text', name: 'short', label: '最短', minLength: 4 },
  { type: 'textarea', name: 'long', label: '最长', maxLength: 5 },
  { type: 'text', name: 'pattern', label: '格式', pattern: { regex: '^\\d{6}$', message: '请填写 6 位数字' } },
  { type: 'number', name: 'low', label: '下限', min: 1, max: 10 },
  { type: 'number', name: 'high', label: '上限', min: 1, max: 10 },
  { type: 'number', name: 'notNumber', label: '数目' },
  { type: 'number', name: 'step', label: '步长', step: 0.5 },
  { type: 'date', name: 'past', label: '开始日期', min: 'today' },
  { type: 'date', name: 'badDate', label: '日期' },
  { type: 'select', name: 'select', label: '下拉', required: true, options: [opt('a', '甲')] },
  { type: 'radio', name: 'radio', label: '单选', required: true, options: [opt('a', '甲')] },
  { type: 'checkbox', name: 'checkbox', label: '多选', required: true, options: [opt('a', '甲')] },
  { type: 'idCard', name: 'idCard', label: '身份证' },
  { type: 'uscc', name: 'uscc', label: '信用代码' },
  { type: 'mobile', name: 'mobile', label: '手机' },
  { type: 'email', name: 'email', label: '邮箱' },
  { type: 'address', name: 'address', label: '地址', required: true },
  { type: 'file', name: 'file', label: '材料', required: true },
  { type: 'license', name: 'license', label: '证照', required: true, licenseType: 'id_card' },
  {
    type: 'group',
    name: 'members',
    label: '成员',
    itemLabel: '成员',
    repeat: { min: 2, max: 3 },
    fields: [{ type: 'text', name: 'memberName', label: '成员姓名', required: true }],
  },
];
const VALIDATORS: FormSchema = {
  id: 'form-validators',
  itemId: 'item-validators',
  title: '校验',
  version: 1,
  delivery: { express: false, pickup: true },
  offlineAllowed: false,
  steps: [{ id: 'one', title: '全部校验', sections: [{ id: 'a', title: '字段', fields }] }],
};

/** Expected problem of each field, with the values that cause it. */
const INVALID: Record<string, unknown> = {
  short: '新乡',
  long: '新乡市红旗区人民路',
  pattern: '12ab',
  low: '0',
  high: '11',
  notNumber: '十二',
  step: '0.3',
  past: '2000-01-01',
  badDate: '2023-02-30',
  idCard: '110101199001011234',
  uscc: '91410771MA9GK7E211',
  mobile: '1234',
  email: 'a@b',
};
const MESSAGES: Record<string, string> = {
  required: '请填写“必填”',
  short: '“最短”至少 4 个字',
  long: '“最长”最多 5 个字',
  pattern: '请填写 6 位数字',
  low: '“下限”不能小于 1',
  high: '“上限”不能大于 10',
  notNumber: '“数目”应为数字',
  step: '“步长”应为 0.5 的整数倍',
  badDate: '“日期”不是有效日期',
  select: '请填写“下拉”',
  radio: '请填写“单选”',
  checkbox: '请填写“多选”',
  idCard: '“身份证”不是有效的居民身份证号码',
  uscc: '“信用代码”不是有效的统一社会信用代码',
  mobile: '“手机”不是有效的手机号码',
  email: '“邮箱”不是有效的电子邮箱',
  address: '请填写“地址”',
  file: '请填写“材料”',
  license: '请填写“证照”',
  'members.0.memberName': '请填写“成员姓名”',
  'members.1.memberName': '请填写“成员姓名”',
};

describe('<yw-form-renderer>: validation', () => {
  let mock: BrowserMock;
  useMock(unmountAll, (started) => (mock = started));

  it("every validator's message reaches the error summary and its field, and each link focuses the field", async () => {
    const { el } = await mount(mock, { schema: VALIDATORS });
    await fill(el, INVALID);
    await next(el);
    const summaryBox = inside(el, '[part~="error-summary"]');
    expect(el.shadowRoot!.activeElement, 'focus on the summary').to.equal(summaryBox);
    const past = summary(el).find((m) => m.startsWith('“开始日期”不能早于'));
    expect(past, 'date before today').to.match(/^“开始日期”不能早于 \d{4}-\d{2}-\d{2}$/);
    expect(summary(el).filter((m) => m !== past)).to.deep.equal(Object.values(MESSAGES));
    expect(inside(el, '[part~="error-summary"] h3').textContent).to.equal(`有 ${Object.keys(MESSAGES).length + 1} 处需要修改`);
    const links = [...summaryBox.querySelectorAll('a')];
    for (const link of links) {
      const id = link.getAttribute('href')!.slice(1);
      link.click();
      const target = el.shadowRoot!.getElementById(id)!;
      // The address element's own first control takes focus.
      await waitUntil(
        () => el.shadowRoot!.activeElement === target && (!target.shadowRoot || target.shadowRoot.activeElement !== null),
        `link to #${id} focuses it`,
      );
      const box = target.closest('[part~="field"]')!;
      expect(box.querySelector('[part~="field-error"]')!.textContent, id).to.include(link.textContent!.trim());
    }
    // The text fields say so to assistive technology.
    expect(control(el, 'idCard').getAttribute('aria-invalid')).to.equal('true');
    expect(control(el, 'idCard').getAttribute('aria-describedby')).to.equal('f-idCard-error');
    await expectAccessible(el, 'the error summary and every field in error');
  });

  it('checks a field when it is left, clears the problem as soon as it is fixed, and tidies the value', async () => {
    const { el } = await mount(mock, { schema: VALIDATORS });
    // Tabbing past an empty field says nothing.
    control(el, 'required').focus();
    control(el, 'required').blur();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="field-error"]')).to.equal(null);
    await type(el, 'idCard', '11010119900101100');
    expect(inside(el, '#f-idCard-error').textContent).to.include('不是有效的居民身份证号码');
    expect(el.shadowRoot!.querySelector('[part~="error-summary"]'), 'no summary before Next').to.equal(null);
    // Typing the missing check character fixes it, while typing.
    const input = control(el, 'idCard');
    input.value = '11010119900101100x';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.shadowRoot!.getElementById('f-idCard-error')).to.equal(null);
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    // The contract's normaliser: upper-case X; mobiles lose +86 and spaces.
    expect(input.value).to.equal('11010119900101100X');
    await type(el, 'mobile', '+86 138 0000 0000');
    expect(control(el, 'mobile').value).to.equal('13800000000');
    expect(el.shadowRoot!.getElementById('f-mobile-error')).to.equal(null);
  });

  it('says the problems again in the new language when the locale changes', async () => {
    const { el } = await mount(mock, { schema: VALIDATORS });
    await fill(el, { mobile: '1234' });
    await next(el);
    expect(summary(el)).to.include('“手机”不是有效的手机号码');
    const count = summary(el).length;
    el.setAttribute('locale', 'en');
    await el.updateComplete;
    expect(summary(el)).to.include('手机: not a valid mobile number').and.include('必填 is required');
    expect(inside(el, '[part~="error-summary"] h3').textContent).to.equal(`There are ${count} problems`);
  });

  it("maps the server's VALIDATION_FAILED details back onto the fields, across steps, and the rest into the summary", async () => {
    mock.worker.use(
      http.post(`${mock.baseUrl}/applications`, () =>
        HttpResponse.json(
          {
            error: {
              code: 'VALIDATION_FAILED',
              message: 'invalid',
              requestId: 'req-1',
              details: [
                { path: 'body.data.shopName', message: '名称已被他人登记' },
                { path: 'body.data.familyMembers.0.memberIdCard', message: '该身份证号码已登记为其他个体工商户的经营者' },
                { path: 'body.data.premisesAddress.divisionCode', message: '请选择有效的省市县（区）' },
                { path: 'body.materials', message: '缺少材料：经营场所证明' },
                { path: 'body.channel', message: '该事项仅支持网上办理' },
              ],
            },
          },
          { status: 400 },
        ),
      ),
    );
    const { el } = await mount(mock, { formId: 'form-scjg-001', user: 'demo-person' });
    await fill(el, {
      ...GETIHU,
      composition: 'family',
      familyMembers: [{ memberName: '王静', memberIdCard: '410702198808160327', memberRelation: 'spouse' }],
    });
    await nextUntil(el, '核对并提交');
    await next(el);
    await waitUntil(() => summary(el).length > 0, 'the summary');
    expect(summary(el)).to.deep.equal([
      '名称已被他人登记',
      '该身份证号码已登记为其他个体工商户的经营者',
      '请选择有效的省市县（区）',
      '该事项仅支持网上办理',
      '缺少材料：经营场所证明',
    ]);
    // The last one names no field: it is text, not a link.
    expect(inside(el, '[part~="error-summary"] li:last-child').querySelector('a')).to.equal(null);
    const link = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part~="error-summary"] a')].find((a) =>
      a.textContent!.includes('身份证号码'),
    )!;
    link.click();
    await waitUntil(() => heading(el).includes('经营者信息'), 'back on the step of the field');
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'f-familyMembers-0-memberIdCard', 'focus on the entry field');
    expect(inside(el, '#f-familyMembers-0-memberIdCard-error').textContent).to.include('该身份证号码已登记为其他个体工商户的经营者');
    expect(control(el, 'familyMembers.0.memberIdCard').getAttribute('aria-invalid')).to.equal('true');
    // Changing the value clears the server's word on it as soon as the browser finds it valid.
    const input = control(el, 'familyMembers.0.memberIdCard');
    input.value = '110101199001011237';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.shadowRoot!.getElementById('f-familyMembers-0-memberIdCard-error')).to.equal(null);
  });
});
