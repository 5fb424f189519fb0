// The address book: the `addresses` table. Every query is scoped to one user.
import type { PostalAddress } from '@yiwang/contract';
import type { Queryable } from '../db/db.ts';
import { json } from '../db/db.ts';
import { notFound } from '../http/errors.ts';

export interface AddressRow {
  id: string;
  data: PostalAddress;
  is_default: boolean;
  created_at: Date;
  updated_at: Date;
}

const ADDRESS_COLUMNS = 'id, data, is_default, created_at, updated_at';

/** The user's addresses: the default first, then newest first. */
export async function listAddresses(db: Queryable, userId: string): Promise<AddressRow[]> {
  return db.query<AddressRow>(
    `SELECT ${ADDRESS_COLUMNS} FROM addresses WHERE user_id = $1 ORDER BY is_default DESC, created_at DESC, id DESC`,
    [userId],
  );
}

/** Serialises address-book changes of one user (default handling reads, then writes). */
export async function lockAddressBook(tx: Queryable, userId: string): Promise<void> {
  await tx.query("SELECT pg_advisory_xact_lock(hashtext('addresses:' || $1))", [userId]);
}

export async function countAddresses(tx: Queryable, userId: string): Promise<number> {
  const [count] = await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM addresses WHERE user_id = $1', [userId]);
  return count?.n ?? 0;
}

export async function ownAddress(tx: Queryable, userId: string, id: string): Promise<AddressRow> {
  const [row] = await tx.query<AddressRow>(`SELECT ${ADDRESS_COLUMNS} FROM addresses WHERE id = $1 AND user_id = $2`, [id, userId]);
  // Another user's address answers exactly like a missing one.
  if (!row) throw notFound({ zh: '地址不存在', en: 'Address not found' });
  return row;
}

export async function insertAddress(
  tx: Queryable,
  row: { id: string; userId: string; data: PostalAddress; isDefault: boolean; now: Date },
): Promise<AddressRow> {
  const [inserted] = await tx.query<AddressRow>(
    `INSERT INTO addresses (id, user_id, data, is_default, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $5)
     RETURNING ${ADDRESS_COLUMNS}`,
    [row.id, row.userId, json(row.data), row.isDefault, row.now],
  );
  return inserted!;
}

export async function updateAddress(tx: Queryable, id: string, data: PostalAddress, isDefault: boolean, now: Date): Promise<AddressRow> {
  const [updated] = await tx.query<AddressRow>(
    `UPDATE addresses SET data = $2, is_default = $3, updated_at = $4 WHERE id = $1 RETURNING ${ADDRESS_COLUMNS}`,
    [id, json(data), isDefault, now],
  );
  return updated!;
}

export async function deleteAddress(tx: Queryable, id: string): Promise<void> {
  await tx.query('DELETE FROM addresses WHERE id = $1', [id]);
}

export async function unsetDefault(tx: Queryable, userId: string, now: Date, exceptId: string): Promise<void> {
  await tx.query('UPDATE addresses SET is_default = false, updated_at = $3 WHERE user_id = $1 AND is_default AND id <> $2', [
    userId,
    exceptId,
    now,
  ]);
}

/** Makes the user's newest address other than `exceptId` the default; returns false when there is none. */
export async function handDefaultToNewestOther(tx: Queryable, userId: string, exceptId: string, now: Date): Promise<boolean> {
  const [other] = await tx.query<{ id: string }>(
    'SELECT id FROM addresses WHERE user_id = $1 AND id <> $2 ORDER BY created_at DESC, id DESC LIMIT 1',
    [userId, exceptId],
  );
  if (!other) return false;
  await tx.query('UPDATE addresses SET is_default = true, updated_at = $2 WHERE id = $1', [other.id, now]);
  return true;
}

/** After the default went away: the newest remaining address becomes the default. */
export async function promoteNewest(tx: Queryable, userId: string, now: Date): Promise<void> {
  await tx.query(
    `UPDATE addresses SET is_default = true, updated_at = $2
     WHERE id = (SELECT id FROM addresses WHERE user_id = $1 ORDER BY created_at DESC, id DESC LIMIT 1)
       AND NOT EXISTS (SELECT 1 FROM addresses WHERE user_id = $1 AND is_default)`,
    [userId, now],
  );
}
