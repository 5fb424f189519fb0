// <yw-address-picker> as a form control (inside a native <form>: validity,
// FormData, reset, restore, disabled fieldsets, the fallback for browsers
// without ElementInternals), its validation messages, the value property, and
// the signed-in applicant's address book — against the mock server.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { HttpResponse, http } from 'msw';
import { createClient } from '@yiwang/sdk';
import type { Client } from '@yiwang/sdk';
import '../../define/yw-config.ts';
import '../../define/yw-address-picker.ts';
import { YwAddressPicker } from './address-picker.ts';
import type { AddressValue } from './address-picker.ts';
import { expectAccessible } from '@yiwang/test/helpers/a11y';
import { inside, waitForState } from '@yiwang/test/helpers/element-suite';
import { before, beforeEach, describe, it } from '@yiwang/test/helpers/mocha';
import { useMock } from '@yiwang/test/helpers/mock-worker';
import type { BrowserMock } from '@yiwang/test/helpers/mock-worker';
import { until } from '@yiwang/test/helpers/address-picker-kit';
import { HONGQI_TOWNSHIP } from '@yiwang/test/fixtures/addresses';
import { flakyLoad } from '@yiwang/test/helpers/flaky-load';

/** A complete, deliverable address (河南省新乡市红旗区东街街道). */
const HONGQI = HONGQI_TOWNSHIP;

