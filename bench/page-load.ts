// Page-load benchmark (not a test): on a throttled phone — 150 ms RTT, 1.6 Mbps
// down, 750 kbps up (Lighthouse's mobile network) and 4× CPU slowdown — the
// time from navigation to
//   - the demo department site's search box being interactive (the <input> of
//     <yw-item-search> rendered, so typing searches), and
//   - the address picker's first open on a page with only it (its province
//     level ready to choose from: the provinces are built in, so no API call),
// each with the one-file bundle (yiwang.min.js) and with the loader
// (yiwang-loader.min.js and the chunks of the elements on the page), over
// HTTP/2 with TLS (as a CDN and an HTTPS government site serve them: every
// request of a page on one connection) and over plain HTTP/1.1 (at most six
// requests at a time per host, so a page of many chunks queues). Static
// files are sent gzip-compressed, as a CDN sends them; the cache is off, so
// every run is a first visit. The throttling delays every request, not the TLS
// handshake, so the two differ by how requests share connections only. The site is the built server's (`createSite`:
// the demo site under its CSP, the API on PGlite). Medians of `runs` loads.
//
//   npm run build && node --conditions=yiwang-source bench/page-load.ts [runs=5]
// (needs openssl, for the TLS server's throwaway certificate)
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultConfig } from '../packages/server/src/config.ts';
import { createPgliteDb } from '../packages/server/src/db/pglite.ts';
import { SITE_CSP, createSite } from '../packages/server/src/node.ts';
import { launchChromium, serveApp } from '@yiwang/test/helpers/browser-harness';
import { median } from './stats.ts';

const ROOT = join(import.meta.dirname, '..');
const CDN = join(ROOT, 'packages', 'elements', 'dist', 'cdn');
const RUNS = Number(process.argv[2] ?? 5);
const NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const CPU_SLOWDOWN = 4;

for (const file of ['yiwang.min.js', 'yiwang-loader.min.js']) {
  if (!existsSync(join(CDN, file))) throw new Error(`${join(CDN, file)} is missing: run \`npm run build\` first`);
}

const SCRIPTS = {
  'one file (yiwang.min.js)': '<script src="/cdn/yiwang.min.js" defer></script>',
  'loader (yiwang-loader.min.js)': '<script type="module" src="/cdn/yiwang-loader.min.js"></script>',
} as const;
type Variant = keyof typeof SCRIPTS;

/** The demo site's page with one or the other script tag. */
const demoPage = (variant: Variant) =>
  readFileSync(join(ROOT, 'examples', 'department-site', 'index.html'), 'utf8')
    .replace(
      /<script type="module" src="\/cdn\/yiwang-loader\.min\.js"><\/script>|<script src="\/cdn\/yiwang\.min\.js" defer><\/script>/,
      SCRIPTS[variant],
    )
    .replace('href="site.css"', 'href="/site.css"')
    .replace('src="demo.js"', 'src="/demo.js"');
