import { test } from 'node:test';
import assert from 'node:assert/strict';
import { seededImageFor } from '@yiwang/test/helpers/test-server';
import { defaultConfig } from '../config.ts';
import { MIGRATIONS } from '../db/migrations.ts';
import { createPgliteDb } from '../db/pglite.ts';
import type { Db } from '../db/db.ts';
import { loadDivisionIndex } from '../divisions/load.ts';
import { createServices } from '../services.ts';
import { DEMO_APPLICATIONS } from './demo-applications.ts';
import { seededImageKey } from './image.ts';
import { seedData } from './index.ts';

async function rowCounts(db: Db): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of ['schema_migrations', 'departments', 'items', 'form_versions', 'users', 'applications'])
    counts[table] = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]!.n;
  return counts;
}

test('a database started from the seeded image holds what migrating and seeding writes, and is not seeded again', async () => {
  // The run's image (test/run-node-tests.ts writes it with seededPgliteImage), else one made here.
  const { image } = await seededImageFor();
  const expected = {
    schema_migrations: MIGRATIONS.length,
    departments: seedData.departments.length,
    items: seedData.items.length,
    form_versions: seedData.forms.length,
    users: seedData.users.length,
    applications: DEMO_APPLICATIONS.length,
  };
  const loaded = await createPgliteDb({ image });
  try {
    assert.deepEqual(await rowCounts(loaded), expected);
    const services = await createServices({ db: loaded, config: defaultConfig(), divisions: loadDivisionIndex(), seed: seedData });
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
