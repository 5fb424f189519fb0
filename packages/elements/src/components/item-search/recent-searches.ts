// Recent search terms, kept in localStorage on this device so that an
// applicant coming back finds what they looked for. Only the terms are kept —
// never a token or anything personal — and a page can switch it off
// (`recent-limit="0"`). Storage may be unavailable (private mode, a locked-down
// kiosk browser): then the list simply stays empty.
const PREFIX = 'yw-item-search:recent';
/** Longest term kept (the API takes queries up to 100 characters). */
const MAX_TERM = 100;

/** The storage key of a search box scoped to `scope` (a department, or all). */
export const recentKey = (scope: string | undefined): string => (scope ? `${PREFIX}:${scope}` : PREFIX);

export function loadRecent(key: string): string[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((t): t is string => typeof t === 'string' && t.length > 0 && t.length <= MAX_TERM) : [];
  } catch {
    return [];
  }
}

/** Puts `term` first (once) and keeps at most `limit` terms; returns the new list. */
export function addRecent(key: string, term: string, limit: number): string[] {
  const trimmed = term.trim();
  if (!trimmed || trimmed.length > MAX_TERM || limit <= 0) return loadRecent(key);
  const list = [trimmed, ...loadRecent(key).filter((t) => t !== trimmed)].slice(0, limit);
  try {
    localStorage.setItem(key, JSON.stringify(list));
  } catch {
    // Storage full or blocked: the list is kept for this page only.
  }
  return list;
}

export function clearRecent(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing to clear where storage is blocked.
  }
}
