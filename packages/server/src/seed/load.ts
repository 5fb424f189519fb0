// Writes the seed catalog, forms, demo users and their e-licenses into an empty
// database, then the demo applications.
import type { Department, FormSchema, ItemDetail } from '@yiwang/contract';
import type { Db } from '../db/db.ts';
import { json } from '../db/db.ts';
import type { SeedUser } from './users.ts';
import { seedApplications } from './applications.ts';
import { insertSeedForms } from '../forms/store.ts';
import type { SeedEnv } from './applications.ts';

export type { SeedEnv } from './applications.ts';

export interface SeedData {
  departments: Department[];
  items: ItemDetail[];
  forms: FormSchema[];
  users: SeedUser[];
}

/**
 * Seeds when the catalog is empty; returns whether it did. The catalog and the
 * users are written in one transaction; the demo applications follow, through
 * the real lifecycle, once those are committed.
 */
export async function seedDatabase(db: Db, seed: SeedData, env: SeedEnv): Promise<boolean> {
  const seeded = await seedCatalogAndUsers(db, seed);
  if (seeded) await seedApplications(db, env);
  return seeded;
}

async function seedCatalogAndUsers(db: Db, seed: SeedData): Promise<boolean> {
  return db.transaction(async (tx) => {
    // Serialise with other processes starting at the same time.
    await tx.query('SELECT pg_advisory_xact_lock(20261129)');
    const [row] = await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM departments');
    if ((row?.n ?? 0) > 0) return false;
    for (const [position, d] of seed.departments.entries()) {
      await tx.query('INSERT INTO departments (id, position, data) VALUES ($1, $2, $3)', [d.id, position, json(d)]);
    }
    for (const [position, item] of seed.items.entries()) {
      await tx.query('INSERT INTO items (id, department_id, position, data) VALUES ($1, $2, $3, $4)', [
        item.id,
        item.departmentId,
        position,
        json(item),
      ]);
    }
    await insertSeedForms(tx, seed.forms, new Date());
    for (const user of seed.users) {
      const { licenses, ...profile } = user;
      await tx.query('INSERT INTO users (id, kind, data) VALUES ($1, $2, $3)', [user.id, user.kind, json(profile)]);
      for (const license of licenses) {
        await tx.query('INSERT INTO licenses (id, user_id, data) VALUES ($1, $2, $3)', [license.id, user.id, json(license)]);
      }
    }
    return true;
  });
}
