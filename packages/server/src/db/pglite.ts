import { PGlite } from '@electric-sql/pglite';
import { checkChannel } from './db.ts';
import type { Db, Queryable } from './db.ts';

/**
 * Embedded PostgreSQL (PGlite, WebAssembly). With `dataDir` the data persists
 * on disk (Node); without it the database lives in memory (tests, the browser mock).
 */
export async function createPgliteDb(dataDir?: string): Promise<Db> {
  const pg = await PGlite.create(dataDir);
  const wrap = (q: Pick<PGlite, 'query'>): Queryable => ({
    async query<T>(sql: string, params: readonly unknown[] = []) {
      const result = await q.query<T>(sql, params as unknown[]);
      return result.rows;
    },
  });
  return {
    dialect: 'pglite',
    ...wrap(pg),
    async exec(sql) {
      await pg.exec(sql);
    },
    transaction(fn) {
      return pg.transaction((tx) => fn(wrap(tx)));
    },
    // One process, one connection that never drops: no reconnecting, so `onReconnect` never runs.
    async listen(channel, onNotify) {
      const stop = await pg.listen(checkChannel(channel), onNotify);
      return async () => {
        if (!pg.closed) await stop();
      };
    },
    async close() {
      if (!pg.closed) await pg.close();
    },
  };
}
