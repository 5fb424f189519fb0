// The hono app: one route per entry of the contract's endpoint table. Each
// route validates path, query and body against the contract, checks auth,
// applies idempotency and rate limits, calls its handler, and checks the
// answer against the contract before sending it.
import { Hono } from 'hono';
import type { Context } from 'hono';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import { ACTING_FOR_HEADER, API_BASE_PATH, BINARY, MULTIPART, listEndpoints, z } from '@yiwang/contract';
import type { EndpointDef, ErrorDetail, TokenErrorCode } from '@yiwang/contract';
import { HttpError, invalid } from './http/errors.ts';
import type { Message } from './http/errors.ts';
import { safeEqual } from './http/auth.ts';
import { TokenRejected } from './identity/identity.ts';
import { userForIdentity } from './identity/users.ts';
import type { StaffMember } from './identity/staff.ts';
import { authorizeAdminUser, authorizeStaff } from './http/staff.ts';
import { ACTING_REFUSED, actingRole } from './enterprises/authorisations.ts';
import { enterpriseRoutes } from './enterprises/routes.ts';
import { requestHash, withIdempotency } from './http/idempotency.ts';
import { consumeRateLimit } from './http/rate-limit.ts';
import type { AuthUser, BinaryBody, Handler, HandlerContext, Handlers, Locale } from './http/handler.ts';
import type { Services } from './services.ts';
import { uploadTooLarge } from './files/file-store.ts';
import type { StagedUpload } from './files/file-store.ts';
import { accountRoutes } from './accounts/routes.ts';
import { adminRoutes } from './admin/routes.ts';
import { addressRoutes } from './addresses/routes.ts';
import { agencyRoutes } from './agency/routes.ts';
import { applicationRoutes } from './applications/routes.ts';
import { catalogRoutes } from './catalog/routes.ts';
import { deliveryRoutes } from './delivery/routes.ts';
import { divisionRoutes } from './divisions/routes.ts';
import { draftRoutes } from './drafts/routes.ts';
import { formRoutes } from './forms/routes.ts';
import { fileRoutes } from './files/routes.ts';
import { operatorRoutes } from './operator/routes.ts';
import { staffRoutes } from './staff/routes.ts';
import { documentRoutes } from './seal/routes.ts';
import { notificationRoutes } from './notify/routes.ts';

/** Every endpoint's handler, by group and name, as the endpoint table lists them. */
const handlers: Handlers = {
  ...catalogRoutes,
  ...formRoutes,
  ...draftRoutes,
  ...fileRoutes,
  ...applicationRoutes,
  ...accountRoutes,
  ...divisionRoutes,
  ...addressRoutes,
  ...deliveryRoutes,
  ...agencyRoutes,
  ...operatorRoutes,
  ...adminRoutes,
  ...staffRoutes,
  ...documentRoutes,
  ...enterpriseRoutes,
  ...notificationRoutes,
};

const JSON_LIMIT = 1024 * 1024;

/** Per-request values the middleware sets. */
type Env = { Variables: { requestId: string } };

function localeOf(c: Context): Locale {
  return /^en\b/i.test(c.req.header('Accept-Language') ?? '') ? 'en' : 'zh-CN';
}

function errorResponse(c: Context, requestId: string, status: number, code: string, text: Message, details?: ErrorDetail[]) {
  const message = localeOf(c) === 'en' ? text.en : text.zh;
  return c.json({ error: { code, message, ...(details ? { details } : {}), requestId } }, status as 400);
}

function issuesToDetails(where: string, issues: ReadonlyArray<{ path: readonly PropertyKey[]; message: string }>): ErrorDetail[] {
  return issues.map((i) => ({ path: [where, ...i.path.map(String)].join('.'), message: i.message }));
}

function parsePart<S extends z.ZodMiniType>(schema: S, value: unknown, where: string, locale: Locale): z.output<S> {
  const result = schema.safeParse(value, locale === 'zh-CN' ? { error: zhErrors } : undefined);
  if (!result.success) throw invalid(issuesToDetails(where, result.error.issues));
  return result.data;
}

const zhErrors = z.locales.zhCN().localeError;

function queryObject(c: Context, def: EndpointDef): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const all = c.req.queries();
  const shape = (def.query?.shape ?? {}) as Record<string, unknown>;
  for (const [key, values] of Object.entries(all)) {
    // Unknown parameters are ignored, as most APIs do; known ones keep their last value.
    if (key in shape) out[key] = values[values.length - 1];
  }
  return out;
}

