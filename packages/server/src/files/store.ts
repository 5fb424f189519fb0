// Uploaded material files: the `files` table. The content is in its `content`
// column with the database file store, and empty there with the directory
// store (fs-store.ts), which keeps it on disk. Every query is scoped to one user.
import type { Queryable } from '../db/db.ts';
import { json } from '../db/db.ts';

export interface FileRow {
  id: string;
  name: string;
  size: number;
  contentType: string;
  sha256: string;
  createdAt: Date;
}

/** Metadata of the user's own files, oldest first. */
export async function loadFiles(q: Queryable, userId: string): Promise<FileRow[]> {
  const rows = await q.query<{ id: string; name: string; size: number; content_type: string; sha256: string; created_at: Date }>(
    'SELECT id, name, size, content_type, sha256, created_at FROM files WHERE user_id = $1 ORDER BY created_at, id',
    [userId],
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    size: r.size,
    contentType: r.content_type,
    sha256: r.sha256,
    createdAt: new Date(r.created_at),
  }));
}

/** Inserts a file's row; `content` null: the content is kept outside the database (an empty `content`). */
export async function insertFile(q: Queryable, userId: string, file: FileRow, content: Uint8Array | null): Promise<void> {
  await q.query(
    'INSERT INTO files (id, user_id, name, size, content_type, sha256, content, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
    [file.id, userId, file.name, file.size, file.contentType, file.sha256, content ?? new Uint8Array(0), file.createdAt],
  );
}

/**
 * What a download needs of one of the user's files, without its content:
 * `inRow` says whether the content is in the row (stored by the database
 * file store) rather than outside it.
 */
export async function loadFileHead(
  q: Queryable,
  userId: string,
  id: string,
): Promise<{ name: string; contentType: string; size: number; inRow: boolean } | null> {
  const [row] = await q.query<{ name: string; content_type: string; size: number; stored: number }>(
    'SELECT name, content_type, size, octet_length(content) AS stored FROM files WHERE id = $1 AND user_id = $2',
    [id, userId],
  );
  return row ? { name: row.name, contentType: row.content_type, size: row.size, inRow: Number(row.stored) > 0 } : null;
}

/** The ids among `ids` that have a row (any user's): for the directory store's sweep of unreferenced files. */
export async function existingFileIds(q: Queryable, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await q.query<{ id: string }>('SELECT id FROM files WHERE id = ANY($1::text[])', [ids]);
  return new Set(rows.map((r) => r.id));
}

/** The content of one of the user's files, or null. */
export async function loadFileContent(
  q: Queryable,
  userId: string,
  id: string,
): Promise<{ name: string; contentType: string; content: Uint8Array } | null> {
  const [row] = await q.query<{ name: string; content_type: string; content: Uint8Array }>(
    'SELECT name, content_type, content FROM files WHERE id = $1 AND user_id = $2',
    [id, userId],
  );
  return row ? { name: row.name, contentType: row.content_type, content: row.content } : null;
}

/** The number of one of the user's applications that refers to the file, or null. */
export async function applicationUsingFile(q: Queryable, userId: string, id: string): Promise<string | null> {
  const used = await q.query<{ number: string }>(
    "SELECT number FROM applications WHERE user_id = $1 AND state->'fileIds' @> $2::jsonb LIMIT 1",
    [userId, json([id])],
  );
  return used[0]?.number ?? null;
}

export async function deleteFile(q: Queryable, userId: string, id: string): Promise<void> {
  await q.query('DELETE FROM files WHERE id = $1 AND user_id = $2', [id, userId]);
}
