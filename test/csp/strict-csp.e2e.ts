// The CDN bundle under a strict Content-Security-Policy, in the machine's
// Chromium (puppeteer-core): a page with only the script tag and the elements,
// served with exactly `script-src 'self'; require-trusted-types-for 'script'`,
// talking to the reference server. No CSP or Trusted Types violation may be
// reported, and the elements must reach their success and error states and be
// driven through their main paths (a search with suggestions, a guide, a
// seeded application's timeline, a seeded form's validation, an address). Also
// run with the demo site's fuller policy (style-src 'self' …), and with the
// post-baseline APIs removed (Chromium 87 emulation). The same page with the
// loader (yiwang-loader.min.js) instead of the one file, on the baseline; and a
// one-element loader page that must fetch only that element's chunks, then the
// chunk of an element added later; and a view whose chunk failed once, which
// its retry button brings without a reload. A control page breaks the policy
// on purpose, so the harness is shown to see violations.
//
// Needs packages/elements/dist/cdn/ (`npm run build`). Run: npm run test:csp
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Hono } from 'hono';
import type { Browser, BrowserContext, ElementHandle, Page } from 'puppeteer-core';
import type { Db } from '@yiwang/server';
import { createTestApp } from '../helpers/test-server.ts';
// The demo site's policy, which also restricts styles.
import { SITE_CSP } from '../../packages/server/src/node.ts';
import { launchChromium, openPage, serveApp } from '../helpers/browser-harness.ts';
import { definedTags } from '../../rollup.config.mjs';
import type { Violation } from '../helpers/browser-harness.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const CDN = join(ROOT, 'packages', 'elements', 'dist', 'cdn');
const BUNDLE = join(CDN, 'yiwang.min.js');
/** The tags the loader knows (one define module each): the chunks of other names are shared code and message tables. */
const TAGS = definedTags();
export const STRICT_CSP = "script-src 'self'; require-trusted-types-for 'script'";

/** page.html's script tag of the one-file bundle, and the loader's that /csp/loader.html has in its place. */
const BUNDLE_TAG = '<script src="/cdn/yiwang.min.js"></script>';
const LOADER_TAG = '<script type="module" src="/cdn/yiwang-loader.min.js"></script>';