async function readJsonBody(c: Context): Promise<unknown> {
  const type = c.req.header('Content-Type') ?? '';
  if (!/^application\/json\b/i.test(type)) {
    throw invalid([{ path: 'body', message: 'Content-Type must be application/json' }], {
      zh: '请求体必须是 JSON',
      en: 'The body must be JSON',
    });
  }
  const text = await c.req.text();
  if (text.length > JSON_LIMIT) throw new HttpError(413, 'PAYLOAD_TOO_LARGE', { zh: '请求体过大', en: 'Request body too large' });
  try {
    return JSON.parse(text);
  } catch {
    throw invalid([{ path: 'body', message: 'Malformed JSON' }], { zh: '请求体不是合法的 JSON', en: 'Malformed JSON body' });
  }
}

/**
 * Receives the file of a multipart request into the file store (streamed by
 * the Node server's reader): 413 past the limit, kept nothing.
 */
async function receiveUpload(c: Context, services: Services): Promise<StagedUpload> {
  const maxBytes = services.config.maxUploadBytes;
  const length = Number(c.req.header('Content-Length') ?? '0');
  // Refuse before reading when the client says it is too large (the multipart overhead is small).
  if (length > maxBytes + 64 * 1024) throw uploadTooLarge(maxBytes);
  if (!/^multipart\/form-data\b/i.test(c.req.header('Content-Type') ?? '')) {
    throw invalid([{ path: 'body', message: 'Content-Type must be multipart/form-data' }]);
  }
  return services.readMultipart(c.req.raw, services.files, maxBytes);
}

/** What a refused identity-provider token tells the user. */
const TOKEN_REFUSED: Record<TokenErrorCode, Message> = {
  TOKEN_EXPIRED: { zh: '登录已过期，请重新登录', en: 'Your sign-in has expired; please sign in again' },
  TOKEN_AUDIENCE_INVALID: { zh: '登录凭证不是签发给本系统的', en: 'The token was not issued for this service' },
  TOKEN_ISSUER_INVALID: { zh: '登录凭证不是由受信任的认证平台签发的', en: 'The token was not issued by the trusted identity provider' },
  TOKEN_ALGORITHM_NOT_ALLOWED: { zh: '登录凭证的签名算法不被接受', en: 'The token is signed with an algorithm that is not accepted' },
  TOKEN_SIGNATURE_INVALID: { zh: '登录凭证签名无效', en: 'The token signature is invalid' },
  TOKEN_KEY_UNKNOWN: { zh: '登录凭证的签名密钥未知', en: 'The token is signed with an unknown key' },
  TOKEN_MALFORMED: { zh: '登录凭证格式无效', en: 'The token is malformed' },
};

const unauthorized = (text: Message = { zh: '请先登录', en: 'Sign-in required' }) =>
  new HttpError(401, 'UNAUTHORIZED', text, { headers: { 'WWW-Authenticate': 'Bearer' } });

/** The signed-in user as themselves (staff and administrators never act for an enterprise). */
const asThemselves = (id: string): AuthUser => ({ id, personId: id, actingFor: null });

/**
 * The user a request acts as: the signed-in user, or the enterprise named in
 * `Yiwang-Acting-For` when the signed-in person holds a live authorisation for
 * it (403 `AUTHORISATION_EXPIRED` / `NOT_AUTHORISED_FOR_ENTERPRISE` otherwise).
 * Naming the signed-in user itself is the same as naming none.
 */
async function actingUser(c: Context, signedIn: string, services: Services, now: Date): Promise<AuthUser> {
  const header = c.req.header(ACTING_FOR_HEADER)?.trim();
  if (!header || header === signedIn) return asThemselves(signedIn);
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(header)) throw ACTING_REFUSED.none();
  const role = await actingRole(services.db, signedIn, header, now);
  return { id: header, personId: signedIn, actingFor: { enterpriseId: header, role } };
}

/** The user a bearer token signs in: an identity provider's token, or one of this server's sessions; 401 otherwise. */
async function signedInId(token: string, services: Services, now: Date): Promise<string> {
  if (services.identity?.accepts(token)) {
    let identity;
    try {
      identity = await services.identity.verify(token, now);
    } catch (error) {
      if (!(error instanceof TokenRejected)) throw error;
      // RFC 6750 §3.1: the token was presented and is not acceptable; the code says why.
      throw new HttpError(401, error.code, TOKEN_REFUSED[error.code], {
        headers: { 'WWW-Authenticate': `Bearer error="invalid_token", error_description="${error.code}"` },
      });
    }
    return userForIdentity(services.db, identity, services.hashIdNumber, now, services.config);
  }
  const payload = await services.signer.verify(token, now.getTime());
  if (!payload) throw unauthorized();
  return payload.sub;
}

