// Load benchmark (not a test): the reference server as child processes under a
// realistic mix, driven by autocannon.
//
//   node --conditions=yiwang-source bench/load.ts [--pg <admin url>] [--backends pglite,pg]
//        [--instances 1,2] [--connections 10,20,50,100] [--write-connections 10,20] [--duration 10]
//
// Backends: `pglite` (one process, in-memory PGlite: an embedded database has one
// owner, so no second instance) and `pg` (a fresh database on the PostgreSQL server
// of --pg or YIWANG_TEST_DATABASE_URL, one and then two processes on it, each
// loaded by its own autocannon with half the connections). Both use the directory
// file store unless --file-store db.
//
// Two mixes, each run at every connection count for --duration seconds:
// - reads: search-as-you-type (suggest on 1-, 2- and 4-character prefixes of a real
//   catalog name from bench/data, then the search), the 办事指南 of an item, the
//   progress of one of the user's applications, and the user's list;
// - writes: a draft save, an upload (its own Idempotency-Key, distinct content), and
//   the submission of an application with that file (its own Idempotency-Key).
// Reported per route kind: requests/s, p50 and p99 latency (measured per request,
// ms), 5xx and other non-2xx answers; per step the total and the machine's load
// average (1 min) before and after. On PostgreSQL the database is checked at the end
// for duplicates: two applications with one upload, or two uploads of one content.
// The first read step whose overall p99 passes 200 ms is named. The load generator
// runs on the same machine (and cores) as the servers.
import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { createTestDatabase } from '../test/helpers/postgres.ts';
import { startServerProcess } from '../test/helpers/server-process.ts';

/** What the bench does not measure: the development sign-in provider and ticket service. */
const NO_DEV_SERVICES = { YIWANG_DEV_TICKET_SERVICE: 'off', YIWANG_DEV_IDENTITY_PROVIDER: 'off' };
import type { ServerProcess } from '../test/helpers/server-process.ts';
import { createBody, pdf } from '../test/fixtures/applications.ts';
import { percentile } from './stats.ts';

const { values } = parseArgs({
  options: {
    pg: { type: 'string' },
    backends: { type: 'string', default: 'pglite,pg' },
    instances: { type: 'string', default: '1,2' },
    connections: { type: 'string', default: '10,20,50,100' },
    'write-connections': { type: 'string', default: '10,20' },
    duration: { type: 'string', default: '10' },
    'file-store': { type: 'string', default: 'fs' },
    'node-args': { type: 'string', default: '' },
  },
});
const numbers = (s: string) => s.split(',').map((x) => Number(x.trim()));
const pgUrl = values.pg ?? process.env.YIWANG_TEST_DATABASE_URL;
const backends = values.backends.split(',').filter((b) => b === 'pglite' || (b === 'pg' && pgUrl));
const instanceCounts = numbers(values.instances);
const readSteps = numbers(values.connections);
const writeSteps = numbers(values['write-connections']);
const duration = Number(values.duration);
const nodeArgs = values['node-args'] ? values['node-args'].split(' ') : [];

