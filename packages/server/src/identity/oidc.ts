// The OpenID Connect resource server: access tokens are JWTs (RFC 9068) that a
// configured issuer signs; they are verified with `jose` against the issuer's
// published keys (JWKS). The key set is cached and fetched again when a token
// names a key it does not hold (after a cooldown, so a flood of forged `kid`s
// cannot hammer the issuer), so a rotated signing key is picked up without a
// restart. `jose` runs on Web Crypto, but this module is wired from the Node
// entry and the test helpers only, to keep it out of the browser mock.
import { createRemoteJWKSet, decodeProtectedHeader, errors, jwtVerify } from 'jose';
import type { JWTPayload } from 'jose';
import { profileFromClaims } from './claims.ts';
import type { ExternalIdentity, IdentityAdapter } from './identity.ts';
import { TokenRejected } from './identity.ts';
import { checkAlgorithms } from './oidc-config.ts';
import type { OidcConfig } from './oidc-config.ts';

const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*$/;

async function discoverJwksUri(issuer: string, fetchImpl: typeof fetch): Promise<URL> {
  const url = `${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
  const res = await fetchImpl(url, { headers: { Accept: 'application/json' } });
  if (!res.ok) throw new Error(`OIDC discovery at ${url} answered ${res.status}`);
  const metadata = (await res.json()) as { issuer?: unknown; jwks_uri?: unknown };
  // RFC 8414 §3.3: the document must name the issuer it was fetched for.
  if (metadata.issuer !== issuer)
    throw new Error(`OIDC discovery at ${url} names issuer ${JSON.stringify(metadata.issuer)}, not ${issuer}`);
  if (typeof metadata.jwks_uri !== 'string') throw new Error(`OIDC discovery at ${url} has no jwks_uri`);
  return new URL(metadata.jwks_uri);
}

/** Why jose refused a token, as the contract's code. */
function rejection(error: unknown): TokenRejected | null {
  if (error instanceof TokenRejected) return error;
  if (error instanceof errors.JWTExpired) return new TokenRejected('TOKEN_EXPIRED', 'The token has expired', { cause: error });
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'aud') return new TokenRejected('TOKEN_AUDIENCE_INVALID', 'The token is not for this API', { cause: error });
    if (error.claim === 'iss') return new TokenRejected('TOKEN_ISSUER_INVALID', 'The token is from another issuer', { cause: error });
    return new TokenRejected('TOKEN_MALFORMED', `The token's ${error.claim} claim is not acceptable (${error.reason})`, { cause: error });
  }
  if (error instanceof errors.JOSEAlgNotAllowed || error instanceof errors.JOSENotSupported)
    return new TokenRejected('TOKEN_ALGORITHM_NOT_ALLOWED', 'The token is signed with an algorithm this API does not accept', {
      cause: error,
    });
  if (error instanceof errors.JWSSignatureVerificationFailed)
    return new TokenRejected('TOKEN_SIGNATURE_INVALID', 'The token signature does not verify', { cause: error });
  if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys)
    return new TokenRejected('TOKEN_KEY_UNKNOWN', 'The token is signed with a key the issuer does not publish', { cause: error });
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid)
    return new TokenRejected('TOKEN_MALFORMED', 'The token is not a well-formed JWT', { cause: error });
  // Anything else (the issuer unreachable, a broken key set) is the server's problem, not the token's.
  return null;
}

/** An identity adapter for access tokens of one OpenID Connect issuer. */
export function createOidcAdapter(config: OidcConfig, options: { fetch?: typeof fetch } = {}): IdentityAdapter {
  const algorithms = checkAlgorithms(config.algorithms);
  const fetchImpl = options.fetch ?? fetch;
  let keys: Promise<ReturnType<typeof createRemoteJWKSet>> | null = null;
  const keySet = () => {
    keys ??= (async () => {
      const url = config.jwksUri ? new URL(config.jwksUri) : await discoverJwksUri(config.issuer, fetchImpl);
      return createRemoteJWKSet(url, { cooldownDuration: config.jwksCooldownSeconds * 1000 });
    })();
    // A failed discovery is tried again by the next request rather than cached.
    keys.catch(() => (keys = null));
    return keys;
  };

  return {
    name: 'oidc',
    accepts: (token) => JWT_SHAPE.test(token),
    async verify(token, now): Promise<ExternalIdentity> {
      let alg: unknown;
      try {
        alg = decodeProtectedHeader(token).alg;
      } catch (error) {
        throw new TokenRejected('TOKEN_MALFORMED', 'The token header is not readable', { cause: error });
      }
      // Checked before any key is looked up: `none` and HMAC are refused by name, whatever the key set holds.
      if (typeof alg !== 'string' || !algorithms.includes(alg))
        throw new TokenRejected('TOKEN_ALGORITHM_NOT_ALLOWED', `Tokens signed with ${JSON.stringify(alg)} are not accepted`);
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(token, await keySet(), {
          issuer: config.issuer,
          audience: config.audience,
          algorithms,
          clockTolerance: config.clockToleranceSeconds,
          currentDate: now,
          requiredClaims: ['sub', 'exp'],
        }));
      } catch (error) {
        throw rejection(error) ?? error;
      }
      return {
        issuer: config.issuer,
        subject: payload.sub!,
        expiresAt: payload.exp!,
        profile: profileFromClaims(payload as Record<string, unknown>, config.claims),
      };
    },
  };
}