/** A file served as it is, or (`edit`) changed on the way: a second page made from one. */
const STATIC: Record<string, { file: string; type: string; edit?: (text: string) => string }> = {
  '/csp/page.html': { file: join(import.meta.dirname, 'page.html'), type: 'text/html; charset=utf-8' },
  '/csp/control.html': { file: join(import.meta.dirname, 'control.html'), type: 'text/html; charset=utf-8' },
  '/csp/watch.js': { file: join(import.meta.dirname, 'watch.js'), type: 'text/javascript' },
  '/csp/baseline.js': { file: join(import.meta.dirname, 'baseline.js'), type: 'text/javascript' },
  '/csp/control.js': { file: join(import.meta.dirname, 'control.js'), type: 'text/javascript' },
  '/csp/desk.js': { file: join(import.meta.dirname, 'desk.js'), type: 'text/javascript' },
  '/cdn/yiwang.min.js': { file: BUNDLE, type: 'text/javascript' },
  '/csp/single.html': { file: join(import.meta.dirname, 'single.html'), type: 'text/html; charset=utf-8' },
  // The page of page.html with the loader instead of the one-file bundle: one module script, which fetches the elements the page shows.
  '/csp/loader.html': {
    file: join(import.meta.dirname, 'page.html'),
    type: 'text/html; charset=utf-8',
    edit(html) {
      assert.ok(html.includes(BUNDLE_TAG), `page.html loads the bundle with ${BUNDLE_TAG}`);
      return html.replace(BUNDLE_TAG, LOADER_TAG);
    },
  },
  '/csp/loader-one.html': { file: join(import.meta.dirname, 'loader-one.html'), type: 'text/html; charset=utf-8' },
  '/cdn/yiwang-loader.min.js': { file: join(CDN, 'yiwang-loader.min.js'), type: 'text/javascript' },
  '/cdn/yw-address-picker.min.js': {
    file: join(ROOT, 'packages', 'elements', 'dist', 'cdn', 'yw-address-picker.min.js'),
    type: 'text/javascript',
  },
  '/cdn/yw-item-guide.min.js': { file: join(ROOT, 'packages', 'elements', 'dist', 'cdn', 'yw-item-guide.min.js'), type: 'text/javascript' },
};

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
  /** Chunks (by the start of their name) whose next request fails with a 503, once each. */
  const failOnce = new Set<string>();
  /** One browser context per page, so that storage (drafts, recent searches) does not carry over. */
  const contexts: BrowserContext[] = [];

  before(async () => {
    assert.ok(existsSync(BUNDLE), `${BUNDLE} is missing: run \`npm run build\` first`);
    const reference = await createTestApp();
    db = reference.db;
    const site = new Hono();
    site.get('*', async (c, next) => {
      // The loader's chunks (content-hashed names, fetched by the loader as module scripts).
      const chunk = /^\/cdn\/chunks\/([\w-]+(?:\.[\w-]+)+\.js)$/.exec(c.req.path)?.[1];
      const failing = chunk && [...failOnce].find((start) => chunk.startsWith(`${start}.`));
      if (failing) {
        failOnce.delete(failing);
        return c.text('unavailable for the test', 503);
      }
      const entry = chunk ? { file: join(CDN, 'chunks', chunk), type: 'text/javascript' } : STATIC[c.req.path];
      if (!entry || !existsSync(entry.file)) return next();
      const headers: Record<string, string> = { 'Content-Type': entry.type, 'Cache-Control': 'no-store' };
      if (entry.type.startsWith('text/html')) headers['Content-Security-Policy'] = c.req.query('policy') === 'site' ? SITE_CSP : STRICT_CSP;
      const body = 'edit' in entry && entry.edit ? entry.edit(readFileSync(entry.file, 'utf8')) : readFileSync(entry.file);
      return new Response(body, { headers });
    });
    // An API that is down: the elements' retryable error state.
    site.all('/broken/api/v1/*', (c) => c.json({ error: { code: 'INTERNAL', message: 'down for the test', requestId: 'csp-test' } }, 503));
    site.route('/', reference.app);
    ({ origin, close } = await serveApp(site.fetch));
    browser = await launchChromium();
  });

  after(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await close?.();
    await db?.close();
  });

  async function open(path: string, ready: (page: Page) => Promise<unknown>): Promise<PageReport & { page: Page }> {
    const { page, response, consoleErrors, pageErrors } = await openPage(browser, contexts, `${origin}${path}`);
    try {
      await ready(page);
    } catch (error) {
      const states = await page.evaluate(() =>
        [...document.querySelectorAll('[id]')]
          .filter((el) => el.localName.startsWith('yw-'))
          .map(
            (el) =>
              `${el.id}: ${el.shadowRoot?.querySelector<HTMLElement>('.yw-state')?.dataset.state} ${el.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim().slice(0, 120)}`,
          ),
      );
      states.push(String(await page.evaluate('typeof window.Yiwang + " " + typeof customElements.get("yw-catalog-stats")')));
      const violations = await page.evaluate('window.__cspViolations');
      await page.close();
      throw new Error(
        `${path} did not settle: ${String(error)}\n${states.join('\n')}\nviolations: ${JSON.stringify(violations)}\nconsole: ${consoleErrors.join('\n')}\nerrors: ${pageErrors.join('\n')}`,
      );
    }
    const violations = (await page.evaluate('window.__cspViolations')) as Violation[];
    return { page, cspHeader: response?.headers()['content-security-policy'], violations, consoleErrors, pageErrors };
  }

  /** Waits until every element on the page shows the state it should. */
  const elementsSettled = (page: Page) =>
    page.waitForFunction(
      () => {
        const state = (id: string) => document.getElementById(id)?.shadowRoot?.querySelector<HTMLElement>('.yw-state')?.dataset.state;
        return (
          state('zh') === 'complete' &&
          state('en-elder-dark') === 'complete' &&
          state('performance') === 'complete' &&
          state('error') === 'error' &&
          ['search', 'guide', 'tracker', 'form', 'address', 'desk', 'designer'].every((id) => state(id) === 'complete')
        );
      },
      { timeout: 30_000 },
    );

  /** Waits for `predicate` in the page; on timeout, says what was waited for. */
  async function until(page: Page, what: string, predicate: () => unknown, timeout = 15_000) {
    try {
      await page.waitForFunction(predicate, { timeout, polling: 50 });
    } catch (error) {
      throw new Error(`${what}: ${String(error)}`);
    }
  }

  /**
   * Drives every element other than <yw-catalog-stats> through its main code
   * paths, with real pointer and key events where it matters, and checks
   * what each one shows. The caller checks for violations afterwards.
   */
  async function exerciseElements(page: Page) {
    // <yw-item-guide item-id="scjg-001">: the seeded guide with its situations.
    const guide = await page.evaluate(() => {
      const root = document.getElementById('guide')!.shadowRoot!;
      return {
        title: root.querySelector('[part~="title"]')?.textContent?.trim(),
        materials: root.querySelectorAll('[part~="material-name"]').length,
        situations: root.querySelectorAll('fieldset input').length,
      };
    });
    assert.equal(guide.title, '个体工商户设立登记', 'guide title');
    assert.ok(guide.materials > 0, 'guide materials');
    assert.ok(guide.situations > 0, 'guide situation questions');
    // Answering a situation re-renders the materials.
    await page.click('#guide >>> fieldset input');
    await until(
      page,
      'guide situation answered',
      () => document.getElementById('guide')!.shadowRoot!.querySelector<HTMLInputElement>('fieldset input')!.checked,
    );
    const answered = await page.evaluate(
      () => document.getElementById('guide')!.shadowRoot!.querySelectorAll('[part~="material-name"]').length,
    );
    assert.ok(answered >= guide.materials, `materials after an answer (${guide.materials} → ${answered})`);

    // <yw-progress-tracker number=… query-code=ABC234>: the timeline of a delivering application.
    const tracker = await page.evaluate(() => {
      const root = document.getElementById('tracker')!.shadowRoot!;
      return {
        status: root.querySelector('[part~="status"]')?.textContent?.replace(/\s+/g, ' ').trim(),
        stages: root.querySelectorAll('[part~="stage"]').length,
        current: root.querySelector<HTMLElement>('[part~="stage"][data-state="current"]')?.dataset.stage,
        delivery: !!root.querySelector('[part~="delivery"]'),
      };
    });
    assert.ok(tracker.stages > 0, 'timeline stages');
    assert.equal(tracker.current, 'delivering', `current stage (status ${tracker.status})`);
    assert.equal(tracker.delivery, true, 'delivery with tracking');
    if (await page.$('#tracker >>> [part~="event-log-toggle"]')) {
      await page.click('#tracker >>> [part~="event-log-toggle"]');
      await until(
        page,
        'event log opened',
        () => document.getElementById('tracker')!.shadowRoot!.querySelectorAll('[part~="event"]').length > 0,
      );
    }

    // <yw-item-search>: typed with the keyboard, results and the suggestions listbox.
    await page.click('#search >>> [part~="input"]');
    await page.keyboard.type('营业执照');
    await until(page, 'search results for 营业执照', () =>
      [...document.getElementById('search')!.shadowRoot!.querySelectorAll('[part~="result-name"]')].some((n) =>
        n.textContent!.includes('个体工商户设立登记'),
      ),
    );
    await until(page, 'suggestions listbox open', () => {
      const root = document.getElementById('search')!.shadowRoot!;
      return (
        root.querySelector('[part~="input"]')!.getAttribute('aria-expanded') === 'true' &&
        root.querySelectorAll('[part~="suggestions"] [role="option"]').length > 0
      );
    });
    await page.keyboard.press('ArrowDown');
    await until(
      page,
      'a suggestion highlighted',
      () => !!document.getElementById('search')!.shadowRoot!.querySelector('[part~="input"]')!.getAttribute('aria-activedescendant'),
    );
    const search = await page.evaluate(() => {
      const root = document.getElementById('search')!.shadowRoot!;
      return {
        total: root.querySelector('[part~="total"]')?.textContent?.trim(),
        marks: [...root.querySelectorAll('[part~="result-name"] mark')].map((m) => m.textContent),
      };
    });
    assert.match(search.total ?? '', /共 [\d,]+ 项/);
    assert.ok(search.marks.includes('营业执照'), `highlighted matches: ${search.marks.join(',')}`);
    await page.keyboard.press('Escape');
    await until(
      page,
      'suggestions closed',
      () => document.getElementById('search')!.shadowRoot!.querySelector('[part~="input"]')!.getAttribute('aria-expanded') !== 'true',
    );
    // Choosing a result opens the guide panel, with a nested <yw-item-guide>.
    await page.click('#search >>> [part~="result-name"]');
    await until(
      page,
      'guide panel of a result',
      () =>
        document.getElementById('search')!.shadowRoot!.querySelector('yw-item-guide')?.shadowRoot?.querySelector<HTMLElement>('.yw-state')
          ?.dataset.state === 'complete',
    );

    // <yw-form-renderer form-id="form-scjg-001">: the first step, a bad value on blur, then the error summary.
    const form = await page.evaluate(() => {
      const root = document.getElementById('form')!.shadowRoot!;
      return {
        heading: root.querySelector('[part~="form"] [part~="step-heading"]')?.textContent?.trim(),
        fields: root.querySelectorAll('[part~="field"]').length,
      };
    });
    assert.match(form.heading ?? '', /经营者信息/);
    assert.ok(form.fields > 0, 'form fields');
    await page.click('#form >>> #f-operatorMobile');
    await page.keyboard.type('1234');
    await page.keyboard.press('Tab');
    await until(page, 'field error on blur', () =>
      /不是有效的手机号码/.test(document.getElementById('form')!.shadowRoot!.getElementById('f-operatorMobile-error')?.textContent ?? ''),
    );
    await page.click('#form >>> [part~="next-button"]');
    await until(
      page,
      'error summary',
      () => document.getElementById('form')!.shadowRoot!.querySelectorAll('[part~="error-summary"] li').length > 0,
    );
    const summary = await page.evaluate(() =>
      [...document.getElementById('form')!.shadowRoot!.querySelectorAll('[part~="error-summary"] li')].map((li) => li.textContent!.trim()),
    );
    assert.ok(
      summary.some((m) => m.includes('不是有效的手机号码')),
      `summary: ${summary.join(' | ')}`,
    );
    assert.ok(
      summary.some((m) => m.includes('请填写“经营者姓名”')),
      `summary: ${summary.join(' | ')}`,
    );

    // <yw-address-picker>: open the province list (from /divisions), pick 河南省, its cities load.
    await page.click('#address >>> #level-0-input');
    await until(
      page,
      'provinces listed',
      () => document.getElementById('address')!.shadowRoot!.querySelectorAll('#level-0-list [role="option"]').length > 30,
    );
    // A real click on the option (puppeteer scrolls it into view first).
    const henan = (await page.evaluateHandle(() =>
      [...document.getElementById('address')!.shadowRoot!.querySelectorAll<HTMLElement>('#level-0-list [role="option"]')].find(
        (o) => o.textContent!.trim() === '河南省',
      )!,
    )) as ElementHandle<HTMLElement>;
    await henan.click();
    await henan.dispose();
    await until(
      page,
      '河南省 chosen',
      () =>
        (document.getElementById('address') as unknown as { value?: { divisionPath: { name: string }[] } }).value?.divisionPath[0]?.name ===
        '河南省',
    );
    await page.click('#address >>> #level-1-input');
    await until(page, 'cities of 河南省 listed', () =>
      [...document.getElementById('address')!.shadowRoot!.querySelectorAll('#level-1-list [role="option"]')].some(
        (o) => o.textContent!.trim() === '新乡市',
      ),
    );

    // <yw-case-desk number=…> signed in by desk.js: a seeded case under review of 王敏's department, the 补正 form with the guide's materials, a problem, the confirmation step (not confirmed: the seeded case stays as it is for the next run).
    await until(page, 'the case view with its actions', () =>
      document.getElementById('desk')!.shadowRoot!.querySelector('[part~="action-button"][data-action="supplement"]'),
    );
    await page.click('#desk >>> [part~="action-button"][data-action="supplement"]');
    await until(page, 'the 补正 form lists the guide’s materials', () =>
      document.getElementById('desk')!.shadowRoot!.querySelector('[data-material]'),
    );
    // The seeded case under review of 王敏's department; its item's first material.
    const material = await page.evaluate(
      () => document.getElementById('desk')!.shadowRoot!.querySelector<HTMLElement>('[data-material]')!.dataset.material!,
    );
    await page.click('#desk >>> [part~="action-form"] button[type="submit"]');
    await until(page, 'the 补正 form’s problems', () =>
      document.getElementById('desk')!.shadowRoot!.querySelector('[part~="field-error"]'),
    );
    await page.click(`#desk >>> [data-material="${material}"]`);
    await page.type(`#desk >>> [data-note="${material}"]`, '扫描件不清晰');
    await page.type('#desk >>> #cd-supplement-reason', '请重新上传');
    await page.click('#desk >>> [part~="action-form"] button[type="submit"]');
    await until(page, 'the confirmation step', () =>
      document.getElementById('desk')!.shadowRoot!.querySelector('[part~="confirm-button"]'),
    );

    // <yw-form-designer>: a select and an upload from the palette, a condition on the select, the preview, the JSON view refusing a bad edit.
    await page.click('#designer >>> [part~="palette-item"][data-type="select"]');
    await page.click('#designer >>> [part~="palette-item"][data-type="file"]');
    await page.click('#designer >>> [part~="condition-toggle"]');
    await page.click('#designer >>> [part~="condition-add"]');
    await until(page, 'the condition on the select', () =>
      document.getElementById('designer')!.shadowRoot!.querySelector('#prop-cond-0-value'),
    );
    await until(page, 'the preview renders the select', () =>
      document
        .getElementById('designer')!
        .shadowRoot!.querySelector('yw-form-renderer')!
        .shadowRoot!.querySelector('select[data-path="field1"]'),
    );
    await page.click('#designer >>> [part~="view-json"]');
    await page.type('#designer >>> #json-text', 'x');
    await page.click('#designer >>> [part~="json-apply"]');
    await until(page, 'the JSON view says why it refused', () =>
      document.getElementById('designer')!.shadowRoot!.querySelector('[part~="json-syntax"]'),
    );
  }

  /** exerciseElements, and on failure what the page reported (a violation may be why). */
  async function drive(report: PageReport & { page: Page }) {
    try {
      await exerciseElements(report.page);
    } catch (error) {
      const violations = await report.page.evaluate('window.__cspViolations').catch(() => '?');
      throw new Error(
        `${String(error)}\nviolations: ${JSON.stringify(violations)}\nconsole: ${report.consoleErrors.join('\n')}\nerrors: ${report.pageErrors.join('\n')}`,
        { cause: error },
      );
    }
  }

  /** The violations, CSP console errors and uncaught errors after the page was driven. */
  async function expectClean(report: PageReport & { page: Page }) {
    assert.deepEqual(await report.page.evaluate('window.__cspViolations'), [], 'securitypolicyviolation events');
    const cspConsole = report.consoleErrors.filter((m) => /Content Security Policy|Trusted Type|TrustedHTML|TrustedScript/i.test(m));
    assert.deepEqual(cspConsole, [], 'CSP errors on the console');
    assert.deepEqual(report.pageErrors, [], 'uncaught errors');
  }

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
        performanceRows: document.getElementById('performance')!.shadowRoot!.querySelectorAll('[part~="performance-row"]').length,
        performanceTitle:
          document.getElementById('performance')!.shadowRoot!.querySelector('[part~="performance-title"]')?.textContent ?? '',
        retry: !!document.getElementById('error')!.shadowRoot!.querySelector('[part~="retry-button"]'),
        sdk: typeof (window as unknown as { Yiwang?: { createClient?: unknown } }).Yiwang?.createClient,
        trustedTypes: typeof (window as unknown as { trustedTypes?: unknown }).trustedTypes,
      }));
      assert.ok(rendered.rows > 0, 'departments rendered');
      assert.match(rendered.summary, /need no visit/);
      assert.ok(parseFloat(rendered.elderFont) >= 18, `elder font ${rendered.elderFont}`);
      assert.ok(rendered.performanceRows > 0, 'the performance view rendered its departments');
      assert.match(rendered.performanceTitle, /open to the public/);
      assert.equal(rendered.retry, true, 'error state with a retry button');
      assert.equal(rendered.sdk, 'function', 'window.Yiwang exposes the SDK');
      assert.equal(rendered.trustedTypes, 'object', 'Trusted Types are enforced in this browser');
      await drive(report);
      await expectClean(report);
      return report;
    } finally {
      await report.page.close();
    }
  }

  it(`renders every state with no violation under "${STRICT_CSP}"`, async () => {
    await checkPage('/csp/page.html', STRICT_CSP);
  });

  it("renders with no violation under the demo site's policy (style-src 'self' too)", async () => {
    await checkPage('/csp/page.html?policy=site', SITE_CSP);
  });

  it('works with the APIs that Chromium 87 / Safari 14 / Firefox 90 lack removed', async () => {
    const report = await open('/csp/page.html?baseline', elementsSettled);
    try {
      assert.equal(await report.page.evaluate('window.__baseline'), true);
      assert.deepEqual(report.pageErrors, []);
      assert.deepEqual(report.violations, []);
      await drive(report);
      await expectClean(report);
    } finally {
      await report.page.close();
    }
  });

  it('one-element bundles work alone and side by side (one <yw-config> definition), under the policy and on the baseline', async () => {
    for (const path of ['/csp/single.html', '/csp/single.html?baseline']) {
      const settled = (page: Page) =>
        page.waitForFunction(
          () =>
            ['address', 'guide'].every(
              (id) => document.getElementById(id)?.shadowRoot?.querySelector<HTMLElement>('.yw-state')?.dataset.state === 'complete',
            ),
          { timeout: 30_000 },
        );
      const report = await open(path, settled);
      try {
        assert.equal(report.cspHeader, STRICT_CSP);
        const seen = await report.page.evaluate(() => ({
          title: document.getElementById('guide')!.shadowRoot!.querySelector('[part~="title"]')?.textContent?.trim(),
          config: typeof customElements.get('yw-config'),
          global: typeof (window as unknown as { Yiwang?: unknown }).Yiwang,
        }));
        assert.deepEqual(seen, { title: '个体工商户设立登记', config: 'function', global: 'undefined' });
        await report.page.click('#address >>> #level-0-input');
        await report.page.waitForFunction(
          () => document.getElementById('address')!.shadowRoot!.querySelectorAll('#level-0-list [role="option"]').length > 30,
          { timeout: 15_000 },
        );
        await expectClean(report);
      } finally {
        await report.page.close();
      }
    }
  });

  it('the loader: every element fetched by its tag and driven, with no violation, on the baseline', async () => {
    const report = await open('/csp/loader.html?baseline', elementsSettled);
    try {
      assert.equal(report.cspHeader, STRICT_CSP);
      assert.equal(await report.page.evaluate('window.__baseline'), true);
      assert.equal(await report.page.evaluate('typeof window.Yiwang'), 'undefined', 'the loader sets no global');
      await drive(report);
      await expectClean(report);
    } finally {
      await report.page.close();
    }
  });

  /** Adds <yw-address-picker id="address"> inside the page's <yw-config> and waits for its provinces. */
  async function addPicker(page: Page) {
    await page.evaluate(() => {
      const picker = document.createElement('yw-address-picker');
      picker.id = 'address';
      document.querySelector('yw-config')!.append(picker);
    });
    await until(
      page,
      'the added address picker',
      () => document.getElementById('address')?.shadowRoot?.querySelector<HTMLElement>('.yw-state')?.dataset.state === 'complete',
    );
  }

  it('the loader fetches only the elements a page shows, and an element added later when it appears', async () => {
    const settled = (page: Page) =>
      page.waitForFunction(
        () => document.getElementById('guide')?.shadowRoot?.querySelector<HTMLElement>('.yw-state')?.dataset.state === 'complete',
        { timeout: 30_000 },
      );
    const report = await open('/csp/loader-one.html', settled);
    try {
      assert.equal(report.cspHeader, STRICT_CSP);
      const chunks = () =>
        report.page
          .evaluate(() =>
            performance
              .getEntriesByType('resource')
              .map((entry) => /\/cdn\/chunks\/(yw-[a-z-]+)\.[\w-]+\.js$/.exec(entry.name)?.[1])
              .filter((name): name is string => !!name)
              .sort(),
          )
          .then((names) => names.filter((name) => TAGS.includes(name)));
      assert.deepEqual(await chunks(), ['yw-config', 'yw-item-guide']);
      // An element added after the page loaded: fetched when it appears, configured by the <yw-config> around it.
      await addPicker(report.page);
      assert.deepEqual(await chunks(), ['yw-address-picker', 'yw-config', 'yw-item-guide']);
      await expectClean(report);
    } finally {
      await report.page.close();
    }
  });

  it("the loader: a view whose chunk failed to load comes on the view's retry, without reloading the page", async () => {
    const report = await open('/csp/loader-one.html', (page) =>
      page.waitForFunction(() => document.getElementById('guide')?.shadowRoot?.querySelector<HTMLElement>('.yw-state')?.dataset.state, {
        timeout: 30_000,
      }),
    );
    try {
      await addPicker(report.page);
      // Smart paste's module is fetched when its button is about to be used: that fetch fails.
      failOnce.add('smart-paste.part');
      const toggle = await report.page.waitForSelector('#address >>> [part~="paste-toggle"]');
      await toggle!.click();
      const retry = await report.page.waitForSelector('#address >>> #paste-panel [part~="retry-button"]', { timeout: 15_000 });
      assert.equal(failOnce.size, 0, 'the failing request was made');
      await retry!.click();
      await until(
        report.page,
        'smart paste after the retry',
        () => !!document.getElementById('address')?.shadowRoot?.querySelector('#paste-text'),
      );
      const requests = await report.page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((entry) => /\/cdn\/chunks\/(smart-paste\.part\.[^/]+)$/.exec(entry.name)?.[1])
          .filter(Boolean),
      );
      assert.equal(requests.length, 2, `smart paste requested twice: ${requests.join(', ')}`);
      assert.match(requests[1]!, /\?retry=1$/);
      await expectClean(report);
    } finally {
      failOnce.clear();
      await report.page.close();
    }
  });

  it('the harness sees violations (control page breaks the policy on purpose)', async () => {
    const report = await open('/csp/control.html', (page) =>
      page.waitForFunction('window.evalBlocked && window.innerHtmlBlocked', { timeout: 10_000 }),
    );
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
