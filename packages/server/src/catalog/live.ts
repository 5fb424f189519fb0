// The catalog in force, swappable while the server runs. A reload reads the
// rows and builds the whole new index first, then swaps one reference: a
// request reads the catalog once (`services.catalog`), so one that runs during
// a reload answers wholly from the old catalog, and the next from the new one.
// Imports announce a new version on CATALOG_CHANNEL (NOTIFY, delivered on
// commit), and every server listening on the database reloads.
import type { Catalog } from './catalog.ts';

/** The channel an import NOTIFYs with the new version number as payload. */
export const CATALOG_CHANNEL = 'yiwang_catalog';

export interface ReloadOptions {
  /**
   * The version the reload is for (a notification's payload): skipped when the
   * catalog in force is already at least this version by the time it would
   * start. Without it the catalog is always read again.
   */
  atLeastVersion?: number;
}

export interface LiveCatalog {
  /** The catalog in force. */
  readonly current: Catalog;
  /**
   * Reads the catalog again and swaps it in. Calls coalesce: at most one
   * reload runs and one waits; calls made while one waits share it. Never
   * rejects: resolves true when a new catalog was swapped in, false when the
   * reload was skipped or failed (then the old catalog stays and the failure
   * is logged).
   */
  reload(options?: ReloadOptions): Promise<boolean>;
}

export interface LiveCatalogLog {
  info(message: string): void;
  error(message: string, error: unknown): void;
}

const consoleLog: LiveCatalogLog = {
  info: (message) => console.log(message),
  error: (message, error) => console.error(message, error),
};

interface Want {
  force: boolean;
  atLeast: number;
}

const versionOf = (catalog: Catalog) => catalog.version?.version ?? 0;

/** Holds `initial` and reloads with `load` (which reads the rows and builds the index). */
export function createLiveCatalog(initial: Catalog, load: () => Promise<Catalog>, log: LiveCatalogLog = consoleLog): LiveCatalog {
  let current = initial;
  let running: Promise<boolean> | null = null;
  let queued: (Want & { promise: Promise<boolean> }) | null = null;

  const begin = (want: Want): Promise<boolean> => {
    const job = (async () => {
      if (!want.force && versionOf(current) >= want.atLeast) return false;
      const started = performance.now();
      try {
        const next = await load();
        current = next;
        log.info(`[catalog] reloaded: version ${next.version?.version ?? '(seeded)'} in ${Math.round(performance.now() - started)} ms`);
        return true;
      } catch (error) {
        log.error(`[catalog] reload failed; still serving version ${current.version?.version ?? '(seeded)'}`, error);
        return false;
      }
    })();
    running = job;
    void job.then(() => {
      if (running === job) running = null;
    });
    return job;
  };

  return {
    get current() {
      return current;
    },
    reload(options = {}) {
      const want: Want = { force: options.atLeastVersion === undefined, atLeast: options.atLeastVersion ?? 0 };
      if (!running && !queued) return begin(want);
      if (queued) {
        // One is waiting already: it reads the catalog after the running one, which is late enough for this call too.
        queued.force ||= want.force;
        queued.atLeast = Math.max(queued.atLeast, want.atLeast);
        return queued.promise;
      }
      const next: Want & { promise: Promise<boolean> } = { ...want, promise: Promise.resolve(false) };
      next.promise = (running ?? Promise.resolve()).then(() => {
        queued = null;
        return begin(next);
      });
      queued = next;
      return next.promise;
    },
  };
}
