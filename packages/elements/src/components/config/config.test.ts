// <yw-config> has no loading/empty/error states of its own, so it does not run
// the shared element suite (its effects are what that suite checks on every
// element); these tests cover what it provides and when it rebuilds the client.
import { expect, waitUntil } from '@open-wc/testing';
import { http } from 'msw';
import '../../define/yw-config.ts';
import '../../define/yw-catalog-stats.ts';
import type { YwConfig } from './config.ts';
import { waitForState } from '@yiwang/test/helpers/element-suite';
import { expectAccessible } from '@yiwang/test/helpers/a11y';
import { describe, it } from '@yiwang/test/helpers/mocha';
import { useMock } from '@yiwang/test/helpers/mock-worker';
import type { BrowserMock } from '@yiwang/test/helpers/mock-worker';

describe('<yw-config>', () => {
  let mock: BrowserMock;
  const mounted: Element[] = [];
  useMock(mounted, (started) => (mock = started));

  function mount(attributes: Record<string, string> = { 'api-base': '' }, inner = '<yw-catalog-stats></yw-catalog-stats>'): YwConfig {
    const config = document.createElement('yw-config');
    for (const [name, value] of Object.entries(attributes)) config.setAttribute(name, value || mock.baseUrl);
    config.innerHTML = inner;
    document.body.append(config);
    mounted.push(config);
    return config;
  }

  /** Records the Authorization and Accept-Language headers of catalog.stats calls, then lets the mock answer. */
  function recordHeaders() {
    const seen: Array<{ auth: string | null; language: string | null }> = [];
    mock.worker.use(
      http.get(`${mock.baseUrl}/catalog/stats`, ({ request }) => {
        seen.push({ auth: request.headers.get('Authorization'), language: request.headers.get('Accept-Language') });
        return undefined; // fall through to the mock server
      }),
    );
    return seen;
  }

  it("lays out nothing itself and leaves the page content's language alone", async () => {
    const config = mount({ 'api-base': '', locale: 'en' }, '<p>页面内容</p>');
    await config.updateComplete;
    expect(getComputedStyle(config).display).to.equal('contents');
    expect(config.hasAttribute('lang')).to.equal(false);
    await expectAccessible(config, 'config with page content');
  });

  it('sends the token from getToken and the locale as Accept-Language', async () => {
    const seen = recordHeaders();
    const config = mount({ 'api-base': '', locale: 'en' }, '');
    config.getToken = () => 'token-123';
    config.innerHTML = '<yw-catalog-stats></yw-catalog-stats>';
    await waitForState(config.querySelector('yw-catalog-stats')!, 'complete');
    expect(seen).to.deep.equal([{ auth: 'Bearer token-123', language: 'en' }]);
  });

  it('rebuilds the client when getToken or api-base changes (elements reload), not when the locale changes', async () => {
    const seen = recordHeaders();
    const config = mount();
    const stats = config.querySelector('yw-catalog-stats')!;
    await waitForState(stats, 'complete');
    const first = config.client;
    config.setAttribute('locale', 'en');
    await config.updateComplete;
    expect(config.client).to.equal(first);
    config.getToken = () => 'signed-in';
    await waitUntil(() => seen.length === 2, 'reloaded after sign-in');
    expect(config.client).to.not.equal(first);
    expect(seen[1]).to.deep.equal({ auth: 'Bearer signed-in', language: 'en' });
    const second = config.client;
    config.setAttribute('api-base', `${mock.baseUrl}/`);
    await config.updateComplete;
    expect(config.client).to.not.equal(second);
  });

  it('signInHref: sign-in-url with the page as returnTo (its path on the same origin, the whole URL on another)', async () => {
    const config = mount({ 'api-base': '' }, '');
    await config.updateComplete;
    expect(config.signInHref()).to.equal(null);
    config.setAttribute('sign-in-url', '/auth/oidc/login');
    await config.updateComplete;
    const same = new URL(config.signInHref()!);
    expect(same.origin + same.pathname).to.equal(`${location.origin}/auth/oidc/login`);
    expect(same.searchParams.get('returnTo')).to.equal(location.pathname + location.search + location.hash);
    config.setAttribute('sign-in-url', 'https://zwfw.example.gov.cn/auth/oidc/login?lang=zh');
    await config.updateComplete;
    const other = new URL(config.signInHref()!);
    expect(other.searchParams.get('lang')).to.equal('zh');
    expect(other.searchParams.get('returnTo')).to.equal(location.href);
  });

  it('requestSignIn calls the signIn hook; a nested config hands its parent’s sign-in on', async () => {
    let calls = 0;
    const outer = mount({ 'api-base': '' }, '<yw-config locale="en"><yw-catalog-stats></yw-catalog-stats></yw-config>');
    outer.signIn = () => void calls++;
    await outer.updateComplete;
    outer.requestSignIn();
    await waitUntil(() => calls === 1, 'the hook called');
    const inner = outer.querySelector('yw-config')!;
    await inner.updateComplete;
    inner.requestSignIn();
    await waitUntil(() => calls === 2, 'the outer hook called from the inner config');
  });

  it('passes clientOptions to createClient', async () => {
    mock.api.faults.add({ endpoint: 'catalog.stats', latencyMs: 1000 });
    const config = mount({ 'api-base': '' }, '');
    config.clientOptions = { timeoutMs: 100, retry: 0 };
    config.innerHTML = '<yw-catalog-stats></yw-catalog-stats>';
    const stats = config.querySelector('yw-catalog-stats')!;
    await waitForState(stats, 'error');
    expect(stats.shadowRoot!.textContent).to.include('超时');
  });

  it('a nested <yw-config> inherits what it does not set', async () => {
    const outer = mount(
      { 'api-base': '', locale: 'en', elder: '', theme: 'dark' },
      '<yw-config theme="light"><yw-catalog-stats></yw-catalog-stats></yw-config>',
    );
    const inner = outer.querySelector('yw-config')!;
    const stats = inner.querySelector('yw-catalog-stats')!;
    await waitForState(stats, 'complete');
    expect(inner.client).to.equal(outer.client);
    expect(stats.resolvedLocale).to.equal('en');
    expect(stats.resolvedElder).to.equal(true);
    expect(stats.resolvedTheme).to.equal('light');
    outer.setAttribute('locale', 'zh-CN');
    await waitUntil(() => stats.getAttribute('lang') === 'zh-CN', 'outer change reaches the element through the inner config');
  });

  it('elements outside it are not affected by it', async () => {
    mount({ 'api-base': '', elder: '', locale: 'en' }, '');
    const alone = document.createElement('yw-catalog-stats');
    alone.setAttribute('api-base', mock.baseUrl);
    document.body.append(alone);
    mounted.push(alone);
    await waitForState(alone, 'complete');
    expect(alone.resolvedElder).to.equal(false);
    expect(alone.resolvedLocale).to.equal('zh-CN');
  });
});
