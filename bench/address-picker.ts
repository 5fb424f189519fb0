// <yw-address-picker> benchmark (not a test): bytes transferred and time to
// first options, for the first open and for each level, in the machine's
// Chromium against the reference server (PGlite, real division data), with the
// CDN bundle on a page served under the strict Content-Security-Policy.
//
//   npm run build && node --conditions=yiwang-source bench/address-picker.ts [runs=5]
//
// Steps: the first open (page load → the provinces ready: they are built in, no request); then
// 河南省 → 新乡市 → 红旗区 → 东街街道, each timed from the click on the option to
// the next level's list being there (the picker then moves focus to it); EMS
// coverage of the township; choosing 河南省 again (the session cache: no
// request); a search for `xx`; smart paste. Each step reports the API requests
// it made and their bytes: as sent (this server does not compress) and gzip -6
// (what a compressing proxy would send). Twice: on the local network, and with
// Lighthouse's mobile throttling (150 ms RTT, 1.6 Mbps down, 750 kbps up).
// Medians of `runs` fresh page loads. Also reports CSP violations (must be 0).
import { Hono } from 'hono';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'puppeteer-core';
import { defaultConfig } from '../packages/server/src/config.ts';
import { createPgliteDb } from '../packages/server/src/db/pglite.ts';
import { SITE_CSP, createSite } from '../packages/server/src/node.ts';
import { launchChromium, serveApp } from '@yiwang/test/helpers/browser-harness';
import { median } from './stats.ts';

const ROOT = join(import.meta.dirname, '..');
const BUNDLE = join(ROOT, 'packages', 'elements', 'dist', 'cdn', 'yiwang.min.js');
const RUNS = Number(process.argv[2] ?? 5);
/** The demo site's policy: what a strict government page sends. */
const CSP = SITE_CSP;
const PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>address picker bench</title>
<script src="/bench/watch.js"></script><script src="/cdn/yiwang.min.js"></script></head>
<body><yw-config api-base="/api/v1"><yw-address-picker layout="inline"></yw-address-picker></yw-config></body></html>`;
const WATCH = `window.__csp = []; document.addEventListener('securitypolicyviolation', function (e) { window.__csp.push(e.violatedDirective + ' ' + e.blockedURI); });`;

const PROFILES = {
  local: null,
  'mobile (150 ms RTT, 1.6 Mbps)': {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  },
} as const;

interface Step {
  step: string;
  ms: number;
  requests: string[];
}

if (!existsSync(BUNDLE)) {
  console.error(`${BUNDLE} is missing: run \`npm run build\` first`);
  process.exit(1);
}

const db = await createPgliteDb();
const { site } = await createSite(defaultConfig(), db);
const app = new Hono();
app.get(
  '/bench/page.html',
  () => new Response(PAGE, { headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': CSP } }),
);
app.get('/bench/watch.js', () => new Response(WATCH, { headers: { 'Content-Type': 'text/javascript' } }));
app.all('*', (c) => site.fetch(c.req.raw, c.env));
const { origin, close: closeServer } = await serveApp(app.fetch);

/** Bytes of an API answer as sent and gzipped, fetched again from the server (same body). */
const sizes = new Map<string, { raw: number; gzip: number }>();
async function sizeOf(url: string, method: string): Promise<{ raw: number; gzip: number }> {
  const key = `${method} ${url}`;
  let size = sizes.get(key);
  if (!size) {
    const init: RequestInit =
      method === 'POST' ? { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text: PASTE }) } : {};
    const body = Buffer.from(await (await fetch(url, init)).arrayBuffer());
    sizes.set(key, (size = { raw: body.byteLength, gzip: gzipSync(body, { level: 6 }).byteLength }));
  }
  return size;
}

const PASTE = '河南省新乡市红旗区人民路12号 张三 13800000000';

interface BenchApi {
  open(slot: number, name: string): Promise<void>;
  pick(slot: number, name: string, next: number): Promise<number>;
  pickLeaf(slot: number, name: string): Promise<number>;
  search(q: string, expect: string): Promise<number>;
  paste(text: string, recipient: string): Promise<number>;
}

