// The development identity provider (packages/server/src/identity/dev-provider)
// in-process on 127.0.0.1 for tests, and a real sign-in against it: an
// authorization-code + PKCE flow driven with openid-client, whose sign-in page
// this client "clicks" as a browser would (cookies carried, redirects followed).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import * as client from 'openid-client';
import { createDevProvider } from '../../packages/server/src/identity/dev-provider/provider.ts';
import { DEV_ACCOUNTS } from '../../packages/server/src/identity/dev-provider/accounts.ts';
import type { DevAccount } from '../../packages/server/src/identity/dev-provider/accounts.ts';
import type { DevProvider, DevProviderOptions } from '../../packages/server/src/identity/dev-provider/provider.ts';

/** The seeded enterprise's legal representative (赵志刚), signing in as its 法人: the seeded enterprise user holds their number. */
export const LEGAL_REPRESENTATIVE: DevAccount = DEV_ACCOUNTS.find((a) => a.id === 'agent-zhaozhigang')!;

/** The API's audience in tests (the resource indicator tokens are requested for). */
export const TEST_AUDIENCE = 'urn:yiwang:api';
/** Another resource server the provider issues tokens for: a token for it is not one for the API. */
export const OTHER_AUDIENCE = 'urn:yiwang:other-api';
const CLIENT_ID = 'yiwang-test';

/**
 * A citizen the seed does not know (the demo accounts' 李文博 is the seeded
 * demo-person): their first sign-in creates a user. Fictitious; the number is
 * synthetic but passes the GB 11643 check.
 */
export const NEW_CITIZEN: DevAccount = {
  id: 'citizen-zhouxin',
  label: '周欣（个人，实名 L3）',
  claims: {
    user_kind: 'person',
    name: '周欣',
    id_number: '410702199411203012',
    phone_number: '13903730517',
    real_name_level: 'L3',
  },
};
const REDIRECT_URI = 'http://127.0.0.1/callback';

export interface TestIdentityProvider {
  readonly issuer: string;
  readonly provider: DevProvider;
  /** Signs `accountId` in through the sign-in page; the access token for `resource` (default: the API). */
  signIn(accountId: string, options?: { resource?: string }): Promise<string>;
  close(): Promise<void>;
}

