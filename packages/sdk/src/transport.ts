// The SDK's transport: ky, the route table and the mapping of failures onto the
// SDK's errors. `createClient` imports this module when it is called, not with
// the SDK, so a page's first bytes carry only the client object (its method
// names) and the page becomes interactive before ky and the route table
// arrive; a call waits for the module if it is not in yet.
import ky, { isHTTPError, isNetworkError, isTimeoutError } from 'ky';
import type { KyResponse, Options as KyOptions } from 'ky';
import { ACTING_FOR_HEADER, errorCodeForStatus, responseSchemas, routes } from '@yiwang/contract';
import type { RouteDef, z } from '@yiwang/contract';
import { newIdempotencyKey, parseRetryAfter } from './config.ts';
import type { ClientConfig, RetryConfig } from './config.ts';
import { AbortError, ApiError, ContractError, NetworkError, TimeoutError, YiwangError } from './errors.ts';
import type { RequestInfo } from './errors.ts';
import type { UploadCallOptions, UploadProgress } from './types.ts';
import { createXhrFetch } from './xhr-fetch.ts';
import type * as ValidationModule from './validation.ts';

/** What the transport reads from its client per call. */
export interface TransportState {
  readonly actingFor: string | null;
}

/** Sends one call: the endpoint's group and method name, and the arguments the client's method was given. */
export type Send = (group: string, name: string, args: readonly unknown[]) => Promise<unknown>;

/** Per-call auth state the beforeRequest hook reads and fills (ky's `context` holds it). */
interface CallAuth {
  /** A token to send instead of asking getToken (the fresh one after a 401). */
  token?: string;
  /** The token the call sent, if any. */
  sent: string | null;
}

const RETRY_STATUSES = [408, 429, 500, 502, 503, 504];
const RETRY_AFTER_STATUSES = [429, 503];
const CALL_OPTION_KEYS = new Set(['signal', 'timeoutMs', 'headers', 'idempotencyKey', 'onProgress', 'fileName']);

/** Statuses whose Response cannot carry a body. */
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

/**
 * A fetch whose promise settles only once the whole body has arrived. ky's
 * per-attempt timeout and its retries then cover the body as well as the
 * headers: a body that stops arriving is a TimeoutError instead of a call that
 * hangs, and a body cut mid-stream is a network error retried like a dropped
 * connection. The SDK reads every body whole anyway (JSON, or a download).
 */
function readingWholeBody(getFetch: () => typeof fetch): typeof fetch {
  return async (input, init) => {
    const response = await getFetch()(input, init);
    if (response.body === null || NULL_BODY_STATUSES.has(response.status)) return response;
    const body = await response.arrayBuffer();
    const whole = new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
    // Keep what a caller's onResponse hook may look at.
    Object.defineProperty(whole, 'url', { value: response.url });
    Object.defineProperty(whole, 'redirected', { value: response.redirected });
    return whole;
  };
}

/** A caller's hook (getToken, locale, onRequest, onResponse) threw: not a network or server problem. */
class HookFailure extends Error {
  readonly hook: string;

  constructor(hook: string, cause: unknown) {
    super(`${hook} failed`, { cause });
    this.hook = hook;
  }
}

async function runHook<T>(hook: string, run: () => T | Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw new HookFailure(hook, error);
  }
}

type Validation = typeof ValidationModule;
let validation: Promise<Validation> | undefined;

type Schemas = Readonly<Record<string, z.ZodMiniType | undefined>>;
const groupSchemas = new Map<string, Promise<Schemas>>();

/**
 * The response validation module (zod and the error envelope), loaded once,
 * the first time a call starts; a failed load is tried again by the next call.
 */
function loadValidation(): Promise<Validation> {
  validation ??= import('./validation.ts').catch((error: unknown) => {
    validation = undefined;
    throw error;
  });
  return validation;
}

/** The response schemas of one endpoint group, loaded once, the first time a call of the group starts (a failed load: again next call). */
function loadSchemas(group: string): Promise<Schemas> {
  let loading = groupSchemas.get(group);
  if (!loading) {
    const load = (responseSchemas as Readonly<Record<string, () => Promise<Schemas>>>)[group];
    loading = (load ? load() : Promise.resolve({})).catch((error: unknown) => {
      groupSchemas.delete(group);
      throw error;
    });
    groupSchemas.set(group, loading);
  }
  return loading;
}