describe('<yw-address-picker> in a form', () => {
  let mock: BrowserMock;
  const mounted: Element[] = [];
  useMock(mounted, (started) => (mock = started));

  /** A <form> with <yw-config> and the picker (its attributes as given). */
  async function mountForm(attributes: Record<string, string> = { name: 'delivery', required: '' }, token?: string) {
    const form = document.createElement('form');
    const config = document.createElement('yw-config');
    config.setAttribute('api-base', mock.baseUrl);
    config.clientOptions = { retry: 0 };
    if (token) config.getToken = () => token;
    const el = document.createElement('yw-address-picker');
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    const submit = Object.assign(document.createElement('button'), { type: 'submit', textContent: '提交' });
    config.append(el);
    form.append(config, submit);
    document.body.append(form);
    mounted.push(form);
    await waitForState(el, 'complete');
    const submitted: FormData[] = [];
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted.push(new FormData(form));
    });
    return { form, el, submitted };
  }

  /** Waits until the (deliverable) address's lists and EMS coverage are in. */
  async function settle(el: YwAddressPicker, ready: () => boolean = () => !!el.shadowRoot!.querySelector('.covered')): Promise<void> {
    await until(() => ready() && !el.shadowRoot!.querySelector('.checking'), 'the picker settles');
    await el.updateComplete;
  }

  it('is form-associated: required and empty blocks submission with a message; filled, FormData carries the JSON', async () => {
    const { form, el, submitted } = await mountForm();
    expect(YwAddressPicker.formAssociated).to.equal(true);
    expect(el.form).to.equal(form);
    expect(el.validity.valueMissing).to.equal(true);
    expect(el.validationMessage).to.equal('请填写收件地址');
    expect(form.checkValidity()).to.equal(false);
    form.requestSubmit();
    expect(submitted).to.have.length(0);
    // The form's attempt shows the problems at the fields.
    await el.updateComplete;
    const errors = [...el.shadowRoot!.querySelectorAll('[part~="field-error"]')].map((e) => e.textContent!.trim());
    expect(errors).to.deep.equal(['请选择所在地区', '请填写详细地址', '请填写收件人姓名', '请填写手机号码']);
    await expectAccessible(el, 'an empty required picker after a submit attempt');

    el.value = HONGQI;
    await settle(el);
    expect(el.checkValidity()).to.equal(true);
    form.requestSubmit();
    expect(submitted).to.have.length(1);
    expect(JSON.parse(submitted[0]!.get('delivery') as string)).to.deep.equal({
      recipient: '张三',
      mobile: '13800000000',
      divisionCode: '410702002',
      detail: '人民路12号',
      postcode: null,
    });
  });

  it('not required and empty: valid, and nothing is submitted', async () => {
    const { form, el } = await mountForm({ name: 'delivery' });
    expect(el.checkValidity()).to.equal(true);
    expect(new FormData(form).has('delivery')).to.equal(false);
    // Once something is entered, the whole address is asked for.
    inside<HTMLInputElement>(el, '#recipient').value = '张三';
    inside(el, '#recipient').dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(el.checkValidity()).to.equal(false);
    expect(el.validity.valueMissing).to.equal(true);
  });

  it('form reset empties the picker (and the value it submits)', async () => {
    const { form, el } = await mountForm();
    el.value = HONGQI;
    await settle(el);
    expect(new FormData(form).get('delivery')).to.be.a('string');
    form.reset();
    await el.updateComplete;
    expect(el.value).to.equal(null);
    expect(new FormData(form).has('delivery')).to.equal(false);
    expect(inside<HTMLInputElement>(el, '#recipient').value).to.equal('');
    expect(inside<HTMLInputElement>(el, '#level-0-input').value).to.equal('');
    expect(el.validity.valueMissing).to.equal(true);
    // No error is shown until the applicant tries again.
    expect(el.shadowRoot!.querySelector('[part~="field-error"]')).to.equal(null);
  });

  it('restores the state the browser kept (formStateRestoreCallback)', async () => {
    const { el } = await mountForm();
    el.formStateRestoreCallback(JSON.stringify(HONGQI));
    await settle(el);
    expect(el.value).to.deep.equal(HONGQI);
    expect(inside<HTMLInputElement>(el, '#level-3-input').value).to.equal('东街街道');
  });

  it('a disabled fieldset disables every control and leaves the value out of FormData', async () => {
    const { form, el } = await mountForm();
    el.value = HONGQI;
    await settle(el);
    const fieldset = document.createElement('fieldset');
    form.prepend(fieldset);
    fieldset.append(form.querySelector('yw-config')!);
    fieldset.disabled = true;
    await el.updateComplete;
    expect(inside<HTMLInputElement>(el, '#detail').disabled).to.equal(true);
    expect(inside<HTMLInputElement>(el, '#level-0-input').disabled).to.equal(true);
    expect(new FormData(form).has('delivery')).to.equal(false);
    fieldset.disabled = false;
    await el.updateComplete;
    expect(inside<HTMLInputElement>(el, '#detail').disabled).to.equal(false);
  });

  it('a bad mobile is said at the field once it is left, and is the validation message', async () => {
    const { el } = await mountForm();
    el.value = { ...HONGQI, mobile: '' };
    await settle(el);
    const mobile = inside<HTMLInputElement>(el, '#mobile');
    mobile.focus();
    await sendKeys({ type: '1380000' });
    expect(el.shadowRoot!.querySelector('#mobile-error'), 'not while typing').to.equal(null);
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(inside(el, '#mobile-error').textContent).to.include('请填写正确的 11 位手机号码');
    expect(mobile.getAttribute('aria-invalid')).to.equal('true');
    expect(mobile.getAttribute('aria-describedby')).to.equal('mobile-error');
    expect(el.validity.patternMismatch).to.equal(true);
    expect(el.validationMessage).to.equal('请填写正确的 11 位手机号码');
    await expectAccessible(el, 'a field error');
    // +86 and spaces are accepted and normalised.
    mobile.value = '+86 139 1234 5678';
    mobile.dispatchEvent(new Event('input'));
    mobile.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.value!.mobile).to.equal('13912345678');
    expect(el.shadowRoot!.querySelector('#mobile-error')).to.equal(null);
  });

  it('reportValidity() shows every problem and focuses the first; :state(invalid) follows validity', async () => {
    const { el } = await mountForm();
    el.value = { ...HONGQI, detail: '', postcode: '99' };
    await settle(el);
    expect(el.reportValidity()).to.equal(false);
    await until(() => el.shadowRoot!.activeElement?.id === 'detail', 'focus on the street address');
    const errors = [...el.shadowRoot!.querySelectorAll('[part~="field-error"]')].map((e) => e.textContent!.trim());
    expect(errors).to.deep.equal(['请填写详细地址', '邮政编码应为 6 位数字']);
    expect(matchesState(el, 'invalid')).to.equal(true);
    el.value = HONGQI;
    await settle(el);
    expect(matchesState(el, 'invalid')).to.equal(false);
  });

  it('an area is not accepted while EMS coverage is still being checked; a failed check does not block', async () => {
    const { el } = await mountForm();
    mock.api.faults.add({ endpoint: 'delivery.coverage', latencyMs: 1500, times: 1 });
    el.value = HONGQI;
    await until(() => !!el.shadowRoot!.querySelector('.checking'), 'checking');
    expect(el.checkValidity()).to.equal(false);
    expect(el.validationMessage).to.equal('正在查询 EMS 能否送达所选地区，请稍候。');
    await until(() => !!el.shadowRoot!.querySelector('.covered'), 'covered');
    expect(el.checkValidity()).to.equal(true);

    mock.api.faults.add({ endpoint: 'delivery.coverage', status: 503 });
    el.value = {
      ...HONGQI,
      divisionCode: '410702001',
      divisionPath: [...HONGQI.divisionPath.slice(0, 3), { code: '410702001', name: '西街街道', level: 'township' }],
    };
    await until(() => !!el.shadowRoot!.querySelector('.coverage-failed'), 'the check failed');
    expect(inside(el, '.coverage-failed').textContent).to.include('暂时无法查询 EMS 送达范围');
    expect(el.checkValidity()).to.equal(true);
  });

  it('validation and labels follow the locale', async () => {
    const { el } = await mountForm({ name: 'delivery', required: '', locale: 'en' });
    expect(el.validationMessage).to.equal('Enter a delivery address');
    expect(inside(el, 'label[for="recipient"]').textContent).to.equal('Recipient');
  });

  it('takes a value with only a code, and looks its path up', async () => {
    const { el } = await mountForm();
    el.value = { ...HONGQI, divisionPath: [] };
    expect(el.value!.divisionCode).to.equal('410702002');
    await until(() => el.value?.divisionPath.length === 4, 'the path');
    expect(el.value!.divisionPath.map((d) => d.name)).to.deep.equal(['河南省', '新乡市', '红旗区', '东街街道']);
  });

  it('setting value fires no change event', async () => {
    const { el } = await mountForm();
    let events = 0;
    el.addEventListener('change', () => events++);
    el.addEventListener('yw-change', () => events++);
    el.value = HONGQI;
    await settle(el);
    el.value = null;
    await el.updateComplete;
    expect(events).to.equal(0);
  });

  it('a page handing back the value it was last told keeps what the applicant is typing', async () => {
    // What <yw-form-renderer> does when it renders again between two change events.
    const { el } = await mountForm();
    el.value = HONGQI;
    await settle(el);
    const detail = inside<HTMLInputElement>(el, '#detail');
    detail.focus();
    await sendKeys({ type: '3楼' });
    el.value = HONGQI;
    await el.updateComplete;
    expect(detail.value).to.equal('人民路12号3楼');
    // Another value from the page wins, though.
    el.value = { ...HONGQI, detail: '解放路1号' };
    await el.updateComplete;
    expect(detail.value).to.equal('解放路1号');
  });

  it('fills the postcode when a division has one, and leaves a typed one alone', async () => {
    // The data has no postcodes today; a licensed source would add them.
    mock.worker.use(
      http.get(`${mock.baseUrl}/divisions`, ({ request }) => {
        // Other levels fall through to the mock server.
        if (new URL(request.url).searchParams.get('parent') !== '410702') return undefined;
        return HttpResponse.json({ items: mock.api.services.divisions.children('410702').map((d) => ({ ...d, postcode: '453000' })) });
      }),
    );
    const { el } = await mountForm();
    el.value = { ...HONGQI, postcode: null };
    await until(() => el.value?.postcode === '453000', 'the postcode of the township');
    expect(inside<HTMLInputElement>(el, '#postcode').value).to.equal('453000');
  });

  it('without ElementInternals (Safari < 16.4): a hidden input carries the value; validity and reset still work', async () => {
    const proto = YwAddressPicker.prototype as unknown as { attachInternals?: unknown };
    Object.defineProperty(proto, 'attachInternals', { value: undefined, configurable: true });
    let form: HTMLFormElement;
    let el: YwAddressPicker;
    try {
      ({ form, el } = await mountForm());
    } finally {
      delete proto.attachInternals;
    }
    expect(el.validity.valueMissing).to.equal(true);
    expect(el.validity.valid).to.equal(false);
    expect(el.checkValidity()).to.equal(false);
    el.value = HONGQI;
    await settle(el);
    expect(el.checkValidity()).to.equal(true);
    const hidden = el.querySelector<HTMLInputElement>('input[type="hidden"]')!;
    expect(hidden.name).to.equal('delivery');
    expect(JSON.parse(new FormData(form).get('delivery') as string).divisionCode).to.equal('410702002');
    form.reset();
    await until(() => el.value === null, 'reset');
    expect(new FormData(form).has('delivery')).to.equal(false);
  });
});

