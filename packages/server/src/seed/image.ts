// A migrated and seeded in-memory database as an image. Tests and the browser
// mock start many seeded databases; most of the cost of each is PGlite's
// initdb, the migrations and the seed, all of which loading an image skips
// (a few times faster). The image holds only what the seed writes: the
// secrets and everything else `createServices` adds are written per database.
import type { ServerConfig } from '../config.ts';
import { migrate } from '../db/migrations.ts';
import { createPgliteDb } from '../db/pglite.ts';
import type { DivisionIndex } from '../divisions/divisions.ts';
import { createWorkingCalendar } from '../domain/workdays.ts';
import { beijingDate } from '../domain/time.ts';
import { seedDatabase } from './load.ts';
import type { SeedData } from './load.ts';

export interface SeededImageOptions {
  /** The holidays and 调休 days the seed's deadlines are counted with. */
  config: Pick<ServerConfig, 'holidays' | 'makeupWorkdays'>;
  divisions: DivisionIndex;
  seed: SeedData;
}

/** The image of a fresh database after the migrations and the seed (dated today). */
export async function seededPgliteImage(options: SeededImageOptions): Promise<Blob> {
  const db = await createPgliteDb();
  try {
    await migrate(db);
    const calendar = createWorkingCalendar(options.config);
    await seedDatabase(db, options.seed, { divisions: options.divisions, calendar, now: async () => new Date() });
    return await db.image();
  } finally {
    await db.close();
  }
}

/**
 * Which image a database for `config` may start from: the seed's applications
 * are dated relative to the day they are seeded on, and their deadlines
 * follow the calendar, so an image serves one Beijing day and one calendar.
 */
export function seededImageKey(config: Pick<ServerConfig, 'holidays' | 'makeupWorkdays'>, now = Date.now()): string {
  return JSON.stringify([beijingDate(now), config.holidays, config.makeupWorkdays]);
}
