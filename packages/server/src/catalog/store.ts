// The catalog tables: departments, items (with their guides) and forms.
import type { CatalogVersion, Department, FormSchema, ItemDetail } from '@yiwang/contract';
import { toIso } from '../domain/time.ts';
import type { Queryable } from '../db/db.ts';

/** Departments and published items in catalog position order, and forms (unpublished items stay out of search and lists). */
export async function loadCatalogRows(
  db: Queryable,
): Promise<{ departments: Department[]; items: ItemDetail[]; forms: FormSchema[]; version: CatalogVersion | null }> {
  const departments = await db.query<{ data: Department }>('SELECT data FROM departments ORDER BY position, id');
  // Each item with the catalog version that first published it (null for seeded items).
  const items = await db.query<{ data: ItemDetail; version: number | null; batch: string | null; imported_at: Date | string | null }>(
    `SELECT i.data, v.id AS version, v.batch, v.imported_at
     FROM items i LEFT JOIN catalog_versions v ON v.id = i.first_version
     WHERE i.published ORDER BY i.position, i.id`,
  );
  const forms = await db.query<{ data: FormSchema }>('SELECT data FROM forms ORDER BY id');
  const [latest] = await db.query<{ id: number; batch: string | null; imported_at: Date | string }>(
    'SELECT id, batch, imported_at FROM catalog_versions ORDER BY id DESC LIMIT 1',
  );
  const version = latest ? { version: latest.id, batch: latest.batch, publishedAt: toIso(latest.imported_at) } : null;
  return {
    departments: departments.map((r) => r.data),
    items: items.map((r) => ({
      ...r.data,
      published: r.version === null ? null : { version: r.version, batch: r.batch, publishedAt: toIso(r.imported_at!) },
    })),
    forms: forms.map((r) => r.data),
    version,
  };
}

/**
 * A catalog item with its guide, or null. New applications ask for published
 * items only (`published: true`); an existing application's item is found even
 * after a later import unpublished it.
 */
export async function loadItem(q: Queryable, id: string, options: { published?: boolean } = {}): Promise<ItemDetail | null> {
  const sql = options.published ? 'SELECT data FROM items WHERE id = $1 AND published' : 'SELECT data FROM items WHERE id = $1';
  const [row] = await q.query<{ data: ItemDetail }>(sql, [id]);
  return row?.data ?? null;
}

/** A form schema, or null. */
export async function loadForm(q: Queryable, id: string): Promise<FormSchema | null> {
  const [row] = await q.query<{ data: FormSchema }>('SELECT data FROM forms WHERE id = $1', [id]);
  return row?.data ?? null;
}
