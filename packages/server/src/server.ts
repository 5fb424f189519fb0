// The programmatic API for Node (`@yiwang/server/node`): the whole reference
// server — API, OpenAPI document, CDN bundles, demo site — in one call, for
// embedding in an existing Node service or starting from a script.
import { serve } from '@hono/node-server';
import type { ServerType } from '@hono/node-server';
import { defaultConfig } from './config.ts';
import type { ServerConfig } from './config.ts';
import type { Db } from './db/db.ts';
import { createSite, openDatabase } from './node.ts';
import type { Services } from './services.ts';
import type { Logger } from './http/log.ts';
import type { SmsAdapter } from './notify/channel.ts';

export interface CreateServerOptions {
  /** Serve the demo department site at `/` (default true). The API, /openapi.json and /cdn/ are always served. */
  demoSite?: boolean;
  /** A database to use instead of opening one from the configuration; `close()` closes it too. */
  db?: Db;
  /** Where requests and errors are logged; stdout at `config.log` (default level warn) when omitted. */
  log?: Logger;
  /** The SMS gateway's adapter; without it SMS go to the development inbox at /dev/inbox (unless `notify.devSmsInbox` is off). */
  sms?: SmsAdapter;
}

export interface YiwangServer {
  /**
   * The whole site as a fetch handler (`Request` in, `Response` out): mount it in Hono or any fetch-based
   * server. `env` is @hono/node-server's (`{ incoming, outgoing }`), from which the client address for rate
   * limits comes; without it every client counts as one, unless `trustProxy` reads `X-Forwarded-For`.
   */
  fetch: (request: Request, env?: unknown) => Response | Promise<Response>;
  config: ServerConfig;
  services: Services;
  db: Db;
  /** Starts an HTTP listener on `port` (default `config.port`; 0 for a free one) and resolves with the port. */
  listen(port?: number): Promise<{ port: number }>;
  /** Stops the listener (running requests finish) and the notification dispatcher, then closes the database. */
  close(): Promise<void>;
}

/**
 * Builds the reference server from a configuration: `defaultConfig(config)`,
 * so storage is PGlite in memory unless `dataDir` or `databaseUrl` says otherwise.
 */
export async function createServer(config: Partial<ServerConfig> = {}, options: CreateServerOptions = {}): Promise<YiwangServer> {
  const fullConfig = defaultConfig(config);
  const db = options.db ?? (await openDatabase(fullConfig));
  const { site, services } = await createSite(fullConfig, db, {
    demoSite: options.demoSite ?? true,
    ...(options.log ? { log: options.log } : {}),
    ...(options.sms ? { sms: options.sms } : {}),
  });
  let listener: ServerType | null = null;
  return {
    fetch: (request, env) => site.fetch(request, env),
    config: fullConfig,
    services,
    db,
    listen(port = fullConfig.port) {
      return new Promise((resolve, reject) => {
        const server = serve({ fetch: site.fetch, port }, (info) => resolve({ port: info.port }));
        server.once('error', reject);
        listener = server;
      });
    },
    async close() {
      const server = listener;
      listener = null;
      if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
      await services.close(); // buffered zero-result search counts
      await db.close();
    },
  };
}

export type { ServerConfig };
export type { NotificationChannel, NotificationMessage, Sms, SmsAdapter } from './notify/channel.ts';
