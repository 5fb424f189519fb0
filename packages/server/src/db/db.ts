// Storage speaks one SQL dialect, PostgreSQL's, through one small interface:
// embedded PGlite by default (and in the browser mock), any PostgreSQL server
// through `pg` when DATABASE_URL is set.

/** A row-returning SQL interface; parameters are `$1, $2 …`. */
export interface Queryable {
  /** Runs one statement and returns its rows. */
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
}

export interface Db extends Queryable {
  readonly dialect: 'pglite' | 'postgres';
  /** Runs several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /** Runs `fn` in one transaction; it commits when `fn` resolves and rolls back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * LISTENs on a channel: `onNotify` gets each notification's payload (sent by
   * {@link notify}, delivered when the sending transaction commits). On
   * PostgreSQL a dedicated connection outside the pool listens; when it drops
   * it is reopened with backoff and `onReconnect` runs, since notifications
   * sent meanwhile are lost. Resolves once listening; the returned function
   * stops. `close()` stops every listener.
   */
  listen(channel: string, onNotify: (payload: string) => void, options?: ListenOptions): Promise<() => Promise<void>>;
  /** Closes the connections (the pool, or the embedded database) and every listener. */
  close(): Promise<void>;
}

export interface ListenOptions {
  /** Runs after the listening connection was lost and listens again. */
  onReconnect?: () => void;
}

/** A channel name LISTEN accepts unquoted: lower-case letters, digits and `_`. */
export function checkChannel(channel: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(channel)) throw new Error(`not a channel name: ${channel}`);
  return channel;
}

/**
 * NOTIFY `channel` with `payload`: inside a transaction it is delivered to every
 * listener (this process's and other servers') when the transaction commits, and never if it rolls back.
 */
export async function notify(q: Queryable, channel: string, payload: string): Promise<void> {
  await q.query('SELECT pg_notify($1, $2)', [checkChannel(channel), payload]);
}

/** JSON for a `jsonb` parameter: both drivers accept text, and `pg` would turn arrays into SQL arrays. */
export function json(value: unknown): string {
  return JSON.stringify(value);
}