const names: string[] = (
  JSON.parse(readFileSync(new URL('./data/real-catalog-511602.json', import.meta.url), 'utf8')) as { name: string }[]
)
  .map((i) => i.name.replace(/[（(].*$/, ''))
  .filter((n) => n.length >= 4);

interface KindStats {
  latencies: number[];
  s5xx: number;
  other: number;
}
type Stats = Map<string, KindStats>;

interface Session {
  token: string;
  itemIds: string[];
  numbers: string[];
}

const pick = <T>(list: readonly T[]) => list[Math.floor(Math.random() * list.length)]!;
let uniq = 0;

/** The request sequence each connection cycles through. */
function mix(kind: 'reads' | 'writes', session: Session, stats: Stats, acknowledged: { submissions: number }) {
  const auth = { Authorization: `Bearer ${session.token}` };
  type Ctx = Record<string, unknown> & { t0?: number; name?: string; fileId?: string };
  const record = (name: string, ok?: (body: string, ctx: Ctx) => void) => (status: number, body: string, context: Ctx) => {
    const entry = stats.get(name) ?? { latencies: [], s5xx: 0, other: 0 };
    stats.set(name, entry);
    entry.latencies.push(performance.now() - (context.t0 ?? performance.now()));
    if (status >= 500) entry.s5xx++;
    else if (status >= 300) entry.other++;
    else ok?.(body, context);
  };
  const start = (context: Ctx) => (context.t0 = performance.now());
  const api = '/api/v1';
  if (kind === 'reads') {
    const suggest = (chars: number) => ({
      method: 'GET' as const,
      setupRequest: (req: { path?: string }, context: Ctx) => {
        if (chars === 1) context.name = pick(names);
        start(context);
        return { ...req, path: `${api}/items/suggest?q=${encodeURIComponent(String(context.name).slice(0, chars))}` };
      },
      onResponse: record('search-as-you-type (suggest)'),
    });
    return [
      suggest(1),
      suggest(2),
      suggest(4),
      {
        method: 'GET' as const,
        setupRequest: (req: object, context: Ctx) => {
          start(context);
          return { ...req, path: `${api}/items?q=${encodeURIComponent(String(context.name).slice(0, 6))}&pageSize=10` };
        },
        onResponse: record('search'),
      },
      {
        method: 'GET' as const,
        setupRequest: (req: object, context: Ctx) => (start(context), { ...req, path: `${api}/items/${pick(session.itemIds)}` }),
        onResponse: record('guide (item)'),
      },
      {
        method: 'GET' as const,
        headers: auth,
        setupRequest: (req: object, context: Ctx) => (
          start(context),
          { ...req, path: `${api}/applications/${pick(session.numbers)}/progress` }
        ),
        onResponse: record('progress'),
      },
      {
        method: 'GET' as const,
        headers: auth,
        setupRequest: (req: object, context: Ctx) => (start(context), { ...req, path: `${api}/applications?pageSize=10` }),
        onResponse: record('my applications'),
      },
    ];
  }
  const boundary = 'yiwang-load-boundary';
  return [
    {
      method: 'PUT' as const,
      path: `${api}/drafts/form-scjg-001`,
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({ data: { operatorName: '李文博', employees: 2 } }),
      setupRequest: (req: object, context: Ctx) => (start(context), req),
      onResponse: record('draft save'),
    },
    {
      method: 'POST' as const,
      path: `${api}/files`,
      setupRequest: (req: object, context: Ctx) => {
        const n = ++uniq;
        const content = pdf(`load ${process.pid} ${n} ${'x'.repeat(2000 + (n % 500))}`);
        const body = Buffer.concat([
          Buffer.from(
            `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="lease.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
          ),
          content,
          Buffer.from(`\r\n--${boundary}--\r\n`),
        ]);
        start(context);
        return {
          ...req,
          headers: {
            ...auth,
            'Content-Type': `multipart/form-data; boundary=${boundary}`,
            'Idempotency-Key': `load-upload-${process.pid}-${n}`,
          },
          body,
        };
      },
      onResponse: record('upload', (body, context) => (context.fileId = (JSON.parse(body) as { id: string }).id)),
    },
    {
      method: 'POST' as const,
      path: `${api}/applications`,
      setupRequest: (req: object, context: Ctx) => {
        start(context);
        return {
          ...req,
          headers: { ...auth, 'Content-Type': 'application/json', 'Idempotency-Key': `load-submit-${process.pid}-${++uniq}` },
          body: JSON.stringify(createBody(String(context.fileId))),
        };
      },
      onResponse: record('submission', () => acknowledged.submissions++),
    },
  ];
}

const ms = (n: number) => (Number.isNaN(n) ? '–' : n.toFixed(n < 10 ? 1 : 0));

async function session(server: ServerProcess): Promise<Session> {
  const signIn = await fetch(`${server.apiUrl}/auth/demo-sign-in`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ userId: 'demo-person' }),
  });
  const { token } = (await signIn.json()) as { token: string };
  const items = (await (await fetch(`${server.apiUrl}/items?pageSize=50`)).json()) as { items: { item: { id: string } }[] };
  const apps = (await (
    await fetch(`${server.apiUrl}/applications?pageSize=50`, { headers: { Authorization: `Bearer ${token}` } })
  ).json()) as {
    items: { number: string }[];
  };
  return { token, itemIds: items.items.map((i) => i.item.id), numbers: apps.items.map((a) => a.number) };
}

async function applicationCount(server: ServerProcess, token: string): Promise<number> {
  const res = await fetch(`${server.apiUrl}/applications?pageSize=1`, { headers: { Authorization: `Bearer ${token}` } });
  return ((await res.json()) as { total: number }).total;
}

const rows: string[] = [];
const summaries: string[] = [];

async function step(label: string, servers: ServerProcess[], kind: 'reads' | 'writes', connections: number, s: Session) {
  const stats: Stats = new Map();
  const acknowledged = { submissions: 0 };
  const before = await applicationCount(servers[0]!, s.token);
  const load0 = loadavg()[0]!;
  const started = performance.now();
  const results = await Promise.all(
    servers.map((server) =>
      autocannon({
        url: server.origin,
        connections: Math.max(1, Math.round(connections / servers.length)),
        duration,
        requests: mix(kind, s, stats, acknowledged) as autocannon.Request[],
      }),
    ),
  );
  const seconds = (performance.now() - started) / 1000;
  const load1 = loadavg()[0]!;
  const errors = results.reduce((n, r) => n + r.errors + r.timeouts, 0);
  let total = 0;
  const all: number[] = [];
  let s5xx = 0;
  for (const [name, entry] of stats) {
    const sorted = entry.latencies.sort((a, b) => a - b);
    all.push(...sorted);
    total += sorted.length;
    s5xx += entry.s5xx;
    rows.push(
      `| ${label} | ${kind} | ${connections} | ${name} | ${(sorted.length / seconds).toFixed(0)} | ${ms(percentile(sorted, 50))} | ${ms(percentile(sorted, 99))} | ${entry.s5xx} | ${entry.other} |`,
    );
  }
  all.sort((a, b) => a - b);
  const p99 = percentile(all, 99);
  let extra = '';
  if (kind === 'writes') {
    const created = (await applicationCount(servers[0]!, s.token)) - before;
    // Created beyond acknowledged: submissions still in flight when the step ended (their answers were dropped).
    extra = `, submissions ${(acknowledged.submissions / seconds).toFixed(1)}/s acknowledged (${created} created)`;
  }
  const line = `${label} ${kind} c=${connections}: ${(total / seconds).toFixed(0)} req/s, p50 ${ms(percentile(all, 50))} ms, p99 ${ms(p99)} ms, 5xx ${s5xx}, transport errors ${errors}${extra}; load ${load0.toFixed(2)} → ${load1.toFixed(2)}`;
  summaries.push(line);
  console.error(line);
  return p99;
}

async function run(label: string, servers: ServerProcess[]) {
  const s = await session(servers[0]!);
  let knee: number | null = null;
  for (const c of readSteps) {
    const p99 = await step(label, servers, 'reads', c, s);
    if (knee === null && p99 > 200) knee = c;
  }
  summaries.push(`${label}: read p99 passes 200 ms at ${knee === null ? `none of ${readSteps.join(', ')}` : `${knee} connections`}`);
  for (const c of writeSteps) await step(label, servers, 'writes', c, s);
}

const fileDir = await mkdtemp(join(tmpdir(), 'yiwang-load-files-'));
const fileEnv: Record<string, string> = values['file-store'] === 'fs' ? { YIWANG_FILE_STORE: 'fs', YIWANG_FILE_DIR: fileDir } : {};
console.error(
  `${cpus().length} CPUs; load average ${loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')}; steps of ${duration} s`,
);
try {
  if (backends.includes('pglite')) {
    const server = await startServerProcess(['--memory'], { ...NO_DEV_SERVICES, ...fileEnv }, { nodeArgs, timeoutMs: 180_000 });
    try {
      await run('PGlite ×1', [server]);
    } finally {
      await server.stop();
    }
  }
  if (backends.includes('pg')) {
    const database = await createTestDatabase(pgUrl!, 'yiwang_load');
    const pgStarted = new Date();
    const servers: ServerProcess[] = [];
    try {
      for (const n of instanceCounts) {
        while (servers.length < n)
          servers.push(
            await startServerProcess(
              ['--memory'],
              { ...NO_DEV_SERVICES, DATABASE_URL: database.url, ...fileEnv },
              { nodeArgs, timeoutMs: 180_000 },
            ),
          );
        await run(`PostgreSQL ×${n}`, servers.slice(0, n));
      }
      // Every submission carried its own upload: two applications with one file would be one request applied twice.
      const sql = new pg.Client({ connectionString: database.url });
      await sql.connect();
      const count = async (query: string) => Number((await sql.query<{ n: string }>(query)).rows[0]!.n);
      // The bench's own submissions only: the seeded demo applications may share their (empty) file lists.
      const duplicateApplications = Number(
        (
          await sql.query<{ n: string }>(
            `SELECT count(*) AS n FROM (SELECT state->'fileIds' FROM applications
             WHERE user_id = 'demo-person' AND submitted_at >= $1 GROUP BY 1 HAVING count(*) > 1) d`,
            [pgStarted],
          )
        ).rows[0]!.n,
      );
      const duplicateFiles = await count('SELECT count(*) AS n FROM (SELECT sha256 FROM files GROUP BY 1 HAVING count(*) > 1) d');
      await sql.end();
      summaries.push(
        `PostgreSQL: duplicate submissions ${duplicateApplications}, duplicate uploads ${duplicateFiles} (checked in the database)`,
      );
    } finally {
      for (const server of servers) await server.stop();
      await database.drop();
    }
  }
} finally {
  await rm(fileDir, { recursive: true, force: true });
}

console.log(`\n${cpus().length} CPUs (shared with the load generator); latencies in ms; req/s over each ${duration} s step\n`);
console.log('| server | mix | connections | route kind | req/s | p50 | p99 | 5xx | other non-2xx |');
console.log('| --- | --- | ---: | --- | ---: | ---: | ---: | ---: | ---: |');
for (const row of rows) console.log(row);
console.log('');
for (const line of summaries) console.log(`- ${line}`);
