import { PGlite } from '@electric-sql/pglite';
import { checkChannel } from './db.ts';
import type { Db, Queryable } from './db.ts';

/** An embedded database, which can also write itself out as an image (a tar of its data directory). */
export interface PgliteDb extends Db {
  readonly dialect: 'pglite';
  /** The data directory as an uncompressed tar, for `createPgliteDb({ image })`. */
  image(): Promise<Blob>;
}

/**
 * Embedded PostgreSQL (PGlite, WebAssembly). With `dataDir` the data persists
 * on disk (Node); without it the database lives in memory (tests, the browser
 * mock), starting from `image` when given (see seed/image.ts).
 */
export async function createPgliteDb(where?: string | { image: Blob }): Promise<PgliteDb> {
  const pg = typeof where === 'object' ? await PGlite.create({ loadDataDir: where.image }) : await PGlite.create(where);
  const wrap = (q: Pick<PGlite, 'query'>): Queryable => ({
    async query<T>(sql: string, params: readonly unknown[] = []) {
      const result = await q.query<T>(sql, params as unknown[]);
      return result.rows;
    },
  });
  return {
    dialect: 'pglite' as const,
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
    image: () => pg.dumpDataDir('none'),
    async close() {
      if (!pg.closed) await pg.close();
    },
  };
}
