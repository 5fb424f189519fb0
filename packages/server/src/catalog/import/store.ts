// The SQL of a catalog import: what the catalog holds now, and the writes of one import.
import type { Department, ItemDetail } from '@yiwang/contract';
import type { Queryable } from '../../db/db.ts';
import { json } from '../../db/db.ts';

export interface StoredDepartment {
  id: string;
  position: number;
  data: Department;
}

export interface StoredItem {
  id: string;
  position: number;
  published: boolean;
  data: ItemDetail;
}

export async function loadImportState(q: Queryable): Promise<{ departments: StoredDepartment[]; items: StoredItem[] }> {
  const departments = await q.query<StoredDepartment>('SELECT id, position, data FROM departments ORDER BY position, id');
  const items = await q.query<StoredItem>('SELECT id, position, published, data FROM items ORDER BY position, id');
  return { departments, items };
}

export async function insertDepartments(q: Queryable, departments: StoredDepartment[]): Promise<void> {
  for (const d of departments)
    await q.query('INSERT INTO departments (id, position, data) VALUES ($1, $2, $3)', [d.id, d.position, json(d.data)]);
}

const CHUNK = 2000;

/** Inserts or updates items (published), a chunk of rows per statement. */
export async function upsertItems(q: Queryable, items: StoredItem[]): Promise<void> {
  for (let i = 0; i < items.length; i += CHUNK) {
    const rows = items.slice(i, i + CHUNK).map((it) => ({
      id: it.id,
      department_id: it.data.departmentId,
      position: it.position,
      published: it.published,
      data: it.data,
    }));
    await q.query(
      `INSERT INTO items (id, department_id, position, published, data)
       SELECT id, department_id, position, published, data
       FROM jsonb_to_recordset($1::jsonb) AS t(id text, department_id text, position int, published boolean, data jsonb)
       ON CONFLICT (id) DO UPDATE SET department_id = EXCLUDED.department_id, published = EXCLUDED.published, data = EXCLUDED.data`,
      [json(rows)],
    );
  }
}

export async function unpublishItems(q: Queryable, ids: string[]): Promise<void> {
  if (ids.length) await q.query('UPDATE items SET published = false WHERE id = ANY($1::text[])', [ids]);
}

export interface CatalogVersion {
  batch: string | null;
  source: string;
  replace: boolean;
  added: number;
  changed: number;
  unpublished: number;
  republished: number;
  items: number;
}

/** Records an import as a published version of the catalog; returns its number. */
export async function insertCatalogVersion(q: Queryable, v: CatalogVersion, at: Date): Promise<number> {
  const [row] = await q.query<{ id: number }>(
    `INSERT INTO catalog_versions (batch, source, replace, added, changed, unpublished, republished, items, imported_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [v.batch, v.source, v.replace, v.added, v.changed, v.unpublished, v.republished, v.items, at.toISOString()],
  );
  return row!.id;
}

/** Records `version` as the version that first published the items with these 实施编码 (the ones the import added). */
export async function setFirstVersion(q: Queryable, version: number, codes: string[]): Promise<void> {
  if (codes.length)
    await q.query("UPDATE items SET first_version = $1 WHERE data->>'code' = ANY($2::text[]) AND first_version IS NULL", [version, codes]);
}