const pickerPage = (variant: Variant) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>address picker</title>
${SCRIPTS[variant]}</head>
<body><yw-config api-base="/api/v1"><yw-address-picker layout="inline"></yw-address-picker></yw-config></body></html>`;

const db = await createPgliteDb();
const { site } = await createSite(defaultConfig(), db);
const app = new Hono();
app.use('*', compress());
const html = (body: string) =>
  new Response(body, { headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': SITE_CSP } });
for (const variant of Object.keys(SCRIPTS) as Variant[]) {
  const key = variant.startsWith('loader') ? 'loader' : 'bundle';
  app.get(`/bench/${key}/demo.html`, () => html(demoPage(variant)));
  app.get(`/bench/${key}/picker.html`, () => html(pickerPage(variant)));
}
app.all('*', (c) => site.fetch(c.req.raw, c.env));

/** A throwaway self-signed certificate for 127.0.0.1 (the browser is told to accept it). */
function certificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'yiwang-bench-tls-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
      ].concat(['-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')]),
      { stdio: 'ignore' },
    );
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const servers = { 'HTTP/2 (TLS)': await serveApp(app.fetch, certificate()), 'HTTP/1.1': await serveApp(app.fetch) };
type Protocol = keyof typeof servers;

const SCENARIOS = {
  'demo site → search box interactive': {
    path: 'demo.html',
    // Functions the page runs (its CSP allows no eval): the time once ready, else 0.
    ready: () => (document.querySelector('yw-item-search')?.shadowRoot?.querySelector('input[role="combobox"]') ? performance.now() : 0),
  },
  'address picker first open → provinces': {
    path: 'picker.html',
    ready: () =>
      document.querySelector('yw-address-picker')?.shadowRoot?.querySelector('[data-state="complete"]') ? performance.now() : 0,
  },
} as const;

async function load(
  protocol: Protocol,
  variant: Variant,
  scenario: keyof typeof SCENARIOS,
): Promise<{ ms: number; scripts: number; bytes: number; protocol: string }> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const cdp = await page.createCDPSession();
    await cdp.send('Security.setIgnoreCertificateErrors', { ignore: true });
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', NETWORK);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    let bytes = 0;
    let scripts = 0;
    let used = '';
    cdp.on('Network.loadingFinished', (event: { encodedDataLength: number }) => (bytes += event.encodedDataLength));
    cdp.on('Network.responseReceived', (event: { response: { protocol?: string } }) => (used ||= event.response.protocol ?? ''));
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts += 1;
    });
    const { path, ready } = SCENARIOS[scenario];
    const key = variant.startsWith('loader') ? 'loader' : 'bundle';
    await page.goto(`${servers[protocol].origin}/bench/${key}/${path}`, { waitUntil: 'domcontentloaded' });
    const at = await page.waitForFunction(ready, { polling: 5, timeout: 120_000 });
    return { ms: (await at.jsonValue()) as number, scripts, bytes, protocol: used };
  } finally {
    await browser.close();
  }
}

try {
  console.log(
    `throttled: ${NETWORK.latency} ms RTT, 1.6 Mbps down, 750 kbps up, ${CPU_SLOWDOWN}× CPU; gzip; cold cache; median of ${RUNS}\n`,
  );
  console.log(
    `${'scenario'.padEnd(40)} ${'script'.padEnd(30)} ${'protocol'.padEnd(13)} ${'time'.padStart(9)} ${'scripts'.padStart(8)} ${'bytes (all)'.padStart(12)}`,
  );
  const protocols = Object.keys(servers) as Protocol[];
  for (const scenario of Object.keys(SCENARIOS) as Array<keyof typeof SCENARIOS>) {
    for (const variant of Object.keys(SCRIPTS) as Variant[]) {
      // The protocols take turns, so that a busy moment of the machine does not fall on one of them only.
      const runs = new Map(protocols.map((protocol) => [protocol, [] as Array<Awaited<ReturnType<typeof load>>>]));
      for (let i = 0; i < RUNS; i++) for (const protocol of protocols) runs.get(protocol)!.push(await load(protocol, variant, scenario));
      for (const [protocol, results] of runs) {
        const spoken = new Set(results.map((r) => r.protocol));
        if (protocol.startsWith('HTTP/2') && [...spoken].some((p) => p !== 'h2'))
          throw new Error(`expected h2, the browser spoke ${[...spoken].join(', ')}`);
        const ms = median(results.map((r) => r.ms));
        console.log(
          `${scenario.padEnd(40)} ${variant.padEnd(30)} ${protocol.padEnd(13)} ${`${(ms / 1000).toFixed(2)} s`.padStart(9)} ${String(results[0]!.scripts).padStart(8)} ${`${(median(results.map((r) => r.bytes)) / 1024).toFixed(1)} KB`.padStart(12)}`,
        );
      }
    }
  }
} finally {
  await Promise.all(Object.values(servers).map((server) => server.close()));
  await db.close();
}
