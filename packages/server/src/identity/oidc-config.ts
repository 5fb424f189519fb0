// Settings of the OpenID Connect resource server (oidc.ts), apart from it so that
// the configuration can be read without loading `jose`.
import type { ClaimsMapping } from './claims.ts';
import { claimsMapping } from './claims.ts';

export interface OidcConfig {
  /** The issuer identifier, exactly as tokens carry it in `iss` (e.g. `https://id.example.gov.cn/oidc`). */
  issuer: string;
  /** This API's identifier: tokens must carry it in `aud` (the resource indicator clients request). */
  audience: string;
  /** The issuer's JWKS URL; null: read from the issuer's discovery document (`/.well-known/openid-configuration`). */
  jwksUri: string | null;
  /** Signature algorithms accepted; asymmetric ones only. */
  algorithms: string[];
  /** Clock skew tolerated on `exp`, `nbf` and `iat`, seconds. */
  clockToleranceSeconds: number;
  /** Least time between two key-set fetches caused by unknown keys, seconds. */
  jwksCooldownSeconds: number;
  /** Which claims fill which profile field. */
  claims: ClaimsMapping;
}

/** Asymmetric JWS algorithms: an issuer's public key can never be used as an HMAC secret, and `none` is never accepted. */
export const ASYMMETRIC_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA', 'Ed25519'];

/** Throws on an algorithm list a resource server must not accept. */
export function checkAlgorithms(algorithms: string[]): string[] {
  if (algorithms.length === 0) throw new Error('At least one token signature algorithm must be allowed');
  for (const alg of algorithms) {
    if (!ASYMMETRIC_ALGORITHMS.includes(alg))
      throw new Error(
        `Token signature algorithm ${JSON.stringify(alg)} is not allowed: use asymmetric ones (${ASYMMETRIC_ALGORITHMS.join(', ')})`,
      );
  }
  return algorithms;
}

