// The in-memory catalog index: built once (the catalog is read-mostly), then
// answers search, suggest, hot, stats and lookups synchronously. Runs in Node
// and in the browser mock (no node: imports).
//
// Layout. Every searchable text of every item is concatenated into one flat
// string per kind (a "corpus": folded names; folded keywords; full pinyin of
// names; full pinyin of keywords; initials of names; initials of keywords),
// items separated by '\n', with the items' start offsets alongside.
// - Text corpora (names, keywords) also index the positions of every
//   two-character sequence: a term of two or more characters visits only the
//   occurrences of its rarest bigram and checks them with `startsWith`; a
//   one-character term uses the engine's native `indexOf` over the corpus.
// - Pinyin corpora index their match-start positions by the first three
//   letters: full-pinyin matches must start on a syllable boundary (a bitmap
//   marks them; `ingye` does not match 营业); initials may start anywhere.
// Each hit maps to its item by a galloping search over the start offsets.
// Terms after the first only check the items the earlier terms left, one by
// one, when few are left. Facets are counted in one pass over the matches.
// Highlights are computed for the returned page only, re-deriving the page
// items' pinyin (the same deterministic conversion as at build time).
// On 300,000 synthetic items: p50 ≈ 5 ms, p95 ≈ 15 ms (bench/search.ts).
//
// Ranking (points per query term; an item's score is the sum over the terms,
// every term having to match somewhere — AND):
//   name: exact 100 > prefix 90 > substring 80
//   keyword: exact keyword 70 > substring 65
//   full pinyin of the name (on syllable boundaries; also mixed 营业zhizhao): exact 60 > prefix 57 > inside 55
//   full pinyin of a keyword: 50
//   initials of the name: exact 45 > prefix 43 > inside 40
//   initials of a keyword: 35
//   department name only: 20
// Ties: shorter names first, then catalog order. Without a query, results are
// in catalog order. `sort=name` uses zh-CN collation (pinyin order);
// `sort=promised_days` sorts by promised days ascending, then as relevance.
import {
  AUDIENCES,
  AUDIENCE_LABELS,
  CHANNELS,
  CHANNEL_LABELS,
  ITEM_TYPES,
  ITEM_TYPE_LABELS,
  NO_VISIT_GAP_ITEMS_MAX,
  NO_VISIT_TARGET,
  doableWithoutVisit,
  isWebUrl,
} from '@yiwang/contract';
import type {
  Audience,
  CatalogStats,
  Channel,
  Department,
  HighlightRange,
  ItemDetail,
  ItemSearchQuery,
  ItemSearchResult,
  ItemSummary,
  ItemType,
  NoVisitGap,
  SearchFacets,
  Suggestion,
} from '@yiwang/contract';
import { fold, hasChinese, pinyinForms, pinyinKeys, termToPinyin } from './pinyin.ts';
import type { PinyinForms, PinyinKeys } from './pinyin.ts';
import { defaultDictionary } from './dictionary.ts';
import { createMixedReader } from './mixed-query.ts';
import type { MixedReader } from './mixed-query.ts';
import type { CompiledDictionary } from './dictionary.ts';

/**
 * A query as the index reads it: full-width folded, ASCII lower-cased, trimmed,
 * runs of white space (the ideographic space too) collapsed to one space.
 */
export function normalizeQuery(q: string): string {
  return fold(q).trim().split(/\s+/).filter(Boolean).join(' ');
}

/** Keyword highlight offsets are UTF-16 offsets into `item.keywords.join(KEYWORD_SEPARATOR)`. */
export const KEYWORD_SEPARATOR = '、';

/** Points a term earns by where it matched (see the ranking table at the top of this file). */
export const POINTS = {
  nameExact: 100,
  namePrefix: 90,
  name: 80,
  keywordExact: 70,
  keyword: 65,
  pinyinNameExact: 60,
  pinyinNamePrefix: 57,
  pinyinName: 55,
  pinyinKeyword: 50,
  initialsNameExact: 45,
  initialsNamePrefix: 43,
  initialsName: 40,
  initialsKeyword: 35,
  department: 20,
} as const;

export const DEFAULT_PAGE_SIZE = 10;
const DEFAULT_SUGGEST_LIMIT = 8;
const HOT_MAX = 20;

/** The read side of the catalog: search, suggest, hot items, lookups and stats. */
export interface CatalogIndex {
  /** Number of items. */
  readonly size: number;
  search(query: ItemSearchQuery): ItemSearchResult;
  /** Search-as-you-type: the best `limit` matches by relevance, highlights on name and department. */
  suggest(q: string, limit?: number): Suggestion[];
  /** The most popular items (see `createCatalogIndex` for the order). */
  hot(limit?: number): ItemSummary[];
  get(id: string): ItemDetail | undefined;
  /** Departments in catalog order, `itemCount` derived from the items. */
  departments(): Department[];
  stats(): CatalogStats;
}

/** One searchable kind of text of all items, concatenated (see the file comment). */
interface Corpus {
  text: string;
  /** Offset of each item's text; `starts[n]` is one past the end. An item's text ends at `starts[i + 1] - 1`. */
  starts: Int32Array;
  /** 1 where a match may start (pinyin syllable boundaries); null: anywhere. */
  boundary: Uint8Array | null;
  /** Start positions by their first three characters (pinyin corpora only; see `buildPostings`). */
  postings: Postings | null;
  /** Positions of every two-character sequence (text corpora only; see `buildBigrams`). */
  bigrams: Bigrams | null;
}

/**
 * Where each two-character sequence occurs in a text corpus: the positions of
 * the bigram with slot s are `positions[offsets[s] .. offsets[s + 1])`,
 * ascending. A term of two or more characters visits only the occurrences of
 * its rarest bigram instead of scanning the corpus: on 300,000 items a common
 * word has tens of thousands of hits, and an `indexOf` call per hit costs
 * several times a `startsWith` check at a known position.
 */
interface Bigrams {
  /** Dense id of each UTF-16 code unit that occurs in the corpus. */
  unitId: Map<number, number>;
  /** Slot of each bigram key (`id1 * units + id2`). */
  slot: Map<number, number>;
  units: number;
  offsets: Int32Array;
  positions: Int32Array;
}

