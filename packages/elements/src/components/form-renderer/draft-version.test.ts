// A draft that outlives its form version, against the mock (the reference
// server in the page): saved on version 1, the department publishes version 2
// without a question, and the offer says the form changed, which answers carry
// over and how many do not; the restored draft is submitted on version 2. Its
// own file (and page): the new version stays in this page's mock.
import { expect, waitUntil } from '@open-wc/testing';
import { http } from 'msw';
import type { ApplicationCreate, FormSchema } from '@yiwang/contract';
import { createClient } from '@yiwang/sdk';
import '../../define/yw-config.ts';
import '../../define/yw-form-renderer.ts';
import type { YwFormRenderer } from './form-renderer.ts';
import type { YwSubmitEvent } from '../../base/events/index.ts';
import { inside } from '@yiwang/test/helpers/element-suite';
import { expectAccessible } from '@yiwang/test/helpers/a11y';
import { describe, it } from '@yiwang/test/helpers/mocha';
import { useMock } from '@yiwang/test/helpers/mock-worker';
import type { BrowserMock } from '@yiwang/test/helpers/mock-worker';
import { GETIHU, button, clientFor, fill, mount, next, nextUntil, unmountAll } from '@yiwang/test/helpers/form-renderer-kit';

/** Takes the element off the page as a closed tab would. */
const close = (el: YwFormRenderer) => el.closest('yw-config')!.remove();
/** 办理方式 and what only it shows: version 2 no longer asks it. */
const REMOVED = new Set(['submitter', 'agent', 'agentAuthorization']);

describe('<yw-form-renderer>: a draft of an earlier form version', () => {
  let mock: BrowserMock;
  useMock(unmountAll, (started) => (mock = started));

  it('offers the draft saying the form changed and which answers carry over, and submits on the new version', async () => {
    const first = await mount(mock, { formId: 'form-scjg-001', user: 'demo-person' });
    await fill(first.el, GETIHU);
    await first.el.saveDraft();
    const applicant = clientFor(mock, first.token!);
    const saved = await applicant.drafts.get('form-scjg-001');
    expect(saved.formVersion).to.equal(1);
    expect(saved.data).to.deep.include({ submitter: 'self', composition: 'individual' });
    close(first.el);

    // 市场监督管理局 publishes version 2 without 办理方式.
    const staff = await createClient({ baseUrl: mock.baseUrl }).auth.demoSignIn({ userId: 'demo-staff' });
    const department = clientFor(mock, staff.token);
    const v1: FormSchema = await department.forms.get('form-scjg-001');
    const v2 = structuredClone(v1);
    for (const step of v2.steps) for (const section of step.sections) section.fields = section.fields.filter((f) => !REMOVED.has(f.name));
    expect(await department.forms.publish('form-scjg-001', v2)).to.deep.equal({ id: 'form-scjg-001', version: 2 });

    const bodies: ApplicationCreate[] = [];
    mock.worker.use(
      http.post(`${mock.baseUrl}/applications`, async ({ request }) => {
        bodies.push((await request.clone().json()) as ApplicationCreate);
        // Nothing returned: the request goes on to the mock server.
      }),
    );
    const { el } = await mount(mock, { formId: 'form-scjg-001', user: 'demo-person' });
    const version = inside(el, '[part~="draft-version"]');
    expect(version.textContent).to.include('申请表已更新（第 1 版 → 第 2 版）');
    const carried = [...el.shadowRoot!.querySelectorAll('[part~="draft-carried"] li')].map((li) => li.textContent!.trim());
    expect(carried).to.include.members(['组成形式', '个体工商户名称', '经营场所情况']);
    expect(carried).to.not.include('办理方式');
    expect(inside(el, '[part~="draft-dropped"]').textContent).to.include('新版不再包含您填写过的 1 个栏目');
    await expectAccessible(el, 'the offer of a draft of version 1');

    button(el, 'draft-restore').click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="draft-banner"]')).to.equal(null);
    expect(el.data).to.deep.include({ composition: 'individual', shopName: GETIHU.shopName });
    expect(el.data, 'the removed question’s answer is dropped').to.not.have.property('submitter');
    const events: YwSubmitEvent[] = [];
    el.addEventListener('yw-submit', (e) => events.push(e));
    await nextUntil(el, '核对并提交');
    await next(el);
    await waitUntil(() => events.length === 1, 'yw-submit', { timeout: 5000 });
    const sent = bodies[bodies.length - 1]!;
    expect(sent.formVersion).to.equal(2);
    expect(sent.data).to.not.have.property('submitter');
    expect(sent.situations).to.deep.equal({ form: 'individual', premises: 'own', food: 'none' });
  });
});
