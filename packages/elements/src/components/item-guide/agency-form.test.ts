import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { HttpResponse, http } from 'msw';
import { createClient } from '@yiwang/sdk';
import '../../define/yw-config.ts';
import '../../define/yw-item-guide.ts';
import type { YwItemGuide } from './item-guide.ts';
import { expectAccessible } from '@yiwang/test/helpers/a11y';
import { inside, waitForState } from '@yiwang/test/helpers/element-suite';
import { before, describe, it } from '@yiwang/test/helpers/mocha';
import { useMock } from '@yiwang/test/helpers/mock-worker';
import type { BrowserMock } from '@yiwang/test/helpers/mock-worker';
import { flakyLoad } from '@yiwang/test/helpers/flaky-load';

/** An item of the seed that offers 帮办代办. */
const ITEM = 'xzsp-001';

describe('<yw-item-guide>: the 申请帮办代办 request form', () => {
  let mock: BrowserMock;
  let token = '';
  const mounted: Element[] = [];
  useMock(mounted, (started) => (mock = started));
  before(async function () {
    this.timeout(60_000);
    token = (await createClient({ baseUrl: mock.baseUrl, retry: 0 }).auth.demoSignIn({ userId: 'demo-person' })).token;
  });

  async function mount(signedIn: boolean): Promise<YwItemGuide> {
    const config = document.createElement('yw-config');
    config.setAttribute('api-base', mock.baseUrl);
    config.clientOptions = { retry: 0 };
    if (signedIn) config.getToken = () => token;
    const el = document.createElement('yw-item-guide');
    el.setAttribute('item-id', ITEM);
    config.append(el);
    document.body.append(config);
    mounted.push(config);
    await waitForState(el, 'complete');
    return el;
  }
  const open = async (el: YwItemGuide) => {
    inside(el, '[part~="agency-button"]').click();
    await waitUntil(() => el.agencyForm && el.agencyForm.kind !== 'checking', 'the form opens');
    await el.updateComplete;
  };
  const type = async (el: YwItemGuide, id: string, text: string) => {
    const control = inside<HTMLInputElement>(el, `#agency-${id}`);
    control.focus();
    control.value = '';
    await sendKeys({ type: text });
  };

  it('shows a skeleton while the form comes, and a retry when it could not be fetched', async () => {
    // A class of its own whose form module fails once, then waits for the test.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const Guide = customElements.get('yw-item-guide') as typeof YwItemGuide;
    const load = flakyLoad(() => Guide.loadAgencyForm(), { hold: released });
    class FlakyForm extends Guide {
      static override loadAgencyForm = load;
    }
    FlakyForm.define('yw-item-guide-flaky-form');
    const config = document.createElement('yw-config');
    config.setAttribute('api-base', mock.baseUrl);
    config.clientOptions = { retry: 0 };
    config.getToken = () => token;
    const el = document.createElement('yw-item-guide-flaky-form') as YwItemGuide;
    el.setAttribute('item-id', ITEM);
    config.append(el);
    document.body.append(config);
    mounted.push(config);
    await waitForState(el, 'complete');
    await open(el);
    const form = () => inside(el, '[part~="agency-form"]');
    expect(form().querySelector('[part~="error"]'), 'a retry, not the form').to.not.equal(null);
    expect(load.calls, 'a render does not fetch again by itself').to.equal(1);
    await expectAccessible(el, 'the form could not be fetched');

    form().querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
    await waitUntil(() => form().querySelector('[part~="skeleton"]'), 'a skeleton while it comes');
    expect(load.calls).to.equal(2);
    release();
    await waitUntil(() => el.shadowRoot!.querySelector('#agency-contactName'), 'the form is in');
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'agency-heading', 'focus on its heading');
  });

  it('signed out: asks to sign in, sends nothing', async () => {
    const el = await mount(false);
    await open(el);
    expect(el.agencyForm?.kind).to.equal('signed-out');
    expect(inside(el, '[part~="agency-form"]').textContent).to.include('请先登录');
  });

  it('checks the fields, submits with an idempotency key, and confirms with the request number', async () => {
    const el = await mount(true);
    await open(el);
    expect(inside<HTMLInputElement>(el, '#agency-contactName').value, 'prefilled from the profile').to.not.equal('');
    await expectAccessible(el, 'the request form');
    // Invalid: nothing said of the help, a mobile that is not one.
    await type(el, 'mobile', '12345');
    inside<HTMLButtonElement>(el, '[part~="agency-submit"]').click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="agency-summary"]'), 'the problems are listed');
    expect(inside(el, '#agency-description').getAttribute('aria-invalid')).to.equal('true');
    expect(inside(el, '#agency-mobile-problem').textContent).to.include('11 位手机号码');
    expect(el.shadowRoot!.activeElement?.id, 'focus on the first problem').to.equal('agency-description');
    await expectAccessible(el, 'the form with its problems');

    let key: string | null = null;
    mock.worker.use(
      http.post(`${mock.baseUrl}/agency-requests`, ({ request }) => {
        key = request.headers.get('Idempotency-Key');
        return undefined;
      }),
    );
    await sendKeys({ type: '请帮忙准备项目备案材料' });
    await type(el, 'mobile', '13800001234');
    await type(el, 'preferredTime', '工作日上午');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.agencyForm?.kind === 'submitted', 'submitted', { timeout: 10_000 });
    expect(key).to.be.a('string').and.not.equal('');
    const number = inside(el, '[part~="agency-number"]').textContent!;
    expect(number).to.match(/^DB\d{12}$/);
    const stored = await mock.api.services.db.query<{ data: { preferredTime: string; description: string } }>(
      'SELECT data FROM agency_requests WHERE number = $1',
      [number],
    );
    expect(stored[0]?.data.description).to.equal('请帮忙准备项目备案材料');
    expect(stored[0]?.data.preferredTime).to.equal('工作日上午');
    await expectAccessible(el, 'the confirmation');
  });

  it('a failed submission says why and keeps what was typed', async () => {
    const el = await mount(true);
    await open(el);
    mock.worker.use(
      http.post(`${mock.baseUrl}/agency-requests`, () =>
        HttpResponse.json({ error: { code: 'INTERNAL', message: '服务暂不可用' } }, { status: 500 }),
      ),
    );
    await type(el, 'description', '咨询办理流程');
    await type(el, 'mobile', '13800001234');
    inside<HTMLButtonElement>(el, '[part~="agency-submit"]').click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="agency-error"]'), 'the error shows', { timeout: 10_000 });
    expect(el.agencyForm?.kind).to.equal('form');
    expect(inside<HTMLTextAreaElement>(el, '#agency-description').value).to.equal('咨询办理流程');
  });
});
