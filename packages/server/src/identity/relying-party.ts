// The server as the identity provider's relying party, for sites that let it
// run the sign-in (the demo site does). Node only: mounted by node.ts beside the
// API, never part of the app the browser mock runs.
//
//   GET  /auth/oidc/login?returnTo=/path   → the provider (authorization code + PKCE, state, nonce)
//   GET  /auth/oidc/callback               → code exchanged with private_key_jwt, session cookie set, → returnTo
//   GET  /auth/session                     → { signedIn, token, expiresAt, user } for the page's getToken()
//   POST /auth/logout                      → session ended; the provider's end-session URL when it has one
//   GET  /auth/oidc/jwks.json              → the public key of private_key_jwt, for the provider to register
//
// The page never sees the provider's tokens. The browser holds an HttpOnly,
// SameSite=Lax session cookie (Secure and `__Host-` prefixed over https) whose
// value is random and stored only as a hash; the page asks `GET /auth/session`
// for a short-lived API token, keeps it in memory and asks again when it
// expires or the API refuses it. That route answers only same-origin requests
// (Sec-Fetch-Site; no CORS headers, so other origins cannot read it), and
// logout refuses a cross-site POST (Origin), so another site can neither read
// a token nor sign the applicant out. `returnTo` is a path of the site, or a URL
// of an origin in `returnOrigins`: never an open redirect.
import { Hono } from 'hono';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { exportJWK, generateKeyPair, importJWK } from 'jose';
import type { JWK } from 'jose';
import * as oidcClient from 'openid-client';
import { toIso } from '../domain/time.ts';
import { sha256Hex } from '../http/auth.ts';
import { toProfile } from '../accounts/profile.ts';
import { findUser } from '../accounts/store.ts';
import type { Services } from '../services.ts';
import { profileFromClaims } from './claims.ts';
import type { ExternalIdentity } from './identity.ts';
import { TokenRejected } from './identity.ts';
import type { OidcConfig, RelyingPartyConfig } from './oidc-config.ts';
import { deleteSession, findSession, insertLogin, insertSession, takeLogin } from './session-store.ts';
import { userForIdentity } from './users.ts';

/** How long a sign-in may take at the provider, seconds. */
const LOGIN_TTL_SECONDS = 600;
/** Members of a JWK that belong to the private key only. */
const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'];

/** A fresh ES256 client key as a private JWK (the development provider's client; a deployment configures its own). */
export async function generateClientKey(): Promise<JWK> {
  const { privateKey } = await generateKeyPair('ES256', { extractable: true });
  return { ...(await exportJWK(privateKey)), kid: crypto.randomUUID(), alg: 'ES256', use: 'sig' };
}

/** The public half of a private JWK. */
export function publicJwk(key: Record<string, unknown>): JWK {
  const pub: Record<string, unknown> = { ...key };
  for (const member of PRIVATE_MEMBERS) delete pub[member];
  return pub as JWK;
}

const randomToken = () => Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('base64url');

/**
 * Where `returnTo` leads, or null when it may not: a path of the site (`/`,
 * `/apply?x=1#form`), or an absolute URL whose origin is the site's or one of
 * `allowed`. Protocol-relative (`//evil.example`), backslash and scheme tricks
 * resolve to another origin and are refused.
 */
export function safeReturnTo(returnTo: string | undefined, siteOrigin: string, allowed: string[]): string | null {
  if (!returnTo) return '/';
  if (/[\u0000-\u001f\\]/.test(returnTo)) return null;
  let url: URL;
  try {
    url = new URL(returnTo, `${siteOrigin}/`);
  } catch {
    return null;
  }
  if (url.origin === siteOrigin) {
    // Relative in what it says too: only a path, never a URL that happens to resolve here.
    return `${url.pathname}${url.search}${url.hash}`;
  }
  return allowed.includes(url.origin) && (url.protocol === 'https:' || url.protocol === 'http:') ? url.href : null;
}

export interface RelyingParty {
  /** The routes, to mount at the site's root. */
  readonly routes: Hono;
  /** The client's public key set (what `/auth/oidc/jwks.json` serves). */
  readonly jwks: { keys: JWK[] };
}

