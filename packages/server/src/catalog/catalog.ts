// The catalog as the server holds it: read from the database at start and
// again after each import (live.ts), indexed in memory for search.
import type { CatalogVersion, Department, FormSchema, ItemDetail } from '@yiwang/contract';
import type { Db } from '../db/db.ts';
import { createCatalogIndex } from './search.ts';
import type { CompiledDictionary } from './dictionary.ts';
import { loadCatalogRows } from './store.ts';
import type { CatalogIndex } from './search.ts';
import { itemFormId } from '../forms/starter.ts';

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

/**
 * Builds a catalog from already-loaded rows (also used by tests and the mock).
 * An item that names no form but has one published for it (`form-<item id>`,
 * POST /forms/{id}/versions) is served with that form.
 */
export function createCatalog(
  departments: Department[],
  items: ItemDetail[],
  forms: FormSchema[],
  dictionary?: CompiledDictionary,
  version: CatalogVersion | null = null,
): Catalog {
  const formsById = new Map(forms.map((f) => [f.id, f]));
  const withForms = items.map((item) => {
    if (item.formId !== null) return item;
    const published = formsById.get(itemFormId(item));
    return published?.itemId === item.id ? { ...item, formId: published.id } : item;
  });
  const index = createCatalogIndex(departments, withForms, dictionary, (formId) => formsById.has(formId));
  return {
    index,
    form: (id) => formsById.get(id),
    item: (id) => index.get(id),
    version,
  };
}

/**
 * Reads departments and items (in catalog position order), forms and the
 * version in one snapshot (a read-only repeatable-read transaction, so an
 * import committing meanwhile is seen whole or not at all), then indexes them
 * (`dictionary`: the built-in one when omitted).
 */
export async function loadCatalog(db: Db, dictionary?: CompiledDictionary): Promise<Catalog> {
  const { departments, items, forms, version } = await db.transaction(async (tx) => {
    await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    return loadCatalogRows(tx);
  });
  return createCatalog(departments, items, forms, dictionary, version);
}
