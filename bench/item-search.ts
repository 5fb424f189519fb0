// <yw-item-search> benchmark (not a test): the time from the applicant's last
// keystroke to the rendered results, in headless Chromium, against the
// reference server over the 10,000-item synthetic catalog.
//
//   npm run build   (the CDN bundle, packages/elements/dist/cdn/yiwang.min.js)
//   node --conditions=yiwang-source bench/item-search.ts [items=10000] [queries=30] [debounce=0]
//
// The reference server (not the mock) runs in this process over in-memory
// PGlite, seeded with the synthetic catalog (`generateCatalog`) and the demo
// users; a page loads the CDN bundle and `<yw-item-search>`. Each query is
// typed into the box with real key events (`page.keyboard.type`, 30 ms between
// keys); the clock starts at the last `input` event and stops when the element
// fires `yw-results` for that query (the results are in the DOM) and again at
// the next animation frame (painted). The figure includes the element's
// debounce (0 by default: none), which is reported separately. Queries are
// Chinese words from the catalog's names, their full pinyin and their initials.
import { Hono } from 'hono';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createApp, createPgliteDb, createServices, defaultConfig } from '@yiwang/server';
import { loadDivisionIndex } from '../packages/server/src/divisions/load.ts';
import { seedUsers } from '../packages/server/src/seed/users.ts';
import { pinyinKeys } from '../packages/server/src/catalog/pinyin.ts';
import { generateCatalog, mulberry32 } from './synthetic-catalog.ts';
import { launchChromium, serveApp } from '@yiwang/test/helpers/browser-harness';
import { percentile } from './stats.ts';

const ITEMS = Number(process.argv[2] ?? 10_000);
const QUERIES = Number(process.argv[3] ?? 30);
// The element's default is 0 (a request per keystroke, stale ones aborted); a fourth argument measures another, e.g. 250 (the old default).
const DEBOUNCE_MS = Number(process.argv[4] ?? 0);
const KEY_DELAY_MS = 30;
const ROOT = join(import.meta.dirname, '..');
const BUNDLE = join(ROOT, 'packages', 'elements', 'dist', 'cdn', 'yiwang.min.js');

if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`npm run build\` first`);

