import { z } from './zod.ts';

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

/** One field-level problem: `path` is dotted (`applicant.mobile`, `items.0.name`). */
export const ErrorDetail = z.object({
  path: z.string(),
  message: z.string(),
});
export type ErrorDetail = z.infer<typeof ErrorDetail>;

/** The body of every non-2xx response. */
export const ErrorBody = z.object({
  error: z.object({
    // A string rather than the enum: a newer server may add codes, and an old
    // client must still surface them as an ApiError instead of a ContractError.
    code: z.string(),
    message: z.string(),
    details: z.optional(z.array(ErrorDetail)),
    requestId: z.string(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

/** Paging query: 1-based `page`, `pageSize` 1–100. */
export const PageQuery = z.object({
  page: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(10_000))),
  pageSize: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100))),
});

/** A page of results. */
export function page<T extends z.core.SomeType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.int().check(z.nonnegative()),
    page: z.int().check(z.minimum(1)),
    pageSize: z.int().check(z.minimum(1)),
  });
}
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** RFC 3339 timestamp with offset, e.g. `2026-11-28T09:30:00+08:00`. */
export const Timestamp = z.iso.datetime({ offset: true });
/** Calendar date `YYYY-MM-DD`. */
export const DateString = z.iso.date();

/** A non-empty string of bounded length: every free-text input is bounded. */
export function text(max: number, min = 1) {
  return z.string().check(z.trim(), z.minLength(min), z.maxLength(max));
}

/** Opaque identifiers: letters, digits, `-` and `_`, at most 64 characters. */
export const Id = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/));

/** Query-string boolean: `true`/`false`/`1`/`0`. */
export const QueryBool = z.pipe(
  z.enum(['true', 'false', '1', '0']),
  z.transform((v) => v === 'true' || v === '1'),
);

/** Empty success body for actions that return nothing else. */
export const Ok = z.object({ ok: z.literal(true) });
