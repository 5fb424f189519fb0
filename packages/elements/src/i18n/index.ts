// Message tables and the locale type. zh-CN is the reference table; every other
// table is typed `Translation`, so it has exactly the same keys and arguments.
import { zhCN } from './zh-CN.ts';
import { en } from './en.ts';

/** Locales the elements speak. */
export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** The shape of a message table: the keys and argument lists of the zh-CN table. */
export type Translation = Readonly<typeof zhCN>;
export type MessageKey = keyof Translation;
/** The arguments a message takes (none for plain strings). */
export type MessageArgs<K extends MessageKey> = Translation[K] extends (...args: infer A) => string ? A : [];

export const translations: Readonly<Record<Locale, Translation>> = { 'zh-CN': zhCN, en };

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

/** Formats one message of a table. */
export function format<K extends MessageKey>(table: Translation, key: K, args: MessageArgs<K>): string {
  const entry: unknown = table[key];
  return typeof entry === 'function' ? (entry as (...a: unknown[]) => string)(...args) : String(entry);
}

export { zhCN, en };
