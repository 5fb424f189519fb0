// The catalog as the server holds it: read once from the database at start
// (the catalog is read-mostly), indexed in memory for search.
import type { CatalogVersion, Department, FormSchema, ItemDetail } from '@yiwang/contract';
import type { Queryable } from '../db/db.ts';
import { createCatalogIndex } from './search.ts';
import type { CompiledDictionary } from './dictionary.ts';
import { loadCatalogRows } from './store.ts';
import type { CatalogIndex } from './search.ts';

/** The loaded catalog: the search index plus lookups of items and forms. */
export interface Catalog {
  index: CatalogIndex;
  /** A form schema by id. */
  form(id: string): FormSchema | undefined;
  /** An item with its guide by id. */
  item(id: string): ItemDetail | undefined;
  /** The published catalog version in force (the last import), or null for the seeded catalog. */
  version: CatalogVersion | null;
}

/** Builds a catalog from already-loaded rows (also used by tests and the mock). */
export function createCatalog(
  departments: Department[],
  items: ItemDetail[],
  forms: FormSchema[],
  dictionary?: CompiledDictionary,
  version: CatalogVersion | null = null,
): Catalog {
  const formsById = new Map(forms.map((f) => [f.id, f]));
  const index = createCatalogIndex(departments, items, dictionary, (formId) => formsById.has(formId));
  return {
    index,
    form: (id) => formsById.get(id),
    item: (id) => index.get(id),
    version,
  };
}

/** Reads departments and items (in catalog position order) and forms, and indexes them (`dictionary`: the built-in one when omitted). */
export async function loadCatalog(db: Queryable, dictionary?: CompiledDictionary): Promise<Catalog> {
  const { departments, items, forms, version } = await loadCatalogRows(db);
  return createCatalog(departments, items, forms, dictionary, version);
}