function buildBigrams(text: string): Bigrams {
  const unitId = new Map<number, number>();
  const ids = new Int32Array(text.length);
  for (let p = 0; p < text.length; p++) {
    const code = text.charCodeAt(p);
    let id = unitId.get(code);
    if (id === undefined) unitId.set(code, (id = unitId.size));
    ids[p] = id;
  }
  const units = unitId.size;
  const newline = unitId.get(10) ?? -1;
  const slot = new Map<number, number>();
  const slots = new Int32Array(Math.max(text.length - 1, 0)).fill(-1);
  const counts: number[] = [];
  for (let p = 0; p + 1 < text.length; p++) {
    if (ids[p] === newline || ids[p + 1] === newline) continue; // never across items
    const key = ids[p]! * units + ids[p + 1]!;
    let s = slot.get(key);
    if (s === undefined) slot.set(key, (s = counts.push(0) - 1));
    counts[s]!++;
    slots[p] = s;
  }
  const offsets = new Int32Array(counts.length + 1);
  for (let s = 0; s < counts.length; s++) offsets[s + 1] = offsets[s]! + counts[s]!;
  const fill = offsets.slice(0, counts.length);
  const positions = new Int32Array(offsets[counts.length]!);
  for (let p = 0; p < slots.length; p++) if (slots[p]! >= 0) positions[fill[slots[p]!]!++] = p;
  return { unitId, slot, units, offsets, positions };
}

/** The rarest bigram of `term` as [from, to, offsetInTerm], or null when some bigram never occurs (no match possible). */
function rarestBigram(b: Bigrams, term: string): [number, number, number] | null {
  let best: [number, number, number] | null = null;
  for (let j = 0; j + 1 < term.length; j++) {
    const a = b.unitId.get(term.charCodeAt(j));
    const c = b.unitId.get(term.charCodeAt(j + 1));
    const s = a === undefined || c === undefined ? undefined : b.slot.get(a * b.units + c);
    if (s === undefined) return null;
    const from = b.offsets[s]!;
    const to = b.offsets[s + 1]!;
    if (!best || to - from < best[1] - best[0]) best = [from, to, j];
  }
  return best;
}

/**
 * Where matches may start in a letters-and-digits corpus, grouped by the
 * position's first three characters (CSR layout: the positions of key k are
 * `positions[offsets[k] .. offsets[k + 1])`, ascending). A term then visits
 * only the positions that begin with its own first letters instead of
 * scanning the whole corpus: on a 300,000-item catalog the pinyin corpora are
 * some 15 million characters each.
 */
interface Postings {
  offsets: Int32Array;
  positions: Int32Array;
}

const KEY_BASE = 37;

/** 1–26 for a–z, 27–36 for 0–9, 0 for anything else (separators, end of text). */
function keyCode(code: number): number {
  if (code >= 97 && code <= 122) return code - 96;
  if (code >= 48 && code <= 57) return code - 21;
  return 0;
}

function keyAt(text: string, p: number): number {
  return (keyCode(text.charCodeAt(p)) * KEY_BASE + keyCode(text.charCodeAt(p + 1) || 0)) * KEY_BASE + keyCode(text.charCodeAt(p + 2) || 0);
}

function buildPostings(text: string, boundary: Uint8Array | null): Postings {
  const keys = KEY_BASE ** 3;
  const offsets = new Int32Array(keys + 1);
  const valid = (p: number) => (boundary ? boundary[p] === 1 : true) && keyCode(text.charCodeAt(p)) !== 0;
  for (let p = 0; p < text.length; p++) if (valid(p)) offsets[keyAt(text, p) + 1]!++;
  for (let k = 0; k < keys; k++) offsets[k + 1]! += offsets[k]!;
  const fill = offsets.slice(0, keys);
  const positions = new Int32Array(offsets[keys]!);
  for (let p = 0; p < text.length; p++) if (valid(p)) positions[fill[keyAt(text, p)]!++] = p;
  return { offsets, positions };
}

/** The range of `postings.positions` holding every start position whose text begins with `term`'s first (up to three) characters. */
function postingRange(postings: Postings, term: string): [number, number] {
  const c = [0, 1, 2].map((k) => (k < term.length ? keyCode(term.charCodeAt(k)) : -1));
  if (c[0]! <= 0 || c[1] === 0 || c[2] === 0) return [0, 0]; // a term that is not letters/digits never matches here
  let from = c[0]! * KEY_BASE * KEY_BASE;
  let width = KEY_BASE * KEY_BASE;
  if (c[1]! > 0) {
    from += c[1]! * KEY_BASE;
    width = KEY_BASE;
  }
  if (c[2]! > 0) {
    from += c[2]!;
    width = 1;
  }
  return [postings.offsets[from]!, postings.offsets[from + width]!];
}

class CorpusBuilder {
  private readonly parts: string[] = [];
  private readonly starts: number[] = [];
  private boundary: Uint8Array | null;
  private length = 0;

  private readonly withPostings: boolean;

  /** `pinyin`: a letters-and-digits corpus, searched through postings. */
  constructor(kind: 'text' | 'pinyin' | 'pinyin-boundaries') {
    this.boundary = kind === 'pinyin-boundaries' ? new Uint8Array(1024) : null;
    this.withPostings = kind !== 'text';
  }

  /** Appends one item's text; `boundaries` are offsets within it where matches may start. */
  add(text: string, boundaries?: readonly number[]): void {
    this.starts.push(this.length);
    if (this.boundary && boundaries) {
      const needed = this.length + text.length + 1;
      if (needed > this.boundary.length) {
        const grown = new Uint8Array(Math.max(needed, this.boundary.length * 2));
        grown.set(this.boundary);
        this.boundary = grown;
      }
      for (const b of boundaries) this.boundary[this.length + b] = 1;
    }
    this.parts.push(text);
    this.length += text.length + 1;
  }

  build(): Corpus {
    const starts = Int32Array.from([...this.starts, this.length]);
    // join() yields a flat string: indexOf over it runs at native speed.
    const text = this.parts.join('\n');
    const boundary = this.boundary ? this.boundary.slice(0, Math.max(this.length, 1)) : null;
    return {
      text,
      starts,
      boundary,
      postings: this.withPostings ? buildPostings(text, boundary) : null,
      bigrams: this.withPostings ? null : buildBigrams(text),
    };
  }
}

/**
 * Index of the item whose text contains corpus offset `pos`. `from`: an item
 * known to start at or before `pos` — hits arrive in ascending order, so
 * galloping forward from the previous hit's item beats a full binary search.
 */