/** Reads the issuer's settings from the environment; null when `YIWANG_OIDC_ISSUER` is unset. */
export function oidcConfigFromEnv(env: Record<string, string | undefined>): OidcConfig | null {
  const issuer = env.YIWANG_OIDC_ISSUER;
  if (!issuer) return null;
  const audience = env.YIWANG_OIDC_AUDIENCE;
  if (!audience) throw new Error('YIWANG_OIDC_AUDIENCE is required with YIWANG_OIDC_ISSUER');
  const seconds = (name: string, fallback: number) => {
    const v = env[name];
    if (v === undefined || v === '') return fallback;
    const n = Number(v);
    if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a number of seconds`);
    return n;
  };
  let claims: Partial<ClaimsMapping> = {};
  if (env.YIWANG_OIDC_CLAIMS) {
    try {
      claims = JSON.parse(env.YIWANG_OIDC_CLAIMS) as Partial<ClaimsMapping>;
    } catch (cause) {
      throw new Error('YIWANG_OIDC_CLAIMS must be a JSON object', { cause });
    }
  }
  return oidcConfig({
    issuer,
    audience,
    jwksUri: env.YIWANG_OIDC_JWKS_URI || null,
    ...(env.YIWANG_OIDC_ALGORITHMS
      ? {
          algorithms: env.YIWANG_OIDC_ALGORITHMS.split(',')
            .map((s) => s.trim())
            .filter(Boolean),
        }
      : {}),
    clockToleranceSeconds: seconds('YIWANG_OIDC_CLOCK_TOLERANCE', 60),
    jwksCooldownSeconds: seconds('YIWANG_OIDC_JWKS_COOLDOWN', 30),
    claims: claimsMapping(claims),
  });
}

/** An issuer's settings with defaults: RS256/PS256/ES256/EdDSA, 60 s clock tolerance, 30 s JWKS cooldown, the default claims. */
export function oidcConfig(settings: Pick<OidcConfig, 'issuer' | 'audience'> & Partial<OidcConfig>): OidcConfig {
  return {
    jwksUri: null,
    clockToleranceSeconds: 60,
    jwksCooldownSeconds: 30,
    claims: claimsMapping(),
    ...settings,
    algorithms: checkAlgorithms(settings.algorithms ?? ['RS256', 'PS256', 'ES256', 'EdDSA']),
  };
}

/**
 * The server as the issuer's relying party (identity/relying-party.ts): sites
 * that let the server run the sign-in send the browser to `/auth/oidc/login`.
 * The server is a confidential client authenticating with `private_key_jwt`.
 */
export interface RelyingPartyConfig {
  /** The server's client id at the issuer. */
  clientId: string;
  /**
   * The client's private signing key (a private JWK with `alg`, e.g. ES256 or
   * RS256); its public half is published at `/auth/oidc/jwks.json` for the issuer
   * to register. The development provider's client gets a key generated per process.
   */
  clientKey: Record<string, unknown>;
  /** Scopes asked for. */
  scope: string;
  /** The site's public origin (`https://zwfw.example.gov.cn`), for the redirect URI; null: the origin of each request (development). */
  publicOrigin: string | null;
  /** Origins besides the site's own that `returnTo` may lead to (other department sites); none by default. */
  returnOrigins: string[];
  /** How long a signed-in browser session lasts, seconds. */
  sessionTtlSeconds: number;
  /** Lifetime of the API tokens `GET /auth/session` gives the page, seconds. */
  pageTokenTtlSeconds: number;
}

/** Relying-party settings with defaults: `openid profile`, 8-hour sessions, 5-minute page tokens. */
export function relyingPartyConfig(
  settings: Pick<RelyingPartyConfig, 'clientId' | 'clientKey'> & Partial<RelyingPartyConfig>,
): RelyingPartyConfig {
  return {
    scope: 'openid profile',
    publicOrigin: null,
    returnOrigins: [],
    sessionTtlSeconds: 8 * 3600,
    pageTokenTtlSeconds: 300,
    ...settings,
  };
}

/**
 * Reads the relying-party settings: YIWANG_OIDC_CLIENT_ID (null when unset),
 * YIWANG_OIDC_CLIENT_KEY (the private JWK as JSON, required),
 * YIWANG_OIDC_SCOPE, YIWANG_PUBLIC_ORIGIN, YIWANG_AUTH_RETURN_ORIGINS (comma
 * list), YIWANG_SESSION_TTL (seconds).
 */
export function relyingPartyConfigFromEnv(env: Record<string, string | undefined>): RelyingPartyConfig | null {
  const clientId = env.YIWANG_OIDC_CLIENT_ID;
  if (!clientId) return null;
  if (!env.YIWANG_OIDC_ISSUER) throw new Error('YIWANG_OIDC_CLIENT_ID needs YIWANG_OIDC_ISSUER');
  if (!env.YIWANG_OIDC_CLIENT_KEY)
    throw new Error('YIWANG_OIDC_CLIENT_KEY (the private JWK of private_key_jwt) is required with YIWANG_OIDC_CLIENT_ID');
  let clientKey: Record<string, unknown>;
  try {
    clientKey = JSON.parse(env.YIWANG_OIDC_CLIENT_KEY) as Record<string, unknown>;
  } catch (cause) {
    throw new Error('YIWANG_OIDC_CLIENT_KEY must be a private JWK as JSON', { cause });
  }
  if (typeof clientKey.d !== 'string') throw new Error('YIWANG_OIDC_CLIENT_KEY must be a private key (a JWK with "d")');
  const publicOrigin = env.YIWANG_PUBLIC_ORIGIN ? new URL(env.YIWANG_PUBLIC_ORIGIN).origin : null;
  const ttl = Number(env.YIWANG_SESSION_TTL || 8 * 3600);
  if (!Number.isFinite(ttl) || ttl <= 0) throw new Error('YIWANG_SESSION_TTL must be a number of seconds');
  return relyingPartyConfig({
    clientId,
    clientKey,
    publicOrigin,
    sessionTtlSeconds: ttl,
    returnOrigins: (env.YIWANG_AUTH_RETURN_ORIGINS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .map((o) => new URL(o).origin),
    ...(env.YIWANG_OIDC_SCOPE ? { scope: env.YIWANG_OIDC_SCOPE } : {}),
  });
}
