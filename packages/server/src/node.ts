// The process entry of `npm start`: the API, the OpenAPI document, the CDN
// bundles and the demo department site, on http://localhost:8080 (PORT).
import { getRequestListener } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import type { Context } from 'hono';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { relative } from 'node:path';
import { createApp } from './app.ts';
import { healthRoutes, notReady } from './health.ts';
import type { Readiness } from './health.ts';
import { createLogger } from './http/log.ts';
import type { Logger } from './http/log.ts';
import { proxyTrust } from './http/proxy.ts';
import type { ProxyTrust } from './http/proxy.ts';
import { HSTS, incomingOf, PERMISSIONS_POLICY, siteMiddleware } from './http/site.ts';
import type { SiteEnv } from './http/site.ts';
import { configFromEnv } from './config.ts';
import type { ServerConfig } from './config.ts';
import type { Db } from './db/db.ts';
import { createPgliteDb } from './db/pglite.ts';
import { lockDataDir } from './db/data-dir-lock.ts';
import { withCalendarFile } from './domain/calendar-file.ts';
import { createPostgresDb } from './db/postgres.ts';
import { loadDivisionIndex } from './divisions/load.ts';
import { loadDictionaryFile } from './catalog/dictionary-load.ts';
import { catalogImporter } from './catalog/import/importer.ts';
import { seedData } from './seed/index.ts';
import { createServices } from './services.ts';
import { configuredSealer } from './seal/node.ts';
import { configuredFileStore, readMultipartStreaming } from './files/fs-store.ts';
import { siteFiles } from './site-files.ts';
import type { IdentityAdapter } from './identity/identity.ts';
import type { SmsAdapter } from './notify/channel.ts';
import { createOidcAdapter } from './identity/oidc.ts';
import { oidcConfig, relyingPartyConfig } from './identity/oidc-config.ts';
import { createRelyingParty, generateClientKey, publicJwk } from './identity/relying-party.ts';
import { createDevProvider } from './identity/dev-provider/provider.ts';
import type { DevProvider } from './identity/dev-provider/provider.ts';
import type { TicketAdapter } from './identity/ticket/adapter.ts';
import { createTicketAdapter } from './identity/ticket/adapter.ts';
import { ticketConfig } from './identity/ticket/config.ts';
import { createDevTicketService } from './identity/ticket/dev-service.ts';
import type { DevTicketService } from './identity/ticket/dev-service.ts';
import { loadTicketAdapter } from './identity/ticket/load.ts';
import { TICKET_BASE_PATH, ticketRoutes } from './identity/ticket/routes.ts';
import { INBOX_PATH, inboxPage } from './notify/inbox-page.ts';

/** The API's audience (resource indicator) at the development identity provider. */
export const DEV_AUDIENCE = 'urn:yiwang:api';
/** The demo site's client at the development identity provider (a public client: PKCE, no secret). */
export const DEV_CLIENT_ID = 'yiwang-demo';
/** The server's own client at the development identity provider (confidential: private_key_jwt), for `/auth/oidc/login`. */
export const DEV_SERVER_CLIENT_ID = 'yiwang-server';

// serveStatic takes roots relative to the working directory.
const fromCwd = (path: string) => relative(process.cwd(), path) || '.';

/** Content-Security-Policy of the demo site: what a strict government page sends. */
export const SITE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
].join('; ');

/**
 * The configured database: PostgreSQL (`databaseUrl`), or PGlite in `dataDir`
 * (locked for this process until `close()`: see db/data-dir-lock.ts) or in memory.
 */
