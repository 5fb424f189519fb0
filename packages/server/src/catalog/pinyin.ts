// Per-character pinyin of catalog text, aligned to UTF-16 ranges of the source,
// so that a pinyin or initials match can be mapped back to the characters it
// covers (for highlighting). Runs in Node and in the browser mock.
//
// pinyin-pro converts each run of Chinese characters at once and segments it
// into words, so polyphones are read in context (银行 hang, 行政 xing, 重庆
// chong); its array output has exactly one entry per code point, which keeps
// the alignment simple. Letters, digits and punctuation are handled here.
import { pinyin } from 'pinyin-pro';

/** `zh`: a Chinese character; `alnum`: a run of ASCII letters/digits; `other`: anything else (punctuation, spaces…). */
export type PinyinTokenKind = 'zh' | 'alnum' | 'other';

/** One token of a text: a Chinese character with its syllable, an ASCII letter/digit run, or another character. */
export interface PinyinToken {
  /** UTF-16 offset of the token in the source text. */
  start: number;
  /** UTF-16 end offset (exclusive). */
  end: number;
  /** Lowercase toneless syllable (ü as v) for `zh`; the folded (lowercase, half-width) text otherwise. */
  text: string;
  kind: PinyinTokenKind;
}

const SYLLABLE = /^[a-zv]+$/;

// pinyin-pro is about three times faster with tone marks than with `toneType: 'none'`
// (which strips them with regular expressions), so tones are stripped here.
const TONELESS: Record<string, string> = {};
for (const [plain, marked] of [
  ['a', 'āáǎà'],
  ['e', 'ēéěèêếề'],
  ['i', 'īíǐì'],
  ['o', 'ōóǒò'],
  ['u', 'ūúǔù'],
  ['v', 'üǖǘǚǜ'],
  ['n', 'ńňǹ'],
  ['m', 'ḿ'],
] as const) {
  for (const c of marked) TONELESS[c] = plain;
}
// Combining macron and caron, as in ê̄ ê̌ (欸).
TONELESS['\u0304'] = '';
TONELESS['\u030c'] = '';

/** A syllable without tone marks, lower case, ü as v. */
function toneless(syllable: string): string {
  let out = '';
  for (const c of syllable.toLowerCase()) out += TONELESS[c] ?? c;
  return out;
}

/**
 * Folds one UTF-16 code unit for matching without changing the length of the
 * text: ASCII upper case to lower case, full-width ASCII (Ａ１) to half-width,
 * ü to v. Length-preserving, so offsets in folded text are offsets in the source.
 */
export function foldUnit(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
  if (code >= 65 && code <= 90) return code + 32;
  if (code === 0xfc || code === 0xdc) return 118; // ü Ü → v, as pinyin input methods type it
  return code;
}

/** Folds a text for matching: see `foldUnit`. The result has the same length as the input. */
export function fold(text: string): string {
  if (!/[A-Z\uff01-\uff5e\u00fc\u00dc]/.test(text)) return text;
  let out = '';
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const f = foldUnit(code);
    if (f !== code) changed = true;
    out += String.fromCharCode(f);
  }
  return changed ? out : text;
}

function isAlnumCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 97 && code <= 122);
}

/** Whether the text contains a CJK ideograph. */
export function hasChinese(text: string): boolean {
  return /[\u3007\u3400-\u9fff\uf900-\ufaff]|[\ud840-\ud87f][\udc00-\udfff]/.test(text);
}

const HAN = /\p{Script=Han}/u;
const HAN_RUNS = /\p{Script=Han}+/gu;

// Catalog names are built from recurring phrases (a stem and qualifiers such as
// （县级）), so the toneless syllables of each run of Chinese characters are
// cached. Bounded: cleared when full, which only costs recomputation.
const RUN_CACHE_LIMIT = 50_000;
const runCache = new Map<string, string[]>();

/** Toneless syllables of a run of Chinese characters, one per code point. */
function runSyllables(run: string): string[] {
  let syllables = runCache.get(run);
  if (!syllables) {
    if (runCache.size >= RUN_CACHE_LIMIT) runCache.clear();
    syllables = pinyin(run, { type: 'array' }).map(toneless);
    runCache.set(run, syllables);
  }
  return syllables;
}

/**
 * Toneless syllable per code point of `text` ('' where a character is not
 * Chinese). Each run of Chinese characters is converted on its own: pinyin-pro
 * segments words within a run (so polyphones are read in context) and words
 * never span punctuation, letters or digits anyway.
 */
function syllablesOf(text: string): Map<number, string> {
  const out = new Map<number, string>();
  for (const match of text.matchAll(HAN_RUNS)) {
    let offset = match.index;
    const syllables = runSyllables(match[0]);
    let k = 0;
    for (const char of match[0]) {
      out.set(offset, syllables[k++] ?? '');
      offset += char.length;
    }
  }
  return out;
}

