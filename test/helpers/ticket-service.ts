// The simulated provincial ticket service (packages/server/src/identity/ticket/
// dev-service.ts) on its own port, and a browser for ticket sign-ins: it
// follows the site's /auth/ticket/login to the platform's login page, "clicks"
// a demo account as a browser would (cookies carried per path, redirects
// followed by hand so each hop can be inspected), and comes back to the site's
// callback.
import assert from 'node:assert/strict';
import { Hono } from 'hono';
import { createDevTicketService } from '../../packages/server/src/identity/ticket/dev-service.ts';
import type { DevTicketService, DevTicketServiceOptions } from '../../packages/server/src/identity/ticket/dev-service.ts';
import { serveApp } from './serve.ts';

export interface TestTicketService {
  readonly service: DevTicketService;
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  close(): Promise<void>;
}

/** Starts the simulated ticket service on 127.0.0.1, mounted at its base path. */
export async function startTicketService(options: DevTicketServiceOptions = {}): Promise<TestTicketService> {
  const service = createDevTicketService(options);
  const outer = new Hono().route(service.basePath, service.app);
  const { origin, close } = await serveApp(outer.fetch);
  return { service, origin, close };
}

interface Cookie {
  value: string;
  path: string;
}

/** A browser's cookies and navigations (cookies are per host, not per port, as in browsers). */
export class TestBrowser {
  private readonly cookies = new Map<string, Map<string, Cookie>>();

  async go(url: string, init: RequestInit = {}): Promise<Response> {
    const target = new URL(url);
    const jar = this.cookies.get(target.hostname) ?? new Map<string, Cookie>();
    this.cookies.set(target.hostname, jar);
    const send = [...jar].filter(([, c]) => target.pathname === c.path || target.pathname.startsWith(c.path.replace(/\/?$/, '/')));
    const headers = new Headers(init.headers);
    if (send.length) headers.set('Cookie', send.map(([k, c]) => `${k}=${c.value}`).join('; '));
    const res = await fetch(target, { ...init, headers, redirect: 'manual' });
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';').map((s) => s.trim());
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq);
      const path = attributes.find((a) => /^path=/i.test(a))?.slice(5) ?? '/';
      const maxAge = attributes.find((a) => /^max-age=/i.test(a));
      if (maxAge && Number(maxAge.slice(8)) <= 0) jar.delete(name);
      else jar.set(name, { value: pair!.slice(eq + 1), path });
    }
    return res;
  }

  /** The `Location` of a redirect, absolute. */
  static location(res: Response, base: string): string {
    const to = res.headers.get('Location');
    assert.ok(to, `a redirect (status ${res.status})`);
    return new URL(to, base).href;
  }
}

/** Where a ticket sign-in stopped: the callback URL with the ticket, not yet visited. */
export interface TicketAtCallback {
  browser: TestBrowser;
  callbackUrl: string;
}

/**
 * Starts a sign-in at `siteOrigin` and signs `accountId` in at the platform;
 * stops before the callback (the ticket in hand). With `browser` already
 * signed in at the platform, the platform answers at once (single sign-on) and
 * `accountId` is not asked for.
 */
export async function ticketUpToCallback(
  siteOrigin: string,
  accountId: string | null,
  options: { returnTo?: string; browser?: TestBrowser } = {},
): Promise<TicketAtCallback> {
  const browser = options.browser ?? new TestBrowser();
  const login = `${siteOrigin}/auth/ticket/login${options.returnTo === undefined ? '' : `?returnTo=${encodeURIComponent(options.returnTo)}`}`;
  const start = await browser.go(login);
  assert.equal(start.status, 302, await start.clone().text());
  const platformLogin = TestBrowser.location(start, siteOrigin);
  const page = await browser.go(platformLogin);
  if (page.status === 302) return { browser, callbackUrl: TestBrowser.location(page, platformLogin) };
  assert.equal(page.status, 200, 'the platform shows its login page');
  assert.ok(accountId, 'an account to choose on the login page');
  const html = await page.text();
  assert.ok(html.includes(`value="${accountId}"`), `the login page offers ${accountId}`);
  const hidden = (name: string) => {
    const m = new RegExp(`name="${name}" value="([^"]*)"`).exec(html);
    assert.ok(m, `the login form carries ${name}`);
    return m[1]!.replace(/&amp;/g, '&').replace(/&quot;/g, '"');
  };
  const action = new URL(/action="([^"]+)"/.exec(html)![1]!, platformLogin).href;
  const chosen = await browser.go(action, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ appId: hidden('appId'), service: hidden('service'), account: accountId }).toString(),
  });
  assert.equal(chosen.status, 302, await chosen.clone().text());
  return { browser, callbackUrl: TestBrowser.location(chosen, action) };
}

/** The outcome of the site's callback: the session token from the redirect's fragment, or the error page's code. */
export async function finishAtCallback(
  at: TicketAtCallback,
): Promise<{ ok: true; token: string; expiresAt: string; location: string } | { ok: false; status: number; code: string; html: string }> {
  const res = await at.browser.go(at.callbackUrl);
  if (res.status === 303) {
    const location = TestBrowser.location(res, at.callbackUrl);
    const fragment = new URLSearchParams(new URL(location).hash.slice(1));
    assert.equal(fragment.get('token_type'), 'Bearer');
    return { ok: true, token: fragment.get('access_token')!, expiresAt: fragment.get('expires_at')!, location };
  }
  const html = await res.text();
  const code = /data-error-code="([A-Z_]+)"/.exec(html)?.[1];
  assert.ok(code, `an error page with a code (status ${res.status}): ${html}`);
  return { ok: false, status: res.status, code, html };
}