function toApiError(info: RequestInfo, response: Response, data: unknown, parseErrorBody?: Validation['parseErrorBody']): ApiError {
  const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
  const envelope = parseErrorBody?.(data);
  if (envelope) {
    const { code, message, details, requestId } = envelope;
    return new ApiError(info, { status: response.status, code, message, details: details ?? [], requestId, retryAfter, body: data });
  }
  // Not our envelope: a proxy's error page, a gateway timeout. Classify by status.
  return new ApiError(info, {
    status: response.status,
    code: errorCodeForStatus(response.status),
    message: `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
    requestId: response.headers.get('X-Request-Id') ?? '',
    retryAfter,
    body: data,
  });
}

function appendQuery(search: URLSearchParams, key: string, value: unknown): void {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) value.forEach((v) => appendQuery(search, key, v));
  // An object parameter (a catalog import's header mapping) travels as JSON text.
  else if (typeof value === 'object') search.append(key, JSON.stringify(value));
  else search.append(key, String(value));
}

/**
 * The transport of a client made by `createClient`: sends one call of an
 * endpoint (by group and method name) with the arguments the method was given.
 * `state.actingFor` is read per call (the client's `setActingFor` changes it).
 */
export function createTransport(config: ClientConfig, state: TransportState): Send {
  const retry: Required<RetryConfig> = {
    limit: 2,
    maxRetryAfterMs: 10_000,
    backoffLimitMs: 5_000,
    ...(typeof config.retry === 'number' ? { limit: config.retry } : config.retry),
  };
  const base = config.baseUrl.replace(/\/+$/, '');
  const timeoutMs = config.timeoutMs ?? 15_000;

  // Looked up per request, so a fetch patched after createClient (instrumentation, mocks) is used.
  const fetchFn = readingWholeBody(() => config.fetch ?? globalThis.fetch);

  const http = ky.create({
    fetch: fetchFn,
    throwHttpErrors: true,
    hooks: {
      beforeRequest: [
        async ({ request, options }) => {
          const auth = options.context.auth as CallAuth | undefined;
          const token = auth?.token ?? (await runHook('getToken', () => config.getToken?.({ refresh: false })));
          if (auth) auth.sent = token || null;
          if (token) request.headers.set('Authorization', `Bearer ${token}`);
          const locale = await runHook('locale', () => (typeof config.locale === 'function' ? config.locale() : config.locale));
          request.headers.set('Accept-Language', locale ?? 'zh-CN');
          request.headers.set('Accept', 'application/json');
          await runHook('onRequest', () => config.onRequest?.(request));
        },
      ],
      afterResponse: config.onResponse
        ? [
            async ({ response, request }) => {
              await runHook('onResponse', () => config.onResponse?.(response, request));
            },
          ]
        : [],
    },
  });

  return async function call(group: string, name: string, args: readonly unknown[]): Promise<unknown> {
    const id = `${group}.${name}`;
    const def = (routes as Readonly<Record<string, Readonly<Record<string, RouteDef>>>>)[group]?.[name];
    if (!def) throw new YiwangError(`${id}: no such endpoint`, { endpoint: id, method: '', url: base });
    // Validation and the group's schemas load while the request is under way; the call waits for all.
    const validating = loadValidation();
    validating.catch(() => {});
    const schemas = loadSchemas(group);
    schemas.catch(() => {});
    // Split the arguments: positional fields, the body, then one options object.
    const names = def.positional;
    const values: Record<string, unknown> = {};
    names.forEach((name, i) => (values[name] = args[i]));
    const hasBody = def.body !== 'none';
    const body = hasBody ? args[names.length] : undefined;
    const options = (args[names.length + (hasBody ? 1 : 0)] ?? {}) as Record<string, unknown> & UploadCallOptions;
    for (const [key, value] of Object.entries(options)) if (!CALL_OPTION_KEYS.has(key)) values[key] = value;

    let path = def.path;
    for (const name of def.params) {
      const value = values[name];
      if (value === undefined || value === null || value === '') {
        throw new YiwangError(`${id}: missing path parameter "${name}"`, { endpoint: id, method: def.method, url: def.path });
      }
      path = path.replace(`{${name}}`, encodeURIComponent(String(value)));
    }
    const search = new URLSearchParams();
    for (const name of def.query) appendQuery(search, name, values[name]);
    const query = search.toString();
    const url = `${base}${path}${query ? `?${query}` : ''}`;
    const info: RequestInfo = { endpoint: id, method: def.method, url };

    const headers: Record<string, string> = { ...config.headers, ...options.headers };
    // Only where a token goes: public calls stay simple requests (no CORS preflight for the header).
    const actingFor = state.actingFor;
    if (actingFor && (def.auth === 'user' || def.auth === 'optional')) headers[ACTING_FOR_HEADER] ??= actingFor;
    // One key per logical call, reused by every retry, so a retried create never creates twice.
    if (def.idempotent) headers['Idempotency-Key'] = options.idempotencyKey ?? newIdempotencyKey();

    const kyOptions: KyOptions = {
      method: def.method,
      headers,
      signal: options.signal,
      timeout: options.timeoutMs ?? timeoutMs,
      retry: {
        limit: retry.limit,
        methods: def.idempotent ? ['get', 'put', 'delete', 'post'] : ['get', 'put', 'delete'],
        statusCodes: RETRY_STATUSES,
        afterStatusCodes: RETRY_AFTER_STATUSES,
        backoffLimit: retry.backoffLimitMs,
        shouldRetry: ({ error }) => {
          if (isHTTPError(error)) {
            const wait = parseRetryAfter(error.response.headers.get('Retry-After'));
            if (wait !== null && wait * 1000 > retry.maxRetryAfterMs) return false;
          }
          return undefined;
        },
      },
    };
    if (def.body === 'multipart') {
      const file = body as Blob;
      const form = new FormData();
      const name = options.fileName ?? (file as File).name ?? 'upload';
      form.append('file', file, name);
      kyOptions.body = form;
      const onProgress = options.onProgress;
      if (onProgress) {
        // Counted in the file's bytes whichever path reports: XHR counts the whole
        // multipart body and ky estimates it, so their totals differ from the file's.
        const report = (p: UploadProgress) => {
          const percent = Math.min(1, Math.max(0, p.percent));
          onProgress({ percent, transferredBytes: Math.round(percent * file.size), totalBytes: file.size });
        };
        if (typeof XMLHttpRequest === 'undefined') {
          // Node and workers: ky streams the body and counts it.
          kyOptions.onUploadProgress = report;
        } else if (!config.fetch) {
          kyOptions.fetch = readingWholeBody(() => createXhrFetch(report));
        }
        // A browser with the caller's own fetch: no streamed body (Chromium sends
        // request streams only over HTTP/2), so only the final report below.
      }
    } else if (hasBody) {
      kyOptions.json = body;
    }

    // Maps a failure onto the SDK's errors; an HTTP error's body is read as the API's error envelope.
    const fail = async (error: unknown): Promise<YiwangError> => {
      const parseErrorBody = isHTTPError(error) ? (await validating.catch(() => undefined))?.parseErrorBody : undefined;
      return mapError(error, info, options.signal, options.timeoutMs ?? timeoutMs, parseErrorBody);
    };

    let response: KyResponse;
    const auth: CallAuth = { sent: null };
    try {
      response = await http(url, { ...kyOptions, context: { auth } });
    } catch (error) {
      // A refused token: ask the page once more (it may hold a fresher one, or get one from its
      // session) and send the call again with it; the same token again, or none, ends here.
      const refused = isHTTPError(error) && error.response.status === 401 && auth.sent !== null && !!config.getToken;
      if (!refused || options.signal?.aborted) throw await fail(error);
      try {
        const fresh = await runHook('getToken', () => config.getToken?.({ refresh: true }));
        if (!fresh || fresh === auth.sent) throw error;
        response = await http(url, { ...kyOptions, context: { auth: { token: fresh, sent: null } satisfies CallAuth } });
      } catch (retryError) {
        throw await fail(retryError);
      }
    }

    if (def.body === 'multipart' && options.onProgress) {
      const size = (body as Blob).size;
      try {
        options.onProgress({ percent: 1, transferredBytes: size, totalBytes: size });
      } catch (error) {
        throw await fail(new HookFailure('onProgress', error));
      }
    }
    try {
      if (def.response === 'none') {
        await response.body?.cancel();
        return undefined;
      }
      if (def.response === 'binary') return await response.blob();
      const text = await response.text();
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch {
        throw new ContractError(info, {
          status: response.status,
          issues: [{ path: '', message: 'Response body is not JSON' }],
          body: text.slice(0, 2000),
          message: `Response of ${id} is not JSON`,
        });
      }
      const [{ parseResponse }, groupResponses] = await Promise.all([validating, schemas]);
      const parsed = parseResponse(groupResponses[name], data);
      if (!parsed.success) throw new ContractError(info, { status: response.status, issues: parsed.issues, body: data });
      return parsed.data;
    } catch (error) {
      throw await fail(error);
    }
  };
}

/** Maps anything a call can throw onto the SDK's error classes. */
function mapError(
  error: unknown,
  info: RequestInfo,
  signal: AbortSignal | undefined,
  timeoutMs: number,
  parseErrorBody?: Validation['parseErrorBody'],
): YiwangError {
  if (error instanceof YiwangError) return error;
  if (signal?.aborted) return new AbortError(`${info.endpoint} was aborted`, info, { cause: error });
  if (error instanceof HookFailure) {
    const cause = error.cause;
    const message = cause instanceof Error ? cause.message : String(cause);
    return new YiwangError(`${info.endpoint}: ${error.hook} failed: ${message}`, info, { cause });
  }
  if (isHTTPError(error)) return toApiError(info, error.response, error.data, parseErrorBody);
  if (isTimeoutError(error)) return new TimeoutError(info, timeoutMs, { cause: error });
  if (isNetworkError(error)) return new NetworkError(`${info.endpoint}: network error (${error.message})`, info, { cause: error });
  if (error instanceof Error && error.name === 'AbortError') return new AbortError(`${info.endpoint} was aborted`, info, { cause: error });
  if (error instanceof TypeError) {
    // Fetch failures of runtimes whose messages ky does not recognise (old kernels): still no answer.
    return new NetworkError(`${info.endpoint}: network error (${error.message})`, info, { cause: error });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new YiwangError(`${info.endpoint} failed: ${message}`, info, { cause: error });
}
