// Government service time is Beijing time (UTC+8, no daylight saving).
const OFFSET_MS = 8 * 3600 * 1000;

/** RFC 3339 with the +08:00 offset, e.g. `2026-11-28T09:30:00.000+08:00`. */
export function toIso(date: Date | string | number): string {
  const d = new Date(date);
  return `${new Date(d.getTime() + OFFSET_MS).toISOString().slice(0, 23)}+08:00`;
}

/** The Beijing calendar date of an instant, `YYYY-MM-DD`. */
export function beijingDate(date: Date | string | number): string {
  return new Date(new Date(date).getTime() + OFFSET_MS).toISOString().slice(0, 10);
}
