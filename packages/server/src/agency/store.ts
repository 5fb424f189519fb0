// 预审代办 requests: the `agency_requests` table and their daily numbers.
import type { AgencyRequest } from '@yiwang/contract';
import type { Queryable } from '../db/db.ts';
import { json } from '../db/db.ts';
import { beijingDate } from '../domain/time.ts';
import { newId } from '../domain/ids.ts';
import { nextInSequence } from '../db/sequences.ts';

/** An agency request as stored in `agency_requests.data`. */
export interface StoredAgencyRequest {
  itemName: string;
  status: AgencyRequest['status'];
  contactName: string;
  mobile: string;
  enterpriseName: string | null;
  uscc: string | null;
  projectName: string | null;
  description: string;
  preferredContact: 'phone' | 'visit' | 'online';
  agent: AgencyRequest['agent'];
}

export interface AgencyRow {
  id: string;
  number: string;
  item_id: string;
  data: StoredAgencyRequest;
  created_at: Date;
  updated_at: Date;
}

/** `DB` (代办) + Beijing date + 4-digit daily sequence, e.g. DB202611280001. */
async function agencyNumber(db: Queryable, now: Date): Promise<string> {
  const day = beijingDate(now).replace(/-/g, '');
  const seq = await nextInSequence(db, `agency-request:${day}`);
  return `DB${day}${String(seq).padStart(4, '0')}`;
}

/** Stores a new request under the next number of its day. Call inside a transaction. */
export async function insertAgencyRequest(
  tx: Queryable,
  row: { userId: string; itemId: string; data: StoredAgencyRequest; now: Date },
): Promise<AgencyRow> {
  const number = await agencyNumber(tx, row.now);
  const [inserted] = await tx.query<AgencyRow>(
    `INSERT INTO agency_requests (id, number, user_id, item_id, data, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id, number, item_id, data, created_at, updated_at`,
    [newId('agency'), number, row.userId, row.itemId, json(row.data), row.now],
  );
  return inserted!;
}

/** The user's requests, newest first. */
export async function listAgencyRequests(db: Queryable, userId: string): Promise<AgencyRow[]> {
  return db.query<AgencyRow>(
    `SELECT id, number, item_id, data, created_at, updated_at FROM agency_requests
     WHERE user_id = $1 ORDER BY created_at DESC, number DESC`,
    [userId],
  );
}
