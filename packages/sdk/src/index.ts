export { createClient, newIdempotencyKey, parseRetryAfter } from './client.ts';
export type { ClientConfig, RetryConfig, TokenContext } from './client.ts';
export { AbortError, ApiError, ContractError, NetworkError, TimeoutError, YiwangError } from './errors.ts';
export type { RequestInfo } from './errors.ts';
export type {
  Args,
  CallOptions,
  Client,
  ClientControls,
  IdempotentCallOptions,
  Method,
  Result,
  UploadCallOptions,
  UploadProgress,
} from './types.ts';
