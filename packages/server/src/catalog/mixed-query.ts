// Queries an input method left half in pinyin: 营业zhizhao, yingye执照, shenfen证,
// sfz丢了. The letters are read back into the Chinese words of the search
// dictionary they spell (in full pinyin, or by syllable initials as IMEs
// abbreviate: sfz = 身份证), so the query then goes the way the Chinese one
// does (as typed, synonyms, segmentation). Runs in Node and the browser mock.
import { pinyinTokens } from './pinyin.ts';

/** A dictionary word with its characters and their syllables. */
interface LexiconWord {
  text: string;
  chars: string[];
  syllables: string[];
}

/** Extra cost of a syllable given by its initial only (sfz): a full spelling is the surer reading. */
const INITIAL_COST = 0.1;

/** Where a syllable typed by its initial may end: `zh` `ch` `sh` or their first letter, else the first letter. */
function initials(syllable: string): string[] {
  return /^[zcs]h/.test(syllable) ? [syllable.slice(0, 2), syllable.charAt(0)] : [syllable.charAt(0)];
}

function isLetter(code: number): boolean {
  return code >= 97 && code <= 122;
}

export interface MixedReader {
  /**
   * A query word mixing Chinese and pinyin letters, read as Chinese: each
   * letter is covered by a dictionary word it spells (characters typed as
   * Chinese must be the word's own). Null when some letters spell no word.
   */
  readMixed(chunk: string): string | null;
  /** The dictionary word an all-letters query word spells in full pinyin (yingyezhizhao → 营业执照), or null. */
  readPinyin(chunk: string): string | null;
}

/** Builds the reader over `words` (folded dictionary words; those without Chinese characters are left out). */
export function createMixedReader(words: Iterable<string>): MixedReader {
  const lexicon: LexiconWord[] = [];
  /** Words by how they may start: their first character, or the first letter of their first syllable. */
  const byStart = new Map<string, LexiconWord[]>();
  const byFullPinyin = new Map<string, string>();
  const seen = new Set<string>();
  for (const text of words) {
    if (seen.has(text) || text.length < 2) continue;
    seen.add(text);
    const tokens = pinyinTokens(text);
    if (!tokens.every((t) => t.kind === 'zh')) continue; // Chinese words only
    const word = { text, chars: tokens.map((t) => text.slice(t.start, t.end)), syllables: tokens.map((t) => t.text) };
    lexicon.push(word);
    for (const key of new Set([word.chars[0]!, word.syllables[0]!.charAt(0)])) {
      const list = byStart.get(key) ?? [];
      list.push(word);
      byStart.set(key, list);
    }
    const full = word.syllables.join('');
    // Homophones (one spelling, several words) stay unread rather than guessed.
    byFullPinyin.set(full, byFullPinyin.has(full) && byFullPinyin.get(full) !== text ? '' : text);
  }

  /** Chunk offsets where `word` may end when matched from `from` (each with the cost of its initials-only syllables). */
  function ends(chunk: string, word: LexiconWord, from: number): Array<[end: number, cost: number]> {
    const out: Array<[number, number]> = [];
    const walk = (t: number, p: number, cost: number) => {
      if (t === word.chars.length) {
        out.push([p, cost]);
        return;
      }
      if (p >= chunk.length) return;
      if (!isLetter(chunk.charCodeAt(p))) {
        if (chunk.startsWith(word.chars[t]!, p)) walk(t + 1, p + word.chars[t]!.length, cost);
        return;
      }
      const syllable = word.syllables[t]!;
      if (chunk.startsWith(syllable, p)) walk(t + 1, p + syllable.length, cost);
      for (const initial of initials(syllable))
        if (initial !== syllable && chunk.startsWith(initial, p)) walk(t + 1, p + initial.length, cost + INITIAL_COST);
    };
    walk(0, from, 0);
    return out;
  }

  return {
    readMixed(chunk) {
      const n = chunk.length;
      // cost[p]: the cheapest reading of chunk[p..]; one point per dictionary word used.
      const cost = new Float64Array(n + 1);
      const choice: Array<{ word: LexiconWord | null; end: number }> = [];
      for (let p = n - 1; p >= 0; p--) {
        let best = Infinity;
        let pick: { word: LexiconWord | null; end: number } = { word: null, end: p + 1 };
        if (!isLetter(chunk.charCodeAt(p)) && cost[p + 1]! < best) best = cost[p + 1]!; // a character kept as typed
        const c0 = chunk.codePointAt(p)!;
        for (const word of byStart.get(String.fromCodePoint(c0)) ?? [])
          for (const [end, extra] of ends(chunk, word, p)) {
            const c = 1 + extra + cost[end]!;
            if (c < best) {
              best = c;
              pick = { word, end };
            }
          }
        cost[p] = best;
        choice[p] = pick;
      }
      if (!Number.isFinite(cost[0]!)) return null;
      let out = '';
      for (let p = 0; p < n;) {
        const { word, end } = choice[p]!;
        out += word ? word.text : chunk.slice(p, end);
        p = end;
      }
      return out;
    },
    readPinyin(chunk) {
      return byFullPinyin.get(chunk) || null;
    },
  };
}
