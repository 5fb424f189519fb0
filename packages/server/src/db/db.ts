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
  close(): Promise<void>;
}

/** JSON for a `jsonb` parameter: both drivers accept text, and `pg` would turn arrays into SQL arrays. */
export function json(value: unknown): string {
  return JSON.stringify(value);
}