export async function openDatabase(config: ServerConfig): Promise<Db> {
  if (config.databaseUrl) return createPostgresDb(config.databaseUrl);
  if (!config.dataDir) return createPgliteDb();
  const release = lockDataDir(config.dataDir);
  try {
    const db = await createPgliteDb(config.dataDir);
    return {
      ...db,
      async close() {
        await db.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

function clientAddress(trust: ProxyTrust) {
  return (c: Context) => trust.clientAddress(incomingOf(c.env)?.socket.remoteAddress, c.req.header('X-Forwarded-For')) ?? 'unknown';
}

/** A logger writing to stdout (one line per write), as `config.log` says. */
export function stdoutLogger(config: ServerConfig): Logger {
  return createLogger({ ...config.log, write: (line) => void process.stdout.write(`${line}\n`) });
}

export interface SiteOptions {
  /** Serve the demo department site at `/` (default true). The API, /openapi.json and /cdn/ are always served. */
  demoSite?: boolean;
  identity?: IdentityAdapter;
  /** A provincial ticket service's adapter: its sign-in routes answer under /auth/ticket. */
  ticket?: TicketAdapter;
  /** The simulated ticket service, served under its base path (development and tests). */
  devTicketService?: DevTicketService;
  /** Where requests and errors are logged; stdout at `config.log` when omitted. */
  log?: Logger;
  /** The SMS gateway's adapter; without it SMS go to the development inbox at /dev/inbox (unless `notify.devSmsInbox` is off). */
  sms?: SmsAdapter;
}

/**
 * Builds the whole site: API under /api/v1, plus the static files (the OpenAPI
 * document, the CDN bundles under /cdn/ and, unless `demoSite` is false, the demo
 * department site), the server's OIDC sign-in when an issuer and a client are
 * configured, and ticket sign-in under /auth/ticket with a ticket adapter.
 */
export async function createSite(configured: ServerConfig, db: Db, options: SiteOptions = {}) {
  const { demoSite = true } = options;
  const config = configured.calendarFile ? withCalendarFile(configured, configured.calendarFile) : configured;
  const files = siteFiles();
  const identity = options.identity ?? (config.oidc ? createOidcAdapter(config.oidc) : undefined);
  const log = options.log ?? stdoutLogger(config);
  const trust = proxyTrust(config.trustProxy);
  const services = await createServices({
    log,
    ...(identity ? { identity } : {}),
    db,
    config,
    divisions: loadDivisionIndex(),
    seed: seedData,
    ...(config.synonymsFile ? { searchDictionary: loadDictionaryFile(config.synonymsFile) } : {}),
    clientAddress: clientAddress(trust),
    catalogImporter,
    seal: configuredSealer(config),
    ...(options.sms ? { notify: { sms: options.sms } } : {}),
    fileStore: await configuredFileStore(config),
    readMultipart: readMultipartStreaming,
  });
  // Sends what the outbox holds; services.close() stops it.
  services.notifier.start(config.notify.intervalMs, services.clock);
  const api = createApp(services);
  const readiness: Readiness = { stopping: false };
  const site = new Hono<SiteEnv>();
  // First, so that every response gets the request id, the security headers and its log line.
  site.use('*', siteMiddleware({ log, trust }));
  site.use('*', async (c, next) => {
    await next();
    // A page with a policy of its own (the development SMS inbox) keeps it.
    if (!c.req.path.startsWith('/api/') && !c.res.headers.has('Content-Security-Policy')) c.header('Content-Security-Policy', SITE_CSP);
  });
  site.route('/', healthRoutes(services, readiness));
  // The whole /api/ space belongs to the API app, so unknown API paths get its 404 envelope; it answers with the site's request id.
  site.all('/api/*', (c) => api.fetch(c.req.raw, { ...(c.env as object), requestId: c.get('requestId') }));
  site.onError((error, c) => {
    log.error('request failed', { requestId: c.get('requestId'), method: c.req.method, path: c.req.path, error });
    return c.text('Internal Server Error', 500);
  });
  // The server's sign-in for the site (Node only): /auth/oidc/login, /auth/oidc/callback, /auth/session, /auth/logout.
  if (config.oidc && config.relyingParty) site.route('/', (await createRelyingParty(services, config.oidc, config.relyingParty)).routes);
  if (options.ticket) site.route(TICKET_BASE_PATH, ticketRoutes(options.ticket, services));
  if (options.devTicketService) site.route(options.devTicketService.basePath, options.devTicketService.app);
  // What the development SMS channel sent, while SMS go there (the demo site links to it).
  if (config.notify.devSmsInbox && !options.sms) site.route('/', inboxPage(db));
  site.get('/openapi.json', serveStatic({ path: fromCwd(files.openapi) }));
  if (files.cdnParent) site.use('/cdn/*', serveStatic({ root: fromCwd(files.cdnParent), rewriteRequestPath: (p) => p }));
  if (demoSite && files.site) site.use('/*', serveStatic({ root: fromCwd(files.site) }));
  return { site, services, readiness, log };
}

export interface RunningServer {
  server: Server;
  /** `http://localhost:<port>` */
  origin: string;
  /** The development identity provider at `${origin}/oidc`, when it runs. */
  devProvider: DevProvider | null;
  /** The simulated provincial ticket service at `${origin}/dev-ticket`, when it runs. */
  devTicketService: DevTicketService | null;
  /** The ticket adapter whose sign-in answers under /auth/ticket, when there is one. */
  ticket: TicketAdapter | null;
  services: Awaited<ReturnType<typeof createSite>>['services'];
  /** What /readyz answers from; `stopOnSignals` marks it stopping. */
  readiness: Readiness;
  log: Logger;
}

/**
 * Listens on `config.port` (0: a free one) and serves the site; with
 * `devIdentityProvider` and no external issuer, the development identity
 * provider answers under /oidc on the same port and the API accepts its tokens.
 */
export async function startServer(
  config: ServerConfig,
  db: Db,
  options: {
    /** Serve the demo department site (default true). */
    demoSite?: boolean;
    /**
     * Ticket sign-in: a configured adapter (`YIWANG_TICKET_CONFIG`), or `dev` for the
     * simulated provincial ticket service at /dev-ticket on the same port with an
     * adapter for it; absent: none.
     */
    ticket?: TicketAdapter | 'dev';
    /** Where requests and errors are logged; stdout at `config.log` when omitted. */
    log?: Logger;
  } = {},
): Promise<RunningServer> {
  // The provider's issuer and the site need the port, known once listening: until then, 503.
  const handlers: { site?: ReturnType<typeof getRequestListener>; dev?: DevProvider } = {};
  const trust = proxyTrust(config.trustProxy);
  const server = createServer((req, res) => {
    if (handlers.site && !(handlers.dev && (req.url === '/oidc' || req.url?.startsWith('/oidc/')))) {
      void handlers.site(req, res);
      return;
    }
    // Answered outside the site (the development provider, or still starting): the same security headers.
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Permissions-Policy', PERMISSIONS_POLICY);
    const forwardedProto = trust.trusts(req.socket.remoteAddress) ? String(req.headers['x-forwarded-proto'] ?? '').split(',')[0] : '';
    if (forwardedProto?.trim().toLowerCase() === 'https') res.setHeader('Strict-Transport-Security', HSTS);
    if (handlers.dev && (req.url === '/oidc' || req.url?.startsWith('/oidc/'))) handlers.dev.handle(req, res);
    else if (req.url === '/healthz')
      res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }).end('{"status":"ok"}');
    else
      res
        .writeHead(503, { 'Retry-After': '1', 'Content-Type': 'application/json', 'Cache-Control': 'no-store' })
        .end(JSON.stringify(notReady('starting', 'the server is starting')));
  });
  await new Promise<void>((resolve) => server.listen(config.port, resolve));
  const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
  if (config.devIdentityProvider && !config.oidc) {
    const issuer = `${origin}/oidc`;
    const clientKey = await generateClientKey();
    handlers.dev = createDevProvider({
      issuer,
      audience: DEV_AUDIENCE,
      clients: [
        {
          client_id: DEV_CLIENT_ID,
          client_name: '一网 演示站',
          token_endpoint_auth_method: 'none',
          redirect_uris: [`${origin}/`],
          grant_types: ['authorization_code'],
          response_types: ['code'],
        },
        {
          // The server signs the demo site in (/auth/oidc/login), authenticating with its key (private_key_jwt).
          client_id: DEV_SERVER_CLIENT_ID,
          client_name: '一网 演示站',
          token_endpoint_auth_method: 'private_key_jwt',
          token_endpoint_auth_signing_alg: 'ES256',
          jwks: { keys: [publicJwk(clientKey)] },
          redirect_uris: [`${origin}/auth/oidc/callback`],
          post_logout_redirect_uris: [`${origin}/`],
          grant_types: ['authorization_code'],
          response_types: ['code'],
        },
      ],
    });
    config.oidc = oidcConfig({ issuer, audience: DEV_AUDIENCE });
    config.relyingParty ??= relyingPartyConfig({ clientId: DEV_SERVER_CLIENT_ID, clientKey, publicOrigin: origin });
  }
  let ticket = options.ticket === 'dev' ? undefined : options.ticket;
  let devTicketService: DevTicketService | undefined;
  if (options.ticket === 'dev') {
    const app = { appId: 'yiwang-dev', secret: randomBytes(32).toString('hex'), serviceOrigins: [origin] };
    devTicketService = createDevTicketService({ apps: [app] });
    ticket = createTicketAdapter(ticketConfig(devTicketService.ticketConfigFor(origin, app)));
  }
  const { site, services, readiness, log } = await createSite(config, db, {
    ...(options.log ? { log: options.log } : {}),
    ...(options.demoSite === false ? { demoSite: false } : {}),
    ...(ticket ? { ticket } : {}),
    ...(devTicketService ? { devTicketService } : {}),
  });
  handlers.site = getRequestListener(site.fetch);
  return {
    server,
    origin,
    devProvider: handlers.dev ?? null,
    devTicketService: devTicketService ?? null,
    ticket: ticket ?? null,
    services,
    readiness,
    log,
  };
}

/** Ticket sign-in from the environment: a configured provincial ticket service, or by default the simulated one (YIWANG_DEV_TICKET_SERVICE=off: none). */
export async function ticketFromEnv(env: Record<string, string | undefined>): Promise<TicketAdapter | 'dev' | undefined> {
  const configured = await loadTicketAdapter(env);
  const devTicket = !/^(0|false|no|off)$/i.test(env.YIWANG_DEV_TICKET_SERVICE ?? 'on');
  return configured ?? (devTicket ? 'dev' : undefined);
}

async function main() {
  const config = prettyOnTerminal(configFromEnv(process.env), process.env);
  if (!siteFiles().cdnParent)
    console.warn('The script-tag bundles are missing: run `npm run build` (they go to packages/elements/dist/cdn).');
  const db = await openDatabase(config);
  const ticketOption = await ticketFromEnv(process.env);
  const running = await startServer(config, db, ticketOption ? { ticket: ticketOption } : {});
  const { origin, devProvider, devTicketService, ticket } = running;
  const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${config.dataDir}`;
  console.log(`yiwang reference server on ${origin}  (storage: ${where})`);
  console.log(`  demo site  ${origin}/`);
  console.log(`  API        ${origin}/api/v1   OpenAPI: /openapi.json`);
  if (devProvider) console.log(`  identity   ${devProvider.issuer} (development OpenID Connect provider; audience ${DEV_AUDIENCE})`);
  else if (config.oidc) console.log(`  identity   tokens of ${config.oidc.issuer} for ${config.oidc.audience}`);
  if (devTicketService) console.log(`  ticket     ${origin}${devTicketService.basePath} (simulated provincial ticket service)`);
  if (ticket) console.log(`  ticket     sign-in at ${origin}${TICKET_BASE_PATH}/login?returnTo=/ through ${ticket.config.issuer}`);
  if (config.operatorToken) {
    console.log('  operator endpoints enabled (YIWANG_OPERATOR_TOKEN): development and tests only');
    if (process.env.NODE_ENV === 'production')
      console.warn(
        '  warning: the operator endpoints move applications without a staff member and set the clock; unset YIWANG_OPERATOR_TOKEN in production',
      );
  }
  if (config.adminToken) console.log('  administrator endpoints enabled (YIWANG_ADMIN_TOKEN)');
  if (config.notify.devSmsInbox) console.log(`  SMS        ${origin}${INBOX_PATH} (development inbox)`);
  stopOnSignals(running, db);
}

/** Pretty log lines when stdout is a terminal outside production and YIWANG_LOG_FORMAT does not say otherwise. */
export function prettyOnTerminal(config: ServerConfig, env: Record<string, string | undefined>): ServerConfig {
  if (!env.YIWANG_LOG_FORMAT && env.NODE_ENV !== 'production' && process.stdout.isTTY) config.log = { ...config.log, format: 'pretty' };
  return config;
}

/**
 * On SIGINT or SIGTERM: /readyz answers 503, the listener stops taking
 * connections (refused from then on) and closes idle keep-alive ones, running
 * requests finish (their connections close after the answer); then the
 * notification dispatcher stops (a send in progress finishes), the buffered
 * zero-result search counts are written, the database (and its catalog
 * listener) closed so PGlite flushes its data directory cleanly, and the process exits.
 */
export function stopOnSignals(running: Pick<RunningServer, 'server' | 'services' | 'readiness' | 'log'>, db: Db): void {
  const { server, services, readiness, log } = running;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    readiness.stopping = true;
    log.info('shutting down', { signal });
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await services.close();
    await db.close();
    log.info('stopped', { signal });
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

if (import.meta.main) await main();
