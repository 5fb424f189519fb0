// The server's own sign-in (relying-party flow) as `npm start` runs it: the
// development provider at /oidc on the server's port, the server its
// confidential client (private_key_jwt), a browser played by a cookie-keeping
// client that follows redirects and chooses an account on the provider's page.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { browserAgent } from '@yiwang/test/helpers/identity-provider';
import type { BrowserAgent } from '@yiwang/test/helpers/identity-provider';
import { seededPgliteDb } from '@yiwang/test/helpers/test-server';
import { defaultConfig } from '../config.ts';
import { startServer } from '../node.ts';
import type { RunningServer } from '../node.ts';
import type { Db } from '../db/db.ts';
import { generateClientKey, safeReturnTo } from './relying-party.ts';
import { relyingPartyConfigFromEnv } from './oidc-config.ts';

describe('returnTo', () => {
  const site = 'https://zwfw.example.gov.cn';
  test('a path of the site, or a URL of an allowed origin', () => {
    assert.equal(safeReturnTo(undefined, site, []), '/');
    assert.equal(safeReturnTo('/apply?form=1#top', site, []), '/apply?form=1#top');
    assert.equal(safeReturnTo(`${site}/guide`, site, []), '/guide');
    assert.equal(safeReturnTo('https://other.example.gov.cn/x', site, ['https://other.example.gov.cn']), 'https://other.example.gov.cn/x');
  });
  test('never another origin', () => {
    for (const evil of [
      '//evil.example/',
      '///evil.example/',
      '/\\evil.example/',
      '\\\\evil.example',
      'https://evil.example/',
      'https://zwfw.example.gov.cn.evil.example/',
      'javascript:alert(1)',
      'data:text/html,x',
      '/\tevil',
      'https://other.example.gov.cn/x',
    ])
      assert.equal(safeReturnTo(evil, site, []), null, evil);
    assert.equal(safeReturnTo('javascript:alert(1)', site, ['javascript:']), null);
  });
});

describe('the sign-in client from the environment', () => {
  const issuer = 'https://id.example.gov.cn/oidc';
  test('YIWANG_OIDC_CLIENT_KEY is the private JWK; origins are normalised; no client id: no sign-in client', async () => {
    const key = await generateClientKey();
    const config = relyingPartyConfigFromEnv({
      YIWANG_OIDC_ISSUER: issuer,
      YIWANG_OIDC_CLIENT_ID: 'zwfw-site',
      YIWANG_OIDC_CLIENT_KEY: JSON.stringify(key),
      YIWANG_PUBLIC_ORIGIN: 'https://zwfw.example.gov.cn/some/path',
      YIWANG_AUTH_RETURN_ORIGINS: ' https://a.example.gov.cn/x , https://b.example.gov.cn ',
      YIWANG_SESSION_TTL: '3600',
    });
    assert.equal(config?.clientId, 'zwfw-site');
    assert.deepEqual(config?.clientKey, key);
    assert.equal(config?.publicOrigin, 'https://zwfw.example.gov.cn');
    assert.deepEqual(config?.returnOrigins, ['https://a.example.gov.cn', 'https://b.example.gov.cn']);
    assert.equal(config?.sessionTtlSeconds, 3600);
    assert.equal(relyingPartyConfigFromEnv({ YIWANG_OIDC_ISSUER: issuer }), null);
  });

  test('a missing, malformed or public key, a missing issuer and a bad session lifetime are refused at start, saying which', async () => {
    const key = JSON.stringify(await generateClientKey());
    const env = { YIWANG_OIDC_ISSUER: issuer, YIWANG_OIDC_CLIENT_ID: 'zwfw-site', YIWANG_OIDC_CLIENT_KEY: key };
    const { d: _private, ...publicKey } = JSON.parse(key) as Record<string, unknown>;
    for (const [change, message] of [
      [{ YIWANG_OIDC_CLIENT_KEY: undefined }, /YIWANG_OIDC_CLIENT_KEY .* is required/],
      [{ YIWANG_OIDC_CLIENT_KEY: '{not json' }, /must be a private JWK as JSON/],
      [{ YIWANG_OIDC_CLIENT_KEY: JSON.stringify(publicKey) }, /must be a private key/],
      [{ YIWANG_OIDC_ISSUER: undefined }, /needs YIWANG_OIDC_ISSUER/],
      [{ YIWANG_SESSION_TTL: 'eight hours' }, /YIWANG_SESSION_TTL must be a number of seconds/],
    ] as const)
      assert.throws(() => relyingPartyConfigFromEnv({ ...env, ...change }), message);
  });
});