async function authenticate(
  c: Context,
  def: EndpointDef,
  services: Services,
  now: Date,
): Promise<{ user: AuthUser | null; staff: StaffMember | null }> {
  const header = c.req.header('Authorization') ?? '';
  const token = /^Bearer\s+(.+)$/i.exec(header)?.[1]?.trim() ?? null;
  const none = { user: null, staff: null };
  if (def.auth === 'operator') {
    const expected = services.config.operatorToken;
    if (!expected) throw new HttpError(403, 'FORBIDDEN', { zh: '未启用运营接口', en: 'Operator endpoints are disabled' });
    if (!token || !safeEqual(token, expected))
      throw new HttpError(401, 'UNAUTHORIZED', { zh: '运营令牌无效', en: 'Invalid operator token' });
    return none;
  }
  if (def.auth === 'admin') {
    // The administrator token, or a signed-in platform administrator (or the endpoint's further staff roles).
    const expected = services.config.adminToken;
    if (!token) throw unauthorized({ zh: '需要管理令牌或管理员登录', en: 'An administrator token or sign-in is required' });
    if (expected && safeEqual(token, expected)) return none;
    let user: AuthUser;
    try {
      user = asThemselves(await signedInId(token, services, now));
    } catch (error) {
      if (error instanceof HttpError && error.code === 'UNAUTHORIZED') {
        // Without a configured token only a signed-in platform administrator gets in.
        if (!expected)
          throw new HttpError(403, 'FORBIDDEN', {
            zh: '未启用管理令牌，请以平台管理员身份登录',
            en: 'The administrator token is disabled; sign in as a platform administrator',
          });
        throw unauthorized({ zh: '管理令牌无效', en: 'Invalid administrator token' });
      }
      throw error;
    }
    return { user, staff: await authorizeAdminUser(services.db, user.id, def) };
  }
  if (def.auth === 'public' || (def.auth === 'optional' && !token)) return none;
  if (!token) throw unauthorized();
  const id = await signedInId(token, services, now);
  if (def.auth === 'staff') return { user: asThemselves(id), staff: await authorizeStaff(services.db, id, def) };
  const user = await actingUser(c, id, services, now);
  return { user, staff: null };
}

