// The CDN bundle under a strict Content-Security-Policy, in the machine's
// Chromium (puppeteer-core): a page with only the script tag and the elements,
// served with exactly `script-src 'self'; require-trusted-types-for 'script'`,
// talking to the reference server. No CSP or Trusted Types violation may be
// reported, and the elements must reach their success and error states. Also
// run with the demo site's fuller policy (style-src 'self' …), and with the
// post-baseline APIs removed (Chromium 87 emulation). A control page breaks
// the policy on purpose, so the harness is shown to see violations.
//
// Needs dist/cdn/yiwang.min.js (`npm run build`). Run: npm run test:csp
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import puppeteer from 'puppeteer-core';
import type { Browser, Page } from 'puppeteer-core';
import { createApp, createPgliteDb, createServices, defaultConfig, seedData } from '@yiwang/server';
import type { Db } from '@yiwang/server';
import { loadDivisionIndex } from '../../packages/server/src/divisions/load.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const BUNDLE = join(ROOT, 'dist', 'cdn', 'yiwang.min.js');
export const STRICT_CSP = "script-src 'self'; require-trusted-types-for 'script'";
/** The demo site's policy (packages/server/src/node.ts), which also restricts styles. */
const SITE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
].join('; ');

const STATIC: Record<string, { file: string; type: string }> = {
  '/csp/page.html': { file: join(import.meta.dirname, 'page.html'), type: 'text/html; charset=utf-8' },
  '/csp/control.html': { file: join(import.meta.dirname, 'control.html'), type: 'text/html; charset=utf-8' },
  '/csp/watch.js': { file: join(import.meta.dirname, 'watch.js'), type: 'text/javascript' },
  '/csp/baseline.js': { file: join(import.meta.dirname, 'baseline.js'), type: 'text/javascript' },
  '/csp/control.js': { file: join(import.meta.dirname, 'control.js'), type: 'text/javascript' },
  '/cdn/yiwang.min.js': { file: BUNDLE, type: 'text/javascript' },
};

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

interface PageReport {
  cspHeader: string | undefined;
  violations: Violation[];
  consoleErrors: string[];
  pageErrors: string[];
}

