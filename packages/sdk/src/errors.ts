// One error hierarchy: every SDK call either resolves or rejects with one of
// these, so a caller can `switch (true) { case e instanceof ApiError: … }`.
import type { ErrorDetail } from '@yiwang/contract';

/** What was being asked when an error happened. */
export interface RequestInfo {
  /** Endpoint id from the contract table, e.g. `items.search`. */
  endpoint: string;
  method: string;
  url: string;
}

/** Base class of every error the SDK throws. */
export class YiwangError extends Error {
  override name = 'YiwangError';
  readonly request: RequestInfo;

  constructor(message: string, request: RequestInfo, options?: { cause?: unknown }) {
    super(message, options);
    this.request = request;
  }
}

/** The server answered with an error status (the contract's error envelope). */
export class ApiError extends YiwangError {
  override name = 'ApiError';
  readonly status: number;
  /** `VALIDATION_FAILED`, `UNAUTHORIZED`, `NOT_FOUND`, … */
  readonly code: string;
  /** Per-field problems of a `VALIDATION_FAILED`. */
  readonly details: ErrorDetail[];
  /** Quote this to the help desk. Empty when the answer had no envelope. */
  readonly requestId: string;
  /** Seconds to wait before trying again (`Retry-After`), when the server said. */
  readonly retryAfter: number | null;
  /** The parsed body, or the raw text when it was not the contract's envelope. */
  readonly body: unknown;

  constructor(
    request: RequestInfo,
    init: {
      status: number;
      code: string;
      message: string;
      details?: ErrorDetail[];
      requestId?: string;
      retryAfter?: number | null;
      body?: unknown;
    },
  ) {
    super(init.message, request);
    this.status = init.status;
    this.code = init.code;
    this.details = init.details ?? [];
    this.requestId = init.requestId ?? '';
    this.retryAfter = init.retryAfter ?? null;
    this.body = init.body;
  }
}

/** The server's answer did not match the contract (wrong types, missing fields, not JSON). */
export class ContractError extends YiwangError {
  override name = 'ContractError';
  readonly status: number;
  /** Where the body differs from the contract. */
  readonly issues: Array<{ path: string; message: string }>;
  readonly body: unknown;

  constructor(
    request: RequestInfo,
    init: { status: number; issues: Array<{ path: string; message: string }>; body: unknown; message?: string },
  ) {
    super(
      init.message ??
        `Response of ${request.endpoint} does not match the contract: ${init.issues
          .slice(0, 3)
          .map((i) => `${i.path || '(root)'}: ${i.message}`)
          .join('; ')}`,
      request,
    );
    this.status = init.status;
    this.issues = init.issues;
    this.body = init.body;
  }
}

/** No answer: offline, connection refused or dropped, DNS, CORS. */
export class NetworkError extends YiwangError {
  override name = 'NetworkError';
}

/** No answer within the time limit. */
export class TimeoutError extends YiwangError {
  override name = 'TimeoutError';
  readonly timeoutMs: number;

  constructor(request: RequestInfo, timeoutMs: number, options?: { cause?: unknown }) {
    super(`${request.endpoint} timed out after ${timeoutMs} ms`, request, options);
    this.timeoutMs = timeoutMs;
  }
}

/** The caller aborted the call through its `signal`. Named like the DOM's AbortError. */
export class AbortError extends YiwangError {
  override name = 'AbortError';
}