/** Builds the API app over the given services. */
export function createApp(services: Services): Hono<Env> {
  const app = new Hono<Env>();

  app.use('*', async (c, next) => {
    // The Node site decides the id (a trusted proxy's X-Request-Id, or a new one) and passes it in env.
    const given = (c.env as { requestId?: unknown } | undefined)?.requestId;
    const requestId = typeof given === 'string' ? given : crypto.randomUUID();
    c.set('requestId', requestId);
    c.header('X-Request-Id', requestId);
    await next();
  });
  app.use(
    '*',
    secureHeaders({
      crossOriginResourcePolicy: 'cross-origin',
      crossOriginOpenerPolicy: false,
      xFrameOptions: 'DENY',
      referrerPolicy: 'no-referrer',
      // Only over TLS: the Node site adds it when the request came over https (http/security-headers.ts).
      strictTransportSecurity: false,
      permissionsPolicy: { camera: [], microphone: [], geolocation: [], payment: [], usb: [] },
    }),
  );
  const origins = services.config.corsOrigins;
  app.use(
    `${API_BASE_PATH}/*`,
    cors({
      origin: origins.includes('*') ? '*' : origins,
      allowMethods: ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS'],
      allowHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key', 'Accept-Language', ACTING_FOR_HEADER],
      exposeHeaders: ['Retry-After', 'X-Request-Id', 'Idempotency-Replayed', 'Yiwang-Result-Seal'],
      maxAge: 600,
    }),
  );

  const routes = listEndpoints().sort(
    // Static paths before parameterised ones, so `/items/suggest` never matches `/items/{id}`.
    (a, b) => (a.def.path.match(/\{/g)?.length ?? 0) - (b.def.path.match(/\{/g)?.length ?? 0),
  );
  for (const { id, group, name, def } of routes) {
    const handler = (handlers as unknown as Record<string, Record<string, Handler<EndpointDef>>>)[group]?.[name];
    if (!handler) throw new Error(`No handler for ${id}`);
    const honoPath = API_BASE_PATH + def.path.replace(/\{([A-Za-z0-9_]+)\}/g, ':$1');
    app.on(def.method, honoPath, async (c) => {
      let upload: StagedUpload | null = null;
      try {
        const requestId = c.get('requestId');
        const locale = localeOf(c);
        const now = await services.clock.now();
        const { user, staff } = await authenticate(c, def, services, now);
        const params = def.params ? parsePart(def.params, c.req.param(), 'params', locale) : undefined;
        const query = def.query ? parsePart(def.query, queryObject(c, def), 'query', locale) : undefined;
        let body: unknown;
        let hashSource = '';
        if (def.body === MULTIPART) {
          upload = await receiveUpload(c, services);
          body = upload;
          hashSource = `${upload.name}:${upload.type}:${upload.size}:${upload.sha256}`;
          // Options travel in the query: the same key with the same file and other options is another request.
          if (def.query) hashSource += `\n${JSON.stringify(queryObject(c, def))}`;
        } else if (def.body) {
          const raw = await readJsonBody(c);
          body = parsePart(def.body, raw, 'body', locale);
          hashSource = JSON.stringify(raw);
        }
        const clientId = services.clientAddress(c);
        if (def.rateLimited && !user) {
          const limit = services.config.progressRateLimit;
          const key = `${id}:${clientId}:${JSON.stringify(params ?? {})}`;
          await consumeRateLimit(services.db, key, limit.max, limit.windowSeconds, now);
          await consumeRateLimit(services.db, `${id}:${clientId}`, limit.max * 6, limit.windowSeconds, now);
        }
        const idempotencyKey = (def.idempotent && c.req.header('Idempotency-Key')) || null;
        const idempotency = idempotencyKey
          ? {
              scope: `${user?.id ?? 'anonymous'}:${id}`,
              key: idempotencyKey,
              requestHash: await requestHash(`${c.req.path}\n${hashSource}`),
            }
          : null;
        const ctx = {
          params,
          query,
          body,
          user,
          staff,
          requestId,
          now,
          locale,
          clientId,
          idempotency,
          services,
        } as HandlerContext<EndpointDef>;

        const run = async (): Promise<{ status: number; body: unknown }> => {
          const result = await handler(ctx);
          if (def.response === null || def.response === BINARY) return { status: def.status, body: result };
          const checked = def.response.safeParse(result);
          if (!checked.success) {
            // The reference server must never answer outside its own contract.
            services.log.error('answer outside the contract', { requestId, endpoint: id, issues: checked.error.issues.slice(0, 5) });
            throw new Error(`${id} response failed the contract`);
          }
          return { status: def.status, body: checked.data };
        };

        const outcome = idempotency
          ? await withIdempotency(services.db, { ...idempotency, abandonedAfterMs: services.config.idempotencyTimeoutSeconds * 1000 }, run)
          : { ...(await run()), replayed: false };

        if (outcome.replayed) c.header('Idempotency-Replayed', 'true');
        if (def.response === null) return c.body(null, 204);
        if (def.response === BINARY) {
          const file = outcome.body as BinaryBody;
          c.header('Content-Type', file.contentType);
          c.header('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
          c.header('Cache-Control', 'private, no-store');
          if (file.size !== undefined) c.header('Content-Length', String(file.size));
          for (const [name, value] of Object.entries(file.headers ?? {})) c.header(name, value);
          return c.body(file.body, 200);
        }
        if (def.auth !== 'public') c.header('Cache-Control', 'private, no-store');
        return c.json(outcome.body as object, outcome.status as 200);
      } finally {
        // An upload the handler did not store (refused, replayed, failed) leaves nothing behind.
        await upload?.discard();
      }
    });
  }

  app.notFound((c) => errorResponse(c, c.get('requestId'), 404, 'NOT_FOUND', { zh: '接口不存在', en: 'No such endpoint' }));
  app.onError((error, c) => {
    const requestId = c.get('requestId') ?? crypto.randomUUID();
    if (error instanceof HttpError) {
      for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
      return errorResponse(c, requestId, error.status, error.code, error.text, error.details);
    }
    services.log.error('request failed', { requestId, method: c.req.method, path: c.req.path, error });
    return errorResponse(c, requestId, 500, 'INTERNAL', {
      zh: '服务器内部错误，请稍后再试',
      en: 'Internal server error, please try again later',
    });
  });
  return app;
}
