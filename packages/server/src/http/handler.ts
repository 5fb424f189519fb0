// What a handler is: the typed context the app hands it (validated params,
// query and body, the caller, the clock, the services) and what it returns.
// Every endpoint group's routes.ts implements these; app.ts calls them.
import type { BINARY, EndpointDef, Endpoints, MULTIPART, z } from '@yiwang/contract';
import type { Services } from '../services.ts';
import type { StaffMember } from '../identity/staff.ts';
import type { Upload } from '../files/file-store.ts';

export type Locale = 'zh-CN' | 'en';

/** The signed-in applicant of a request. */
export interface AuthUser {
  /**
   * Whose the request's resources are: the signed-in user, or the enterprise the
   * request acts for (`Yiwang-Acting-For`). Applications, drafts, files,
   * addresses and e-licenses belong to this id.
   */
  id: string;
  /** The signed-in user (the person, also when acting for an enterprise). */
  personId: string;
  /** The enterprise the request acts for and the person's role there; null: acting as the signed-in user. */
  actingFor: { enterpriseId: string; role: 'legal_person' | 'agent' } | null;
}

type Out<S> = S extends z.ZodMiniType ? z.output<S> : undefined;

/** A downloadable file a handler returns for a binary endpoint. */
export interface BinaryBody {
  /** The content, whole or as a stream (a file read from disk). */
  body: Uint8Array<ArrayBuffer> | ReadableStream<Uint8Array>;
  /** Its length in bytes, when known: sent as Content-Length. */
  size?: number;
  contentType: string;
  fileName: string;
  /** Extra response headers (exposed to browsers by the CORS policy when listed there). */
  headers?: Record<string, string>;
}

export interface HandlerContext<E extends EndpointDef> {
  params: Out<E['params']>;
  query: Out<E['query']>;
  /** A multipart endpoint's file, received into the file store (files/file-store.ts). */
  body: E['body'] extends typeof MULTIPART ? Upload : Out<E['body']>;
  /** Present on every `user` and `staff` endpoint; on `optional` ones only when a token was sent; on `admin` ones for a signed-in caller. */
  user: E['auth'] extends 'user' | 'staff' ? AuthUser : AuthUser | null;
  /** The staff member on `staff` endpoints; on `admin` ones the signed-in staff caller (null with the administrator token). */
  staff: E['auth'] extends 'staff' ? StaffMember : StaffMember | null;
  requestId: string;
  /** The server's current time (the simulated clock when one is set). */
  now: Date;
  locale: Locale;
  /** Who is asking, for rate limits: the client address. */
  clientId: string;
  /**
   * The request's Idempotency-Key on an idempotent endpoint (already claimed for this request), the scope it
   * is claimed in (caller and endpoint) and the request's fingerprint, else null.
   */
  idempotency: { scope: string; key: string; requestHash: string } | null;
  services: Services;
}

export type HandlerResult<E extends EndpointDef> = E['response'] extends null
  ? void
  : E['response'] extends typeof BINARY
    ? BinaryBody
    : Out<E['response']>;

export type Handler<E extends EndpointDef> = (ctx: HandlerContext<E>) => Promise<HandlerResult<E>>;

export type GroupHandlers<G extends keyof Endpoints> = {
  [N in keyof Endpoints[G]]: Endpoints[G][N] extends EndpointDef ? Handler<Endpoints[G][N]> : never;
};

export type Handlers = { [G in keyof Endpoints]: GroupHandlers<G> };
