// The catalog as the server holds it: read once from the database at start
// (the catalog is read-mostly), indexed in memory for search.
import type { Department, FormSchema, ItemDetail } from '@yiwang/contract';
import type { Queryable } from '../db/db.ts';
import { createCatalogIndex } from './search.ts';
import type { CatalogIndex } from './search.ts';

/** The loaded catalog: the search index plus lookups of items and forms. */
export interface Catalog {
  index: CatalogIndex;
  /** A form schema by id. */
  form(id: string): FormSchema | undefined;
  /** An item with its guide by id. */
  item(id: string): ItemDetail | undefined;
}

/** Builds a catalog from already-loaded rows (also used by tests and the mock). */
export function createCatalog(departments: Department[], items: ItemDetail[], forms: FormSchema[]): Catalog {
  const index = createCatalogIndex(departments, items);
  const formsById = new Map(forms.map((f) => [f.id, f]));
  return {
    index,
    form: (id) => formsById.get(id),
    item: (id) => index.get(id),
  };
}

/** Reads departments and items (in catalog position order) and forms, and indexes them. */
export async function loadCatalog(db: Queryable): Promise<Catalog> {
  const departments = await db.query<{ data: Department }>('SELECT data FROM departments ORDER BY position, id');
  const items = await db.query<{ data: ItemDetail }>('SELECT data FROM items ORDER BY position, id');
  const forms = await db.query<{ data: FormSchema }>('SELECT data FROM forms ORDER BY id');
  return createCatalog(
    departments.map((r) => r.data),
    items.map((r) => r.data),
    forms.map((r) => r.data),
  );
}