/** The relying party of the issuer `oidc` as the client `rp`, over the server's services. */
export async function createRelyingParty(services: Services, oidc: OidcConfig, rp: RelyingPartyConfig): Promise<RelyingParty> {
  const alg = typeof rp.clientKey.alg === 'string' ? rp.clientKey.alg : 'ES256';
  const privateKey = await importJWK(rp.clientKey as JWK, alg);
  if (privateKey instanceof Uint8Array) throw new Error('The client key of private_key_jwt must be an asymmetric private key');
  const jwks = { keys: [{ ...publicJwk(rp.clientKey), alg, use: 'sig' }] };
  const kid = typeof rp.clientKey.kid === 'string' ? rp.clientKey.kid : undefined;
  const issuerUrl = new URL(oidc.issuer);

  let discovered: Promise<oidcClient.Configuration> | null = null;
  const configuration = () => {
    discovered ??= oidcClient.discovery(
      issuerUrl,
      rp.clientId,
      { token_endpoint_auth_signing_alg: alg },
      oidcClient.PrivateKeyJwt({ key: privateKey, ...(kid ? { kid } : {}) }),
      // http only for a provider on this machine (the development provider); real issuers are https.
      issuerUrl.protocol === 'http:' ? { execute: [oidcClient.allowInsecureRequests] } : {},
    );
    // A failed discovery is tried again by the next sign-in rather than cached.
    discovered.catch(() => (discovered = null));
    return discovered;
  };

  const siteOrigin = (c: Context) => rp.publicOrigin ?? new URL(c.req.url).origin;
  const secure = (c: Context) => siteOrigin(c).startsWith('https:');
  // `__Host-`: the browser keeps it only if Secure, host-only and Path=/ (no subdomain can set or read it).
  const cookieName = (c: Context, base: string) => (secure(c) ? `__Host-${base}` : base);
  const cookieOptions = (c: Context, maxAge: number) =>
    ({ httpOnly: true, secure: secure(c), sameSite: 'Lax', path: '/', maxAge }) as const;
  const redirectUri = (c: Context) => `${siteOrigin(c)}/auth/oidc/callback`;
  const plain = (c: Context, status: 400 | 403 | 502, zh: string, en: string) => {
    c.header('Cache-Control', 'no-store');
    return c.text(`${zh}\n${en}\n`, status);
  };

  /** The identity the tokens of a sign-in vouch for. */
  async function identityOf(
    config: oidcClient.Configuration,
    tokens: oidcClient.TokenEndpointResponse & oidcClient.TokenEndpointResponseHelpers,
    now: Date,
  ): Promise<ExternalIdentity> {
    // The access token for the API (its audience is this server): the claims the API itself reads.
    if (services.identity?.accepts(tokens.access_token)) {
      try {
        return await services.identity.verify(tokens.access_token, now);
      } catch (error) {
        if (!(error instanceof TokenRejected)) throw error;
      }
    }
    // Otherwise (an opaque access token, or one for the userinfo endpoint): the ID token's and userinfo's claims.
    const idClaims = tokens.claims();
    if (!idClaims) throw new Error('The provider returned no ID token');
    let claims: Record<string, unknown> = { ...idClaims };
    if (config.serverMetadata().userinfo_endpoint) {
      const info = await oidcClient.fetchUserInfo(config, tokens.access_token, idClaims.sub);
      claims = { ...claims, ...info };
    }
    return { issuer: idClaims.iss, subject: idClaims.sub, expiresAt: idClaims.exp, profile: profileFromClaims(claims, oidc.claims) };
  }

  const routes = new Hono();

  routes.get('/auth/oidc/jwks.json', (c) => {
    c.header('Cache-Control', 'public, max-age=300');
    return c.json(jwks);
  });

  routes.get('/auth/oidc/login', async (c) => {
    const returnTo = safeReturnTo(c.req.query('returnTo'), siteOrigin(c), rp.returnOrigins);
    if (!returnTo) return plain(c, 400, '返回地址不被允许。', 'The return address is not allowed.');
    let config: oidcClient.Configuration;
    try {
      config = await configuration();
    } catch (error) {
      console.error('identity provider discovery failed:', error);
      return plain(
        c,
        502,
        '统一身份认证平台暂时无法访问，请稍后再试。',
        'The identity provider cannot be reached; please try again later.',
      );
    }
    const now = await services.clock.now();
    const state = oidcClient.randomState();
    const nonce = oidcClient.randomNonce();
    const codeVerifier = oidcClient.randomPKCECodeVerifier();
    await insertLogin(
      services.db,
      await sha256Hex(state),
      { nonce, codeVerifier, returnTo },
      new Date(now.getTime() + LOGIN_TTL_SECONDS * 1000),
      now,
    );
    // Binds the sign-in to this browser: the callback's state must be the one it holds (no login CSRF).
    setCookie(c, cookieName(c, 'yiwang-login'), state, cookieOptions(c, LOGIN_TTL_SECONDS));
    const url = oidcClient.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri(c),
      scope: rp.scope,
      code_challenge: await oidcClient.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
      // RFC 8707: an access token for this API (the provider may ignore it; then the ID token's claims are used).
      resource: oidc.audience,
    });
    c.header('Cache-Control', 'no-store');
    return c.redirect(url.href, 302);
  });

  routes.get('/auth/oidc/callback', async (c) => {
    c.header('Cache-Control', 'no-store');
    const loginCookie = cookieName(c, 'yiwang-login');
    const state = getCookie(c, loginCookie);
    deleteCookie(c, loginCookie, { path: '/', secure: secure(c) });
    const now = await services.clock.now();
    if (!state || c.req.query('state') !== state)
      return plain(
        c,
        400,
        '登录请求已失效或不是从本浏览器发起的，请重新登录。',
        'The sign-in expired or did not start in this browser; please sign in again.',
      );
    const login = await takeLogin(services.db, await sha256Hex(state), now);
    if (!login) return plain(c, 400, '登录请求已失效，请重新登录。', 'The sign-in expired; please sign in again.');
    // The applicant cancelled at the provider (access_denied …): back where they were, still anonymous.
    if (c.req.query('error')) return c.redirect(login.returnTo, 303);
    let identity: ExternalIdentity;
    let idToken: string | null;
    try {
      const config = await configuration();
      const current = new URL(`${siteOrigin(c)}${new URL(c.req.url).pathname}${new URL(c.req.url).search}`);
      const tokens = await oidcClient.authorizationCodeGrant(
        config,
        current,
        { pkceCodeVerifier: login.codeVerifier, expectedState: state, expectedNonce: login.nonce, idTokenExpected: true },
        { resource: oidc.audience },
      );
      identity = await identityOf(config, tokens, now);
      idToken = tokens.id_token ?? null;
    } catch (error) {
      console.error('sign-in callback failed:', error);
      return plain(c, 502, '登录未能完成，请重新登录。', 'The sign-in could not be completed; please sign in again.');
    }
    const userId = await userForIdentity(services.db, identity, services.hashIdNumber, now, services.config);
    // A fresh session id at every sign-in (no fixation); the one this browser had, if any, ends.
    const sessionCookie = cookieName(c, 'yiwang-session');
    const previous = getCookie(c, sessionCookie);
    if (previous) await deleteSession(services.db, await sha256Hex(previous));
    const sessionId = randomToken();
    const expiresAt = new Date(now.getTime() + rp.sessionTtlSeconds * 1000);
    await insertSession(services.db, await sha256Hex(sessionId), { userId, issuer: identity.issuer, idToken, expiresAt }, now);
    setCookie(c, sessionCookie, sessionId, cookieOptions(c, rp.sessionTtlSeconds));
    return c.redirect(login.returnTo, 303);
  });

  routes.get('/auth/session', async (c) => {
    c.header('Cache-Control', 'no-store');
    const site = c.req.header('Sec-Fetch-Site');
    if (site && site !== 'same-origin' && site !== 'none') return c.json({ error: 'same-origin requests only' }, 403);
    const now = await services.clock.now();
    const id = getCookie(c, cookieName(c, 'yiwang-session'));
    const session = id ? await findSession(services.db, await sha256Hex(id), now) : null;
    const user = session ? await findUser(services.db, session.userId) : null;
    // 200 either way: an anonymous visit is normal, not an error the browser should log.
    if (!session || !user) return c.json({ signedIn: false });
    const exp = Math.min(Math.floor(now.getTime() / 1000) + rp.pageTokenTtlSeconds, Math.floor(session.expiresAt.getTime() / 1000));
    const token = await services.signer.sign({ sub: session.userId, exp });
    return c.json({ signedIn: true, token, expiresAt: toIso(exp * 1000), user: toProfile(user, now) });
  });

  routes.post('/auth/logout', async (c) => {
    c.header('Cache-Control', 'no-store');
    const origin = c.req.header('Origin');
    const site = c.req.header('Sec-Fetch-Site');
    if ((origin && origin !== siteOrigin(c)) || (site && site !== 'same-origin' && site !== 'none'))
      return plain(c, 403, '只能从本站退出登录。', 'Sign-out is accepted from this site only.');
    const sessionCookie = cookieName(c, 'yiwang-session');
    const id = getCookie(c, sessionCookie);
    const ended = id ? await deleteSession(services.db, await sha256Hex(id)) : null;
    deleteCookie(c, sessionCookie, { path: '/', secure: secure(c) });
    let redirectTo = `${siteOrigin(c)}/`;
    // RP-initiated logout: the provider ends its own session too, then sends the browser back here.
    if (ended) {
      try {
        const config = await configuration();
        if (config.serverMetadata().end_session_endpoint)
          redirectTo = oidcClient.buildEndSessionUrl(config, {
            post_logout_redirect_uri: `${siteOrigin(c)}/`,
            ...(ended.idToken ? { id_token_hint: ended.idToken } : { client_id: rp.clientId }),
          }).href;
      } catch (error) {
        console.error('identity provider discovery failed at sign-out:', error);
      }
    }
    if (/application\/json/i.test(c.req.header('Accept') ?? '')) return c.json({ redirectTo });
    return c.redirect(redirectTo, 303);
  });

  return { routes, jwks };
}
