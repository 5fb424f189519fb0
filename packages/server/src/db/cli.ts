// `npm run db -- backup <file>` / `npm run db -- restore <file>`: a backup of the
// embedded database (PGlite's data directory) as one gzipped tar, and a
// restore of it into a new directory. The server must be stopped for a backup
// (the data directory's lock says so): PGlite serves one process, and a copy
// taken beside a running server could be torn. PostgreSQL is backed up with
// its own tools (pg_dump / pg_restore; see the server's README).
import { parseArgs } from 'node:util';
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { DataDirInUse, LOCK_FILE, lockDataDir } from './data-dir-lock.ts';

const USAGE = `Usage: npm run db -- backup <file> [--data-dir <dir>]      (the package's bin: yiwang-server db backup …)
       npm run db -- restore <file> [--data-dir <dir>]

  backup   writes the PGlite data directory to <file> (a gzipped tar). Stop the server first:
           the directory is locked while a server runs on it.
  restore  loads <file> into the data directory, which must be new or empty; start the server on it.

  --data-dir <dir>  the PGlite data directory (default: YIWANG_DATA_DIR or ./.data)

With DATABASE_URL (PostgreSQL) use pg_dump and pg_restore instead (see the server's README).`;

export interface BackupSummary {
  bytes: number;
  applications: number;
}

async function summary(pg: PGlite): Promise<{ applications: number }> {
  const exists = await pg.query<{ present: boolean }>("SELECT to_regclass('public.applications') IS NOT NULL AS present");
  if (!exists.rows[0]?.present) return { applications: 0 };
  const { rows } = await pg.query<{ n: number }>('SELECT count(*)::int AS n FROM applications');
  return { applications: rows[0]?.n ?? 0 };
}

/** Writes the data directory `dataDir` to `file` as a gzipped tar; refuses while a server holds the directory. */
export async function backupDataDir(dataDir: string, file: string): Promise<BackupSummary> {
  if (!(await stat(join(dataDir, 'PG_VERSION')).catch(() => null))) throw new Error(`${dataDir} is not a PGlite data directory`);
  const release = lockDataDir(dataDir);
  try {
    const pg = await PGlite.create(dataDir);
    try {
      const counts = await summary(pg);
      // A checkpoint first, so that the tar holds the data files themselves rather than depending on replaying the log.
      await pg.exec('CHECKPOINT');
      const image = await pg.dumpDataDir('gzip');
      const bytes = new Uint8Array(await image.arrayBuffer());
      await writeFile(file, bytes);
      return { bytes: bytes.byteLength, ...counts };
    } finally {
      await pg.close();
    }
  } finally {
    release();
  }
}

/** Loads the backup `file` into `dataDir`, which must not exist or be empty. */
export async function restoreDataDir(file: string, dataDir: string): Promise<BackupSummary> {
  const entries = await readdir(dataDir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  if (entries.length > 0) throw new Error(`${dataDir} is not empty: restore into a new directory, then point the server at it`);
  const bytes = await readFile(file);
  const release = lockDataDir(dataDir);
  try {
    const pg = await PGlite.create(dataDir, { loadDataDir: new Blob([bytes]) });
    try {
      return { bytes: bytes.byteLength, ...(await summary(pg)) };
    } finally {
      await pg.close();
    }
  } finally {
    release();
    // The backup was taken under the backing-up process's lock: not this directory's holder.
    await rm(join(dataDir, LOCK_FILE), { force: true });
  }
}

/** Runs the command line (arguments after `db`); resolves with the exit code. */
export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { 'data-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
  const [command, file] = positionals;
  if (values.help || !command || !file || !['backup', 'restore'].includes(command)) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  if (process.env.DATABASE_URL) {
    console.error('DATABASE_URL is set: back up PostgreSQL with pg_dump -Fc and restore with pg_restore (see the README).');
    return 2;
  }
  const dataDir = resolve(values['data-dir'] ?? (process.env.YIWANG_DATA_DIR || './.data'));
  try {
    if (command === 'backup') {
      const result = await backupDataDir(dataDir, resolve(file));
      console.log(`backed up ${dataDir} to ${resolve(file)}: ${result.bytes} bytes, ${result.applications} applications`);
    } else {
      const result = await restoreDataDir(resolve(file), dataDir);
      console.log(`restored ${resolve(file)} into ${dataDir}: ${result.applications} applications`);
    }
    return 0;
  } catch (error) {
    console.error(error instanceof DataDirInUse || error instanceof Error ? error.message : error);
    return 1;
  }
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
