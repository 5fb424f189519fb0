// Search benchmark (not a test): builds the catalog index over synthetic
// catalogs and times ~300 realistic queries per catalog size.
//
//   node --conditions=yiwang-source bench/search.ts [10000,300000]
//
// Reports build time and the index's memory, then p50/p95/max latency per
// query kind and overall. Queries are derived from the generated items with a
// fixed seed, so runs are comparable.
import v8 from 'node:v8';
import vm from 'node:vm';
import type { ItemDetail, ItemSearchQuery } from '@yiwang/contract';
import { AUDIENCES, CHANNELS, ITEM_TYPES } from '@yiwang/contract';
import { createCatalogIndex } from '../packages/server/src/catalog/search.ts';
import type { CatalogIndex } from '../packages/server/src/catalog/search.ts';
import { pinyinForms } from '../packages/server/src/catalog/pinyin.ts';
import { generateCatalog } from './synthetic-catalog.ts';
import { percentile } from './stats.ts';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

const sizes = (process.argv[2] ?? '10000,300000').split(',').map((s) => Number(s.trim()));
const QUERIES_PER_KIND: Record<string, number> = {
  'chinese word': 70,
  pinyin: 45,
  initials: 45,
  'two terms': 40,
  'word + facets': 40,
  'empty q + filters': 30,
  'sort by name': 10,
  suggest: 20,
  'no match': 10,
  // Through the dictionary and the segmentation of unspaced queries.
  colloquial: 30,
  'split words': 30,
  'with fillers': 30,
  // Half pinyin, half Chinese, as an input method leaves it (营业zhizhao, sfz丢了).
  'half pinyin': 30,
};

/** What citizens type instead of the official names (the dictionary's business). */
const COLLOQUIAL = [
  '养狗',
  '低保',
  '开网吧',
  '身份证丢了',
  '办退休',
  '迁户口',
  '结婚',
  '生孩子',
  '驾照',
  '社保',
  '公积金',
  '开店',
  '医保',
  '残疾证',
  '护照',
];

/** Dictionary words typed half in pinyin. */
const HALF_PINYIN = ['shenfen证', '身份zheng', 'yingye执照', '营业zhizhao', 'sfz丢了', 'shebao卡', '户口qianyi', 'di保'];

