// The browser's side of a ticket sign-in, mounted beside the API (not in the
// contract: these are page navigations, not JSON endpoints):
//   GET {base}/login?returnTo=…     → the platform's login page, this server's callback as its service URL
//   GET {base}/callback?state=…&ticket=… → ticket → token → user info; the user created or updated from the
//                                       claims; back to returnTo with this server's session token in the fragment
//   GET {base}/logout?returnTo=…    → the platform's logout page, back to returnTo
// returnTo must be on this server or on a configured origin (no open redirect).
// A cookie binds the callback to the browser that started the sign-in (state),
// so a ticket cannot be planted into someone else's browser.
import { randomBytes } from 'node:crypto';
import { Hono } from 'hono';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Services } from '../../services.ts';
import { safeEqual } from '../../http/auth.ts';
import { userForIdentity } from '../users.ts';
import type { TicketAdapter } from './adapter.ts';
import { TICKET_ERRORS, TicketSignInError } from './errors.ts';
import type { TicketErrorCode } from './errors.ts';

export const TICKET_BASE_PATH = '/auth/ticket';
const STATE_COOKIE = 'yw_ticket_state';
/** How long a started sign-in may take at the platform, seconds. */
const STATE_TTL_SECONDS = 600;

/**
 * The absolute URL `raw` names when it is an acceptable place to return to:
 * a path on this server (`/`, not `//` or `/\`), or an http(s) URL on this
 * server's origin or one of `allowedOrigins`, without credentials. Absent: this
 * server's home page. Null: refused.
 */
export function checkReturnTo(raw: string | undefined | null, origin: string, allowedOrigins: readonly string[]): string | null {
  if (raw === undefined || raw === null || raw === '') return `${origin}/`;
  // Control characters and backslashes are how `/\evil.example` and `java\tscript:` slip past naive checks.
  if (raw.length > 2048 || /[\u0000-\u001f\u007f\\]/.test(raw)) return null;
  let url: URL;
  try {
    if (raw.startsWith('/')) {
      if (raw.startsWith('//')) return null;
      url = new URL(raw, origin);
    } else {
      url = new URL(raw);
    }
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password) return null;
  if (url.origin !== origin && !allowedOrigins.includes(url.origin)) return null;
  url.hash = '';
  return url.href;
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

/** The page a failed sign-in shows: the reason in Chinese and English, and a way to try again. */
function errorPage(c: Context, code: TicketErrorCode, retry: string | null) {
  const { status, message } = TICKET_ERRORS[code];
  const again = retry
    ? `\n<p><a href="${escapeHtml(retry)}">重新登录</a> · <a href="${escapeHtml(retry)}" lang="en">Sign in again</a></p>`
    : '';
  const html = `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>登录失败 · Sign-in failed</title></head>
<body>
<main data-error-code="${code}">
<h1>登录失败 <span lang="en">Sign-in failed</span></h1>
<p>${escapeHtml(message.zh)}</p>
<p lang="en">${escapeHtml(message.en)}</p>
<p><small>错误代码 <span lang="en">Error code</span>: <code>${code}</code></small></p>${again}
</main>
</body>
</html>
`;
  c.header('Cache-Control', 'no-store');
  return c.html(html, status);
}

export interface TicketRoutesOptions {
  /** Where the routes are mounted (default `/auth/ticket`): the callback URL the platform returns to is `{origin}{basePath}/callback`. */
  basePath?: string;
}

/** The login, callback and logout routes of a ticket adapter, issuing the server's own session tokens. */
export function ticketRoutes(adapter: TicketAdapter, services: Services, options: TicketRoutesOptions = {}): Hono {
  const base = options.basePath ?? TICKET_BASE_PATH;
  const { config } = adapter;
  const app = new Hono();
  const originOf = (c: Context) => config.publicOrigin ?? new URL(c.req.url).origin;
  const returnTo = (c: Context, raw: string | undefined | null) => checkReturnTo(raw, originOf(c), config.returnToOrigins);
  const callbackUrl = (c: Context, state: string) => `${originOf(c)}${base}/callback?state=${state}`;
  const secure = (c: Context) => originOf(c).startsWith('https:');

  app.get('/login', (c) => {
    const target = returnTo(c, c.req.query('returnTo'));
    if (!target) return errorPage(c, 'RETURN_TO_INVALID', null);
    const state = randomBytes(24).toString('base64url');
    setCookie(c, STATE_COOKIE, `${state}.${Buffer.from(target).toString('base64url')}`, {
      path: base,
      httpOnly: true,
      secure: secure(c),
      // Lax: the platform's redirect back is a top-level GET navigation, which carries it.
      sameSite: 'Lax',
      maxAge: STATE_TTL_SECONDS,
    });
    c.header('Cache-Control', 'no-store');
    return c.redirect(adapter.loginUrl(callbackUrl(c, state)), 302);
  });

  app.get('/callback', async (c) => {
    const cookie = getCookie(c, STATE_COOKIE) ?? '';
    deleteCookie(c, STATE_COOKIE, { path: base, secure: secure(c) });
    const [state = '', encoded = ''] = cookie.split('.');
    const target = returnTo(c, encoded ? Buffer.from(encoded, 'base64url').toString('utf8') : null);
    const retry = target ? `${base}/login?returnTo=${encodeURIComponent(target)}` : null;
    const given = c.req.query('state') ?? '';
    if (!state || !safeEqual(state, given)) return errorPage(c, 'STATE_MISMATCH', retry);
    if (!target) return errorPage(c, 'RETURN_TO_INVALID', null);
    const ticket = c.req.query(config.ticketParam);
    if (!ticket) return errorPage(c, 'TICKET_MISSING', retry);
    try {
      const { identity, platformExpiresIn } = await adapter.signIn(ticket, callbackUrl(c, state));
      const now = await services.clock.now();
      const userId = await userForIdentity(services.db, identity, services.hashIdNumber, now, services.config);
      const nowSeconds = Math.floor(now.getTime() / 1000);
      // The session lasts the server's token lifetime, and no longer than the platform's token when it says how long that is.
      const ttl = Math.min(services.config.tokenTtlSeconds, platformExpiresIn ?? Infinity);
      const exp = nowSeconds + ttl;
      const token = await services.signer.sign({ sub: userId, exp });
      // The fragment never reaches a server (nor its logs or Referer): the site's script reads it and keeps the token in memory.
      const fragment = new URLSearchParams({ access_token: token, token_type: 'Bearer', expires_at: new Date(exp * 1000).toISOString() });
      c.header('Cache-Control', 'no-store');
      return c.redirect(`${target}#${fragment}`, 303);
    } catch (error) {
      if (!(error instanceof TicketSignInError)) throw error;
      if (error.status !== 400) console.warn(`ticket sign-in at ${config.issuer} failed: ${error.message}`);
      return errorPage(c, error.code, retry);
    }
  });

  app.get('/logout', (c) => {
    const target = returnTo(c, c.req.query('returnTo'));
    if (!target) return errorPage(c, 'RETURN_TO_INVALID', null);
    c.header('Cache-Control', 'no-store');
    // The server's session tokens are stateless: the site drops its copy; the platform ends its own session.
    return c.redirect(adapter.logoutUrl(target) ?? target, 302);
  });

  return app;
}
