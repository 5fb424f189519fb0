// Error codes and the status → code map, without zod (the SDK's request path uses them).

/**
 * Why a bearer token from an identity provider (an OpenID Connect issuer's JWT)
 * was refused, each a 401 with `WWW-Authenticate: Bearer error="invalid_token"`:
 * the token has expired, was issued for another audience or by another issuer,
 * is signed with an algorithm the server does not allow (`none` and HMAC
 * included), has a signature that does not verify, names a key the issuer does
 * not publish, or is not a well-formed JWT (or lacks a claim the server needs).
 */
export const TOKEN_ERROR_CODES = [
  'TOKEN_EXPIRED',
  'TOKEN_AUDIENCE_INVALID',
  'TOKEN_ISSUER_INVALID',
  'TOKEN_ALGORITHM_NOT_ALLOWED',
  'TOKEN_SIGNATURE_INVALID',
  'TOKEN_KEY_UNKNOWN',
  'TOKEN_MALFORMED',
] as const;
export type TokenErrorCode = (typeof TOKEN_ERROR_CODES)[number];

/**
 * Refusals (403) a client can explain to the user: the request names an
 * enterprise (`Yiwang-Acting-For`) whose authorisation of the signed-in person
 * has expired, or that never authorised them or revoked it; the item needs a
 * higher 实名认证等级 than the applicant's (details: `required`, `current`).
 */
export const ACCESS_ERROR_CODES = ['AUTHORISATION_EXPIRED', 'NOT_AUTHORISED_FOR_ENTERPRISE', 'REAL_NAME_LEVEL_TOO_LOW'] as const;
export type AccessErrorCode = (typeof ACCESS_ERROR_CODES)[number];

/**
 * Error codes every non-2xx response body carries in `error.code`. Staff
 * endpoints answer 403 with `NOT_STAFF` (the caller is no staff member),
 * `ROLE_REQUIRED` (a role is missing; the details name the roles needed) or
 * `OTHER_DEPARTMENT` (a department administrator reaching past their department).
 */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'UNAUTHORIZED',
  ...TOKEN_ERROR_CODES,
  'FORBIDDEN',
  'NOT_STAFF',
  'ROLE_REQUIRED',
  'OTHER_DEPARTMENT',
  ...ACCESS_ERROR_CODES,
  'NOT_FOUND',
  'CONFLICT',
  'IDEMPOTENCY_MISMATCH',
  'RATE_LIMITED',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'INTERNAL',
  'NOT_IMPLEMENTED',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The code an HTTP status stands for, for error answers that carry no envelope (a proxy's 502 page, an injected fault). */
export const ERROR_CODE_BY_STATUS: Readonly<Record<number, ErrorCode>> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
  501: 'NOT_IMPLEMENTED',
};

/** `ERROR_CODE_BY_STATUS[status]`, or `INTERNAL` for any other status. */
export function errorCodeForStatus(status: number): ErrorCode {
  return ERROR_CODE_BY_STATUS[status] ?? 'INTERNAL';
}
