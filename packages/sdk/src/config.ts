// What a client is created with, and the two helpers the client and its transport share.

export interface RetryConfig {
  /** Retries after the first attempt. Default 2. */
  limit?: number;
  /**
   * Longest `Retry-After` the SDK waits for on its own, in ms (default 10 000).
   * A longer one ends the call with an `ApiError` whose `retryAfter` says how
   * long to wait, so the page can tell the applicant.
   */
  maxRetryAfterMs?: number;
  /** Upper bound of the exponential backoff between retries, in ms (default 5 000). */
  backoffLimitMs?: number;
}

/** What `getToken` is told: `refresh` when the API has just refused the token it gave. */
export interface TokenContext {
  refresh: boolean;
}

export interface ClientConfig {
  /** The API base, e.g. `https://zwfw.example.gov.cn/api/v1` or `/api/v1`. */
  baseUrl: string;
  /**
   * Returns the applicant's bearer token, asked on every call. The SDK never
   * stores it: keep it where the platform's sign-in keeps it (not localStorage).
   * When the API answers 401 to a call that sent a token, the SDK asks once more
   * with `{ refresh: true }` (the token was refused: get a fresh one, e.g. from the
   * site's session) and sends the call again if that gives another token.
   */
  getToken?: (context: TokenContext) => string | null | undefined | Promise<string | null | undefined>;
  /** A fetch to use instead of the global one (tests, proxies, instrumentation). */
  fetch?: typeof fetch;
  /** Per-attempt time limit in ms. Default 15 000. */
  timeoutMs?: number;
  /** Retry policy, or the retry limit. */
  retry?: RetryConfig | number;
  /** Sent as `Accept-Language`: `zh-CN` (default) or `en`. A function is asked per call. */
  locale?: string | (() => string);
  /** Extra headers on every request. */
  headers?: Record<string, string>;
  /**
   * The enterprise (its id, as `me.get()` lists it in `enterprises`) the
   * signed-in person acts for: sent as `Yiwang-Acting-For` on calls that need a
   * token. Null or absent: the person themselves. `client.setActingFor` changes it.
   */
  actingFor?: string | null;
  /**
   * Fetch the SDK's transport (a module loaded on first use: ky, the route
   * table) only once this has settled, unless a call needs it first. Without
   * it the transport is fetched when the client is created. `<yw-config>` passes
   * the CDN loader's "the elements on the first screen are in", so that on a
   * slow link the transport does not share the bandwidth with them when their
   * first view makes no call.
   */
  preloadAfter?: PromiseLike<unknown>;
  /** Called with each outgoing request (after auth headers are set). */
  onRequest?: (request: Request) => void | Promise<void>;
  /** Called with each response, before the SDK reads it (a clone: reading it is safe). */
  onResponse?: (response: Response, request: Request) => void | Promise<void>;
}

/** A random key for `Idempotency-Key`; `randomUUID` is missing before Chromium 92. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Seconds in a `Retry-After` header (delta-seconds or an HTTP date), or null. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now) / 1000));
}
