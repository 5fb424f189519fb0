// The catalog tables: departments, items (with their guides) and forms.
import type { Department, FormSchema, ItemDetail } from '@yiwang/contract';
import type { Queryable } from '../db/db.ts';

/** Departments and published items in catalog position order, and forms (unpublished items stay out of search and lists). */
export async function loadCatalogRows(db: Queryable): Promise<{ departments: Department[]; items: ItemDetail[]; forms: FormSchema[] }> {
  const departments = await db.query<{ data: Department }>('SELECT data FROM departments ORDER BY position, id');
  const items = await db.query<{ data: ItemDetail }>('SELECT data FROM items WHERE published ORDER BY position, id');
  const forms = await db.query<{ data: FormSchema }>('SELECT data FROM forms ORDER BY id');
  return { departments: departments.map((r) => r.data), items: items.map((r) => r.data), forms: forms.map((r) => r.data) };
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
