// Never lose data: drafts saved on the device (unless the applicant opts out)
// and on the server when signed in, offered again when the form is reopened,
// and a conflicting save elsewhere resolved by the applicant's choice.
import { expect, waitUntil } from '@open-wc/testing';
import '../../define/yw-config.ts';
import '../../define/yw-form-renderer.ts';
import type { YwFormRenderer } from './form-renderer.ts';
import { inside } from '@yiwang/test/helpers/element-suite';
import { expectAccessible } from '@yiwang/test/helpers/a11y';
import { afterEach, describe, it } from '@yiwang/test/helpers/mocha';
import { useMock } from '@yiwang/test/helpers/mock-worker';
import type { BrowserMock } from '@yiwang/test/helpers/mock-worker';
import { button, clientFor, control, heading, mount, pick, type, unmountAll } from '@yiwang/test/helpers/form-renderer-kit';

const DEVICE_KEY = 'yiwang:form:draft:form-scjg-001:anonymous';
const stored = () => JSON.parse(localStorage.getItem(DEVICE_KEY) ?? 'null') as { data: Record<string, unknown>; step: number } | null;
/** Takes the element off the page as a closed tab would (the device copy stays). */
const close = (el: YwFormRenderer) => el.closest('yw-config')!.remove();
const status = (el: YwFormRenderer) => inside(el, '[part~="draft-status"]').textContent!.trim();

