import { z } from './zod.ts';

export { ACCESS_ERROR_CODES, ERROR_CODES, ERROR_CODE_BY_STATUS, TOKEN_ERROR_CODES, errorCodeForStatus } from './values/errors.ts';
export type { AccessErrorCode, ErrorCode, TokenErrorCode } from './values/errors.ts';

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
