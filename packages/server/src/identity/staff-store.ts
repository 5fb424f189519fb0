// The staff directory (`staff_directory`): who is staff of which department
// with which roles, keyed by the keyed hash of their identity number.
import type { StaffRole } from '@yiwang/contract';
import type { Queryable } from '../db/db.ts';
import { json } from '../db/db.ts';

export interface DirectoryEntry {
  id: string;
  idNumberHash: string;
  idNumberMasked: string;
  name: string;
  department: string;
  roles: StaffRole[];
  updatedAt: Date;
}

interface Row {
  id: string;
  id_number_hash: string;
  id_number_masked: string;
  name: string;
  department_id: string;
  roles: StaffRole[];
  updated_at: string | Date;
}

const toEntry = (r: Row): DirectoryEntry => ({
  id: r.id,
  idNumberHash: r.id_number_hash,
  idNumberMasked: r.id_number_masked,
  name: r.name,
  department: r.department_id,
  roles: r.roles,
  updatedAt: new Date(r.updated_at),
});

const COLUMNS = 'id, id_number_hash, id_number_masked, name, department_id, roles, updated_at';

/** Entries by name, optionally of one department. */
export async function listDirectory(q: Queryable, department: string | null): Promise<DirectoryEntry[]> {
  const rows = await q.query<Row>(
    `SELECT ${COLUMNS} FROM staff_directory ${department ? 'WHERE department_id = $1' : ''} ORDER BY department_id, name, id`,
    department ? [department] : [],
  );
  return rows.map(toEntry);
}

export async function findDirectoryEntry(q: Queryable, id: string): Promise<DirectoryEntry | null> {
  const [row] = await q.query<Row>(`SELECT ${COLUMNS} FROM staff_directory WHERE id = $1`, [id]);
  return row ? toEntry(row) : null;
}

/** The entry of an identity number's hash; `forUpdate` locks it until the transaction ends. */
export async function findDirectoryEntryByHash(q: Queryable, idNumberHash: string, forUpdate = false): Promise<DirectoryEntry | null> {
  const [row] = await q.query<Row>(`SELECT ${COLUMNS} FROM staff_directory WHERE id_number_hash = $1${forUpdate ? ' FOR UPDATE' : ''}`, [
    idNumberHash,
  ]);
  return row ? toEntry(row) : null;
}

/** Whether the catalog has this department. */
export async function departmentExists(q: Queryable, id: string): Promise<boolean> {
  const rows = await q.query('SELECT 1 FROM departments WHERE id = $1', [id]);
  return rows.length > 0;
}

/** Adds the entry of an identity number's hash, or replaces what the existing one says (its id stays). */
export async function upsertDirectoryEntry(
  q: Queryable,
  entry: Omit<DirectoryEntry, 'updatedAt'>,
  by: string,
  now: Date,
): Promise<DirectoryEntry> {
  const [row] = await q.query<Row>(
    `INSERT INTO staff_directory (id, id_number_hash, id_number_masked, name, department_id, roles, created_at, updated_at, updated_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $8)
     ON CONFLICT (id_number_hash) DO UPDATE SET id_number_masked = EXCLUDED.id_number_masked, name = EXCLUDED.name,
       department_id = EXCLUDED.department_id, roles = EXCLUDED.roles, updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by
     RETURNING ${COLUMNS}`,
    [entry.id, entry.idNumberHash, entry.idNumberMasked, entry.name, entry.department, json(entry.roles), now.toISOString(), by],
  );
  return toEntry(row!);
}

export async function deleteDirectoryEntry(q: Queryable, id: string): Promise<void> {
  await q.query('DELETE FROM staff_directory WHERE id = $1', [id]);
}

/**
 * A user's name, what their identity provider said of them as staff, and the
 * directory entry of their identity number, if any.
 */
export async function staffSources(
  q: Queryable,
  userId: string,
): Promise<{
  name: string;
  claimed: { department: string; roles: string[] } | null;
  entry: DirectoryEntry | null;
} | null> {
  const [row] = await q.query<
    { data: { name: string; personName?: string; staff?: { department: string; roles: string[] } } } & Partial<Row>
  >(
    `SELECT u.data, d.id, d.id_number_hash, d.id_number_masked, d.name, d.department_id, d.roles, d.updated_at
       FROM users u LEFT JOIN staff_directory d ON d.id_number_hash = u.id_number_hash
      WHERE u.id = $1`,
    [userId],
  );
  if (!row) return null;
  return {
    name: row.data.personName ?? row.data.name,
    claimed: row.data.staff ?? null,
    entry: row.id ? toEntry(row as Row) : null,
  };
}