describe('<yw-form-renderer>: drafts', () => {
  let mock: BrowserMock;
  useMock(unmountAll, (started) => (mock = started));
  afterEach(() => {
    localStorage.removeItem('yiwang:form:opt-out');
  });

  it('saves only what the applicant entered: address elements starting up are not entries, and nothing is offered after just looking', async () => {
    const { el } = await mount(mock, { formId: 'form-scjg-001' });
    el.step = 1;
    await el.updateComplete;
    expect(control(el, 'premisesAddress').localName).to.equal('yw-address-picker');
    // The applicant chooses EMS: the delivery address element appears (that choice is a draft).
    el.step = 4;
    await el.updateComplete;
    await pick(el, '$delivery', 'express');
    expect(control(el, '$deliveryAddress').localName).to.equal('yw-address-picker');
    await waitUntil(() => stored() !== null, 'the choice is saved', { timeout: 3000 });
    await new Promise((resolve) => setTimeout(resolve, 900));
    // Nothing but the choice: the address elements' own start is not an entry.
    expect(stored()!.data).to.deep.equal({ $delivery: 'express' });
    close(el);
    localStorage.removeItem(DEVICE_KEY);
    const again = (await mount(mock, { formId: 'form-scjg-001' })).el;
    expect(again.shadowRoot!.querySelector('[part~="draft-banner"]')).to.equal(null);
  });

  it('autosaves on the device (form data only) and offers to restore it when the form is opened again', async () => {
    const first = (await mount(mock, { formId: 'form-scjg-001' })).el;
    await type(first, 'operatorName', '张三');
    await pick(first, 'composition', 'family');
    await type(first, 'familyMembers.0.memberName', '王静');
    await waitUntil(
      () => stored()?.data.operatorName === '张三' && (stored()?.data.familyMembers as unknown[] | undefined)?.length === 1,
      'saved on the device',
      { timeout: 3000 },
    );
    await waitUntil(() => status(first).startsWith('草稿已保存在本设备'), 'says where it is saved');
    expect(localStorage.getItem(DEVICE_KEY)).to.not.match(/token|bearer/i);
    close(first);

    const again = (await mount(mock, { formId: 'form-scjg-001' })).el;
    const banner = inside(again, '[part~="draft-banner"]');
    expect(banner.textContent).to.match(/您有一份未提交的草稿（.+保存）。/);
    expect(control(again, 'operatorName').value, 'nothing restored before the applicant says so').to.equal('');
    await expectAccessible(again, 'the draft offer');
    button(again, 'draft-restore').click();
    await again.updateComplete;
    expect(control(again, 'operatorName').value).to.equal('张三');
    expect(control(again, 'familyMembers.0.memberName').value).to.equal('王静');
    expect(again.shadowRoot!.querySelector('[part~="draft-banner"]')).to.equal(null);
    close(again);

    // "重新填写" drops the draft.
    const third = (await mount(mock, { formId: 'form-scjg-001' })).el;
    button(third, 'draft-discard').click();
    await waitUntil(() => stored() === null, 'the device copy is gone');
    expect(control(third, 'operatorName').value).to.equal('');
  });

  it('saves nothing on the device when the applicant opts out, and removes what was there', async () => {
    const { el } = await mount(mock, { formId: 'form-scjg-001' });
    await type(el, 'operatorName', '张三');
    await waitUntil(() => stored() !== null, 'saved', { timeout: 3000 });
    const choice = inside<HTMLInputElement>(el, '[part~="draft-device"] input');
    expect(choice.checked).to.equal(true);
    choice.click();
    await el.updateComplete;
    expect(stored(), 'removed at once').to.equal(null);
    expect(localStorage.getItem('yiwang:form:opt-out')).to.equal('1');
    await type(el, 'operatorName', '张三丰');
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(stored(), 'nothing saved after opting out').to.equal(null);
    close(el);
    // The choice holds for the next form, and a site can switch device copies off for everyone.
    const next = (await mount(mock, { formId: 'form-scjg-001' })).el;
    expect(inside<HTMLInputElement>(next, '[part~="draft-device"] input').checked).to.equal(false);
    localStorage.removeItem('yiwang:form:opt-out');
    const kiosk = (await mount(mock, { formId: 'form-scjg-001', attributes: { 'no-local-draft': '' } })).el;
    expect(kiosk.shadowRoot!.querySelector('[part~="draft-device"]')).to.equal(null);
    await type(kiosk, 'operatorName', '李四');
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(stored()).to.equal(null);
  });

  it('saves to the server when signed in; a newer save elsewhere (409) lets the applicant choose which to keep', async () => {
    const { el, token } = await mount(mock, { formId: 'form-wjw-001', user: 'demo-person' });
    const api = clientFor(mock, token!);
    await type(el, 'applicantMobile', '13800000001');
    await waitUntil(
      async () => (await api.drafts.get('form-wjw-001').catch(() => null))?.data.applicantMobile === '13800000001',
      'saved on the server',
      { timeout: 6000 },
    );
    await waitUntil(() => status(el).startsWith('草稿已自动保存'));
    // Another device saves a newer version.
    const mine = await api.drafts.get('form-wjw-001');
    await api.drafts.save('form-wjw-001', { data: { ...mine.data, applicantMobile: '13900000009' }, baseVersion: mine.version });
    await type(el, 'applicantMobile', '13800000002');
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="draft-banner"][role="alert"]'), 'the conflict is shown', { timeout: 6000 });
    expect(inside(el, '[part~="draft-banner"]').textContent).to.include('这份草稿已在其他页面或设备上更新');
    await expectAccessible(el, 'a draft conflict');
    button(el, 'draft-theirs').click();
    await waitUntil(() => control(el, 'applicantMobile').value === '13900000009', 'the newer copy is loaded');
    // Again, and this time the applicant keeps the page's values.
    const theirs = await api.drafts.get('form-wjw-001');
    await api.drafts.save('form-wjw-001', { data: { ...theirs.data, applicantMobile: '13700000007' }, baseVersion: theirs.version });
    await type(el, 'applicantMobile', '13800000003');
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="draft-mine"]'), 'the conflict again', { timeout: 6000 });
    button(el, 'draft-mine').click();
    await waitUntil(async () => (await api.drafts.get('form-wjw-001')).data.applicantMobile === '13800000003', "the page's values win", {
      timeout: 6000,
    });
    expect(control(el, 'applicantMobile').value).to.equal('13800000003');
    close(el);

    // Reopened (on another device: no device copy), the server draft is offered.
    localStorage.clear();
    const again = (await mount(mock, { formId: 'form-wjw-001', token: token! })).el;
    button(again, 'draft-restore').click();
    await again.updateComplete;
    expect(control(again, 'applicantMobile').value).to.equal('13800000003');
    expect(heading(again)).to.include('夫妻信息');
    await api.drafts.delete('form-wjw-001');
  });
});