interface Query {
  kind: string;
  run(index: CatalogIndex): unknown;
  label: string;
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Runs of Chinese characters in a name: the words citizens would type come from these. */
function chineseRuns(name: string): string[] {
  return name.match(/[\u4e00-\u9fff]{2,}/g) ?? [];
}

function buildQueries(items: ItemDetail[], departmentIds: string[], seed = 7): Query[] {
  const random = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  /** A 2–4 character word from a random name. */
  const word = (): string => {
    for (;;) {
      const runs = chineseRuns(pick(items).name);
      if (runs.length === 0) continue;
      const run = pick(runs);
      const len = Math.min(run.length, 2 + Math.floor(random() * 3));
      const start = Math.floor(random() * (run.length - len + 1));
      return run.slice(start, start + len);
    }
  };
  const filters = (): Partial<ItemSearchQuery> => {
    const f: Partial<ItemSearchQuery> = {};
    if (random() < 0.5) f.department = pick(departmentIds);
    if (random() < 0.5) f.audience = pick(AUDIENCES);
    if (random() < 0.3) f.type = pick(ITEM_TYPES);
    if (random() < 0.3) f.channel = pick(CHANNELS);
    if (random() < 0.4) f.zeroVisit = true;
    if (Object.keys(f).length === 0) f.zeroVisit = true;
    return f;
  };
  const search = (kind: string, query: ItemSearchQuery): Query => ({
    kind,
    label: JSON.stringify(query),
    run: (index) => index.search(query),
  });
  const make: Record<string, () => Query> = {
    'chinese word': () => search('chinese word', { q: word() }),
    pinyin: () => {
      const w = word();
      const full = pinyinForms(w).full;
      // Half of them typed only partly, as search-as-you-type sees them.
      const q = random() < 0.5 ? full : full.slice(0, Math.max(2, Math.ceil(full.length * 0.6)));
      return search('pinyin', { q });
    },
    initials: () => search('initials', { q: pinyinForms(word()).initials }),
    'two terms': () => search('two terms', { q: `${word()} ${word().slice(0, 2)}` }),
    'word + facets': () => search('word + facets', { q: word(), ...filters() }),
    'empty q + filters': () => search('empty q + filters', { ...filters(), ...(random() < 0.3 ? { sort: 'promised_days' as const } : {}) }),
    'sort by name': () => search('sort by name', { q: word().slice(0, 1), sort: 'name', page: 1 + Math.floor(random() * 5) }),
    suggest: () => {
      const q = word().slice(0, 2);
      return { kind: 'suggest', label: `suggest ${q}`, run: (index) => index.suggest(q, 8) };
    },
    'no match': () => search('no match', { q: `qxz${Math.floor(random() * 1000)}` }),
    colloquial: () => search('colloquial', { q: pick(COLLOQUIAL) }),
    // Two pieces of one name, not adjacent there, typed together in the other order (烟草零售 style).
    'split words': () => {
      for (;;) {
        const run = pick(chineseRuns(pick(items).name).filter((r) => r.length >= 6));
        if (!run) continue;
        return search('split words', { q: `${run.slice(-2)}${run.slice(0, 2)}` });
      }
    },
    'with fillers': () => search('with fillers', { q: `${pick(['我要办', '怎么申请', '我想', '如何办理'])}${word()}` }),
    'half pinyin': () => {
      if (random() < 0.3) return search('half pinyin', { q: pick(HALF_PINYIN) });
      // A word from a name with its first or last characters left in pinyin (full, or initials).
      const w = word();
      const cut = 1 + Math.floor(random() * (w.length - 1));
      const [head, tail] = [w.slice(0, cut), w.slice(cut)];
      const spell = (text: string) => (random() < 0.7 ? pinyinForms(text).full : pinyinForms(text).initials);
      return search('half pinyin', { q: random() < 0.5 ? `${spell(head)}${tail}` : `${head}${spell(tail)}` });
    },
  };
  const queries: Query[] = [];
  for (const [kind, count] of Object.entries(QUERIES_PER_KIND)) for (let k = 0; k < count; k++) queries.push(make[kind]!());
  // Interleave kinds so that no kind profits from a warm cache of its own.
  for (let k = queries.length - 1; k > 0; k--) {
    const j = Math.floor(random() * (k + 1));
    [queries[k], queries[j]] = [queries[j]!, queries[k]!];
  }
  return queries;
}

function memory(): number {
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

const ms = (v: number) => v.toFixed(2).padStart(8);

for (const n of sizes) {
  let t = performance.now();
  const { departments, items } = generateCatalog(n);
  const generateMs = performance.now() - t;
  const before = memory();
  t = performance.now();
  const index = createCatalogIndex(departments, items);
  const buildMs = performance.now() - t;
  const indexBytes = memory() - before;

  const queries = buildQueries(
    items,
    departments.map((d) => d.id),
  );
  // Warm-up: let the JIT compile the hot paths before timing.
  for (const q of queries.slice(0, 30)) q.run(index);
  const times = new Map<string, number[]>();
  const all: number[] = [];
  let slowest = { ms: 0, label: '' };
  for (const q of queries) {
    const start = performance.now();
    q.run(index);
    const elapsed = performance.now() - start;
    all.push(elapsed);
    if (!times.has(q.kind)) times.set(q.kind, []);
    times.get(q.kind)!.push(elapsed);
    if (elapsed > slowest.ms) slowest = { ms: elapsed, label: q.label };
  }

  const lines = [
    `## ${n.toLocaleString('en')} items (${departments.length} departments)`,
    `generate ${generateMs.toFixed(0)} ms · build index ${buildMs.toFixed(0)} ms · index memory ${(indexBytes / 1024 / 1024).toFixed(1)} MB (heap + array buffers)`,
    '',
    '| query kind           | count |  p50 ms |  p95 ms |  max ms |',
    '| -------------------- | ----: | ------: | ------: | ------: |',
  ];
  const row = (kind: string, list: number[]) => {
    const sorted = [...list].sort((a, b) => a - b);
    lines.push(
      `| ${kind.padEnd(20)} | ${String(list.length).padStart(5)} | ${ms(percentile(sorted, 50))} | ${ms(percentile(sorted, 95))} | ${ms(sorted[sorted.length - 1]!)} |`,
    );
  };
  for (const [kind, list] of times) row(kind, list);
  row('**overall**', all);
  lines.push('', `slowest: ${slowest.ms.toFixed(1)} ms ${slowest.label}`, '');
  console.log(lines.join('\n'));
}
