// Counts of searches whose text found nothing in the catalog: the words
// citizens use that the catalog and its search dictionary do not know yet.
//
// What is counted: `items.search` requests (the results a client asked for,
// not search-as-you-type suggestions) whose query text, normalised as the index
// reads it, matches no item at all (a text that finds items, just not under
// the chosen filters, is no gap in the vocabulary, so filters are not kept).
// A client's zero-result query that the same client's next one extends or
// shortens (营业zh → 营业zhizhao: the search box searches while one types) is
// dropped in favour of the later one. Queries that may hold personal data are
// never kept (see `mayBePersonal`).
//
// Counting adds no latency to the search: counts are buffered in memory and
// added to the database in one upsert per batch (count = count + n, so several
// server processes share one table) every `flushIntervalMs`, on close, and
// before the administrator's list is read (so the list is exact).
import type { ZeroResultSearch } from '@yiwang/contract';
import type { Db } from '../db/db.ts';
import { beijingDate } from '../domain/time.ts';
import { normalizeQuery } from './search.ts';
import { addZeroResultCounts, topZeroResults } from './store.ts';
import type { ZeroResultCount } from './store.ts';

/** Digits a query may hold before it is taken for an ID, phone, bank card or similar number. */
export const MAX_DIGITS = 5;

/**
 * Whether a normalised query may hold personal data and must not be stored:
 * six or more digits in all (a 身份证 number, a phone number, a bank card, a
 * postcode or licence plate with its digits, whatever separates them; years
 * such as 2026 and short numbers such as 第3批 stay), or an `@` (an e-mail
 * address). Full-width digits were folded to ASCII by the normalisation.
 */
export function mayBePersonal(query: string): boolean {
  let digits = 0;
  for (let i = 0; i < query.length; i++) {
    const code = query.charCodeAt(i);
    if (code >= 48 && code <= 57 && ++digits > MAX_DIGITS) return true;
  }
  return query.includes('@');
}

export interface ZeroResultLogOptions {
  /** How often buffered counts are written (default 10 s). */
  flushIntervalMs?: number;
  /** A client's last query is counted once it has not been extended for this long (default 10 s). */
  settleMs?: number;
  /** Distinct (day, query) counts buffered at most; further new queries wait for the next flush's room (default 10,000). */
  maxPending?: number;
  now?: () => number;
}

interface Typing {
  query: string;
  at: number;
}

export class ZeroResultLog {
  private readonly db: Db;
  private readonly settleMs: number;
  private readonly maxPending: number;
  private readonly now: () => number;
  private counts = new Map<string, ZeroResultCount>();
  /** Each client's last zero-result query, not counted yet: the next one may extend it. */
  private readonly typing = new Map<string, Typing>();
  private timer: ReturnType<typeof setInterval> | null;
  private flushing: Promise<void> = Promise.resolve();

  constructor(db: Db, options: ZeroResultLogOptions = {}) {
    this.db = db;
    this.settleMs = options.settleMs ?? 10_000;
    this.maxPending = options.maxPending ?? 10_000;
    this.now = options.now ?? Date.now;
    this.timer = setInterval(() => void this.flush(false).catch(() => {}), options.flushIntervalMs ?? 10_000);
    // Never keeps a Node process alive (tests, the import command); browsers have no unref.
    (this.timer as { unref?: () => void }).unref?.();
  }

  /** Notes a search of `q` by `client` whose text found nothing in the catalog. */
  record(client: string, q: string): void {
    const query = normalizeQuery(q);
    if (!query || mayBePersonal(query)) return;
    const at = this.now();
    const last = this.typing.get(client);
    if (last && last.query !== query && !query.startsWith(last.query) && !last.query.startsWith(query)) this.count(last);
    // Re-inserted: the map keeps clients in the order of their last search.
    this.typing.delete(client);
    this.typing.set(client, { query, at });
    if (this.typing.size > this.maxPending) {
      const [oldest, typed] = this.typing.entries().next().value!;
      this.typing.delete(oldest);
      this.count(typed);
    }
  }

  private count(typed: Typing): void {
    const day = beijingDate(typed.at);
    const key = `${day}\n${typed.query}`;
    const known = this.counts.get(key);
    const at = new Date(typed.at);
    if (known) {
      known.count++;
      known.lastSeen = at;
    } else if (this.counts.size < this.maxPending) {
      this.counts.set(key, { day, query: typed.query, count: 1, firstSeen: at, lastSeen: at });
    }
  }

  /**
   * Writes the buffered counts. `all`: also counts every client's last query
   * (close, the administrator's read); otherwise only those settled for `settleMs`.
   * On a database error the counts go back into the buffer for the next flush.
   */
  flush(all = true): Promise<void> {
    const run = async () => {
      const settledBefore = all ? Infinity : this.now() - this.settleMs;
      for (const [client, typed] of this.typing) {
        if (typed.at > settledBefore) break; // later entries are newer still
        this.typing.delete(client);
        this.count(typed);
      }
      if (this.counts.size === 0) return;
      const batch = this.counts;
      this.counts = new Map();
      try {
        await addZeroResultCounts(this.db, [...batch.values()]);
      } catch (error) {
        for (const [key, c] of batch) {
          const known = this.counts.get(key);
          if (known) {
            known.count += c.count;
            known.firstSeen = c.firstSeen;
          } else if (this.counts.size < this.maxPending) this.counts.set(key, c);
        }
        throw error;
      }
    };
    // One flush at a time: a batch is never written twice or lost between two.
    const next = this.flushing.then(run, run);
    this.flushing = next.catch(() => {});
    return next;
  }

  /** The most frequent zero-result queries (flushes first, so the list is exact). */
  async top(limit: number, since: string | null): Promise<ZeroResultSearch[]> {
    await this.flush(true);
    return topZeroResults(this.db, limit, since);
  }

  /** Stops the timer and writes what is buffered. */
  async close(): Promise<void> {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    await this.flush(true);
  }
}
