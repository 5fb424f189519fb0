// <yw-progress-tracker>'s sign-in state for my applications: shown when nobody
// is signed in and the site offers a sign-in (<yw-config> signIn or
// sign-in-url), and after a token the server refuses even once the SDK asked
// getToken for a fresh one; a refused token that getToken can replace lists the
// applications without the applicant noticing.
import { expect, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode } from '@web/test-runner-commands';
import { createClient } from '@yiwang/sdk';
import type { TokenContext } from '@yiwang/sdk';
import '../../define/yw-config.ts';
import '../../define/yw-progress-tracker.ts';
import type { YwConfig } from '../config/config.ts';
import type { YwProgressTracker } from './progress-tracker.ts';
import { expectAccessible } from '@yiwang/test/helpers/a11y';
import { inside, waitForState } from '@yiwang/test/helpers/element-suite';
import { before, describe, it } from '@yiwang/test/helpers/mocha';
import { useMock } from '@yiwang/test/helpers/mock-worker';
import type { BrowserMock } from '@yiwang/test/helpers/mock-worker';

describe('<yw-progress-tracker>: signing in for my applications', () => {
  let mock: BrowserMock;
  let personToken: string;
  const mounted: Element[] = [];
  useMock(mounted, (started) => (mock = started));
  before(async () => {
    personToken = (await createClient({ baseUrl: mock.baseUrl, retry: 0 }).auth.demoSignIn({ userId: 'demo-person' })).token;
  });

  /** The tracker under a <yw-config> set up by `setup` before the element is added. */
  async function mount(
    setup: (config: YwConfig) => void = () => {},
    state: 'complete' | 'error' = 'complete',
  ): Promise<{ config: YwConfig; el: YwProgressTracker }> {
    const config = document.createElement('yw-config');
    config.setAttribute('api-base', mock.baseUrl);
    config.clientOptions = { retry: 0 };
    setup(config);
    const el = document.createElement('yw-progress-tracker');
    el.setAttribute('refresh-interval', '0');
    config.append(el);
    document.body.append(config);
    mounted.push(config);
    await waitForState(el, state);
    return { config, el };
  }

  const signInButton = (el: Element) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="sign-in-button"]');

  it('anonymous, with the site’s signIn hook: what signing in gives, and a button that calls the hook', async () => {
    let calls = 0;
    const { el } = await mount((config) => (config.signIn = () => void calls++));
    await waitUntil(() => signInButton(el), 'the sign-in state');
    expect(inside(el, '[part~="sign-in"]').textContent).to.include('登录后可查看您的全部办件');
    expect(el.shadowRoot!.querySelector('[part~="query-form"]'), 'the anonymous query stays').to.not.equal(null);
    const snapshot = (await a11ySnapshot({})) as unknown as A11yNode;
    expect(
      findAccessibilityNode<A11yNode>(snapshot, (n) => n.role === 'button' && n.name === '登录'),
      'a button named 登录',
    ).to.not.equal(null);
    signInButton(el)!.click();
    await waitUntil(() => calls === 1, 'the hook called');
    await expectAccessible(el, 'sign-in state');
  });

  it('in elder mode and in English', async () => {
    const { el } = await mount((config) => {
      config.signIn = () => {};
      config.setAttribute('elder', '');
      config.setAttribute('locale', 'en');
    });
    await waitUntil(() => signInButton(el), 'the sign-in state');
    expect(signInButton(el)!.textContent!.trim()).to.equal('Sign in');
    expect(inside(el, '[part~="sign-in"]').textContent).to.include('Sign in to see all your applications');
    const size = parseFloat(getComputedStyle(signInButton(el)!).fontSize);
    expect(size, 'elder type').to.be.at.least(18);
    expect(signInButton(el)!.getBoundingClientRect().height, 'elder target').to.be.at.least(44);
    await expectAccessible(el, 'sign-in state, elder, English');
  });

  it('with sign-in-url and no hook: the button is there too; without either, no button', async () => {
    const { el } = await mount((config) => config.setAttribute('sign-in-url', '/auth/oidc/login'));
    await waitUntil(() => signInButton(el), 'the sign-in state');
    const plain = (await mount()).el;
    expect(plain.shadowRoot!.querySelector('[part~="query-form"]')).to.not.equal(null);
    expect(signInButton(plain), 'no sign-in the site does not offer').to.equal(null);
  });

  it('a refused token: getToken is asked again with refresh, and the fresh token lists my applications', async () => {
    const asked: TokenContext[] = [];
    const { el } = await mount((config) => {
      config.signIn = () => {};
      config.getToken = (context) => {
        asked.push(context);
        return context.refresh ? personToken : 'expired-token';
      };
    });
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="mine"] [part~="list-item"]'), 'my applications');
    expect(asked.some((c) => c.refresh)).to.equal(true);
    expect(signInButton(el)).to.equal(null);
  });

  it('a token refused even after a refresh: the sign-in state, not an error', async () => {
    // The load failed (the state says so), and what the applicant sees is the way to sign in again.
    const { el } = await mount((config) => {
      config.signIn = () => {};
      config.getToken = (context) => (context.refresh ? 'still-expired' : 'expired-token');
    }, 'error');
    await waitUntil(() => signInButton(el), 'the sign-in state');
    expect(el.shadowRoot!.querySelector('[part~="error"]'), 'no error message').to.equal(null);
    await expectAccessible(el, 'sign-in state after a refused token');
  });
});

interface A11yNode {
  role: string;
  name: string;
  children: A11yNode[];
}
