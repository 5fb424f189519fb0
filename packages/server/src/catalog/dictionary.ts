// The search dictionary: synonyms and colloquial phrasings (Algolia-style
// records: two-way `synonym` groups and one-way `oneWaySynonym` input →
// synonyms) and filler words that never block a match. Data, validated on
// load; the built-in one is dictionary-data.ts, a deployment may replace it
// (YIWANG_SYNONYMS, read by dictionary-load.ts). Runs in Node and the browser.
import * as z from 'zod/mini';
import { fold } from './pinyin.ts';
import { DEFAULT_SEARCH_DICTIONARY } from './dictionary-data.ts';

const word = z.string().check(z.minLength(1), z.maxLength(40));

export const SearchDictionarySchema = z.object({
  synonyms: z.array(
    z.union([
      /** Every word finds what each of the others finds. */
      z.object({ type: z.literal('synonym'), synonyms: z.array(word).check(z.minLength(2)) }),
      /** `input` also finds what each synonym finds (not the other way round). A synonym with spaces needs all its words. */
      z.object({ type: z.literal('oneWaySynonym'), input: word, synonyms: z.array(word).check(z.minLength(1)) }),
    ]),
  ),
  /** Words of a query that need not match (办理, 怎么, 我要 …); they still rank items holding them higher. */
  fillers: z.array(word),
});
export type SearchDictionary = z.infer<typeof SearchDictionarySchema>;

/** A dictionary ready for query parsing: folded keys. */
export interface CompiledDictionary {
  /** A word → its alternatives, each a list of words that must all match. */
  expansions: Map<string, string[][]>;
  fillers: Set<string>;
  /** Length of the longest key (expansion or filler). */
  maxLength: number;
}

/** Validates a dictionary (throws a zod error naming the bad entry) and compiles it. */
export function compileDictionary(data: unknown): CompiledDictionary {
  const dictionary = SearchDictionarySchema.parse(data);
  const expansions = new Map<string, string[][]>();
  const words = (s: string) => fold(s).trim().split(/\s+/).filter(Boolean);
  const add = (input: string, synonym: string) => {
    const key = fold(input).trim();
    const alternative = words(synonym);
    if (!key || alternative.length === 0 || (alternative.length === 1 && alternative[0] === key)) return;
    const list = expansions.get(key) ?? [];
    if (!list.some((a) => a.join(' ') === alternative.join(' '))) list.push(alternative);
    expansions.set(key, list);
  };
  for (const entry of dictionary.synonyms) {
    if (entry.type === 'synonym') for (const a of entry.synonyms) for (const b of entry.synonyms) add(a, b);
    else for (const s of entry.synonyms) add(entry.input, s);
  }
  const fillers = new Set(dictionary.fillers.map((f) => fold(f).trim()).filter(Boolean));
  let maxLength = 0;
  for (const key of [...expansions.keys(), ...fillers]) maxLength = Math.max(maxLength, key.length);
  return { expansions, fillers, maxLength };
}

let compiledDefault: CompiledDictionary | undefined;

/** The built-in dictionary (dictionary-data.ts), compiled once. */
export function defaultDictionary(): CompiledDictionary {
  compiledDefault ??= compileDictionary(DEFAULT_SEARCH_DICTIONARY);
  return compiledDefault;
}

/** A dictionary that expands nothing and knows no fillers. */
export const EMPTY_DICTIONARY: CompiledDictionary = { expansions: new Map(), fillers: new Set(), maxLength: 0 };