/**
 * Splits a text into pinyin tokens aligned to its UTF-16 offsets: each Chinese
 * character maps to its contextual syllable; ASCII (and full-width) letter/digit
 * runs are kept as one lowercase token; every other character maps to itself.
 */
export function pinyinTokens(text: string): PinyinToken[] {
  if (text === '') return [];
  const syllables = HAN.test(text) ? syllablesOf(text) : null;
  const tokens: PinyinToken[] = [];
  let offset = 0;
  for (const char of text) {
    const start = offset;
    offset += char.length;
    const code = char.length === 1 ? foldUnit(char.charCodeAt(0)) : -1;
    if (code >= 0 && isAlnumCode(code)) {
      const last = tokens[tokens.length - 1];
      const letter = String.fromCharCode(code);
      // Consecutive letters/digits form one token (ICP, B2B, 12): typed as a whole, not syllable by syllable.
      if (last && last.kind === 'alnum' && last.end === start) {
        last.text += letter;
        last.end = offset;
      } else tokens.push({ start, end: offset, text: letter, kind: 'alnum' });
      continue;
    }
    const syllable = syllables?.get(start) ?? '';
    if (syllable !== '' && SYLLABLE.test(syllable)) tokens.push({ start, end: offset, text: syllable, kind: 'zh' });
    else tokens.push({ start, end: offset, text: code >= 0 ? String.fromCharCode(code) : char, kind: 'other' });
  }
  return tokens;
}

/**
 * The searchable pinyin forms of a text: `full` (syllables and alnum runs
 * concatenated; other characters dropped) and `initials` (first letter of each
 * syllable; alnum runs whole), each with, per position, the index of the token
 * it belongs to, so a match maps back to source characters.
 */
export interface PinyinForms {
  tokens: PinyinToken[];
  full: string;
  /** Token index of each position of `full`. */
  fullToken: number[];
  initials: string;
  /** Token index of each position of `initials`. */
  initialsToken: number[];
}

/** Builds the full-pinyin and initials forms of a text (see `PinyinForms`). */
export function pinyinForms(text: string): PinyinForms {
  const tokens = pinyinTokens(text);
  // Joined from arrays rather than built with += so the strings come out flat
  // (a catalog index keeps hundreds of thousands of them).
  const full: string[] = [];
  const initials: string[] = [];
  const fullToken: number[] = [];
  const initialsToken: number[] = [];
  tokens.forEach((token, t) => {
    if (token.kind === 'other') return;
    full.push(token.text);
    for (let k = 0; k < token.text.length; k++) fullToken.push(t);
    const initial = token.kind === 'zh' ? token.text.charAt(0) : token.text;
    initials.push(initial);
    for (let k = 0; k < initial.length; k++) initialsToken.push(t);
  });
  return { tokens, full: full.join(''), fullToken, initials: initials.join(''), initialsToken };
}

/** What the search index keeps of a text: `full` and `initials` as in `PinyinForms`, and where syllables start in `full`. */
export interface PinyinKeys {
  full: string;
  initials: string;
  /** Offsets in `full` where a syllable or letter/digit run starts. */
  starts: number[];
}

/**
 * The same strings as `pinyinForms`, without the per-character bookkeeping:
 * the index builder calls this for every item, so it allocates little.
 */
export function pinyinKeys(text: string): PinyinKeys {
  const syllables = HAN.test(text) ? syllablesOf(text) : null;
  const full: string[] = [];
  const initials: string[] = [];
  const starts: number[] = [];
  let length = 0;
  let inRun = false;
  let offset = 0;
  for (const char of text) {
    const start = offset;
    offset += char.length;
    const code = char.length === 1 ? foldUnit(char.charCodeAt(0)) : -1;
    if (code >= 0 && isAlnumCode(code)) {
      const letter = String.fromCharCode(code);
      if (!inRun) starts.push(length);
      inRun = true;
      full.push(letter);
      initials.push(letter);
      length++;
      continue;
    }
    inRun = false;
    const syllable = syllables?.get(start) ?? '';
    if (syllable === '' || !SYLLABLE.test(syllable)) continue;
    starts.push(length);
    full.push(syllable);
    initials.push(syllable.charAt(0));
    length += syllable.length;
  }
  return { full: full.join(''), initials: initials.join(''), starts };
}

/**
 * The full-pinyin spelling of a search term that mixes Chinese and pinyin
 * (`营业zhizhao` → `yingyezhizhao`); punctuation and spaces are dropped.
 */
export function termToPinyin(term: string): string {
  return pinyinTokens(term)
    .filter((t) => t.kind !== 'other')
    .map((t) => t.text)
    .join('');
}