function itemAt(starts: Int32Array, pos: number, from = 0): number {
  const last = starts.length - 2;
  let lo = from; // starts[lo] <= pos
  let step = 1;
  let hi = lo + step;
  while (hi <= last && starts[hi]! <= pos) {
    lo = hi;
    step *= 2;
    hi = lo + step;
  }
  if (hi > last) hi = last;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Calls `visit(item, offsetInItem, itemLength)` for the first valid hit of `term` in each item. */
function scanCorpus(c: Corpus, term: string, visit: (item: number, at: number, length: number) => void): void {
  const { text, starts, boundary, bigrams } = c;
  if (bigrams && term.length >= 2) return scanBigrams(c, bigrams, term, visit);
  let p = text.indexOf(term);
  let i = 0;
  while (p !== -1) {
    if (boundary && boundary[p] === 0) {
      p = text.indexOf(term, p + 1);
      continue;
    }
    i = itemAt(starts, p, i);
    const from = starts[i]!;
    const next = starts[i + 1]!;
    visit(i, p - from, next - 1 - from);
    p = text.indexOf(term, next);
  }
}

/** `scanCorpus` through the bigram positions (see `Bigrams`). */
function scanBigrams(c: Corpus, bigrams: Bigrams, term: string, visit: (item: number, at: number, length: number) => void): void {
  const range = rarestBigram(bigrams, term);
  if (!range) return;
  const [from, to, j] = range;
  const { text, starts } = c;
  const { positions } = bigrams;
  const verify = term.length > 2;
  let item = -1;
  let itemStart = 0;
  let itemEnd = -1;
  for (let k = from; k < to; k++) {
    const p = positions[k]! - j;
    if (p < itemEnd && p >= itemStart) continue; // positions ascend: the item's first hit was seen
    if (verify && !text.startsWith(term, p)) continue;
    item = itemAt(starts, p, Math.max(item, 0));
    itemStart = starts[item]!;
    itemEnd = starts[item + 1]!;
    visit(item, p - itemStart, itemEnd - 1 - itemStart);
  }
}

/** Like `scanCorpus`, through the corpus's postings: `visit` may see an item more than once. */
function scanPostings(c: Corpus, term: string, visit: (item: number, at: number, length: number) => void): void {
  const { text, starts, postings } = c;
  if (!postings) return scanCorpus(c, term, visit);
  const [from, to] = postingRange(postings, term);
  const { positions } = postings;
  const verify = term.length > 3; // shorter terms are fully matched by their key
  let item = -1;
  let itemStart = 0;
  let itemEnd = -1;
  for (let k = from; k < to; k++) {
    const p = positions[k]!;
    if (verify && !text.startsWith(term, p)) continue;
    if (p >= itemEnd || p < itemStart) {
      item = itemAt(starts, p, p >= itemEnd && item >= 0 ? item : 0);
      itemStart = starts[item]!;
      itemEnd = starts[item + 1]!;
    }
    if (p + term.length < itemEnd) visit(item, p - itemStart, itemEnd - 1 - itemStart);
  }
}

/** The first valid hit of `term` in item `i`'s text, or -1. */
function findInItem(c: Corpus, i: number, term: string): number {
  const from = c.starts[i]!;
  const to = c.starts[i + 1]! - 1;
  if (to - from < term.length) return -1;
  const s = c.text.slice(from, to);
  let p = s.indexOf(term);
  if (c.boundary) while (p !== -1 && c.boundary[from + p] === 0) p = s.indexOf(term, p + 1);
  return p;
}

/** Whether `term` (no line breaks) occurs in the corpus; stops at the first occurrence. */
function occursIn(c: Corpus, term: string): boolean {
  if (term.length < 2 || !c.bigrams) return c.text.includes(term);
  const range = rarestBigram(c.bigrams, term);
  if (!range) return false;
  const [from, to, j] = range;
  if (term.length === 2) return to > from;
  for (let k = from; k < to; k++) if (c.text.startsWith(term, c.bigrams.positions[k]! - j)) return true;
  return false;
}

function itemLength(c: Corpus, i: number): number {
  return c.starts[i + 1]! - 1 - c.starts[i]!;
}

/** A query term, folded, with the forms it is matched in. */
interface Term {
  text: string;
  /** Matched against full pinyin (all-letters/digits terms; the pinyin of mixed terms). */
  pinyin: string | null;
  /** Matched against initials (all-letters/digits terms). */
  initials: string | null;
}

function makeTerm(text: string): Term {
  const alnum = /^[a-z0-9]+$/.test(text) && /[a-z]/.test(text);
  const mixed = !alnum && /[a-z]/.test(text) && hasChinese(text);
  return { text, pinyin: alnum ? text : mixed ? termToPinyin(text) || null : null, initials: alnum ? text : null };
}

/**
 * What an item must match for one part of the query: any one alternative,
 * each a list of terms that must all match (a synonym with several words).
 * `synonymFrom`: alternatives from this index on come from the dictionary.
 */
interface Slot {
  alternatives: Term[][];
  synonymFrom: number;
}

/** A parsed query: slots every result matches (AND), and optional terms (fillers) that only add points. */
interface Query {
  required: Slot[];
  optional: Term[];
  /** Every term, for highlighting. */
  terms: Term[];
}

/** Share of its points a synonym match keeps: what the citizen typed ranks first (营业执照 in a name > its synonyms). */
const SYNONYM_FACTOR = 0.6;
/** Points an optional word (a filler) adds when the item holds it. */
const OPTIONAL_POINTS = 10;
/** Unspaced Chinese runs longer than this are not segmented (kept as one term). */
const SEGMENT_MAX = 24;
const HAN_ONLY = /^\p{Script=Han}+$/u;

const AUDIENCE_BIT: Record<Audience, number> = { person: 1, enterprise: 2 };
const CHANNEL_BIT: Record<Channel, number> = { online: 1, express: 2, agency: 4, offline: 8 };
const TYPE_INDEX = new Map<ItemType, number>(ITEM_TYPES.map((t, i) => [t, i]));

/** Fields packed into sort keys: positions below 2^20, name lengths below 2^10, scores below 2^13. */
const POS_BITS = 2 ** 20;
const LEN_BITS = 2 ** 10;
const SCORE_MAX = 2 ** 13 - 1;

function summaryOf(detail: ItemDetail): ItemSummary {
  const { guide: _guide, published: _published, ...summary } = detail;
  return summary;
}

function mergeRanges(ranges: HighlightRange[]): HighlightRange[] {
  const order = { name: 0, departmentName: 1, keywords: 2 } as const;
  const sorted = [...ranges].sort((a, b) => order[a.field] - order[b.field] || a.start - b.start || a.end - b.end);
  const out: HighlightRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    // Overlapping or touching ranges read as one highlight.
    if (last && last.field === r.field && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

/** Every start offset of `term` in `text`. */
function occurrences(text: string, term: string): number[] {
  const out: number[] = [];
  for (let p = text.indexOf(term); p !== -1; p = text.indexOf(term, p + 1)) out.push(p);
  return out;
}

/** Source ranges covered by the matches of `term` in a pinyin form (`full` on syllable boundaries, or `initials`). */
function pinyinRanges(forms: PinyinForms, term: string, kind: 'full' | 'initials'): Array<[number, number]> {
  const text = kind === 'full' ? forms.full : forms.initials;
  const tokenOf = kind === 'full' ? forms.fullToken : forms.initialsToken;
  const out: Array<[number, number]> = [];
  for (const p of occurrences(text, term)) {
    const first = tokenOf[p]!;
    if (kind === 'full' && p > 0 && tokenOf[p - 1] === first) continue; // not on a syllable boundary
    const last = tokenOf[p + term.length - 1]!;
    out.push([forms.tokens[first]!.start, forms.tokens[last]!.end]);
  }
  return out;
}

/** Per-item facts and the corpora, as built once from the catalog. */
interface IndexData {
  byId: Map<string, number>;
  deptIndex: Map<string, number>;
  dept: Int32Array;
  audience: Uint8Array;
  channel: Uint8Array;
  type: Uint8Array;
  /** 1 where the item is doable without a visit (不见面, `doableWithoutVisit`): stats, the `zeroVisit` filter and facet. */
  zero: Uint8Array;
  promised: Int32Array;
  nameLength: Uint16Array;
  itemsOfDept: number[][];
  /** Items whose name or keywords hold an ASCII letter or digit: the only ones a letters-and-digits term can match as text. */
  asciiItems: Int32Array;
  corpora: Record<'name' | 'keywords' | 'pyName' | 'pyKeywords' | 'inName' | 'inKeywords', Corpus>;
}

// A function of its own so that the builders' temporary strings are not kept
// alive by the query closures of `createCatalogIndex`.
function buildIndexData(departmentList: Department[], items: ItemDetail[], formExists: (formId: string) => boolean): IndexData {
  const n = items.length;
  const deptIndex = new Map(departmentList.map((d, i) => [d.id, i]));
  const data: IndexData = {
    byId: new Map(),
    deptIndex,
    dept: new Int32Array(n),
    audience: new Uint8Array(n),
    channel: new Uint8Array(n),
    type: new Uint8Array(n),
    zero: new Uint8Array(n),
    promised: new Int32Array(n),
    nameLength: new Uint16Array(n),
    itemsOfDept: departmentList.map(() => []),
    asciiItems: new Int32Array(0),
    corpora: null as never,
  };
  const names = new CorpusBuilder('text');
  const keywords = new CorpusBuilder('text');
  const pyNames = new CorpusBuilder('pinyin-boundaries');
  const pyKeywords = new CorpusBuilder('pinyin-boundaries');
  const inNames = new CorpusBuilder('pinyin');
  const inKeywords = new CorpusBuilder('pinyin');
  // Keywords repeat across items: convert each distinct one once.
  const keywordKeys = new Map<string, PinyinKeys>();
  const ascii: number[] = [];

  for (let i = 0; i < n; i++) {
    const item = items[i]!;
    data.byId.set(item.id, i);
    const d = deptIndex.get(item.departmentId) ?? -1;
    data.dept[i] = d;
    if (d >= 0) data.itemsOfDept[d]!.push(i);
    for (const a of item.audiences) data.audience[i]! |= AUDIENCE_BIT[a];
    for (const c of item.channels) data.channel[i]! |= CHANNEL_BIT[c];
    data.type[i] = TYPE_INDEX.get(item.type) ?? 0;
    data.zero[i] = doableWithoutVisit(item, formExists) ? 1 : 0;
    data.promised[i] = item.promisedLimitDays;
    data.nameLength[i] = Math.min(item.name.length, LEN_BITS - 1);

    const foldedName = fold(item.name);
    const foldedKeywords = fold(item.keywords.join(KEYWORD_SEPARATOR));
    names.add(foldedName);
    keywords.add(foldedKeywords);
    if (/[a-z0-9]/.test(foldedName) || /[a-z0-9]/.test(foldedKeywords)) ascii.push(i);
    const nf = pinyinKeys(item.name);
    pyNames.add(nf.full, nf.starts);
    inNames.add(nf.initials);
    const full: string[] = [];
    const initials: string[] = [];
    const bounds: number[] = [];
    let length = 0;
    for (const k of item.keywords) {
      let kf = keywordKeys.get(k);
      if (!kf) keywordKeys.set(k, (kf = pinyinKeys(k)));
      if (full.length) length++; // the ' ' between keywords
      for (const b of kf.starts) bounds.push(length + b);
      full.push(kf.full);
      initials.push(kf.initials);
      length += kf.full.length;
    }
    pyKeywords.add(full.join(' '), bounds);
    inKeywords.add(initials.join(' '));
  }
  data.asciiItems = Int32Array.from(ascii);
  data.corpora = {
    name: names.build(),
    keywords: keywords.build(),
    pyName: pyNames.build(),
    pyKeywords: pyKeywords.build(),
    inName: inNames.build(),
    inKeywords: inKeywords.build(),
  };
  return data;
}

/**
 * Builds the index. `hot` order ("popularity", deterministic as the seed has
 * no usage data): first items doable with zero visits, fully online, with an
 * online form; then other items with an online form; then the rest; each tier
 * in catalog order.
 *
 * `formExists` tells whether an item's `formId` names a form the server holds
 * (an item counts as 不见面 only with a working way to apply: `doableWithoutVisit`);
 * by default every non-null `formId` does (tests and benches that index items alone).
 */
export function createCatalogIndex(
  departmentList: Department[],
  items: ItemDetail[],
  dictionary: CompiledDictionary = defaultDictionary(),
  formExists: (formId: string) => boolean = () => true,
): CatalogIndex {
  const n = items.length;
  if (n >= POS_BITS) throw new Error(`The catalog index holds at most ${POS_BITS - 1} items`);
  const { byId, deptIndex, dept, audience, channel, type, zero, promised, nameLength, itemsOfDept, asciiItems, corpora } = buildIndexData(
    departmentList,
    items,
    formExists,
  );
  const departmentIds = departmentList.map((d) => d.id);
  const deptTexts = departmentList.map((d) => `${fold(d.name)}\n${fold(d.shortName)}`);
  const departments: Department[] = departmentList.map((d, i) => ({ ...d, itemCount: itemsOfDept[i]!.length }));
  const stats = computeStats(departments, itemsOfDept, zero, items);
  const hotOrder = computeHot(items, formExists);
  // Collating 300,000 names takes a second or two: done at build time, not in the first query that sorts by name.
  const nameRank = collationRanks(items);

  // Scratch buffers reused by every query (search is synchronous, so never shared between two queries).
  const stamp = new Int32Array(n);
  const points = new Int32Array(n);
  const sum = new Int32Array(n);
  let generation = 0;

  let reader: MixedReader | null = null;
  /** Reads pinyin back into the dictionary's words (built on the first query that needs it). */
  function mixedReader(): MixedReader {
    reader ??= createMixedReader([...dictionary.expansions.keys(), ...[...dictionary.expansions.values()].flat(2), ...dictionary.fillers]);
    return reader;
  }

  /** Items whose department name contains the term. */
  function matchedDepartments(term: string): Set<number> {
    const out = new Set<number>();
    deptTexts.forEach((t, d) => {
      if (t.includes(term)) out.add(d);
    });
    return out;
  }

  /** Best points of one term for every item, over all items or only `within`; returns the items that matched. */
  function matchTerm(term: Term, within: Int32Array | null): number[] {
    if (generation === 0x7fffffff) {
      stamp.fill(0);
      generation = 0;
    }
    const gen = ++generation;
    const touched: number[] = [];
    const give = (i: number, p: number) => {
      if (stamp[i] !== gen) {
        stamp[i] = gen;
        points[i] = p;
        touched.push(i);
      } else if (p > points[i]!) points[i] = p;
    };
    const t = term.text;
    const keywordPoints = (i: number) => {
      const kws = corpora.keywords.text.slice(corpora.keywords.starts[i]!, corpora.keywords.starts[i + 1]! - 1);
      return `${KEYWORD_SEPARATOR}${kws}${KEYWORD_SEPARATOR}`.includes(`${KEYWORD_SEPARATOR}${t}${KEYWORD_SEPARATOR}`)
        ? POINTS.keywordExact
        : POINTS.keyword;
    };
    const graded = (exact: number, prefix: number, inside: number) => (at: number, length: number, termLength: number) =>
      at === 0 ? (length === termLength ? exact : prefix) : inside;
    const nameGrade = graded(POINTS.nameExact, POINTS.namePrefix, POINTS.name);
    const pyGrade = graded(POINTS.pinyinNameExact, POINTS.pinyinNamePrefix, POINTS.pinyinName);
    const inGrade = graded(POINTS.initialsNameExact, POINTS.initialsNamePrefix, POINTS.initialsName);
    const depts = matchedDepartments(t);

    if (within === null) {
      if (term.initials !== null && asciiItems.length * 8 < n) {
        // A letters-and-digits term: only the few items with such characters can match it as text.
        for (const i of asciiItems) {
          const at = findInItem(corpora.name, i, t);
          if (at !== -1) give(i, nameGrade(at, itemLength(corpora.name, i), t.length));
          else if (findInItem(corpora.keywords, i, t) !== -1) give(i, keywordPoints(i));
        }
      } else {
        scanCorpus(corpora.name, t, (i, at, length) => give(i, nameGrade(at, length, t.length)));
        scanCorpus(corpora.keywords, t, (i) => give(i, keywordPoints(i)));
      }
      if (term.pinyin) {
        const py = term.pinyin;
        scanPostings(corpora.pyName, py, (i, at, length) => give(i, pyGrade(at, length, py.length)));
        scanPostings(corpora.pyKeywords, py, (i) => give(i, POINTS.pinyinKeyword));
      }
      if (term.initials) {
        const ini = term.initials;
        scanPostings(corpora.inName, ini, (i, at, length) => give(i, inGrade(at, length, ini.length)));
        scanPostings(corpora.inKeywords, ini, (i) => give(i, POINTS.initialsKeyword));
      }
      for (const d of depts) for (const i of itemsOfDept[d]!) give(i, POINTS.department);
      return touched;
    }
    for (const i of within) {
      let at = findInItem(corpora.name, i, t);
      if (at !== -1) {
        give(i, nameGrade(at, itemLength(corpora.name, i), t.length));
        continue; // nothing else can earn more
      }
      if (findInItem(corpora.keywords, i, t) !== -1) give(i, keywordPoints(i));
      else if (term.pinyin && (at = findInItem(corpora.pyName, i, term.pinyin)) !== -1)
        give(i, pyGrade(at, itemLength(corpora.pyName, i), term.pinyin.length));
      else if (term.pinyin && findInItem(corpora.pyKeywords, i, term.pinyin) !== -1) give(i, POINTS.pinyinKeyword);
      else if (term.initials && (at = findInItem(corpora.inName, i, term.initials)) !== -1)
        give(i, inGrade(at, itemLength(corpora.inName, i), term.initials.length));
      else if (term.initials && findInItem(corpora.inKeywords, i, term.initials) !== -1) give(i, POINTS.initialsKeyword);
      else if (depts.has(dept[i]!)) give(i, POINTS.department);
    }
    return touched;
  }

  /** Whether `term` occurs anywhere: in a name, the keywords or a department's name. */
  function occurs(term: string): boolean {
    return occursIn(corpora.name, term) || occursIn(corpora.keywords, term) || deptTexts.some((t) => t.includes(term));
  }

  /**
   * Parses a query. Each space-separated word must match (AND). A word that
   * occurs in the catalog as typed is matched as typed (plus its synonyms, when
   * the dictionary knows it). An unspaced Chinese word that occurs nowhere is
   * segmented into the fewest pieces that are dictionary words, fillers or
   * strings occurring in the catalog (longest first): 烟草零售 → 烟草 + 零售,
   * 我要办退休 → 我要 (filler) + 办 (filler) + 退休; each piece then has to
   * match somewhere in the item, in any order, and fillers only add points.
   * A word an input method left half in pinyin (营业zhizhao, sfz丢了) is first
   * read as the dictionary words its letters spell (mixed-query.ts) and then
   * goes that way; an all-pinyin word spelling a dictionary word in full
   * (yingyezhizhao) also matches the word and its synonyms, ranked as synonyms.
   */
  function parseQuery(q: string): Query {
    const seen = new Set<string>();
    const required: Slot[] = [];
    const optional: Term[] = [];
    const slotOf = (word: string, present: boolean): Slot => {
      const synonyms = (dictionary.expansions.get(word) ?? []).map((a) => a.map(makeTerm));
      return present ? { alternatives: [[makeTerm(word)], ...synonyms], synonymFrom: 1 } : { alternatives: synonyms, synonymFrom: 0 };
    };
    for (const typed of normalizeQuery(q).split(' ')) {
      if (!typed || seen.has(typed)) continue;
      seen.add(typed);
      let chunk = typed;
      if (/[a-z]/.test(typed)) {
        if (hasChinese(typed)) {
          // Half pinyin, half Chinese (营业zhizhao, sfz丢了): read as the Chinese it spells, when the dictionary knows the words.
          chunk = mixedReader().readMixed(typed) ?? typed;
          if (chunk !== typed && seen.has(chunk)) continue;
          seen.add(chunk);
        } else {
          // All pinyin spelling a dictionary word in full (yingyezhizhao): also matched as that word and its
          // synonyms, ranked as synonyms (so a pinyin match of the name keeps its place on the ladder).
          const word = /^[a-z]+$/.test(typed) ? mixedReader().readPinyin(typed) : null;
          if (word) {
            const synonyms = (dictionary.expansions.get(word) ?? []).map((a) => a.map(makeTerm));
            required.push({ alternatives: [[makeTerm(typed)], [makeTerm(word)], ...synonyms], synonymFrom: 1 });
            continue;
          }
        }
      }
      const present = occurs(chunk);
      if (present || !HAN_ONLY.test(chunk) || chunk.length > SEGMENT_MAX) {
        required.push(slotOf(chunk, true));
        continue;
      }
      if (dictionary.expansions.has(chunk)) {
        required.push(slotOf(chunk, false));
        continue;
      }
      const pieces = segment(chunk);
      if (!pieces.some((p) => p.kind === 'word' || (p.kind === 'piece' && p.text.length > 1))) {
        required.push(slotOf(chunk, true)); // nothing worth matching: as typed (finds nothing)
        continue;
      }
      for (const p of pieces) {
        if (p.kind === 'filler') {
          if (occurs(p.text)) optional.push(makeTerm(p.text));
        } else if (!seen.has(p.text)) {
          seen.add(p.text);
          required.push(slotOf(p.text, p.kind === 'piece' || occurs(p.text)));
        }
      }
    }
    const terms = [...required.flatMap((s) => s.alternatives.flat()), ...optional];
    return { required, optional, terms };
  }

  /** The cheapest split of an unspaced Chinese word (see `parseQuery`); characters occurring nowhere are dropped. */
  function segment(chunk: string): Array<{ text: string; kind: 'word' | 'filler' | 'piece' }> {
    const length = chunk.length;
    const cost = new Float64Array(length + 1);
    const choice: Array<{ len: number; kind: 'word' | 'filler' | 'piece' | 'drop' }> = [];
    for (let i = length - 1; i >= 0; i--) {
      // The longest string starting at i that occurs in the catalog (if a string occurs, so do its prefixes).
      let longest = 0;
      while (i + longest < length && occurs(chunk.slice(i, i + longest + 1))) longest++;
      let best = { cost: 3 + cost[i + 1]!, len: 1, kind: 'drop' as 'word' | 'filler' | 'piece' | 'drop' };
      for (let len = Math.min(length - i, Math.max(longest, dictionary.maxLength)); len >= 1; len--) {
        const w = chunk.slice(i, i + len);
        const rest = cost[i + len]!;
        if (dictionary.expansions.has(w) && 1 + rest < best.cost) best = { cost: 1 + rest, len, kind: 'word' };
        if (dictionary.fillers.has(w) && 0.9 + rest < best.cost) best = { cost: 0.9 + rest, len, kind: 'filler' };
        const pieceCost = (len === 1 ? 2 : 1) + rest;
        if (len <= longest && pieceCost < best.cost) best = { cost: pieceCost, len, kind: 'piece' };
      }
      cost[i] = best.cost;
      choice[i] = best;
    }
    const out: Array<{ text: string; kind: 'word' | 'filler' | 'piece' }> = [];
    for (let i = 0; i < length;) {
      const c = choice[i]!;
      if (c.kind !== 'drop') out.push({ text: chunk.slice(i, i + c.len), kind: c.kind });
      i += c.len;
    }
    return out;
  }

  /**
   * Like `matchTerm` for a slot: an item's points are those of its best
   * alternative (the mean over the alternative's terms; synonyms 60 % of that).
   */
  function matchSlot(slot: Slot, within: Int32Array | null): number[] {
    const { alternatives } = slot;
    if (alternatives.length === 1 && alternatives[0]!.length === 1) return matchTerm(alternatives[0]![0]!, within);
    const best = new Map<number, number>();
    alternatives.forEach((alternative, k) => {
      let current: Map<number, number> | null = null;
      for (const term of alternative) {
        const restrict: Int32Array | null = current !== null && current.size * 32 < n ? Int32Array.from(current.keys()) : within;
        const touched = matchTerm(term, restrict);
        const gen = generation;
        const next = new Map<number, number>();
        if (current === null) for (const i of touched) next.set(i, points[i]!);
        else for (const [i, p] of current) if (stamp[i] === gen) next.set(i, p + points[i]!);
        current = next;
        if (current.size === 0) return;
      }
      const factor = k >= slot.synonymFrom ? SYNONYM_FACTOR : 1;
      for (const [i, p] of current ?? []) {
        const score = Math.round((p / alternative.length) * factor);
        if (score > (best.get(i) ?? -1)) best.set(i, score);
      }
    });
    if (generation === 0x7fffffff) {
      stamp.fill(0);
      generation = 0;
    }
    const gen = ++generation;
    const touched: number[] = [];
    for (const [i, p] of best) {
      stamp[i] = gen;
      points[i] = p;
      touched.push(i);
    }
    return touched;
  }

  /**
   * Items matching every required slot (in no particular order); their summed
   * points, plus those of the optional terms they hold, are in `sum` (indexed
   * by item). Null when there is no slot: everything matches.
   */
  function matchAll(query: Query): Int32Array | null {
    if (query.required.length === 0) return null;
    let matched: Int32Array | null = null;
    for (const slot of query.required) {
      // Checking survivors one by one beats another corpus scan only when few are left.
      const restrict = matched !== null && matched.length * 32 < n ? matched : null;
      const touched = matchSlot(slot, restrict);
      const gen = generation;
      if (matched === null) {
        matched = Int32Array.from(touched);
        for (const i of matched) sum[i] = points[i]!;
      } else {
        let w = 0;
        for (let k = 0; k < matched.length; k++) {
          const i = matched[k]!;
          if (stamp[i] !== gen) continue;
          matched[w++] = i;
          sum[i]! += points[i]!;
        }
        matched = matched.subarray(0, w);
      }
      if (matched.length === 0) break;
    }
    if (matched && matched.length > 0) {
      for (const term of query.optional) {
        matchTerm(term, matched.length * 32 < n ? matched : null);
        const gen = generation;
        for (const i of matched) if (stamp[i] === gen) sum[i]! += OPTIONAL_POINTS;
      }
    }
    return matched;
  }

  /**
   * The items at positions [from, to) of `result` ordered by `sort`. Each
   * item's criteria are packed into one exact float key ending in the item's
   * catalog index, so a typed-array sort (or, for an early page of a large
   * result, a bounded heap) does the work. `scored`: whether `sum` holds scores.
   */
  function orderedSlice(result: Int32Array, scored: boolean, sort: ItemSearchQuery['sort'], from: number, to: number): Int32Array {
    const count = result.length;
    if ((sort === undefined || sort === 'relevance') && !scored) return result.slice(from, to); // catalog order
    const keys = new Float64Array(count);
    if (sort === 'name') {
      const rank = nameRank;
      for (let k = 0; k < count; k++) keys[k] = rank[result[k]!]! * POS_BITS + result[k]!;
    } else if (sort === 'promised_days') {
      // Promised days ascending, then relevance, then catalog order.
      for (let k = 0; k < count; k++) {
        const i = result[k]!;
        const inverse = scored ? SCORE_MAX - Math.min(sum[i]!, SCORE_MAX) : 0;
        keys[k] = (promised[i]! * (SCORE_MAX + 1) + inverse) * POS_BITS + i;
      }
    } else {
      // Relevance: score descending, shorter names first, then catalog order.
      for (let k = 0; k < count; k++) {
        const i = result[k]!;
        keys[k] = ((SCORE_MAX - Math.min(sum[i]!, SCORE_MAX)) * LEN_BITS + nameLength[i]!) * POS_BITS + i;
      }
    }
    const top = to * 8 < count ? smallest(keys, to) : keys.sort();
    return Int32Array.from(top.subarray(from, to), (key) => key % POS_BITS);
  }

  function highlightsOf(i: number, terms: Term[], fields: ReadonlySet<HighlightRange['field']>): HighlightRange[] {
    const item = items[i]!;
    const ranges: HighlightRange[] = [];
    const name = fold(item.name);
    const kwText = fold(item.keywords.join(KEYWORD_SEPARATOR));
    const deptName = fold(item.departmentName);
    let nameForms: PinyinForms | null = null;
    const kwForms: Array<{ offset: number; forms: PinyinForms }> = [];
    const add = (field: HighlightRange['field'], start: number, end: number) => {
      if (fields.has(field) && end > start) ranges.push({ field, start, end });
    };
    for (const term of terms) {
      for (const p of occurrences(name, term.text)) add('name', p, p + term.text.length);
      for (const p of occurrences(kwText, term.text)) add('keywords', p, p + term.text.length);
      for (const p of occurrences(deptName, term.text)) add('departmentName', p, p + term.text.length);
      if (!term.pinyin && !term.initials) continue;
      nameForms ??= pinyinForms(item.name);
      if (kwForms.length === 0 && item.keywords.length > 0) {
        let offset = 0;
        for (const k of item.keywords) {
          kwForms.push({ offset, forms: pinyinForms(k) });
          offset += k.length + KEYWORD_SEPARATOR.length;
        }
      }
      const both = (forms: PinyinForms, field: HighlightRange['field'], offset: number) => {
        if (term.pinyin) for (const [s, e] of pinyinRanges(forms, term.pinyin, 'full')) add(field, offset + s, offset + e);
        if (term.initials) for (const [s, e] of pinyinRanges(forms, term.initials, 'initials')) add(field, offset + s, offset + e);
      };
      both(nameForms, 'name', 0);
      for (const k of kwForms) both(k.forms, 'keywords', k.offset);
    }
    return mergeRanges(ranges);
  }

  const ALL_FIELDS = new Set<HighlightRange['field']>(['name', 'departmentName', 'keywords']);
  const SUGGEST_FIELDS = new Set<HighlightRange['field']>(['name', 'departmentName']);

  function search(query: ItemSearchQuery): ItemSearchResult {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
    const parsed = parseQuery(query.q ?? '');
    const { terms } = parsed;
    const matched = matchAll(parsed);

    // An item failing exactly one filter still counts in that filter's own facet
    // (each facet shows the results with all OTHER filters applied).
    const fDept = query.department === undefined ? -2 : (deptIndex.get(query.department) ?? -3);
    const fAud = query.audience ? AUDIENCE_BIT[query.audience] : 0;
    const fType = query.type ? TYPE_INDEX.get(query.type)! : -1;
    const fChan = query.channel ? CHANNEL_BIT[query.channel] : 0;
    const fZero = query.zeroVisit === true;

    const deptCounts = new Int32Array(departmentList.length + 1);
    const audCounts = new Int32Array(AUDIENCES.length);
    const typeCounts = new Int32Array(ITEM_TYPES.length);
    const chanCounts = new Int32Array(CHANNELS.length);
    let zeroCount = 0;
    const count = matched ? matched.length : n;
    const result = new Int32Array(count);
    let total = 0;
    for (let k = 0; k < count; k++) {
      const i = matched ? matched[k]! : k;
      const d = dept[i]!;
      const a = audience[i]!;
      const c = channel[i]!;
      const failDept = fDept !== -2 && d !== fDept ? 1 : 0;
      const failAud = fAud !== 0 && (a & fAud) === 0 ? 1 : 0;
      const failType = fType !== -1 && type[i] !== fType ? 1 : 0;
      const failChan = fChan !== 0 && (c & fChan) === 0 ? 1 : 0;
      const failZero = fZero && zero[i] === 0 ? 1 : 0;
      const fails = failDept + failAud + failType + failChan + failZero;
      if (fails > 1) continue;
      if (fails === 0) result[total++] = i;
      // Facet X counts the items that pass every filter but X's own.
      const all = fails === 0;
      // Unknown departments (-1) count in the extra last slot, which is not reported.
      if (all || failDept) deptCounts[d < 0 ? departmentList.length : d]!++;
      if (all || failAud) {
        if (a & 1) audCounts[0]!++;
        if (a & 2) audCounts[1]!++;
      }
      if (all || failType) typeCounts[type[i]!]!++;
      if (all || failChan) {
        if (c & 1) chanCounts[0]!++;
        if (c & 2) chanCounts[1]!++;
        if (c & 4) chanCounts[2]!++;
        if (c & 8) chanCounts[3]!++;
      }
      if ((all || failZero) && zero[i]) zeroCount++;
    }

    const facetList = <V extends string>(
      values: readonly V[],
      counts: Int32Array,
      label: (v: V, k: number) => string,
      selected: string | undefined,
    ) => values.flatMap((value, k) => (counts[k]! > 0 || value === selected ? [{ value, label: label(value, k), count: counts[k]! }] : []));
    const facets: SearchFacets = {
      department: facetList(departmentIds, deptCounts, (_, k) => departmentList[k]!.shortName, query.department),
      audience: facetList(AUDIENCES, audCounts, (v) => AUDIENCE_LABELS[v], query.audience),
      type: facetList(ITEM_TYPES, typeCounts, (v) => ITEM_TYPE_LABELS[v], query.type),
      channel: facetList(CHANNELS, chanCounts, (v) => CHANNEL_LABELS[v], query.channel),
      zeroVisit: zeroCount,
    };

    const start = (page - 1) * pageSize;
    const slice =
      start < total
        ? orderedSlice(result.subarray(0, total), matched !== null, query.sort, start, Math.min(start + pageSize, total))
        : new Int32Array(0);
    return {
      items: Array.from(slice, (i) => ({
        item: summaryOf(items[i]!),
        score: matched ? sum[i]! : 0,
        highlights: terms.length ? highlightsOf(i, terms, ALL_FIELDS) : [],
      })),
      total,
      page,
      pageSize,
      facets,
    };
  }

  return {
    size: n,
    search,
    suggest(q, limit = DEFAULT_SUGGEST_LIMIT) {
      const parsed = parseQuery(q);
      const { terms } = parsed;
      const matched = matchAll(parsed);
      if (!matched) return [];
      return Array.from(orderedSlice(matched, true, 'relevance', 0, Math.min(limit, matched.length)), (i) => ({
        itemId: items[i]!.id,
        text: items[i]!.name,
        departmentName: items[i]!.departmentName,
        highlights: highlightsOf(i, terms, SUGGEST_FIELDS),
      }));
    },
    hot(limit = 10) {
      return hotOrder.slice(0, Math.min(limit, HOT_MAX)).map((i) => summaryOf(items[i]!));
    },
    get(id) {
      const i = byId.get(id);
      return i === undefined ? undefined : items[i];
    },
    departments() {
      return departments;
    },
    stats() {
      return stats;
    },
  };
}

/**
 * Each item's rank in zh-CN collation order (pinyin order), catalog order on
 * ties. Comparing 300,000 long names with `Intl.Collator` takes seconds, so
 * each name is first mapped to a sort key: every distinct character replaced
 * by its rank among all distinct characters at the collator's primary
 * strength (zh-CN gives every Chinese character its own primary weight, in
 * pinyin order). Keys sort with plain string comparison; names whose keys tie
 * fall back to the full collator (case, width and other finer differences).
 */
function collationRanks(items: ItemDetail[]): Int32Array {
  const n = items.length;
  const full = new Intl.Collator('zh-CN');
  const primary = new Intl.Collator('zh-CN', { sensitivity: 'base' });
  const chars = new Set<string>();
  for (const item of items) for (const c of item.name) chars.add(c);
  const distinct = [...chars].sort(primary.compare);
  const ordinal = new Map<string, string>();
  let rank = 0;
  distinct.forEach((c, k) => {
    if (k > 0 && primary.compare(distinct[k - 1]!, c) !== 0) rank++;
    // Fully ignorable characters (compare equal to nothing) drop out of the key.
    ordinal.set(c, primary.compare(c, '') === 0 ? '' : String.fromCharCode(0x100 + rank));
  });
  const keys = items.map((item) => {
    let key = '';
    for (const c of item.name) key += ordinal.get(c)!;
    return key;
  });
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => {
    const ka = keys[a]!;
    const kb = keys[b]!;
    if (ka !== kb) return ka < kb ? -1 : 1;
    return full.compare(items[a]!.name, items[b]!.name) || a - b;
  });
  const ranks = new Int32Array(n);
  order.forEach((i, r) => (ranks[i] = r));
  return ranks;
}

/** The `k` smallest keys, ascending (a bounded max-heap: O(n log k) for an early page of a large result). */
function smallest(keys: Float64Array, k: number): Float64Array {
  const heap = new Float64Array(k);
  let size = 0;
  const siftDown = (from: number) => {
    let p = from;
    for (;;) {
      const l = 2 * p + 1;
      const r = l + 1;
      let m = p;
      if (l < size && heap[l]! > heap[m]!) m = l;
      if (r < size && heap[r]! > heap[m]!) m = r;
      if (m === p) return;
      const t = heap[p]!;
      heap[p] = heap[m]!;
      heap[m] = t;
      p = m;
    }
  };
  for (const key of keys) {
    if (size < k) {
      let c = size++;
      heap[c] = key;
      while (c > 0) {
        const p = (c - 1) >> 1;
        if (heap[p]! >= heap[c]!) break;
        const t = heap[p]!;
        heap[p] = heap[c]!;
        heap[c] = t;
        c = p;
      }
    } else if (key < heap[0]!) {
      heap[0] = key;
      siftDown(0);
    }
  }
  return heap.subarray(0, size).sort();
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

function computeStats(departments: Department[], itemsOfDept: number[][], zero: Uint8Array, items: ItemDetail[]): CatalogStats {
  const gaps: NoVisitGap[] = [];
  const rows = departments.map((d, k) => {
    const list = itemsOfDept[k]!;
    const zeroVisitItems = list.reduce((sum, i) => sum + zero[i]!, 0);
    const gap = departmentGap(d, list, zeroVisitItems, zero, items);
    if (gap) gaps.push(gap);
    return { departmentId: d.id, departmentName: d.name, items: list.length, zeroVisitItems, ratio: ratio(zeroVisitItems, list.length) };
  });
  const total = zero.length;
  const zeroVisitItems = zero.reduce((sum, z) => sum + z, 0);
  return { departments: rows, total: { items: total, zeroVisitItems, ratio: ratio(zeroVisitItems, total) }, gaps };
}

/**
 * 督查: a department below `NO_VISIT_TARGET` with the items that keep it below
 * (declared zero-visit without an online path first, then by fewest visits; at
 * most `NO_VISIT_GAP_ITEMS_MAX` of them), or null when it meets the target.
 */
function departmentGap(d: Department, list: number[], zeroVisitItems: number, zero: Uint8Array, items: ItemDetail[]): NoVisitGap | null {
  if (list.length === 0 || zeroVisitItems / list.length >= NO_VISIT_TARGET) return null;
  // The smallest count whose ratio reaches the target, by the same comparison as above (0.9 × n is not exact in floating point).
  let target = Math.ceil(list.length * NO_VISIT_TARGET);
  while (target > 0 && (target - 1) / list.length >= NO_VISIT_TARGET) target--;
  while (target / list.length < NO_VISIT_TARGET) target++;
  const blocking = list.filter((i) => zero[i] === 0);
  // Stable sort: catalog order within equal visits.
  blocking.sort((a, b) => items[a]!.visitsRequired - items[b]!.visitsRequired);
  return {
    departmentId: d.id,
    departmentName: d.name,
    needed: target - zeroVisitItems,
    items: blocking.slice(0, NO_VISIT_GAP_ITEMS_MAX).map((i) => {
      const item = items[i]!;
      return {
        id: item.id,
        name: item.name,
        reason: item.visitsRequired === 0 ? ('no_online_path' as const) : ('visits_required' as const),
        visitsRequired: item.visitsRequired,
      };
    }),
    more: Math.max(0, blocking.length - NO_VISIT_GAP_ITEMS_MAX),
  };
}

/** The first `HOT_MAX` items in popularity order (see `createCatalogIndex`). */
/**
 * 热门事项: items a citizen can finish without a visit first (the 不见面 rule: a form
 * here or an http(s) apply link elsewhere), then the others with an online path, then the rest.
 */
function computeHot(items: ItemDetail[], formExists: (formId: string) => boolean): number[] {
  const tiers: number[][] = [[], [], []];
  items.forEach((item, i) => {
    const online = (item.formId !== null && formExists(item.formId)) || isWebUrl(item.applyUrl);
    const tier = doableWithoutVisit(item, formExists) ? 0 : online ? 1 : 2;
    if (tiers[tier]!.length < HOT_MAX) tiers[tier]!.push(i);
  });
  return tiers.flat().slice(0, HOT_MAX);
}
