// Times and dates of an application, always in Beijing time (the server's
// timestamps carry +08:00; a reader abroad still sees the office's clock).
import type { LocalizeController } from '../../base/controllers/localize.ts';

const TIME: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'Asia/Shanghai',
};
const CLOCK: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Asia/Shanghai' };
const DAY: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'Asia/Shanghai' };

/** `2026/11/17 09:12` (zh-CN) or `11/17/2026, 09:12` (en). */
export const formatTime = (localize: LocalizeController, iso: string): string => localize.date(iso, TIME);

/** `14:03`, for "updated at". */
export const formatClock = (localize: LocalizeController, at: Date): string => localize.date(at, CLOCK);

/** A calendar date `YYYY-MM-DD` as `2026年11月24日` / `November 24, 2026`. */
export const formatDay = (localize: LocalizeController, date: string): string => localize.date(`${date}T12:00:00+08:00`, DAY);

/** A file size: `18 KB`, `1.2 MB`. */
export function formatSize(localize: LocalizeController, bytes: number): string {
  if (bytes < 1024 * 1024) return `${localize.number(Math.max(1, Math.round(bytes / 1024)))} KB`;
  return `${localize.number(bytes / 1024 / 1024, { maximumFractionDigits: 1 })} MB`;
}

/**
 * What applicants type: full-width characters from a Chinese IME (`ＹＷ２０２６`),
 * spaces and lower case are all accepted and normalised.
 */
export const normalizeCode = (value: string | null | undefined): string =>
  (value ?? '').normalize('NFKC').replace(/\s+/g, '').toUpperCase();