export async function startIdentityProvider(
  options: Partial<Pick<DevProviderOptions, 'keys' | 'accessTokenTtlSeconds'>> & {
    /** More accounts beside the development ones and the two above. */
    extraAccounts?: DevAccount[];
  } = {},
): Promise<TestIdentityProvider> {
  const { extraAccounts = [], ...providerOptions } = options;
  // The provider needs the issuer URL, which needs the port: the server answers 404 until it is set.
  const mounted: { provider?: DevProvider } = {};
  const server = createServer((req, res) => {
    const { provider } = mounted;
    if (provider && req.url?.startsWith(`${provider.mountPath}/`)) provider.handle(req, res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}/oidc`;
  const running = (mounted.provider = createDevProvider({
    issuer,
    audience: TEST_AUDIENCE,
    otherResources: [OTHER_AUDIENCE],
    clients: [
      {
        client_id: CLIENT_ID,
        client_name: '一网 测试',
        token_endpoint_auth_method: 'none',
        redirect_uris: [REDIRECT_URI],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    accounts: [...DEV_ACCOUNTS, NEW_CITIZEN, ...extraAccounts],
    ...providerOptions,
  }));

  const signIn = (accountId: string, { resource = TEST_AUDIENCE } = {}) =>
    signInThroughProvider({ issuer, clientId: CLIENT_ID, redirectUri: REDIRECT_URI, accountId, resource });

  return {
    issuer,
    provider: running,
    signIn,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface UsedIdentityProvider extends TestIdentityProvider {
  /** Starts the provider (once); `useServerApi(async () => …)` awaits it for the issuer URL. */
  start(): Promise<TestIdentityProvider>;
}

/**
 * Signs `accountId` in at the development provider of `issuer` as the public client
 * `clientId` would, with authorization code + PKCE: the authorization request,
 * the provider's sign-in page (the account's button "clicked"), the redirect back
 * to `redirectUri` (never fetched), and the code exchanged for the access token
 * for `resource`.
 */
export async function signInThroughProvider(options: {
  issuer: string;
  clientId: string;
  redirectUri: string;
  accountId: string;
  resource: string;
}): Promise<string> {
  const { issuer, clientId: CLIENT_ID, redirectUri: REDIRECT_URI, accountId, resource } = options;
  const config = await client.discovery(new URL(issuer), CLIENT_ID, { redirect_uris: [REDIRECT_URI] }, client.None(), {
    execute: [client.allowInsecureRequests],
  });
  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const authorize = client.buildAuthorizationUrl(config, {
    redirect_uri: REDIRECT_URI,
    scope: 'openid profile',
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
    resource,
  });
  const cookies = new Map<string, string>();
  const go = async (url: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    if (cookies.size) headers.set('Cookie', [...cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    const res = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const eq = pair!.indexOf('=');
      cookies.set(pair!.slice(0, eq), pair!.slice(eq + 1));
    }
    return res;
  };
  let res = await go(authorize.href);
  let location = res.headers.get('Location');
  // Back at the client: the redirect URI itself (a site's redirect URI may be its home page, below which the provider lives).
  const atClient = (to: string) => {
    const url = new URL(to, issuer);
    return `${url.origin}${url.pathname}` === new URL(REDIRECT_URI).href;
  };
  for (let hops = 0; location && !atClient(location); hops++) {
    assert.ok(hops < 10, 'the sign-in ends at the redirect URI');
    const url = new URL(location, issuer).href;
    if (/\/interaction\/[^/]+$/.test(new URL(url).pathname)) {
      const page = await go(url);
      assert.equal(page.status, 200);
      const html = await page.text();
      assert.ok(html.includes(`value="${accountId}"`), `the sign-in page offers ${accountId}`);
      res = await go(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ account: accountId }).toString(),
      });
    } else {
      res = await go(url);
    }
    location = res.headers.get('Location');
  }
  assert.ok(location, `the provider redirects back (last status ${res.status}: ${await res.text()})`);
  const tokens = await client.authorizationCodeGrant(
    config,
    new URL(location),
    { pkceCodeVerifier: verifier, expectedState: state },
    { resource },
  );
  return tokens.access_token;
}

/** A provider for the test file: started by the first `start()` (or the file's `before` hook), closed after the tests. */
export function useIdentityProvider(options: Parameters<typeof startIdentityProvider>[0] = {}): UsedIdentityProvider {
  let idp: TestIdentityProvider | undefined;
  let starting: Promise<TestIdentityProvider> | undefined;
  const start = () =>
    (starting ??= startIdentityProvider(options).then((started) => {
      idp = started;
      return started;
    }));
  before(start);
  after(async () => {
    await (await starting)?.close();
  });
  const running = () => {
    assert.ok(idp, 'the identity provider has started');
    return idp;
  };
  return {
    start,
    get issuer() {
      return running().issuer;
    },
    get provider() {
      return running().provider;
    },
    signIn: (accountId, opts) => running().signIn(accountId, opts),
    close: () => running().close(),
  };
}

/** A cookie-keeping client that follows redirects as a browser does (one host's cookies; Max-Age=0 deletes). */
export interface BrowserAgent {
  readonly cookies: Map<string, string>;
  /** Every Set-Cookie header seen, raw. */
  readonly setCookies: string[];
  /** One request, redirects not followed. */
  fetch(url: string, init?: RequestInit): Promise<Response>;
  /**
   * Goes to `url` and follows redirects; on the development provider's sign-in
   * page it chooses `accountId`. Ends at the first answer that is not a redirect,
   * or at the first redirect to a URL `stopAt` accepts (not fetched).
   */
  navigate(url: string, options?: { accountId?: string; stopAt?: (url: URL) => boolean }): Promise<{ response: Response; url: URL }>;
}

export function browserAgent(): BrowserAgent {
  const cookies = new Map<string, string>();
  const setCookies: string[] = [];
  const agentFetch = async (url: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    if (cookies.size) headers.set('Cookie', [...cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    const res = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const c of res.headers.getSetCookie()) {
      setCookies.push(c);
      const [pair] = c.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq);
      const value = pair!.slice(eq + 1);
      if (!value || /;\s*max-age=0\b/i.test(c)) cookies.delete(name);
      else cookies.set(name, value);
    }
    return res;
  };
  return {
    cookies,
    setCookies,
    fetch: agentFetch,
    async navigate(start, { accountId, stopAt } = {}) {
      let url = new URL(start);
      let response = await agentFetch(url.href);
      for (let hops = 0; response.status >= 300 && response.status < 400; hops++) {
        assert.ok(hops < 12, `too many redirects from ${start}`);
        url = new URL(response.headers.get('Location')!, url);
        if (stopAt?.(url)) return { response, url };
        if (/\/interaction\/[^/]+$/.test(url.pathname) && accountId) {
          const page = await agentFetch(url.href);
          assert.equal(page.status, 200, 'the sign-in page');
          assert.ok((await page.text()).includes(`value="${accountId}"`), `the sign-in page offers ${accountId}`);
          response = await agentFetch(url.href, {
            method: 'POST',
            headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
            body: new URLSearchParams({ account: accountId }).toString(),
          });
        } else {
          response = await agentFetch(url.href);
        }
      }
      return { response, url };
    },
  };
}
