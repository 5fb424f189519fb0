// Named counters in the \`sequences\` table (daily application and agency numbers),
// taken atomically so that several server processes on one database never hand
// out the same number.
import type { Queryable } from './db.ts';

/** The next value of a named sequence, from 1. */
export async function nextInSequence(db: Queryable, name: string): Promise<number> {
  const [row] = await db.query<{ value: number }>(
    `INSERT INTO sequences (name, value) VALUES ($1, 1)
     ON CONFLICT (name) DO UPDATE SET value = sequences.value + 1
     RETURNING value::int AS value`,
    [name],
  );
  return row!.value;
}

/** Makes sure a named sequence is at least \`value\` (numbers given out some other way, such as fixed seed numbers). */
export async function reserveInSequence(db: Queryable, name: string, value: number): Promise<void> {
  await db.query(
    `INSERT INTO sequences (name, value) VALUES ($1, $2)
     ON CONFLICT (name) DO UPDATE SET value = GREATEST(sequences.value, EXCLUDED.value)`,
    [name, value],
  );
}
