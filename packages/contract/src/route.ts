// What a client needs to send a request to an endpoint, without its schemas:
// the types of the generated route table (routes.ts) and the few constants the
// endpoint table and the route table share. No zod here, so a browser page
// that only sends requests does not load the schemas.

/** Base path of every endpoint. */
export const API_BASE_PATH = '/api/v1';

/**
 * - `public`: no token needed (catalog, guides, divisions).
 * - `user`: `Authorization: Bearer` required; the resource is the caller's own:
 *   the signed-in person's, or the enterprise's the request acts for
 *   (the `Yiwang-Acting-For` header).
 * - `optional`: a token is used when given (progress: owner, or number plus query code).
 * - `operator`: the operator token of the reference server, a development and test tool (lifecycle moves
 *   without a staff member, the simulated clock); the endpoints answer 403 unless the server has a token.
 * - `admin`: an administrator (catalog imports, search statistics, the staff
 *   directory, the audit log): the reference server's administrator token, or a
 *   signed-in staff member with the `platform_admin` role. An admin endpoint's
 *   `roles` name further staff roles it admits (`department_admin`), which the
 *   handler limits to the caller's own department.
 * - `staff`: a signed-in staff member (one department, some roles) holding every
 *   role the endpoint's `roles` lists; cases are those of the member's department.
 */
export type AuthMode = 'public' | 'user' | 'optional' | 'operator' | 'admin' | 'staff';
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** The request body is `multipart/form-data` with one `file` part (options, if any, are query parameters). */
export const MULTIPART = 'multipart';
/** The response body is binary (a file download), not JSON. */
export const BINARY = 'binary';

/** The placeholder names of a path, in order: `/a/{x}/b/{y}` → `['x', 'y']`. */
export function pathParamNames(path: string): string[] {
  return [...path.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1] as string);
}

/** One endpoint as a client sends it: the endpoint table's entry without its schemas. */
export interface RouteDef {
  readonly method: HttpMethod;
  /** Path below {@link API_BASE_PATH}, with `{name}` placeholders. */
  readonly path: string;
  /** The SDK method's leading positional arguments, in order (path or query fields). */
  readonly positional: readonly string[];
  /** Path parameter names (the fields of the endpoint's `params`). */
  readonly params: readonly string[];
  /** Query parameter names (the fields of the endpoint's `query`). */
  readonly query: readonly string[];
  readonly auth: AuthMode;
  /** `staff` and `admin` endpoints: the staff roles that admit a caller, as in the endpoint table. */
  readonly roles?: readonly string[];
  /** Accepts `Idempotency-Key`. */
  readonly idempotent: boolean;
  readonly body: 'json' | 'multipart' | 'none';
  /** `none`: 204 with no body. */
  readonly response: 'json' | 'binary' | 'none';
}
