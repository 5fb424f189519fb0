// Method types derived from the contract's endpoint table: parameters and
// results are inferred from the schemas, never written twice.
import type { BINARY, EndpointDef, Endpoints, MULTIPART, z } from '@yiwang/contract';

/** Per-call options every method accepts in its last argument. */
export interface CallOptions {
  /** Abort the call (rejects with `AbortError`). */
  signal?: AbortSignal;
  /** Per-attempt time limit for this call, overriding the client's. */
  timeoutMs?: number;
  /** Extra request headers. */
  headers?: Record<string, string>;
}

/** Options of creating calls (those that accept an `Idempotency-Key`). */
export interface IdempotentCallOptions extends CallOptions {
  /**
   * Reuse a key to make a repeated logical call (e.g. a second click after a
   * lost answer) replay the first result. Generated per call when omitted, and
   * reused on every retry of that call.
   */
  idempotencyKey?: string;
}

/** Upload progress, 0–1, with bytes. */
export interface UploadProgress {
  percent: number;
  transferredBytes: number;
  totalBytes: number;
}

export interface UploadCallOptions extends IdempotentCallOptions {
  onProgress?: (progress: UploadProgress) => void;
  /** File name sent with the upload; defaults to the File's own name. */
  fileName?: string;
}

type Out<S> = S extends z.ZodMiniType ? z.output<S> : unknown;
type Fields<E> = (E extends { params: infer P } ? Out<P> : unknown) & (E extends { query: infer Q } ? Out<Q> : unknown);

type PathNames<P extends string> = P extends `${string}{${infer N}}${infer Rest}` ? [N, ...PathNames<Rest>] : [];
type PositionalNames<E extends EndpointDef> = E extends { positional: infer N extends readonly string[] } ? N : PathNames<E['path']>;

type PositionalArgs<F, N extends readonly string[]> = N extends readonly [infer H extends string, ...infer R extends readonly string[]]
  ? undefined extends F[H & keyof F]
    ? [value?: F[H & keyof F], ...PositionalArgs<F, R>]
    : [value: F[H & keyof F], ...PositionalArgs<F, R>]
  : [];

type BodyArgs<E> = E extends { body: infer B }
  ? B extends typeof MULTIPART
    ? [file: Blob]
    : B extends z.ZodMiniType
      ? [body: z.input<B>]
      : []
  : [];

type BaseOptions<E> = E extends { body: typeof MULTIPART }
  ? UploadCallOptions
  : E extends { idempotent: true }
    ? IdempotentCallOptions
    : CallOptions;

type Simplify<T> = { [K in keyof T]: T[K] };
type RestOptions<E extends EndpointDef> = Simplify<Omit<Fields<E>, PositionalNames<E>[number]> & BaseOptions<E>>;
// `{}` extends `Pick<T, K>` exactly when K is optional in T.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
type RequiredKeys<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? never : K }[keyof T];
type OptionArgs<O> = [RequiredKeys<O>] extends [never] ? [options?: O] : [options: O];

/** The resolved value of an endpoint's method. */
export type Result<E extends EndpointDef> = E['response'] extends null
  ? void
  : E['response'] extends typeof BINARY
    ? Blob
    : Out<E['response']>;

/** The arguments of an endpoint's method: positional fields, the body, then options. */
export type Args<E extends EndpointDef> = [...PositionalArgs<Fields<E>, PositionalNames<E>>, ...BodyArgs<E>, ...OptionArgs<RestOptions<E>>];

export type Method<E extends EndpointDef> = (...args: Args<E>) => Promise<Result<E>>;

/** Who the client's calls act for (see `ClientConfig.actingFor`). */
export interface ClientControls {
  /**
   * Act for this enterprise (an id from `me.get()`'s `enterprises`) on every
   * later call that sends a token, or for the signed-in person again with null.
   */
  setActingFor(enterpriseId: string | null): void;
  /** The enterprise the calls act for; null: the signed-in person. */
  readonly actingFor: string | null;
}

/** The client: one resource group per group of the table, one method per endpoint, and who it acts for. */
export type Client = {
  readonly [G in keyof Endpoints]: {
    readonly [N in keyof Endpoints[G]]: Endpoints[G][N] extends EndpointDef ? Method<Endpoints[G][N]> : never;
  };
} & ClientControls;
