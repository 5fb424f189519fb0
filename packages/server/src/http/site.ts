// What the Node site does for every response, the API's, static files', errors'
// and the sign-in pages' alike: a request id (a trusted proxy's X-Request-Id, or
// a new one) sent back in X-Request-Id, the security headers (HSTS only when the
// request came over TLS), and one log line per request.
import type { MiddlewareHandler } from 'hono';
import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';
import type { Logger } from './log.ts';
import type { ProxyTrust } from './proxy.ts';

/** A request id a proxy may hand in: a UUID, a trace id or the like, nothing that could break a log line. */
const REQUEST_ID = /^[A-Za-z0-9._:@/+=-]{1,128}$/;

/** Paths polled by load balancers and orchestrators: logged at debug only. */
const PROBES = new Set(['/healthz', '/readyz']);

export const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=()';
/** One year; sent only on responses to https requests (a browser ignores it over http anyway). */
export const HSTS = 'max-age=31536000';

export type SiteEnv = { Variables: { requestId: string } };

/** The socket behind a request, from @hono/node-server's env; undefined for a fetch handler called without one. */
export function incomingOf(env: unknown): IncomingMessage | undefined {
  return (env as { incoming?: IncomingMessage } | undefined)?.incoming;
}

export function siteMiddleware(options: { log: Logger; trust: ProxyTrust }): MiddlewareHandler<SiteEnv> {
  const { log, trust } = options;
  return async (c, next) => {
    const started = performance.now();
    const incoming = incomingOf(c.env);
    const trusted = trust.trusts(incoming?.socket.remoteAddress);
    const given = trusted ? c.req.header('X-Request-Id')?.trim() : undefined;
    const requestId = given && REQUEST_ID.test(given) ? given : crypto.randomUUID();
    c.set('requestId', requestId);
    const forwardedProto = trusted ? c.req.header('X-Forwarded-Proto')?.split(',')[0]?.trim().toLowerCase() : undefined;
    const secure = (incoming?.socket as TLSSocket | undefined)?.encrypted === true || forwardedProto === 'https';
    try {
      await next();
    } finally {
      c.header('X-Request-Id', requestId);
      c.header('X-Content-Type-Options', 'nosniff');
      if (!c.res.headers.has('Referrer-Policy')) c.header('Referrer-Policy', 'no-referrer');
      c.header('Permissions-Policy', PERMISSIONS_POLICY);
      if (secure) c.header('Strict-Transport-Security', HSTS);
      const fields = {
        requestId,
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        durationMs: Math.round((performance.now() - started) * 10) / 10,
      };
      if (PROBES.has(c.req.path)) log.debug('request', fields);
      else log.info('request', fields);
    }
  };
}
