// Raw HTTP for the conformance suite: it checks what goes over the wire
// (statuses, headers, envelopes), so it does not use the SDK.
import assert from 'node:assert/strict';
import { ErrorBody } from '@yiwang/contract';
import type { z } from '@yiwang/contract';

export interface Answer {
  status: number;
  headers: Headers;
  body: unknown;
  text: string;
}

export interface CallInit {
  token?: string | null;
  body?: unknown;
  /** A raw body (e.g. FormData or malformed text) instead of JSON. */
  raw?: BodyInit;
  headers?: Record<string, string>;
  query?: Record<string, string | number | boolean | undefined>;
}

export function makeCaller(apiUrl: string, fetchImpl: typeof fetch = fetch) {
  return async function call(method: string, path: string, init: CallInit = {}): Promise<Answer> {
    const url = new URL(apiUrl.replace(/\/$/, '') + path);
    for (const [k, v] of Object.entries(init.query ?? {})) if (v !== undefined) url.searchParams.set(k, String(v));
    const headers: Record<string, string> = { Accept: 'application/json', ...init.headers };
    if (init.token) headers.Authorization = `Bearer ${init.token}`;
    let body: BodyInit | undefined = init.raw;
    if (init.body !== undefined) {
      body = JSON.stringify(init.body);
      headers['Content-Type'] ??= 'application/json';
    }
    const response = await fetchImpl(url, { method, headers, body });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // keep the text
    }
    return { status: response.status, headers: response.headers, body: parsed, text };
  };
}

export type Caller = ReturnType<typeof makeCaller>;

/** Asserts a successful answer whose body matches the contract schema; returns the parsed body. */
export function ok<S extends z.ZodMiniType>(answer: Answer, status: number, schema: S): z.output<S> {
  assert.equal(answer.status, status, `expected ${status}, got ${answer.status}: ${answer.text.slice(0, 500)}`);
  const parsed = schema.safeParse(answer.body);
  assert.ok(parsed.success, `body breaks the contract: ${JSON.stringify(parsed.error?.issues.slice(0, 3))}`);
  return parsed.data as z.output<S>;
}

/** Asserts an error answer in the contract's envelope with this status and code. */
export function fails(answer: Answer, status: number, code: string): ErrorBody['error'] {
  assert.equal(answer.status, status, `expected ${status} ${code}, got ${answer.status}: ${answer.text.slice(0, 500)}`);
  const parsed = ErrorBody.safeParse(answer.body);
  assert.ok(parsed.success, `error body is not the envelope: ${answer.text.slice(0, 300)}`);
  assert.equal(parsed.data.error.code, code);
  assert.ok(parsed.data.error.requestId.length > 0, 'the error carries a requestId');
  assert.ok(parsed.data.error.message.length > 0, 'the error carries a message');
  return parsed.data.error;
}