// --- the reference server over the synthetic catalog ------------------------
const t = performance.now();
const catalog = generateCatalog(ITEMS);
const db = await createPgliteDb();
const services = await createServices({
  db,
  config: defaultConfig({}),
  divisions: loadDivisionIndex(),
  seed: { departments: catalog.departments, items: catalog.items, forms: [], users: seedUsers },
});
const startMs = performance.now() - t;
const api = createApp(services);
const PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>item-search bench</title>
<script src="/cdn/yiwang.min.js"></script></head>
<body><yw-config api-base="/api/v1"><yw-item-search debounce="${DEBOUNCE_MS}"></yw-item-search></yw-config></body></html>`;
const site = new Hono();
site.all('/api/*', (c) => api.fetch(c.req.raw));
site.get('/cdn/yiwang.min.js', (c) => c.body(readFileSync(BUNDLE, 'utf8'), 200, { 'Content-Type': 'text/javascript' }));
site.get('/', (c) => c.html(PAGE));
const { origin, close: closeServer } = await serveApp(site.fetch);

// --- queries: words of the catalog's names, as Chinese, pinyin and initials --
interface Query {
  kind: 'chinese' | 'pinyin' | 'initials';
  text: string;
}
function buildQueries(count: number): Query[] {
  const random = mulberry32(11);
  const words = new Set<string>();
  while (words.size < Math.ceil(count / 3)) {
    const name = catalog.items[Math.floor(random() * catalog.items.length)]!.name;
    const runs = name.match(/[\u4e00-\u9fff]{2,}/g) ?? [];
    const run = runs[Math.floor(random() * runs.length)];
    if (!run) continue;
    const len = Math.min(run.length, 2 + Math.floor(random() * 3));
    const start = Math.floor(random() * (run.length - len + 1));
    words.add(run.slice(start, start + len));
  }
  const out: Query[] = [];
  for (const word of words) {
    const keys = pinyinKeys(word);
    out.push({ kind: 'chinese', text: word }, { kind: 'pinyin', text: keys.full }, { kind: 'initials', text: keys.initials });
  }
  return out.slice(0, count);
}
const queries = buildQueries(QUERIES);

// --- the browser ----------------------------------------------------------------
const browser = await launchChromium();

interface Sample {
  query: Query;
  total: number;
  /** Last keystroke → yw-results (results in the DOM). */
  rendered: number;
  /** Last keystroke → the next animation frame. */
  painted: number;
  /** The search request as the browser saw it (request start → response end). */
  request: number;
  /** Requests the typing caused (search + suggest). */
  requests: number;
}

try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1000, height: 900 });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(origin, { waitUntil: 'load' });
  // Wait for the first (empty-query) results, and start listening.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const w = window as unknown as Record<string, unknown>;
        const el = document.querySelector('yw-item-search')!;
        w.lastInput = 0;
        w.results = [] as unknown[];
        window.addEventListener('input', () => (w.lastInput = performance.now()), true);
        el.addEventListener('yw-results', (event) => {
          const detail = (event as CustomEvent<{ query: { q?: string }; total: number }>).detail;
          const at = performance.now();
          requestAnimationFrame(() =>
            (w.results as unknown[]).push({ q: detail.query.q ?? '', total: detail.total, at, painted: performance.now() }),
          );
        });
        const ready = () =>
          el.shadowRoot?.querySelector<HTMLElement>('.yw-state')?.dataset.state === 'complete' ? resolve() : setTimeout(ready, 20);
        ready();
      }),
  );
  const input = await page.evaluateHandle(() => document.querySelector('yw-item-search')!.shadowRoot!.querySelector('input')!);

  const samples: Sample[] = [];
  // One untimed warm-up query (first compile of the search paths in the page and the server).
  for (const [n, query] of [{ kind: 'chinese', text: '许可' } as Query, ...queries].entries()) {
    // Empty the box and wait for its results, so each query starts from the same state.
    await input.click({ count: 3 });
    await page.keyboard.press('Backspace');
    await page.waitForFunction(
      () => {
        const el = document.querySelector('yw-item-search') as (HTMLElement & { q: string }) | null;
        return el?.q === '' && el.shadowRoot?.querySelector<HTMLElement>('.yw-state')?.dataset.state === 'complete';
      },
      { timeout: 30_000, polling: 10 },
    );
    await page.keyboard.press('Escape');
    await page.evaluate(() => {
      const w = window as unknown as { results: unknown[] };
      w.results = [];
      performance.clearResourceTimings();
    });
    await page.keyboard.type(query.text, { delay: KEY_DELAY_MS });
    const handle = await page.waitForFunction(
      (q: string) => {
        const w = window as unknown as { results: Array<{ q: string; total: number; at: number; painted: number }>; lastInput: number };
        const r = w.results.find((x) => x.q === q);
        if (!r) return null;
        const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
        const search = entries.filter((e) => /\/api\/v1\/items\?/.test(e.name) && new URL(e.name).searchParams.get('q') === q).pop();
        const requests = entries.filter((e) => /\/api\/v1\/items(\?|\/suggest)/.test(e.name)).length;
        return {
          total: r.total,
          rendered: r.at - w.lastInput,
          painted: r.painted - w.lastInput,
          request: search ? search.responseEnd - search.startTime : NaN,
          requests,
        };
      },
      { timeout: 30_000, polling: 10 },
      query.text,
    );
    const result = (await handle.jsonValue()) as Omit<Sample, 'query'>;
    if (n > 0) samples.push({ query, ...result });
  }
  if (errors.length) throw new Error(`page errors: ${errors.join(' | ')}`);

  // --- the table ---------------------------------------------------------------
  const f = (v: number) => (Number.isNaN(v) ? '—' : v.toFixed(0)).padStart(7);
  console.log(
    `<yw-item-search> over ${ITEMS.toLocaleString('en')} synthetic items (reference server on PGlite, seeded in ${(startMs / 1000).toFixed(1)} s)`,
  );
  console.log(`headless Chromium, CDN bundle, debounce ${DEBOUNCE_MS} ms, ${KEY_DELAY_MS} ms between keys; ms from the last keystroke\n`);
  console.log(
    `${'queries'.padEnd(14)}${'n'.padStart(4)}${'rendered p50'.padStart(14)}${'p95'.padStart(7)}${'max'.padStart(7)}${'painted p50'.padStart(13)}${'p95'.padStart(7)}${'request p50'.padStart(13)}${'p95'.padStart(7)}`,
  );
  const row = (label: string, list: Sample[]) =>
    console.log(
      `${label.padEnd(14)}${String(list.length).padStart(4)}${f(
        percentile(
          list.map((s) => s.rendered),
          50,
        ),
      ).padStart(14)}${f(
        percentile(
          list.map((s) => s.rendered),
          95,
        ),
      )}${f(Math.max(...list.map((s) => s.rendered)))}` +
        `${f(
          percentile(
            list.map((s) => s.painted),
            50,
          ),
        ).padStart(13)}${f(
          percentile(
            list.map((s) => s.painted),
            95,
          ),
        )}${f(
          percentile(
            list.map((s) => s.request),
            50,
          ),
        ).padStart(13)}${f(
          percentile(
            list.map((s) => s.request),
            95,
          ),
        )}`,
    );
  for (const kind of ['chinese', 'pinyin', 'initials'] as const)
    row(
      kind,
      samples.filter((s) => s.query.kind === kind),
    );
  row('all', samples);
  const minus = samples.map((s) => s.rendered - DEBOUNCE_MS);
  console.log(`\nwithout the debounce: p50 ${percentile(minus, 50).toFixed(0)} ms, p95 ${percentile(minus, 95).toFixed(0)} ms`);
  console.log(
    `requests per typed query (search + suggest): p50 ${percentile(
      samples.map((s) => s.requests),
      50,
    )}, max ${Math.max(...samples.map((s) => s.requests))}`,
  );
  console.log('\nquery                    kind       total  rendered');
  // CJK characters take two columns in a terminal.
  const padEnd = (text: string, width: number) =>
    text + ' '.repeat(Math.max(0, width - [...text].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0)));
  for (const s of samples)
    console.log(`${padEnd(s.query.text, 24)} ${s.query.kind.padEnd(9)} ${String(s.total).padStart(6)} ${f(s.rendered)}`);
} finally {
  await browser.close();
  await closeServer();
  await db.close();
}
