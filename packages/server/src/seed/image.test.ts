import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig } from '../config.ts';
import { migrate } from '../db/migrations.ts';
import { createPgliteDb } from '../db/pglite.ts';
import type { Db } from '../db/db.ts';
import { loadDivisionIndex } from '../divisions/load.ts';
import { createWorkingCalendar } from '../domain/workdays.ts';
import { createServices } from '../services.ts';
import { seededImageKey, seededPgliteImage } from './image.ts';
import { seedData } from './index.ts';
import { seedDatabase } from './load.ts';

const TABLES = ['departments', 'items', 'forms', 'users', 'applications', 'application_events', 'schema_migrations'];

async function rowCounts(db: Db): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLES) counts[table] = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]!.n;
  return counts;
}

test('a database started from the seeded image holds what migrating and seeding writes, and is not seeded again', async () => {
  const config = defaultConfig();
  const divisions = loadDivisionIndex();
  const image = await seededPgliteImage({ config, divisions, seed: seedData });

  const seeded = await createPgliteDb();
  await migrate(seeded);
  const calendar = createWorkingCalendar({ holidays: config.holidays, makeupWorkdays: config.makeupWorkdays });
  await seedDatabase(seeded, seedData, { divisions, calendar, now: async () => new Date() });
  const expected = await rowCounts(seeded);
  await seeded.close();
  assert.ok(expected.applications! > 0 && expected.items! > 0);

  const loaded = await createPgliteDb({ image });
  try {
    assert.deepEqual(await rowCounts(loaded), expected);
    const services = await createServices({ db: loaded, config, divisions, seed: seedData });
    await services.close();
    assert.deepEqual(await rowCounts(loaded), expected, 'the services find it migrated and seeded');
    assert.equal(services.catalog.index.stats().total.items, seedData.items.length);
  } finally {
    await loaded.close();
  }
});

test('an image serves one Beijing day and one calendar', () => {
  const config = defaultConfig();
  // 2026-12-06 15:59:59Z is 23:59:59 in Beijing; a second later it is the next day there.
  assert.equal(seededImageKey(config, Date.parse('2026-12-06T15:00:00Z')), seededImageKey(config, Date.parse('2026-12-06T15:59:59Z')));
  assert.notEqual(seededImageKey(config, Date.parse('2026-12-06T15:59:59Z')), seededImageKey(config, Date.parse('2026-12-06T16:00:00Z')));
  assert.notEqual(seededImageKey(config), seededImageKey({ ...config, holidays: [...config.holidays, '2026-12-07'] }));
});