describe('<yw-address-picker> address book', () => {
  let mock: BrowserMock;
  let token: string;
  let client: Client;
  const mounted: Element[] = [];

  useMock(mounted, (started) => (mock = started));
  before(async function () {
    this.timeout(60_000);
    const anonymous = createClient({ baseUrl: mock.baseUrl, retry: 0 });
    token = (await anonymous.auth.demoSignIn({ userId: 'demo-person' })).token;
    client = createClient({ baseUrl: mock.baseUrl, retry: 0, getToken: () => token });
  });
  beforeEach(async () => {
    for (const address of (await client.addresses.list()).items) await client.addresses.delete(address.id);
  });

  async function mount(signedIn = true, as?: string, signIn?: () => void): Promise<YwAddressPicker> {
    const config = document.createElement('yw-config');
    config.setAttribute('api-base', mock.baseUrl);
    config.clientOptions = { retry: 0 };
    if (signedIn) config.getToken = () => as ?? token;
    if (signIn) config.signIn = signIn;
    const el = document.createElement('yw-address-picker');
    config.append(el);
    document.body.append(config);
    mounted.push(config);
    await waitForState(el, 'complete');
    return el;
  }

  const items = (el: YwAddressPicker) =>
    [...el.shadowRoot!.querySelectorAll('[part~="saved-item"]')].map((i) =>
      i.querySelector('.saved-text')!.textContent!.replace(/\s+/g, ' ').trim(),
    );
  const button = (el: YwAddressPicker, row: number, label: string) =>
    [...el.shadowRoot!.querySelectorAll('[part~="saved-item"]')[row]!.querySelectorAll('button')].find(
      (b) => b.textContent!.trim() === label,
    )!;

  it('is out of sight when nobody is signed in, without an error, and without asking the server', async () => {
    const errors: string[] = [];
    const listener = (e: GlobalEventHandlersEventMap['yw-error']) => errors.push(e.detail.endpoint);
    const lists: string[] = [];
    const onRequest = ({ request }: { request: Request }) => {
      if (new URL(request.url).pathname.endsWith('/addresses')) lists.push(request.method);
    };
    document.addEventListener('yw-error', listener);
    mock.worker.events.on('response:mocked', onRequest);
    try {
      // No token: nothing to ask (a 401 would be logged by the browser on every anonymous page).
      const anonymous = await mount(false);
      await new Promise((resolve) => setTimeout(resolve, 300));
      await anonymous.updateComplete;
      expect(lists, 'no request for the book').to.deep.equal([]);
      expect(anonymous.shadowRoot!.querySelector('[part~="saved"]')).to.equal(null);
      // A token the server refuses (expired): asked, 401, out of sight all the same.
      const refused = await mount(true, 'expired-token');
      await until(() => lists.length === 1, 'the book was asked for (and answered 401)');
      // The answer has been sent; the picker takes it in a moment later (transport, then the 401).
      await until(() => !refused.shadowRoot!.querySelector('[part~="saved"]'), 'the book out of sight after the 401');
      expect(errors).to.deep.equal([]);
    } finally {
      document.removeEventListener('yw-error', listener);
      mock.worker.events.removeListener('response:mocked', onRequest);
    }
  });

  it("focus() on the picker focuses its first field, as a host page's error summary link expects", async () => {
    const el = await mount(false);
    el.focus();
    expect(el.shadowRoot!.activeElement?.id).to.equal('level-0-input');
    expect(document.activeElement).to.equal(el);
  });

  it('counts a token sent as an Authorization header of clientOptions as signed in', async () => {
    const config = document.createElement('yw-config');
    config.setAttribute('api-base', mock.baseUrl);
    config.clientOptions = { retry: 0, headers: { Authorization: `Bearer ${token}` } };
    const el = document.createElement('yw-address-picker');
    config.append(el);
    document.body.append(config);
    mounted.push(config);
    await waitForState(el, 'complete');
    await until(() => el.shadowRoot!.querySelector('[part~="saved"]'), 'the address book of the signed-in applicant');
  });

  it('saves the address, lists it masked and as the default, and uses it again', async () => {
    const el = await mount();
    await until(() => el.shadowRoot!.querySelector('[part~="saved"]')?.textContent?.includes('还没有地址'), 'the empty book');
    el.value = HONGQI;
    await until(() => !!el.shadowRoot!.querySelector('.covered'));
    inside(el, '[part~="saved-actions"] .outline-button').click();
    await until(() => items(el).length === 1, 'the saved address');
    expect(items(el)[0]).to.equal('张三 138****0000 默认 河南省 新乡市 红旗区 东街街道 人民路12号');
    expect(inside(el, '.book-message').textContent).to.equal('已保存到地址簿。');
    await expectAccessible(el, 'the address book');

    el.value = null;
    await el.updateComplete;
    const changes: Array<AddressValue | null> = [];
    el.addEventListener('yw-change', (e) => changes.push(e.detail.value));
    button(el, 0, '使用').click();
    await until(() => changes.length > 0, 'a change');
    expect(changes.at(-1)).to.deep.equal(HONGQI);
  });

  it('edits, makes another the default, and deletes after confirmation', async () => {
    await client.addresses.create({ ...HONGQI, postcode: undefined, divisionCode: '410702002' });
    await client.addresses.create({ recipient: '李四', mobile: '13912345678', divisionCode: '110101001', detail: '景山前街4号' });
    const el = await mount();
    await until(() => items(el).length === 2, 'two addresses');
    expect(items(el)[0]).to.include('张三').and.include('默认');

    // Edit 李四's: its fields fill the picker; "保存修改" replaces it.
    button(el, 1, '编辑').click();
    await until(() => inside<HTMLInputElement>(el, '#recipient').value === '李四');
    inside<HTMLInputElement>(el, '#detail').value = '景山前街5号';
    inside(el, '#detail').dispatchEvent(new Event('input'));
    inside(el, '#detail').dispatchEvent(new Event('change'));
    await until(() => !!el.shadowRoot!.querySelector('.covered'), 'coverage for 北京');
    const save = inside(el, '[part~="saved-actions"] .outline-button');
    expect(save.textContent!.trim()).to.equal('保存修改');
    save.click();
    await until(() => items(el).some((i) => i.includes('景山前街5号')), 'the edited address');
    expect(items(el)).to.have.length(2);

    const li = items(el).findIndex((i) => i.includes('李四'));
    button(el, li, '设为默认').click();
    await until(() => items(el)[0]!.includes('李四') && items(el)[0]!.includes('默认'), '李四 is the default, listed first');

    const zhang = items(el).findIndex((i) => i.includes('张三'));
    button(el, zhang, '删除').click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part~="saved-item"]')[zhang]!.textContent).to.include('确定删除这个地址吗？');
    await expectAccessible(el, 'confirming a delete');
    button(el, zhang, '确定删除').click();
    await until(() => items(el).length === 1, 'one address left');
    expect(inside(el, '.book-message').textContent).to.equal('地址已删除。');
    expect(el.shadowRoot!.activeElement, 'focus stays in the address book').to.not.equal(null);
  });

  it('refuses to save an incomplete address and says why', async () => {
    const el = await mount();
    await until(() => !!el.shadowRoot!.querySelector('[part~="saved-actions"]'));
    el.value = { ...HONGQI, mobile: '123' };
    await el.updateComplete;
    inside(el, '[part~="saved-actions"] .outline-button').click();
    await until(() => inside(el, '.book-message').textContent === '请先把地址填写完整、正确，再保存。');
    expect(inside(el, '#mobile-error').textContent).to.include('11 位手机号码');
    expect((await client.addresses.list()).items).to.have.length(0);
  });

  it('renders saved names with markup as text', async () => {
    const xss = '<img src=x onerror=alert(1)>';
    await client.addresses.create({ ...HONGQI, recipient: xss, postcode: undefined });
    const el = await mount();
    await until(() => items(el).length === 1);
    expect(items(el)[0]).to.include(xss);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
  });

  it('when the site offers a sign-in: the book says what signing in gives, with a button calling <yw-config> signIn', async () => {
    let calls = 0;
    const signIn = () => void calls++;
    for (const el of [await mount(false, undefined, signIn), await mount(true, 'expired-token', signIn)]) {
      const find = () => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="saved"] [part~="sign-in-button"]');
      await until(find, 'the sign-in in the address book');
      const button = find()!;
      expect(inside(el, '[part~="saved"]').textContent).to.include('登录后可使用和保存常用地址');
      expect(el.shadowRoot!.querySelector('[part~="saved-item"]')).to.equal(null);
      button.click();
      await expectAccessible(el, 'address book sign-in');
    }
    await until(() => calls === 2, 'the hook called from each');
    const elder = await mount(false, undefined, signIn);
    elder.setAttribute('elder', '');
    elder.setAttribute('locale', 'en');
    await elder.updateComplete;
    const find = () => elder.shadowRoot!.querySelector<HTMLButtonElement>('[part~="sign-in-button"]');
    await until(() => find()?.textContent!.trim() === 'Sign in', 'in English');
    const button = find()!;
    expect(parseFloat(getComputedStyle(button).fontSize)).to.be.at.least(18);
  });

  it('a failing address book says so, with a retry, and fires yw-error', async () => {
    const errors: string[] = [];
    const listener = (e: GlobalEventHandlersEventMap['yw-error']) => errors.push(e.detail.endpoint);
    document.addEventListener('yw-error', listener);
    try {
      mock.api.faults.add({ endpoint: 'addresses.list', status: 500, times: 1 });
      const el = await mount();
      await until(() => el.shadowRoot!.querySelector('[part~="saved"]')?.textContent?.includes('地址簿加载失败'), 'the error');
      expect(errors).to.deep.equal(['addresses.list']);
      await expectAccessible(el, 'a failed address book');
      inside(el, '[part~="saved"] [part~="retry-button"]').click();
      await until(() => el.shadowRoot!.querySelector('[part~="saved"]')?.textContent?.includes('还没有地址'), 'loaded after retry');
    } finally {
      document.removeEventListener('yw-error', listener);
    }
  });

  it('is fetched for a signed-in applicant, with a placeholder meanwhile; a failed fetch says so and offers to try again', async () => {
    const original = YwAddressPicker.loadAddressBook;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const load = flakyLoad(original, { hold: held });
    YwAddressPicker.loadAddressBook = load;
    try {
      const anonymous = await mount(false);
      await anonymous.updateComplete;
      expect(load.calls, 'not fetched for an anonymous page that offers no sign-in').to.equal(0);
      const el = await mount();
      await el.updateComplete;
      expect(load.calls).to.equal(1);
      expect(inside(el, '[part~="saved"] [role="alert"]').textContent).to.include('这部分内容未能加载');
      expect(el.shadowRoot!.querySelector('[part~="field"] input'), 'the rest of the picker works meanwhile').to.not.equal(null);
      await expectAccessible(el, 'the address book could not be fetched');
      inside(el, '[part~="saved"] [part~="retry-button"]').click();
      await until(() => el.shadowRoot!.querySelector('[part~="saved"] [part~="skeleton"]'), 'the placeholder while it is fetched again');
      expect(load.calls).to.equal(2);
      release();
      await until(() => el.shadowRoot!.querySelector('[part~="saved"]')?.textContent?.includes('还没有地址'), 'the book once fetched');
      // Its styles came with it.
      expect(getComputedStyle(inside(el, '.saved-title')).fontWeight).to.equal('700');
    } finally {
      YwAddressPicker.loadAddressBook = original;
    }
  });
});

/** `:state(x)`, or `:--x` where the browser still spells custom states that way. */
function matchesState(el: Element, state: string): boolean {
  try {
    return el.matches(`:state(${state})`);
  } catch {
    return el.matches(`:--${state}`);
  }
}