/** Step helpers in the page (functions, not strings: the page's CSP allows no eval). */
function installHelpers(): void {
  const root = () => document.querySelector('yw-address-picker')!.shadowRoot!;
  const since = (t0: number, ready: () => boolean) =>
    new Promise<number>((resolve, reject) => {
      const check = (): void => {
        if (ready()) resolve(performance.now() - t0);
        else if (performance.now() - t0 > 60_000) reject(new Error(`timeout; focus on #${root().activeElement?.id ?? 'nothing'}`));
        else setTimeout(check, 1);
      };
      check();
    });
  const option = (slot: number, name: string) =>
    [...root().querySelectorAll<HTMLElement>(`#level-${slot}-list [role=option]`)].find((o) => o.textContent!.trim() === name);
  const input = (slot: number) => root().querySelector<HTMLInputElement>(`#level-${slot}-input`)!;
  const api: BenchApi = {
    async open(slot, name) {
      input(slot).focus();
      input(slot).click();
      await since(performance.now(), () => !!option(slot, name));
    },
    pick(slot, name, next) {
      const t0 = performance.now();
      option(slot, name)!.click();
      return since(t0, () => root().activeElement === input(next));
    },
    pickLeaf(slot, name) {
      const t0 = performance.now();
      option(slot, name)!.click();
      return since(t0, () => !!root().querySelector('.covered'));
    },
    search(q, expect) {
      const t0 = performance.now();
      const box = root().querySelector<HTMLInputElement>('#search-input')!;
      box.focus();
      box.value = q;
      box.dispatchEvent(new Event('input'));
      return since(t0, () => [...root().querySelectorAll('#search-list [role=option]')].some((o) => o.textContent!.includes(expect)));
    },
    async paste(text, recipient) {
      const t0 = performance.now();
      root().querySelector<HTMLElement>('[part~="paste-toggle"]')!.click();
      // The panel is a part of its own (inlined in the one-file bundle, but still rendered a moment later).
      await since(t0, () => !!root().querySelector('#paste-text'));
      const area = root().querySelector<HTMLTextAreaElement>('#paste-text')!;
      area.value = text;
      area.dispatchEvent(new Event('input'));
      root().querySelector<HTMLElement>('.paste-panel .yw-button')!.click();
      return await since(t0, () => root().querySelector<HTMLInputElement>('#recipient')!.value === recipient);
    },
  };
  (window as unknown as { __bench: BenchApi }).__bench = api;
}

const bench = (page: Page) => ({
  open: (slot: number, name: string) =>
    page.evaluate((s, n) => (window as unknown as { __bench: BenchApi }).__bench.open(s, n), slot, name),
  pick: (slot: number, name: string, next: number) =>
    page.evaluate((s, n, x) => (window as unknown as { __bench: BenchApi }).__bench.pick(s, n, x), slot, name, next),
  pickLeaf: (slot: number, name: string) =>
    page.evaluate((s, n) => (window as unknown as { __bench: BenchApi }).__bench.pickLeaf(s, n), slot, name),
  search: (q: string, expect: string) =>
    page.evaluate((a, b) => (window as unknown as { __bench: BenchApi }).__bench.search(a, b), q, expect),
  paste: (text: string, recipient: string) =>
    page.evaluate((a, b) => (window as unknown as { __bench: BenchApi }).__bench.paste(a, b), text, recipient),
});