describe('CDN bundle under a strict Content-Security-Policy', { timeout: 180_000 }, () => {
  let db: Db;
  let origin: string;
  let close: () => Promise<void>;
  let browser: Browser;

  before(async () => {
    assert.ok(existsSync(BUNDLE), `${BUNDLE} is missing: run \`npm run build\` first`);
    db = await createPgliteDb();
    const services = await createServices({ db, config: defaultConfig(), divisions: loadDivisionIndex(), seed: seedData, clientAddress: () => '127.0.0.1' });
    const site = new Hono();
    site.get('*', async (c, next) => {
      const entry = STATIC[c.req.path];
      if (!entry) return next();
      const headers: Record<string, string> = { 'Content-Type': entry.type, 'Cache-Control': 'no-store' };
      if (entry.type.startsWith('text/html')) headers['Content-Security-Policy'] = c.req.query('policy') === 'site' ? SITE_CSP : STRICT_CSP;
      return new Response(readFileSync(entry.file), { headers });
    });
    // An API that is down: the elements' retryable error state.
    site.all('/broken/api/v1/*', (c) => c.json({ error: { code: 'INTERNAL', message: 'down for the test', requestId: 'csp-test' } }, 503));
    site.route('/', createApp(services));
    const server = serve({ fetch: site.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => new Promise<void>((resolve) => server.close(() => resolve()));
    browser = await puppeteer.launch({
      executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    });
  });

  after(async () => {
    await browser?.close();
    await close?.();
    await db?.close();
  });

  async function open(path: string, ready: (page: Page) => Promise<unknown>): Promise<PageReport & { page: Page }> {
    const page = await browser.newPage();
    const consoleErrors: string[] = [];
    const pageErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`${message.text()} ${message.location().url ?? ''}`);
    });
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    const response = await page.goto(`${origin}${path}`, { waitUntil: 'load' });
    try {
      await ready(page);
    } catch (error) {
      const states = await page.evaluate(() =>
        [...document.querySelectorAll('yw-catalog-stats')].map((el) => `${el.id}: ${el.shadowRoot?.querySelector<HTMLElement>('.yw-state')?.dataset.state} ${el.shadowRoot?.textContent?.trim().slice(0, 120)}`),
      );
      states.push(String(await page.evaluate('typeof window.Yiwang + " " + typeof customElements.get("yw-catalog-stats")')));
      const violations = await page.evaluate('window.__cspViolations');
      await page.close();
      throw new Error(`${path} did not settle: ${String(error)}\n${states.join('\n')}\nviolations: ${JSON.stringify(violations)}\nconsole: ${consoleErrors.join('\n')}\nerrors: ${pageErrors.join('\n')}`);
    }
    const violations = (await page.evaluate('window.__cspViolations')) as Violation[];
    return { page, cspHeader: response?.headers()['content-security-policy'], violations, consoleErrors, pageErrors };
  }

  /** Waits until every element on the page shows the state it should. */
  const elementsSettled = (page: Page) =>
    page.waitForFunction(
      () => {
        const state = (id: string) => document.getElementById(id)?.shadowRoot?.querySelector<HTMLElement>('.yw-state')?.dataset.state;
        return state('zh') === 'complete' && state('en-elder-dark') === 'complete' && state('error') === 'error';
      },
      { timeout: 30_000 },
    );

  async function checkPage(path: string, expectedPolicy: string) {
    const report = await open(path, elementsSettled);
    try {
      assert.equal(report.cspHeader, expectedPolicy);
      assert.deepEqual(report.violations, [], 'securitypolicyviolation events');
      const cspConsole = report.consoleErrors.filter((m) => /Content Security Policy|Trusted Type|TrustedHTML|TrustedScript/i.test(m));
      assert.deepEqual(cspConsole, [], 'CSP errors on the console');
      assert.deepEqual(report.pageErrors, [], 'uncaught errors');
      const rendered = await report.page.evaluate(() => ({
        rows: document.getElementById('zh')!.shadowRoot!.querySelectorAll('[part~="row"]').length,
        summary: document.getElementById('en-elder-dark')!.shadowRoot!.querySelector('[part~="summary"]')?.textContent ?? '',
        elderFont: getComputedStyle(document.getElementById('en-elder-dark')!.shadowRoot!.querySelector('[part~="name"]')!).fontSize,
        retry: !!document.getElementById('error')!.shadowRoot!.querySelector('[part~="retry-button"]'),
        sdk: typeof (window as unknown as { Yiwang?: { createClient?: unknown } }).Yiwang?.createClient,
        trustedTypes: typeof (window as unknown as { trustedTypes?: unknown }).trustedTypes,
      }));
      assert.ok(rendered.rows > 0, 'departments rendered');
      assert.match(rendered.summary, /need no visit/);
      assert.ok(parseFloat(rendered.elderFont) >= 18, `elder font ${rendered.elderFont}`);
      assert.equal(rendered.retry, true, 'error state with a retry button');
      assert.equal(rendered.sdk, 'function', 'window.Yiwang exposes the SDK');
      assert.equal(rendered.trustedTypes, 'object', 'Trusted Types are enforced in this browser');
      return report;
    } finally {
      await report.page.close();
    }
  }

  it(`renders every state with no violation under "${STRICT_CSP}"`, async () => {
    await checkPage('/csp/page.html', STRICT_CSP);
  });

  it('renders with no violation under the demo site\'s policy (style-src \'self\' too)', async () => {
    await checkPage('/csp/page.html?policy=site', SITE_CSP);
  });

  it('works with the APIs that Chromium 87 / Safari 14 / Firefox 90 lack removed', async () => {
    const report = await open('/csp/page.html?baseline', elementsSettled);
    try {
      assert.equal(await report.page.evaluate('window.__baseline'), true);
      assert.deepEqual(report.pageErrors, []);
      assert.deepEqual(report.violations, []);
    } finally {
      await report.page.close();
    }
  });

  it('the harness sees violations (control page breaks the policy on purpose)', async () => {
    const report = await open('/csp/control.html', (page) => page.waitForFunction('window.evalBlocked && window.innerHtmlBlocked', { timeout: 10_000 }));
    try {
      // The inline <script> (script-src) and eval, which Trusted Types reports
      // as a TrustedScript sink. Chromium reports a document's TT violations
      // once, so the innerHTML one is seen as the thrown TypeError only.
      const seen = report.violations.map((v) => `${v.directive} ${v.blocked} ${v.sample}`).sort();
      assert.deepEqual(seen, ['require-trusted-types-for trusted-types-sink eval|1', 'script-src-elem inline ']);
      assert.equal(await report.page.evaluate('window.inlineRan'), undefined, 'inline script blocked');
    } finally {
      await report.page.close();
    }
  });
});
