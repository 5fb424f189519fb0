// The provincial ticket adapter: the browser goes to the platform's login page
// with this server's callback as the service URL; the platform sends it back
// with a ticket; the server exchanges the ticket for the platform's token and
// the token for the user's information (signed server-to-server calls), and
// maps that information to a profile with the same claims mapping as OpenID
// Connect. The platform's token is opaque and stays on the server: the browser
// gets this server's own session token (routes.ts). Node-only: wired from the
// Node entry and the tests, never from the app the browser mock bundles.
import { randomUUID } from 'node:crypto';
import { isValidUscc, normalizeUscc } from '@yiwang/contract';
import { profileFromClaims } from '../claims.ts';
import type { ClaimedProfile, ExternalIdentity, IdentityAdapter } from '../identity.ts';
import { TokenRejected } from '../identity.ts';
import type { TicketCall, TicketConfig } from './config.ts';
import { TicketSignInError } from './errors.ts';
import type { TicketErrorCode } from './errors.ts';
import { hmacSigner } from './signature.ts';
import type { RequestSigner } from './signature.ts';

/**
 * The escape hatch: a deployment's module (`module` in the configuration) may
 * export any of these to do what configuration cannot say.
 */
export interface TicketAdapterModule {
  /** Signs a request's parameters (signature scheme `module`, e.g. SM2 or a platform's own digest). */
  sign?: RequestSigner;
  /** The platform's login URL for a callback URL, when the template cannot build it. */
  loginUrl?: (service: string, config: TicketConfig) => string;
  /** The platform's logout URL for a return URL; null: none. */
  logoutUrl?: (service: string, config: TicketConfig) => string | null;
  /** Turns the user-info record into claims before the mapping (decrypt fields, join nested records, derive codes). */
  userClaims?: (user: Record<string, unknown>, config: TicketConfig) => Record<string, unknown> | Promise<Record<string, unknown>>;
  /** Which failure a platform return code is, when `response.errorCodes` cannot say it. */
  errorCode?: (platformCode: string, body: unknown) => TicketErrorCode | undefined;
}

/** A completed sign-in: the identity, and the platform's token (kept on the server, never sent to the browser). */
export interface TicketSignIn {
  identity: ExternalIdentity;
  platformToken: string;
  /** Seconds the platform's token lasts, when the platform says. */
  platformExpiresIn: number | null;
}

export interface TicketAdapter extends IdentityAdapter {
  readonly config: TicketConfig;
  /** The platform's login page for `service` (this server's callback URL). */
  loginUrl(service: string): string;
  /** The platform's logout page returning to `service`; null when the platform has none. */
  logoutUrl(service: string): string | null;
  /** Exchanges the ticket the platform issued for `service`; throws `TicketSignInError`. */
  signIn(ticket: string, service: string): Promise<TicketSignIn>;
  /** Signs `params` as the platform expects (app id, timestamp, nonce and signature added). */
  signedParams(params: Record<string, string>): Promise<Record<string, string>>;
}

export interface TicketAdapterOptions {
  fetch?: typeof fetch;
  /** Milliseconds since the epoch, for request timestamps (tests share a clock with the simulated platform). */
  now?: () => number;
  module?: TicketAdapterModule;
}

function field(value: unknown, path: string): unknown {
  if (path === '') return value;
  for (const part of path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{([A-Za-z]+)\}/g, (whole, name: string) => (name in values ? encodeURIComponent(values[name]!) : whole));
}

