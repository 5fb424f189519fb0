#!/usr/bin/env node
// `npx @yiwang/server` (the package's bin): the reference server on PGlite
// (./.data) with the demo catalog, users and department site, configured by
// the environment variables of configFromEnv and these flags.
import { parseArgs } from 'node:util';
import { configFromEnv } from './config.ts';
import { openDatabase, prettyOnTerminal, startServer, stopOnSignals, ticketFromEnv } from './node.ts';

const USAGE = `Usage: yiwang-server [--port <n>] [--data-dir <dir> | --memory] [--no-demo]

  --port <n>        listen on port n (default: PORT or 8080)
  --data-dir <dir>  PGlite data directory (default: YIWANG_DATA_DIR or ./.data)
  --memory          keep the PGlite database in memory
  --no-demo         no demo site, no demo sign-in or development identity provider,
                    no seeded catalog or demo data: an empty server to load your own catalog into
  -h, --help        this text

       yiwang-server db backup <file> | db restore <file> [--data-dir <dir>]
                    back up the PGlite data directory (server stopped) or restore one

DATABASE_URL=postgres://… uses PostgreSQL instead of PGlite. Every other setting is
an environment variable (see the README of @yiwang/server).`;

// `yiwang-server db backup|restore <file>`: the embedded database's backups (db/cli.ts).
if (process.argv[2] === 'db') {
  const { main } = await import('./db/cli.ts');
  process.exit(await main(process.argv.slice(3)));
}

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    'data-dir': { type: 'string' },
    memory: { type: 'boolean' },
    demo: { type: 'boolean', default: true },
    help: { type: 'boolean', short: 'h' },
  },
  allowNegative: true,
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const config = prettyOnTerminal(configFromEnv(process.env), process.env);
if (values.port !== undefined) config.port = Number(values.port);
if (values['data-dir'] !== undefined) config.dataDir = values['data-dir'];
if (values.memory) config.dataDir = null;
if (!values.demo) {
  config.seed = false;
  config.demoSignIn = false;
  config.devIdentityProvider = false;
}

const db = await openDatabase(config);
// As `npm start`: with the demo, the development identity provider signs the demo site in (unless an issuer is configured).
// Ticket sign-in as configured (YIWANG_TICKET_CONFIG); the simulated provincial service only with the demo.
const ticket = values.demo ? await ticketFromEnv(process.env) : await ticketFromEnv({ ...process.env, YIWANG_DEV_TICKET_SERVICE: 'off' });
const running = await startServer(config, db, { demoSite: values.demo, ...(ticket ? { ticket } : {}) });
const { origin, devProvider } = running;
const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : config.dataDir ? `PGlite in ${config.dataDir}` : 'PGlite in memory';
console.log(`yiwang reference server on ${origin}  (storage: ${where})`);
if (values.demo) console.log(`  demo site  ${origin}/`);
console.log(`  API        ${origin}/api/v1   OpenAPI: /openapi.json   bundles: /cdn/`);
if (devProvider) console.log(`  identity   ${devProvider.issuer} (development OpenID Connect provider)`);

stopOnSignals(running, db);
