// What the node-side page tests (test/csp, test/storybook) and the browser
// benchmarks (bench/) share: an app on an ephemeral port, the machine's
// Chromium (never a downloaded one), and pages opened in a fresh browser
// context each (no storage carried over) that record console errors, uncaught
// errors and, optionally, CSP violations from before any page script runs.
import { createRequire } from 'node:module';
import puppeteer from 'puppeteer-core';
import type { Browser, BrowserContext, HTTPResponse, Page } from 'puppeteer-core';

export { serveApp } from './serve.ts';

export interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

/** The machine's Chromium, headless (never a downloaded one). */
export function launchChromium(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
  });
}

export interface OpenedPage {
  page: Page;
  response: HTTPResponse | null;
  /** Console errors, with the URL they came from. */
  consoleErrors: string[];
  pageErrors: string[];
}

/**
 * Opens `url` in a new browser context (added to `contexts`, for closing).
 * With `recordViolations`, a listener installed before any page script keeps
 * CSP violations in `window.__cspViolations` (pages without their own watch.js).
 */
export async function openPage(
  browser: Browser,
  contexts: BrowserContext[],
  url: string,
  options: { recordViolations?: boolean; bypassCsp?: boolean } = {},
): Promise<OpenedPage> {
  const context = await browser.createBrowserContext();
  contexts.push(context);
  const page = await context.newPage();
  // Only for checks that inject a script of their own (axe); the CSP tests never bypass it.
  if (options.bypassCsp) await page.setBypassCSP(true);
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${message.text()} ${message.location().url ?? ''}`);
  });
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  if (options.recordViolations) {
    await page.evaluateOnNewDocument(() => {
      const seen: Violation[] = [];
      (window as unknown as { __cspViolations: Violation[] }).__cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) => {
        seen.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample });
      });
    });
  }
  const response = await page.goto(url, { waitUntil: 'load' });
  return { page, response, consoleErrors, pageErrors };
}

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** axe-core's WCAG 2.1 A/AA violations in the whole page (shadow roots included), as `rule: targets`. */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.addScriptTag({ path: AXE });
  return (await page.evaluate(async () => {
    type Axe = {
      run(context: Document, options: object): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown[] }> }> }>;
    };
    const result = await (window as unknown as { axe: Axe }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  })) as string[];
}
