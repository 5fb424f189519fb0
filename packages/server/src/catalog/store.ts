// The catalog tables: departments, items (with their guides) and the latest forms; the
// counts of searches that found nothing.
import type { CatalogVersion, Department, FormSchema, ItemDetail, ZeroResultSearch } from '@yiwang/contract';
import { toIso } from '../domain/time.ts';
import type { Queryable } from '../db/db.ts';
import { json } from '../db/db.ts';
import { latestForms } from '../forms/store.ts';

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
  const forms = await latestForms(db);
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
    forms,
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

/** Zero-result searches counted since the last flush, one row per Beijing day and query. */
export interface ZeroResultCount {
  day: string;
  query: string;
  count: number;
  firstSeen: Date;
  lastSeen: Date;
}

/** Adds counts to the stored ones in one statement (several server processes add to the same rows). */
export async function addZeroResultCounts(q: Queryable, counts: readonly ZeroResultCount[]): Promise<void> {
  if (counts.length === 0) return;
  const rows = counts.map((c) => ({
    day: c.day,
    query: c.query,
    count: c.count,
    first_seen: c.firstSeen.toISOString(),
    last_seen: c.lastSeen.toISOString(),
  }));
  await q.query(
    `INSERT INTO search_zero_results (day, query, count, first_seen, last_seen)
     SELECT day, query, count, first_seen, last_seen
     FROM jsonb_to_recordset($1::jsonb) AS t(day date, query text, count bigint, first_seen timestamptz, last_seen timestamptz)
     ON CONFLICT (day, query) DO UPDATE SET
       count = search_zero_results.count + EXCLUDED.count,
       first_seen = LEAST(search_zero_results.first_seen, EXCLUDED.first_seen),
       last_seen = GREATEST(search_zero_results.last_seen, EXCLUDED.last_seen)`,
    [json(rows)],
  );
}

/** The most frequent zero-result queries on `since` (a Beijing date) and later, or over all days. */
export async function topZeroResults(q: Queryable, limit: number, since: string | null): Promise<ZeroResultSearch[]> {
  const rows = await q.query<{ query: string; count: string | number; first_seen: Date | string; last_seen: Date | string }>(
    `SELECT query, SUM(count) AS count, MIN(first_seen) AS first_seen, MAX(last_seen) AS last_seen
     FROM search_zero_results WHERE $1::date IS NULL OR day >= $1::date
     GROUP BY query ORDER BY SUM(count) DESC, MAX(last_seen) DESC, query LIMIT $2`,
    [since, limit],
  );
  return rows.map((r) => ({ query: r.query, count: Number(r.count), firstSeen: toIso(r.first_seen), lastSeen: toIso(r.last_seen) }));
}
