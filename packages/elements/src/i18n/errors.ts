// One mapping from the SDK's typed errors to what an applicant reads. Every
// element's error-with-retry state uses it, so "please try again in 30 seconds"
// is worded the same everywhere and a new error class is handled in one place.
import type { MessageKey, Translation } from './index.ts';
import { format } from './index.ts';

/** What went wrong, in terms an element can branch on (and a story can pick). */
export const ERROR_KINDS = [
  'network',
  'timeout',
  'rate-limited',
  'server',
  'contract',
  'unauthorized',
  'forbidden',
  'not-found',
  'validation',
  'conflict',
  'not-configured',
  'aborted',
  'unknown',
] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

/** A user-facing description of an error. */
export interface ErrorDescription {
  kind: ErrorKind;
  /** The sentence to show. */
  message: string;
  /** The server's request id, for the help desk; empty when there is none. */
  requestId: string;
  /** Seconds to wait before retrying, when the server said (429 / 503). */
  retryAfter: number | null;
  /** Whether trying again may help (false for 401/403/404/validation). */
  retryable: boolean;
  /** The server's error code (`REAL_NAME_LEVEL_TOO_LOW` …), empty when there is none: for elements that explain a refusal. */
  code: string;
}

/**
 * No client: neither the element nor a <yw-config> around it has `api-base`.
 * Thrown by the API controller so that misconfiguration shows as an error state.
 */
export class NotConfiguredError extends Error {
  override name = 'NotConfiguredError';
}

interface ErrorLike {
  name?: unknown;
  details?: unknown;
  status?: unknown;
  code?: unknown;
  requestId?: unknown;
  retryAfter?: unknown;
}

/** Keys of messages that take no arguments. */
type PlainKey = { [K in MessageKey]: Translation[K] extends string ? K : never }[MessageKey];

const KEY: Record<Exclude<ErrorKind, 'rate-limited' | 'aborted'>, PlainKey> = {
  network: 'error.network',
  timeout: 'error.timeout',
  server: 'error.server',
  contract: 'error.contract',
  unauthorized: 'error.unauthorized',
  forbidden: 'error.forbidden',
  'not-found': 'error.notFound',
  validation: 'error.validation',
  conflict: 'error.conflict',
  'not-configured': 'error.notConfigured',
  unknown: 'error.unknown',
};

/** Classifies an error by the SDK's classes (by name, so two copies of the SDK on a page agree). */
export function errorKind(error: unknown): ErrorKind {
  const e = (typeof error === 'object' && error !== null ? error : {}) as ErrorLike;
  switch (e.name) {
    case 'AbortError':
      return 'aborted';
    case 'TimeoutError':
      return 'timeout';
    case 'NetworkError':
      return 'network';
    case 'ContractError':
      return 'contract';
    case 'NotConfiguredError':
      return 'not-configured';
    case 'ApiError':
      break;
    default:
      return 'unknown';
  }
  const status = typeof e.status === 'number' ? e.status : 0;
  if (status === 429 || e.code === 'RATE_LIMITED') return 'rate-limited';
  if (status === 401 || e.code === 'UNAUTHORIZED') return 'unauthorized';
  if (status === 403 || e.code === 'FORBIDDEN') return 'forbidden';
  if (status === 404 || e.code === 'NOT_FOUND') return 'not-found';
  if (status === 409 || e.code === 'CONFLICT' || e.code === 'IDEMPOTENCY_MISMATCH') return 'conflict';
  if (status === 400 || status === 422 || e.code === 'VALIDATION_FAILED') return 'validation';
  return 'server';
}

/** Describes an error for the applicant, in the given message table. */
export function describeError(error: unknown, table: Translation): ErrorDescription {
  const kind = errorKind(error);
  const e = (typeof error === 'object' && error !== null ? error : {}) as ErrorLike;
  const requestId = typeof e.requestId === 'string' ? e.requestId : '';
  const retryAfter = typeof e.retryAfter === 'number' && e.retryAfter > 0 ? Math.ceil(e.retryAfter) : null;
  let message: string;
  if (kind === 'rate-limited') {
    message = retryAfter !== null ? format(table, 'error.rateLimited', [retryAfter]) : format(table, 'error.rateLimitedSoon', []);
  } else if (kind === 'aborted') {
    message = '';
  } else if (e.code === 'REAL_NAME_LEVEL_TOO_LOW') {
    // The server's details say which level the item needs and which the applicant has.
    const details = Array.isArray(e.details) ? (e.details as Array<{ path?: unknown; message?: unknown }>) : [];
    const detail = (path: string) => String(details.find((d) => d.path === path)?.message ?? '');
    message = format(table, 'error.realNameLevel', [detail('required'), detail('current')]);
  } else if (e.code === 'AUTHORISATION_EXPIRED') {
    message = table['error.authorisationExpired'];
  } else if (e.code === 'NOT_AUTHORISED_FOR_ENTERPRISE') {
    message = table['error.notAuthorisedForEnterprise'];
  } else {
    message = table[KEY[kind]];
  }
  const retryable = !['unauthorized', 'forbidden', 'not-found', 'validation', 'not-configured'].includes(kind);
  const code = kind !== 'aborted' && typeof e.code === 'string' ? e.code : '';
  return { kind, message, requestId, retryAfter, retryable, code };
}