describe('sign-in through the provider, run by the server', () => {
  let running: RunningServer;
  let db: Db;
  let origin: string;
  before(async () => {
    db = await seededPgliteDb();
    running = await startServer(defaultConfig({ port: 0, tokenSecret: 'test-secret' }), db);
    origin = running.origin;
  });
  after(async () => {
    running.server.closeAllConnections();
    await new Promise<void>((resolve) => running.server.close(() => resolve()));
    await db.close();
  });

  const login = (returnTo = '/') => `${origin}/auth/oidc/login?returnTo=${encodeURIComponent(returnTo)}`;
  const session = async (browser: BrowserAgent, headers: Record<string, string> = { 'Sec-Fetch-Site': 'same-origin' }) => {
    const res = await browser.fetch(`${origin}/auth/session`, { headers });
    return { status: res.status, body: (await res.json()) as Record<string, any>, headers: res.headers };
  };

  /** Signs `accountId` in; returns the browser, where it ended and the session answer. */
  async function signIn(accountId: string, returnTo = '/') {
    const browser = browserAgent();
    const end = await browser.navigate(login(returnTo), {
      accountId,
      stopAt: (url) => url.origin === origin && !url.pathname.startsWith('/oidc') && !url.pathname.startsWith('/auth/'),
    });
    return { browser, end, session: await session(browser) };
  }

  test('李文博 signs in with code + PKCE and private_key_jwt, lands on returnTo, and the page gets a short-lived token for the seeded demo-person', async () => {
    const { browser, end, session: s } = await signIn('citizen-liwenbo', '/apply?form=form-scjg-001#apply');
    assert.equal(`${end.url.pathname}${end.url.search}${end.url.hash}`, '/apply?form=form-scjg-001#apply');
    assert.equal(end.response.status, 303);
    const sessionCookie = browser.setCookies.find((c) => c.startsWith('yiwang-session='));
    assert.ok(sessionCookie, 'a session cookie');
    assert.match(sessionCookie!, /; HttpOnly/i);
    assert.match(sessionCookie!, /; SameSite=Lax/i);
    assert.match(sessionCookie!, /; Path=\//i);
    assert.doesNotMatch(sessionCookie!, /; Secure/i, 'not Secure over http (the browser would drop it)');
    assert.ok(!browser.cookies.has('yiwang-login'), 'the login cookie is gone');

    assert.equal(s.status, 200);
    assert.equal(s.headers.get('Cache-Control'), 'no-store');
    assert.equal(s.body.signedIn, true);
    assert.equal(s.body.user.id, 'demo-person');
    assert.equal(s.body.user.name, '李文博');
    const ttl = Date.parse(s.body.expiresAt) - Date.now();
    assert.ok(ttl > 0 && ttl <= 300_000, `a short-lived token (${ttl} ms)`);
    // The provider's tokens never reach the page: the token is the server's own.
    assert.equal(s.body.token.split('.').length, 2);
    const mine = await fetch(`${origin}/api/v1/applications?pageSize=100`, { headers: { Authorization: `Bearer ${s.body.token}` } });
    assert.equal(mine.status, 200);
    assert.ok(((await mine.json()) as { items: unknown[] }).items.length > 0, "the seeded applications are the signed-in user's");
  });

  test('the authorization request carries S256 PKCE, state, nonce and the API resource for the confidential client', async () => {
    const browser = browserAgent();
    const res = await browser.fetch(login('/'));
    assert.equal(res.status, 302);
    const to = new URL(res.headers.get('Location')!);
    assert.equal(`${to.origin}${to.pathname}`, `${origin}/oidc/auth`);
    assert.equal(to.searchParams.get('client_id'), 'yiwang-server');
    assert.equal(to.searchParams.get('redirect_uri'), `${origin}/auth/oidc/callback`);
    assert.equal(to.searchParams.get('code_challenge_method'), 'S256');
    assert.match(to.searchParams.get('code_challenge') ?? '', /^[A-Za-z0-9_-]{43}$/);
    assert.ok(to.searchParams.get('state'));
    assert.ok(to.searchParams.get('nonce'));
    assert.equal(to.searchParams.get('resource'), 'urn:yiwang:api');
    assert.equal(browser.cookies.get('yiwang-login'), to.searchParams.get('state'), 'the browser holds the state it must come back with');
    const metadata = (await (await fetch(`${origin}/oidc/.well-known/openid-configuration`)).json()) as Record<string, string[]>;
    assert.ok(metadata.token_endpoint_auth_methods_supported!.includes('private_key_jwt'));
  });

  test('publishes the public key of private_key_jwt, without its private part', async () => {
    const res = await fetch(`${origin}/auth/oidc/jwks.json`);
    assert.equal(res.status, 200);
    const { keys } = (await res.json()) as { keys: Array<Record<string, unknown>> };
    assert.equal(keys.length, 1);
    assert.equal(keys[0]!.kty, 'EC');
    assert.equal(keys[0]!.alg, 'ES256');
    assert.ok(keys[0]!.kid);
    for (const member of ['d', 'p', 'q', 'dp', 'dq', 'qi', 'k']) assert.equal(keys[0]![member], undefined, member);
  });

  test('an enterprise agent signs in as a new user, the person, not the enterprise', async () => {
    const { session: s } = await signIn('agent-sunlina');
    assert.equal(s.body.signedIn, true);
    assert.notEqual(s.body.user.id, 'demo-enterprise');
    assert.equal(s.body.user.kind, 'person');
    assert.equal(s.body.user.name, '孙丽娜');
    assert.equal(s.body.user.prefill.name, '孙丽娜');
  });

  test('returnTo to another origin is refused before anything starts', async () => {
    for (const evil of ['//evil.example/', 'https://evil.example/', '/\\evil.example', 'javascript:alert(1)']) {
      const browser = browserAgent();
      const res = await browser.fetch(login(evil));
      assert.equal(res.status, 400, evil);
      assert.equal(res.headers.get('Location'), null);
      assert.equal(browser.cookies.size, 0);
    }
  });

  test('a callback without the browser’s state, with another state, or replayed is refused (no login CSRF)', async () => {
    const browser = browserAgent();
    // Stop at the callback, before the server sees it.
    const end = await browser.navigate(login('/'), {
      accountId: 'citizen-liwenbo',
      stopAt: (url) => url.pathname === '/auth/oidc/callback',
    });
    const callback = end.url.href;
    // Another browser (an attacker's page sending the victim there): no login cookie.
    const stranger = await browserAgent().fetch(callback);
    assert.equal(stranger.status, 400);
    // The right browser with a forged state.
    const forged = new URL(callback);
    forged.searchParams.set('state', 'forged');
    const withCookie = browserAgent();
    withCookie.cookies.set('yiwang-login', browser.cookies.get('yiwang-login')!);
    assert.equal((await withCookie.fetch(forged.href)).status, 400);
    // The genuine callback works once…
    const first = await browser.fetch(callback);
    assert.equal(first.status, 303, await first.clone().text());
    assert.equal((await session(browser)).body.signedIn, true);
    // …and not twice (the state is single use, and the login cookie is gone).
    const again = browserAgent();
    again.cookies.set('yiwang-login', new URL(callback).searchParams.get('state')!);
    assert.equal((await again.fetch(callback)).status, 400);
  });

  test('/auth/session: anonymous is 200 signedIn false; cross-site requests are refused', async () => {
    const anonymous = await session(browserAgent());
    assert.deepEqual(anonymous.body, { signedIn: false });
    const { browser } = await signIn('citizen-liwenbo');
    const crossSite = await session(browser, { 'Sec-Fetch-Site': 'cross-site' });
    assert.equal(crossSite.status, 403);
    assert.equal(crossSite.body.token, undefined);
    assert.equal(crossSite.headers.get('Access-Control-Allow-Origin'), null, 'no CORS on the session route');
    const forged = browserAgent();
    forged.cookies.set('yiwang-session', 'not-a-session');
    assert.deepEqual((await session(forged)).body, { signedIn: false });
  });

  test('sign-out ends the session and sends the browser to the provider’s end-session endpoint; a cross-site sign-out is refused', async () => {
    const { browser } = await signIn('citizen-liwenbo');
    const crossSite = await browser.fetch(`${origin}/auth/logout`, { method: 'POST', headers: { Origin: 'https://evil.example' } });
    assert.equal(crossSite.status, 403);
    assert.equal((await session(browser)).body.signedIn, true, 'still signed in');

    const res = await browser.fetch(`${origin}/auth/logout`, { method: 'POST', headers: { Origin: origin, Accept: 'application/json' } });
    assert.equal(res.status, 200);
    const { redirectTo } = (await res.json()) as { redirectTo: string };
    const end = new URL(redirectTo);
    assert.equal(`${end.origin}${end.pathname}`, `${origin}/oidc/session/end`);
    assert.equal(end.searchParams.get('post_logout_redirect_uri'), `${origin}/`);
    assert.ok(end.searchParams.get('id_token_hint'));
    assert.ok(!browser.cookies.has('yiwang-session'), 'the cookie is cleared');
    assert.deepEqual((await session(browser)).body, { signedIn: false });

    // The provider asks to confirm (its page, its own policy); confirming ends its session and returns to the site.
    const confirm = await browser.fetch(redirectTo);
    assert.equal(confirm.status, 200);
    assert.match(confirm.headers.get('Content-Security-Policy') ?? '', /default-src 'none'/);
    const html = await confirm.text();
    const action = /action="([^"]+)"/.exec(html)![1]!;
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(html)![1]!;
    const done = await browser.fetch(new URL(action.replace(/&amp;/g, '&'), origin).href, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ xsrf, logout: 'yes' }).toString(),
    });
    assert.equal(done.status, 303);
    assert.equal(done.headers.get('Location'), `${origin}/`);
    // Signing in again needs the provider's sign-in page once more (its session ended too).
    const again = await browser.navigate(login('/'), { stopAt: (url) => /\/interaction\//.test(url.pathname) || url.pathname === '/' });
    assert.match(again.url.pathname, /\/oidc\/interaction\//);
  });
});
