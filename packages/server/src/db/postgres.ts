import pg from 'pg';
import { checkChannel } from './db.ts';
import type { Db, ListenOptions, Queryable } from './db.ts';

// Answer bigint (count(*), sums) as numbers: the values here are far below 2^53.
pg.types.setTypeParser(20, (v) => Number(v));
// Keep DATE columns as 'YYYY-MM-DD' strings, as PGlite and the contract do.
pg.types.setTypeParser(1082, (v) => v);

/** First and longest wait before reopening a lost LISTEN connection, ms (doubling in between). */
export const LISTEN_BACKOFF = { firstMs: 100, maxMs: 10_000 };

interface Subscription {
  onNotify: (payload: string) => void;
  options: ListenOptions;
}

/**
 * LISTEN on one dedicated connection (a pooled one would be handed to other
 * queries and lose its LISTENs). A dropped connection is reopened with
 * exponential backoff, every channel listened again, and each subscriber's
 * `onReconnect` run: notifications sent while it was down are lost.
 */
function createListener(connectionString: string) {
  const channels = new Map<string, Set<Subscription>>();
  let client: pg.Client | null = null;
  let opening: Promise<pg.Client> | null = null;
  let retry: ReturnType<typeof setTimeout> | null = null;
  /** Lost and not yet reopened: the reopened connection will listen on every channel. */
  let reconnecting = false;
  let attempt = 0;
  let closed = false;

  const open = async (): Promise<pg.Client> => {
    const c = new pg.Client({ connectionString });
    let ended = false;
    const lost = (reason: unknown) => {
      ended = true;
      if (client !== c) return;
      client = null;
      c.end().catch(() => undefined);
      if (!closed) {
        console.warn(`[db] LISTEN connection lost (${reason instanceof Error ? reason.message : String(reason)}); reconnecting`);
        reconnect();
      }
    };
    // Both fire when the server goes away; without an 'error' listener it would crash the process.
    c.on('error', lost);
    c.on('end', () => lost('connection ended'));
    c.on('notification', (message) => {
      for (const s of channels.get(message.channel) ?? []) s.onNotify(message.payload ?? '');
    });
    try {
      await c.connect();
      for (const channel of channels.keys()) await c.query(`LISTEN ${channel}`);
    } catch (error) {
      c.end().catch(() => undefined);
      throw error;
    }
    if (ended) throw new Error('LISTEN connection ended while opening');
    if (closed) {
      await c.end().catch(() => undefined);
      throw new Error('database closed');
    }
    client = c;
    return c;
  };

  const reconnect = () => {
    reconnecting = true;
    const delay = Math.min(LISTEN_BACKOFF.maxMs, LISTEN_BACKOFF.firstMs * 2 ** attempt);
    attempt += 1;
    retry = setTimeout(() => {
      retry = null;
      open().then(
        () => {
          attempt = 0;
          reconnecting = false;
          for (const subs of channels.values()) for (const s of subs) s.options.onReconnect?.();
        },
        (error: unknown) => {
          if (closed) return;
          console.warn(`[db] LISTEN reconnect failed (${error instanceof Error ? error.message : String(error)}); retrying`);
          reconnect();
        },
      );
    }, delay);
  };

  return {
    async listen(channel: string, onNotify: (payload: string) => void, options: ListenOptions = {}) {
      if (closed) throw new Error('database closed');
      checkChannel(channel);
      const subscription: Subscription = { onNotify, options };
      const first = !channels.has(channel);
      const subs = channels.get(channel) ?? new Set();
      subs.add(subscription);
      channels.set(channel, subs);
      try {
        if (!client && !reconnecting) {
          // The first listener opens the connection.
          opening ??= open().finally(() => (opening = null));
          await opening;
        }
        // LISTEN is idempotent; while reconnecting, the reopened connection listens on it.
        if (client && first) await client.query(`LISTEN ${channel}`);
      } catch (error) {
        subs.delete(subscription);
        if (!subs.size) channels.delete(channel);
        throw error;
      }
      return async () => {
        subs.delete(subscription);
        if (subs.size || channels.get(channel) !== subs) return;
        channels.delete(channel);
        await client?.query(`UNLISTEN ${channel}`).catch(() => undefined);
      };
    },
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      retry = null;
      const c = client ?? (await opening?.catch(() => null)) ?? null;
      client = null;
      await c?.end().catch(() => undefined);
    },
  };
}

/** A PostgreSQL server through a `pg` connection pool (and one more connection for LISTEN, once something listens). */
export async function createPostgresDb(connectionString: string): Promise<Db> {
  const pool = new pg.Pool({ connectionString, max: 10 });
  // An idle connection the server ends (a restart, a failover, an administrator's
  // terminate) is dropped by the pool and replaced on the next query; without a
  // listener its 'error' would take the whole process down.
  pool.on('error', (error) => console.warn(`[db] idle connection lost (${error.message}); the pool opens another when needed`));
  const listener = createListener(connectionString);
  // Fail at start, not on the first request, when the server is unreachable.
  const probe = await pool.connect();
  probe.release();
  const wrap = (q: Pick<pg.Pool | pg.PoolClient, 'query'>): Queryable => ({
    async query<T>(sql: string, params: readonly unknown[] = []) {
      const result = await q.query(sql, params as unknown[]);
      return result.rows as T[];
    },
  });
  return {
    dialect: 'postgres',
    ...wrap(pool),
    async exec(sql) {
      await pool.query(sql);
    },
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    listen: listener.listen,
    async close() {
      await listener.close();
      await pool.end();
    },
  };
}
