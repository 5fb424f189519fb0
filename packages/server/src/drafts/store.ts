// Drafts of application forms: the `drafts` table, one row per user and form,
// versioned for compare-and-set saves.
import type { Queryable } from '../db/db.ts';
import { json } from '../db/db.ts';

export interface DraftRow {
  form_id: string;
  /** The form version the draft was saved against (null for drafts from before versions). */
  form_version: number | null;
  data: Record<string, unknown>;
  version: number;
  updated_at: Date;
}

const DRAFT_COLUMNS = 'form_id, form_version, data, version, updated_at';

/** The user's drafts, most recently saved first. */
export async function listDrafts(db: Queryable, userId: string): Promise<DraftRow[]> {
  return db.query<DraftRow>(`SELECT ${DRAFT_COLUMNS} FROM drafts WHERE user_id = $1 ORDER BY updated_at DESC, form_id`, [userId]);
}

export async function findDraft(db: Queryable, userId: string, formId: string): Promise<DraftRow | null> {
  const [row] = await db.query<DraftRow>(`SELECT ${DRAFT_COLUMNS} FROM drafts WHERE user_id = $1 AND form_id = $2`, [userId, formId]);
  return row ?? null;
}

/** Writes the draft whatever version is stored (or creates it at version 1). */
export async function upsertDraft(
  db: Queryable,
  userId: string,
  formId: string,
  formVersion: number,
  data: unknown,
  now: Date,
): Promise<DraftRow> {
  const [row] = await db.query<DraftRow>(
    `INSERT INTO drafts (user_id, form_id, form_version, data, version, updated_at) VALUES ($1, $2, $5, $3, 1, $4)
     ON CONFLICT (user_id, form_id) DO UPDATE SET data = EXCLUDED.data, form_version = EXCLUDED.form_version,
       version = drafts.version + 1, updated_at = EXCLUDED.updated_at
     RETURNING ${DRAFT_COLUMNS}`,
    [userId, formId, json(data), now, formVersion],
  );
  return row!;
}

/** Compare-and-set: replaces the draft only when it is still at `baseVersion`; null otherwise. */
export async function replaceDraft(
  db: Queryable,
  userId: string,
  formId: string,
  formVersion: number,
  data: unknown,
  now: Date,
  baseVersion: number,
): Promise<DraftRow | null> {
  const [row] = await db.query<DraftRow>(
    `UPDATE drafts SET data = $3, form_version = $6, version = version + 1, updated_at = $4
     WHERE user_id = $1 AND form_id = $2 AND version = $5 RETURNING ${DRAFT_COLUMNS}`,
    [userId, formId, json(data), now, baseVersion, formVersion],
  );
  return row ?? null;
}

export async function draftVersion(db: Queryable, userId: string, formId: string): Promise<number | null> {
  const [row] = await db.query<{ version: number }>('SELECT version FROM drafts WHERE user_id = $1 AND form_id = $2', [userId, formId]);
  return row?.version ?? null;
}

/** Deletes the draft; returns whether there was one. */
export async function deleteDraft(db: Queryable, userId: string, formId: string): Promise<boolean> {
  const rows = await db.query('DELETE FROM drafts WHERE user_id = $1 AND form_id = $2 RETURNING form_id', [userId, formId]);
  return rows.length > 0;
}
