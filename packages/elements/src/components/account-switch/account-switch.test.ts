// <yw-account-switch> against the mock server: the demo citizen 李文博 is made an
// 经办人 of the demo enterprise (a row in the mock's database, as a 法人's grant
// would write it); choosing the enterprise makes <yw-config> send
// Yiwang-Acting-For and every element reload, and an authorisation that
// expired offers the way back.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createClient } from '@yiwang/sdk';
import '../../define/yw-config.ts';
import '../../define/yw-account-switch.ts';
import '../../define/yw-catalog-stats.ts';
import type { YwConfig } from '../../components/config/config.ts';
import type { YwAccountSwitch } from './account-switch.ts';
import { inside, waitForState } from '@yiwang/test/helpers/element-suite';
import { expectAccessible } from '@yiwang/test/helpers/a11y';
import { before, describe, it } from '@yiwang/test/helpers/mocha';
import { useMock } from '@yiwang/test/helpers/mock-worker';
import type { BrowserMock } from '@yiwang/test/helpers/mock-worker';

describe('<yw-account-switch>', () => {
  let mock: BrowserMock;
  const mounted: Element[] = [];
  useMock(mounted, (m) => (mock = m));
  let token = '';

  before(async () => {
    token = (await createClient({ baseUrl: mock.baseUrl, retry: 0 }).auth.demoSignIn({ userId: 'demo-person' })).token;
  });

  /** 李文博's authorisation for the demo enterprise, ending at `expiresAt`. */
  async function authorise(expiresAt: Date) {
    const db = mock.api.services.db;
    await db.query("DELETE FROM enterprise_authorisations WHERE person_id = 'demo-person'");
    await db.query(
      `INSERT INTO enterprise_authorisations (id, person_id, enterprise_id, role, source, granted_at, expires_at, granted_by)
       VALUES ('auth_browser_test', 'demo-person', 'demo-enterprise', 'agent', 'grant', now(), $1, NULL)`,
      [expiresAt.toISOString()],
    );
  }

  function mount(attributes: Record<string, string> = {}, signedIn = true) {
    const config = document.createElement('yw-config') as YwConfig;
    config.setAttribute('api-base', mock.baseUrl);
    for (const [name, value] of Object.entries(attributes)) config.setAttribute(name, value);
    if (signedIn) config.getToken = () => token;
    config.clientOptions = { retry: 0 };
    config.innerHTML = '<yw-account-switch></yw-account-switch><yw-catalog-stats></yw-catalog-stats>';
    document.body.append(config);
    mounted.push(config);
    return { config, el: config.querySelector('yw-account-switch') as YwAccountSwitch };
  }

  const options = (el: YwAccountSwitch) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="option"]')];
  const pressed = (el: YwAccountSwitch) =>
    options(el)
      .find((b) => b.getAttribute('aria-pressed') === 'true')
      ?.textContent?.trim();

  it('lists 个人 and the enterprise; one click acts for the enterprise, every element reloads, and back', async () => {
    await authorise(new Date(Date.now() + 365 * 86400_000));
    const { config, el } = mount();
    await waitForState(el, 'complete');
    const group = inside(el, '[part~="group"]');
    expect(group.getAttribute('role')).to.equal('group');
    expect(options(el).map((b) => b.textContent!.trim())).to.deep.equal(['个人：李文博', '新乡豫北智造装备科技有限公司（经办人）']);
    expect(pressed(el)).to.equal('个人：李文博');
    await expectAccessible(el, 'the switch, acting for oneself');

    const stats = config.querySelector('yw-catalog-stats')!;
    await waitForState(stats, 'complete');
    const firstClient = config.client;
    const changes: Array<string | null> = [];
    config.addEventListener('yw-acting-change', (e) => changes.push(e.detail.enterpriseId));
    options(el)[1]!.click();
    await waitUntil(() => pressed(el)?.startsWith('新乡豫北智造'), 'acting for the enterprise');
    expect(changes).to.deep.equal(['demo-enterprise']);
    expect(config.actingFor).to.equal('demo-enterprise');
    expect(config.getAttribute('acting-for')).to.equal('demo-enterprise');
    expect(config.client!.actingFor).to.equal('demo-enterprise');
    expect(config.client).to.not.equal(firstClient, 'a new client: the elements reload');
    await waitForState(stats, 'complete');
    await expectAccessible(el, 'the switch, acting for the enterprise');

    // Back by keyboard: focus the first choice, Enter.
    options(el)[0]!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => pressed(el) === '个人：李文博', 'acting for oneself again');
    expect(config.actingFor).to.equal(null);
    expect(changes).to.deep.equal(['demo-enterprise', null]);
  });

  it('an expired authorisation says so and offers to switch back', async () => {
    await authorise(new Date(Date.now() - 60_000));
    const { config, el } = mount({ 'acting-for': 'demo-enterprise', locale: 'en' });
    await waitForState(el, 'error');
    expect(inside(el, '[part~="error"]').textContent).to.include('has expired');
    await expectAccessible(el, 'an expired authorisation');
    (el.shadowRoot!.querySelector('[part~="back-button"]') as HTMLButtonElement).click();
    await waitForState(el, 'complete');
    expect(config.actingFor).to.equal(null);
    expect(pressed(el)).to.equal('Myself: 李文博');
  });

  it('signed out: the site’s sign-in; elder mode: 48 px targets', async () => {
    const signedOut = mount({ 'sign-in-url': '/login' }, false);
    await waitForState(signedOut.el, 'error');
    expect(inside(signedOut.el, '[part~="sign-in"]').textContent).to.include('登录后可在个人和企业身份之间切换');
    await expectAccessible(signedOut.el, 'signed out');

    await authorise(new Date(Date.now() + 86400_000));
    const { el } = mount({ elder: '' });
    await waitForState(el, 'complete');
    for (const b of options(el)) expect(b.getBoundingClientRect().height).to.be.at.least(48);
    await expectAccessible(el, 'elder mode');
  });
});