async function run(profile: keyof typeof PROFILES): Promise<{ steps: Step[]; csp: string[] }> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const cdp = await page.createCDPSession();
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const conditions = PROFILES[profile];
    if (conditions) await cdp.send('Network.emulateNetworkConditions', conditions);
    const api: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/v1/')) api.push(`${request.method()} ${request.url()}`);
    });
    const steps: Step[] = [];
    const step = async (name: string, measure: () => Promise<number>) => {
      const before = api.length;
      if (process.env.BENCH_DEBUG) console.error(`step: ${name}`);
      const ms = await measure();
      steps.push({ step: name, ms, requests: api.slice(before) });
    };

    await step('first open: provinces', async () => {
      await page.goto(`${origin}/bench/page.html`, { waitUntil: 'domcontentloaded' });
      // From the start of navigation: the bundle, <yw-config> and the picker (its provinces are built in).
      const at = await page.waitForFunction(
        () => (document.querySelector('yw-address-picker')?.shadowRoot?.querySelector('[data-state="complete"]') ? performance.now() : 0),
        { polling: 1, timeout: 60_000 },
      );
      return (await at.jsonValue()) as number;
    });
    await page.evaluate(installHelpers);
    const b = bench(page);
    const levels: Array<[number, string, string]> = [
      [0, '河南省', 'cities'],
      [1, '新乡市', 'counties'],
      [2, '红旗区', 'townships'],
    ];
    for (const [slot, name, next] of levels) {
      await b.open(slot, name);
      await step(`${name} → ${next}`, () => b.pick(slot, name, slot + 1));
    }
    await b.open(3, '东街街道');
    await step('东街街道 → EMS coverage', () => b.pickLeaf(3, '东街街道'));
    await b.open(0, '北京市');
    await step('北京市 → (北京市) → districts', () => b.pick(0, '北京市', 2));
    await b.open(0, '河南省');
    await step('河南省 again → cities (cached)', () => b.pick(0, '河南省', 1));
    await step('search "xx" → 新乡市 offered', () => b.search('xx', '新乡市'));
    await step('smart paste → fields filled', () => b.paste(PASTE, '张三'));
    const csp = (await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)) ?? [];
    return { steps, csp };
  } finally {
    await browser.close();
  }
}

const kb = (bytes: number) => (bytes >= 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${bytes} B`);
/** Pads to a width in terminal columns (CJK characters take two). */
const pad = (text: string, width: number) =>
  text + ' '.repeat(Math.max(0, width - [...text].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0)));

try {
  let violations: string[] = [];
  for (const profile of Object.keys(PROFILES) as Array<keyof typeof PROFILES>) {
    const runs: Step[][] = [];
    for (let i = 0; i < RUNS; i++) {
      const { steps, csp } = await run(profile);
      runs.push(steps);
      violations = violations.concat(csp);
    }
    console.log(`\n<yw-address-picker>, ${profile}: median of ${RUNS} page loads`);
    console.log(
      `${pad('step', 36)} ${pad('API requests (body bytes)', 64)} ${'bytes'.padStart(9)} ${'gzip -6'.padStart(9)} ${'time to options'.padStart(16)}`,
    );
    for (const [index, first] of runs[0]!.entries()) {
      let raw = 0;
      let gzip = 0;
      for (const request of first.requests) {
        const [method, url] = request.split(' ') as [string, string];
        const size = await sizeOf(url, method);
        raw += size.raw;
        gzip += size.gzip;
      }
      const names =
        first.requests.map((r) => r.replace(`${origin}/api/v1`, '').replace(/^GET /, '')).join(' ') ||
        (index === 0 ? '— (built in)' : '— (cached for the session)');
      const ms = median(runs.map((steps) => steps[index]!.ms));
      console.log(
        `${pad(first.step, 36)} ${pad(names.slice(0, 64), 64)} ${kb(raw).padStart(9)} ${kb(gzip).padStart(9)} ${`${ms.toFixed(0)} ms`.padStart(16)}`,
      );
    }
  }
  const bundle = readFileSync(BUNDLE);
  console.log(
    `\nThe first open also loads packages/elements/dist/cdn/yiwang.min.js (every element and the SDK): ${kb(bundle.byteLength)}, ${kb(gzipSync(bundle, { level: 6 }).byteLength)} gzip -6.`,
  );
  console.log('An anonymous page asks nothing that needs a token: /addresses (the address book) is requested only when signed in.');
  console.log('Search times include the 250 ms pause the picker waits after the last keystroke.');
  console.log(`\nCSP violations under "${CSP}": ${violations.length}${violations.length ? `\n  ${violations.join('\n  ')}` : ''}`);
  console.log(
    'The whole country down to townships would be divisions.json: 2.0 MiB raw, 581 KB gzip; the picker has the provinces built in and loads each level below when the one above is chosen.',
  );
} finally {
  await closeServer();
  await db.close();
}
