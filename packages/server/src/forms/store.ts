// Form documents: the `form_versions` table, one immutable row per published
// version of a form; the highest version is the form in force.
import type { FormSchema, FormVersionSummary } from '@yiwang/contract';
import type { Queryable } from '../db/db.ts';
import { json } from '../db/db.ts';
import { toIso } from '../domain/time.ts';

/** The latest version of every form, by form id. */
export async function latestForms(q: Queryable): Promise<FormSchema[]> {
  const rows = await q.query<{ data: FormSchema }>('SELECT DISTINCT ON (form_id) data FROM form_versions ORDER BY form_id, version DESC');
  return rows.map((r) => r.data);
}

/** The latest version of a form, or null. */
export async function loadForm(q: Queryable, id: string): Promise<FormSchema | null> {
  const [row] = await q.query<{ data: FormSchema }>('SELECT data FROM form_versions WHERE form_id = $1 ORDER BY version DESC LIMIT 1', [
    id,
  ]);
  return row?.data ?? null;
}

/** One version of a form, or null. */
export async function loadFormVersion(q: Queryable, id: string, version: number): Promise<FormSchema | null> {
  const [row] = await q.query<{ data: FormSchema }>('SELECT data FROM form_versions WHERE form_id = $1 AND version = $2', [id, version]);
  return row?.data ?? null;
}

/** A form's versions, newest first. */
export async function listFormVersions(q: Queryable, id: string): Promise<FormVersionSummary[]> {
  const rows = await q.query<{ version: number; item_id: string; title: string; published_at: Date | string; published_by: string }>(
    `SELECT version, item_id, data->>'title' AS title, published_at, published_by
     FROM form_versions WHERE form_id = $1 ORDER BY version DESC`,
    [id],
  );
  return rows.map((r) => ({
    id,
    itemId: r.item_id,
    title: r.title,
    version: r.version,
    publishedAt: toIso(r.published_at),
    publishedBy: r.published_by,
  }));
}

/**
 * Stores `form` as the next version of its form (1 for a new one) and returns
 * the number. Publications of one form are serialised by a lock on its id.
 */
export async function insertNextVersion(q: Queryable, form: FormSchema, publishedBy: string, now: Date): Promise<number> {
  await q.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`form:${form.id}`]);
  const [row] = await q.query<{ next: number }>('SELECT COALESCE(MAX(version), 0) + 1 AS next FROM form_versions WHERE form_id = $1', [
    form.id,
  ]);
  const version = row!.next;
  await q.query('INSERT INTO form_versions (form_id, version, item_id, data, published_at, published_by) VALUES ($1, $2, $3, $4, $5, $6)', [
    form.id,
    version,
    form.itemId,
    json({ ...form, version }),
    now,
    publishedBy,
  ]);
  return version;
}

/** Writes the seed's forms, each as its stored version, in one statement. */
export async function insertSeedForms(q: Queryable, forms: readonly FormSchema[], now: Date): Promise<void> {
  if (forms.length === 0) return;
  await q.query(
    `INSERT INTO form_versions (form_id, version, item_id, data, published_at, published_by)
     SELECT f->>'id', (f->>'version')::int, f->>'itemId', f, $2, 'seed' FROM jsonb_array_elements($1::jsonb) AS f`,
    [json(forms), now],
  );
}
