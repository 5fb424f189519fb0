// Message tables and the locale type. zh-CN is the reference table; every other
// table is typed `Translation`, so it has exactly the same keys and arguments.
// The messages come in parts (./messages/, one per element plus shared ones);
// each element registers its parts when its first instance is created, so
// `translations` holds the messages of the elements on the page, and a page
// with one element does not download the others' words.
import type { zhCN } from './zh-CN.ts';

/** Locales the elements speak. */
export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** The shape of a message table: the keys and argument lists of the zh-CN table. */
export type Translation = Readonly<typeof zhCN>;
export type MessageKey = keyof Translation;
/** The arguments a message takes (none for plain strings). */
export type MessageArgs<K extends MessageKey> = Translation[K] extends (...args: infer A) => string ? A : [];

export type { MessagesOf } from './types.ts';

/**
 * One part of the tables (./messages/): the same messages in every locale. A
 * locale's half is either the table itself or a function that fetches it: the
 * elements' own parts carry zh-CN and fetch en (a dynamic import) only when an
 * element on the page speaks English.
 */
export type MessagePart = { readonly [L in Locale]: object | (() => Promise<object>) };

const registry: Record<Locale, Record<string, unknown>> = { 'zh-CN': {}, en: {} };
/** Keys a site has reworded (`overrideMessages`): the elements' own parts do not overwrite them. */
const overridden: Record<Locale, Set<string>> = { 'zh-CN': new Set(), en: new Set() };
/** The halves of registered parts that are fetched on demand, and their fetches once started. */
const pending = new WeakMap<MessagePart, Partial<Record<Locale, Promise<void>>>>();
/** Marks a fetched half in `pending`. */
const DONE: Promise<void> = Promise.resolve();

/**
 * The message tables of the parts registered so far (every element on the page
 * registers its own). Read-only for users of the library.
 */
export const translations = registry as unknown as Readonly<Record<Locale, Translation>>;

function addTable(locale: Locale, table: object): void {
  for (const [key, message] of Object.entries(table)) if (!overridden[locale].has(key)) registry[locale][key] = message;
}

/**
 * Adds a part's messages to `translations` (idempotent; an element's parts are
 * added when its first instance is created). Halves given as a function are
 * added when `ensureMessages` asks for their locale. Keys a site reworded stay reworded.
 */
export function registerMessages(part: MessagePart): void {
  for (const locale of LOCALES) {
    const half = part[locale];
    if (typeof half !== 'function') addTable(locale, half);
  }
}

/**
 * Makes the messages of `parts` in `locale` available: null when they are
 * already (the common case: zh-CN, or en once fetched), else a promise that
 * settles when the missing halves are fetched and registered (it rejects when
 * a fetch fails; the next call tries again).
 */
export function ensureMessages(locale: Locale, parts: readonly MessagePart[]): Promise<void> | null {
  let waits: Array<Promise<void>> | null = null;
  for (const part of parts) {
    const half = part[locale];
    if (typeof half !== 'function') continue;
    let state = pending.get(part);
    if (!state) pending.set(part, (state = {}));
    const started = state[locale];
    if (started === undefined) {
      const fetching = half().then(
        (table: object) => {
          addTable(locale, table);
          // Fetched: later calls find nothing to wait for.
          state[locale] = DONE;
        },
        (error: unknown) => {
          delete state[locale];
          throw error;
        },
      );
      state[locale] = fetching;
      (waits ??= []).push(fetching);
    } else if (started !== DONE) (waits ??= []).push(started);
  }
  return waits ? Promise.all(waits).then(() => undefined) : null;
}

/**
 * A site's own wording for some messages, in any locale: `overrideMessages({ 'zh-CN': { 'itemSearch.placeholder': '…' } })`.
 * It holds whether the elements' modules load before or after (lazy loading included); elements on the page show it at their next render.
 */
export function overrideMessages(part: Partial<Record<Locale, Record<string, string | ((...args: never[]) => string)>>>): void {
  for (const locale of LOCALES) {
    for (const [key, message] of Object.entries(part[locale] ?? {})) {
      overridden[locale].add(key);
      registry[locale][key] = message;
    }
  }
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * Maps a BCP 47 tag onto a supported locale: `en-GB` → `en`, `zh`, `zh-Hans`,
 * `zh-CN` → `zh-CN`; anything else → null.
 */
export function matchLocale(tag: string | null | undefined): Locale | null {
  if (!tag) return null;
  if (isLocale(tag)) return tag;
  const lower = tag.toLowerCase();
  if (lower === 'en' || lower.startsWith('en-')) return 'en';
  if (lower === 'zh' || lower.startsWith('zh-')) return 'zh-CN';
  return null;
}

/**
 * Formats one message of a table. A key no registered part has (an element
 * using another's words without registering them) comes out as the key itself,
 * which the element tests would see, rather than as "undefined".
 */
export function format<K extends MessageKey>(table: Translation, key: K, args: MessageArgs<K>): string {
  const entry: unknown = table[key];
  if (entry === undefined) return key;
  return typeof entry === 'function' ? (entry as (...a: unknown[]) => string)(...args) : String(entry);
}