export function createTicketAdapter(config: TicketConfig, options: TicketAdapterOptions = {}): TicketAdapter {
  const fetchImpl = options.fetch ?? fetch;
  const now = options.now ?? Date.now;
  const mod = options.module ?? {};
  const sig = config.signature;
  let sign: RequestSigner;
  if (sig.scheme === 'module') {
    if (!mod.sign) throw new Error('Signature scheme "module" needs an adapter module that exports sign()');
    sign = mod.sign;
  } else {
    sign = hmacSigner(sig.scheme === 'hmac-sm3' ? 'sm3' : 'sha256', { uppercase: sig.uppercase });
  }

  const signedParams = async (params: Record<string, string>) => {
    const ms = now();
    const all: Record<string, string> = {
      ...params,
      [sig.appIdParam]: config.appId,
      [sig.timestampParam]: String(sig.timestampUnit === 's' ? Math.floor(ms / 1000) : ms),
      [sig.nonceParam]: randomUUID().replace(/-/g, ''),
    };
    all[sig.signatureParam] = await sign(all, sig.secret);
    return all;
  };

  /** Which failure a refused answer is: the module's say, then the configured table, then the step's fallback. */
  const failure = (code: string, body: unknown, fallback: TicketErrorCode, step: string) => {
    const message = field(body, config.response.messageField);
    const ours = mod.errorCode?.(code, body) ?? config.response.errorCodes[code] ?? fallback;
    return new TicketSignInError(ours, `${step}: the platform answered ${code} ${typeof message === 'string' ? message : ''}`.trim(), {
      platformCode: code,
    });
  };

  /** One signed call; the answer's JSON when its return code is a success code. */
  const call = async (spec: TicketCall, params: Record<string, string>, fallback: TicketErrorCode, step: string) => {
    const signed = await signedParams({ ...spec.extraParams, ...params });
    const url = new URL(spec.url);
    const init: RequestInit = {
      method: spec.method,
      headers: { Accept: 'application/json' },
      signal: AbortSignal.timeout(config.timeoutMs),
    };
    if (spec.encoding === 'query' || spec.method === 'GET') {
      for (const [k, v] of Object.entries(signed)) url.searchParams.set(k, v);
    } else if (spec.encoding === 'form') {
      init.body = new URLSearchParams(signed);
      init.headers = { ...init.headers, 'Content-Type': 'application/x-www-form-urlencoded' };
    } else {
      init.body = JSON.stringify(signed);
      init.headers = { ...init.headers, 'Content-Type': 'application/json' };
    }
    let res: Response;
    try {
      res = await fetchImpl(url, init);
    } catch (cause) {
      throw new TicketSignInError('PLATFORM_UNAVAILABLE', `${step}: ${url.origin} cannot be reached`, { cause });
    }
    let body: unknown;
    try {
      body = await res.json();
    } catch (cause) {
      throw new TicketSignInError(
        res.status >= 500 ? 'PLATFORM_UNAVAILABLE' : 'PLATFORM_ERROR',
        `${step}: the platform answered HTTP ${res.status} without JSON`,
        { cause },
      );
    }
    const rawCode = field(body, config.response.codeField);
    const code = rawCode === undefined || rawCode === null ? '' : String(rawCode);
    if (!config.response.successCodes.includes(code)) throw failure(code, body, fallback, step);
    return body;
  };

  const adapter: TicketAdapter = {
    name: `ticket:${config.issuer}`,
    config,
    // The platform's token never reaches the browser, so no bearer token is one of this adapter's.
    accepts: () => false,
    verify: () => Promise.reject(new TokenRejected('TOKEN_MALFORMED', 'The ticket adapter verifies no bearer tokens')),
    signedParams,

    loginUrl(service) {
      return mod.loginUrl ? mod.loginUrl(service, config) : fill(config.loginUrl, { service, appId: config.appId });
    },

    logoutUrl(service) {
      if (mod.logoutUrl) return mod.logoutUrl(service, config);
      return config.logoutUrl ? fill(config.logoutUrl, { service, appId: config.appId }) : null;
    },

    async signIn(ticket, service) {
      const exchangeParams: Record<string, string> = { [config.exchange.param]: ticket };
      if (config.serviceParam) exchangeParams[config.serviceParam] = service;
      const exchanged = await call(config.exchange, exchangeParams, 'PLATFORM_ERROR', 'ticket exchange');
      const token = field(exchanged, config.response.tokenField);
      if (typeof token !== 'string' || !token)
        throw new TicketSignInError('PLATFORM_ERROR', `ticket exchange: no token at ${config.response.tokenField}`);
      const expiresIn = Number(field(exchanged, config.response.expiresInField));

      const info = await call(config.userInfo, { [config.userInfo.param]: token }, 'USER_INFO_FAILED', 'user info');
      const record = field(info, config.response.userField);
      if (typeof record !== 'object' || record === null || Array.isArray(record))
        throw new TicketSignInError('USER_INFO_FAILED', `user info: no user record at ${JSON.stringify(config.response.userField)}`);
      const claims = mod.userClaims ? await mod.userClaims(record as Record<string, unknown>, config) : (record as Record<string, unknown>);

      const subject = field(claims, config.response.subjectField);
      if ((typeof subject !== 'string' && typeof subject !== 'number') || String(subject) === '')
        throw new TicketSignInError('ACCOUNT_UNREADABLE', `user info: no account id at ${config.response.subjectField}`);
      let profile: ClaimedProfile;
      try {
        profile = profileFromClaims(claims, config.claims);
      } catch (error) {
        if (error instanceof TokenRejected) throw new TicketSignInError('ACCOUNT_UNREADABLE', error.message, { cause: error });
        throw error;
      }
      if (profile.enterprise && !isValidUscc(normalizeUscc(profile.enterprise.uscc)))
        throw new TicketSignInError('ACCOUNT_UNREADABLE', 'user info: the enterprise’s 统一社会信用代码 does not validate');
      if (profile.realNameLevel !== null) profile.realNameLevel = config.realNameLevels[profile.realNameLevel] ?? profile.realNameLevel;

      const nowSeconds = Math.floor(now() / 1000);
      const lifetime = Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn : null;
      return {
        platformToken: token,
        platformExpiresIn: lifetime,
        identity: {
          issuer: config.issuer,
          subject: String(subject),
          profile,
          // Without a lifetime from the platform, the identity holds for the sign-in itself.
          expiresAt: nowSeconds + (lifetime ?? 0),
        },
      };
    },
  };
  return adapter;
}
