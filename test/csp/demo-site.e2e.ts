// The demo department site of `npm start` (examples/department-site/), as a
// visitor sees it: startServer() from packages/server/src/node.ts — the very
// server `npm start` runs, with its Content-Security-Policy and the development
// identity provider at /oidc — on an ephemeral port over an in-memory PGlite,
// opened in the machine's Chromium
// (puppeteer-core). Each test opens `/` in a fresh browser context, drives one
// of the page's flows with real clicks and keys, and then requires that the
// page reported no CSP or Trusted Types violation, no uncaught error and no
// console error.
//
// Needs packages/elements/dist/cdn/yiwang-loader.min.js and its chunks (`npm run build`).
// Run: node --conditions=yiwang-source --test test/csp/demo-site.e2e.ts
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, ElementHandle, Page } from 'puppeteer-core';
import { createPgliteDb, defaultConfig } from '@yiwang/server';
import type { Db } from '@yiwang/server';
import { startServer } from '../../packages/server/src/node.ts';
import type { RunningServer } from '../../packages/server/src/node.ts';
import { axeViolations, launchChromium, openPage } from '../helpers/browser-harness.ts';
import { BLUE_DEPARTMENT, themeCss } from '../../stories/theme.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const BUNDLE = join(ROOT, 'packages', 'elements', 'dist', 'cdn', 'yiwang-loader.min.js');
/** The elements that render on load (the form renderer waits, hidden, for "在线申请"). */
const ON_LOAD = ['yw-catalog-stats', 'yw-item-search', 'yw-progress-tracker', 'yw-address-picker'];

interface Visit {
  page: Page;
  cspHeader: string | undefined;
  consoleErrors: string[];
  pageErrors: string[];
}

describe('the demo department site (npm start) under its Content-Security-Policy', { timeout: 120_000 }, () => {
  let db: Db;
  let origin: string;
  let running: RunningServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  before(async () => {
    assert.ok(existsSync(BUNDLE), `${BUNDLE} is missing: run \`npm run build\` first`);
    db = await createPgliteDb();
    // The site serves the static files relative to the working directory (the repository root, as with npm start).
    running = await startServer(defaultConfig({ port: 0, demoSignIn: false }), db);
    origin = running.origin;
    browser = await launchChromium();
  });

  after(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    if (running) {
      running.server.closeAllConnections();
      await new Promise<void>((resolve) => running.server.close(() => resolve()));
    }
    await db?.close();
  });

  /** What the page reported so far, for failure messages. */
  async function report(visit: Visit): Promise<string> {
    const states = await visit.page
      .evaluate(() =>
        [...document.querySelectorAll('*')]
          .filter((el) => el.localName.startsWith('yw-') && el.localName !== 'yw-config')
          .map(
            (el) =>
              `${el.localName}: ${el.shadowRoot?.querySelector<HTMLElement>('.yw-state')?.dataset.state} ${el.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim().slice(0, 160)}`,
          )
          .join('\n'),
      )
      .catch((error: unknown) => `(page gone: ${String(error)})`);
    const violations = await visit.page.evaluate('window.__cspViolations').catch(() => '?');
    return `${states}\nviolations: ${JSON.stringify(violations)}\nconsole: ${visit.consoleErrors.join('\n')}\nerrors: ${visit.pageErrors.join('\n')}`;
  }

  /** Opens `path` in a fresh context and waits until every element shown on load (`names`) is complete. */
  async function visit(path = '/', names = ON_LOAD): Promise<Visit> {
    // The demo site has no watch.js: violations are recorded from before any page script runs.
    const { page, response, consoleErrors, pageErrors } = await openPage(browser, contexts, `${origin}${path}`, { recordViolations: true });
    const v: Visit = { page, cspHeader: response?.headers()['content-security-policy'], consoleErrors, pageErrors };
    assert.equal(response?.status(), 200, `status of ${path}`);
    try {
      await page.waitForFunction(
        (names: string[]) =>
          names.every(
            (name) => document.querySelector(name)?.shadowRoot?.querySelector<HTMLElement>('.yw-state')?.dataset.state === 'complete',
          ),
        { timeout: 30_000, polling: 50 },
        names,
      );
    } catch (error) {
      const states = await report(v);
      await page.close();
      throw new Error(`every element complete: ${String(error)}\n${states}`, { cause: error });
    }
    return v;
  }

  /** Waits for `predicate` in the page; on timeout, says what was waited for and what the page showed. */
  async function until(v: Visit, what: string, predicate: () => unknown, timeout = 15_000) {
    try {
      await v.page.waitForFunction(predicate, { timeout, polling: 50 });
    } catch (error) {
      throw new Error(`${what}: ${String(error)}\n${await report(v)}`, { cause: error });
    }
  }

  /** No violation, no uncaught error, no console error: then the page is closed. */
  async function expectClean(v: Visit) {
    try {
      assert.deepEqual(await v.page.evaluate('window.__cspViolations'), [], 'securitypolicyviolation events');
      assert.deepEqual(v.pageErrors, [], 'uncaught errors');
      // Not even a 401 or 404 the elements would expect: an anonymous page asks nothing that
      // needs a token, and the form looks for its server draft in the list of drafts.
      assert.deepEqual(v.consoleErrors, [], 'console errors');
    } finally {
      await v.page.close();
    }
  }

  /** Runs a flow on a fresh visit; any failure carries what the page reported. */
  async function withVisit(flow: (v: Visit) => Promise<void>, path = '/', names = ON_LOAD) {
    const v = await visit(path, names);
    try {
      await flow(v);
    } catch (error) {
      if (error instanceof assert.AssertionError) error.message += `\n${await report(v)}`;
      await v.page.close().catch(() => undefined);
      throw error;
    }
    await expectClean(v);
  }

  const shadowText = (page: Page, selector: string) =>
    page.evaluate((s) => document.querySelector(s)?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '', selector);

  /**
   * "登录" → the development provider's sign-in page (its own policy: no script
   * at all) → 李文博 → back on the page, signed in. Violations are checked on the
   * provider's page too, before it is left.
   */
  async function signIn(v: Visit, { account = 'citizen-liwenbo', axe = false } = {}) {
    const { page } = v;
    const [toProvider] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#sign-in')]);
    assert.match(page.url(), new RegExp(`^${origin}/oidc/interaction/`), 'at the provider');
    assert.equal(toProvider?.status(), 200);
    assert.match(toProvider?.headers()['content-security-policy'] ?? '', /default-src 'none'/, 'the provider page has its own policy');
    // The accessibility visit bypasses the policy (for axe) and records no violations: it checks the page with axe instead.
    if (axe) assert.deepEqual(await axeViolations(page), [], 'the provider sign-in page');
    else assert.deepEqual(await page.evaluate('window.__cspViolations'), [], 'no violation on the provider page');
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click(`button[name="account"][value="${account}"]`)]);
    assert.equal(new URL(page.url()).origin, origin);
    assert.ok(!page.url().includes('/oidc/') && !page.url().includes('/auth/'), `back on the site: ${page.url()}`);
    await until(v, 'signed in', () => document.getElementById('who')!.textContent!.startsWith('已登录：'));
  }

  it('the staff page: 王敏 signs in, generates the form of 个体工商户变更登记 from its guide and saves it as a new version', async () => {
    await withVisit(
      async (v) => {
        const { page } = v;
        await signIn(v, { account: 'staff-wangmin' });
        assert.equal(await page.$eval('#who', (el) => el.textContent), '已登录：王敏');
        await page.evaluate(() =>
          document.querySelector('yw-form-designer')!.shadowRoot!.querySelector<HTMLElement>('[part~="starter"]')!.click(),
        );
        await until(
          v,
          'the starter from the guide',
          () => (document.querySelector('yw-form-designer')?.shadowRoot?.querySelectorAll('[part~="field-row"]').length ?? 0) > 0,
          20_000,
        );
        await page.evaluate(() =>
          document.querySelector('yw-form-designer')!.shadowRoot!.querySelector<HTMLElement>('[part~="publish"]')!.click(),
        );
        await until(
          v,
          'saved',
          () =>
            document.querySelector('yw-form-designer')?.shadowRoot?.querySelector<HTMLElement>('[part~="status"]')!.dataset.status ===
            'saved',
          20_000,
        );
        assert.match(await shadowText(page, 'yw-form-designer'), /已保存为第 2 版/);
      },
      '/designer.html',
      ['yw-form-designer'],
    );
  });

  it('loads with the site policy; every element completes with no violation or error', async () => {
    await withVisit(async (v) => {
      assert.ok(v.cspHeader, 'a Content-Security-Policy header');
      assert.match(v.cspHeader!, /script-src 'self'/);
      assert.match(v.cspHeader!, /style-src 'self'/);
      assert.match(v.cspHeader!, /require-trusted-types-for 'script'/);
      const page = await v.page.evaluate(() => ({
        trustedTypes: typeof (window as unknown as { trustedTypes?: unknown }).trustedTypes,
        applyHidden: document.getElementById('apply')!.hidden,
        stats: document.querySelector('yw-catalog-stats')!.shadowRoot!.querySelectorAll('[part~="row"]').length,
        styled: getComputedStyle(document.querySelector('.site-header')!).backgroundColor,
      }));
      assert.equal(page.trustedTypes, 'object', 'Trusted Types are enforced in this browser');
      assert.equal(page.applyHidden, true, 'the application section waits for "在线申请"');
      assert.ok(page.stats > 0, 'departments in the statistics');
      assert.equal(page.styled, 'rgb(179, 38, 30)', 'site.css applied');
      assert.match(await shadowText(v.page, 'yw-progress-tracker'), /申报号/);
    });
  });

  it('never scrolls sideways: English and elder mode, on a phone and a desktop, with the application form open', async () => {
    await withVisit(async (v) => {
      const { page } = v;
      await page.click('#lang');
      await page.click('#elder');
      // The application section as "在线申请" opens it, without the trip through search.
      await page.evaluate(() => {
        document.getElementById('apply')!.hidden = false;
        document.getElementById('form')!.setAttribute('form-id', 'form-scjg-001');
      });
      await until(
        v,
        'form rendered in English',
        () => /Next/.test(document.getElementById('form')?.shadowRoot?.querySelector('[part~="next-button"]')?.textContent ?? ''),
        20_000,
      );
      for (const width of [360, 1280]) {
        await page.setViewport({ width, height: 800 });
        const overflow = await page.evaluate(() => {
          const width = document.documentElement.clientWidth;
          const wide: string[] = [];
          const walk = (root: Document | ShadowRoot, path: string) => {
            for (const el of root.querySelectorAll<HTMLElement>('*')) {
              if (el.getBoundingClientRect().right > width + 0.5)
                wide.push(`${path}${el.localName}[part=${el.getAttribute('part') ?? ''}]`);
              if (el.shadowRoot) walk(el.shadowRoot, `${path}${el.localName} >>> `);
            }
          };
          walk(document, '');
          return { by: document.documentElement.scrollWidth - width, wide: wide.slice(0, 8) };
        });
        assert.equal(overflow.by, 0, `${width} px: the page scrolls sideways; wider than the viewport: ${overflow.wide.join(', ')}`);
      }
    });
  });

  it('signs in through the identity provider as the seeded 李文博; no token in web storage or readable cookies; signs out', async () => {
    await withVisit(async (v) => {
      const { page } = v;
      await signIn(v);
      assert.equal(await page.$eval('#who', (el) => el.textContent), '已登录：李文博');
      // The seeded applications are this user's: the tracker lists them once the elements have the token.
      await until(
        v,
        'my applications listed',
        () =>
          (document.querySelector('yw-progress-tracker')?.shadowRoot?.querySelectorAll('[part~="mine"] [part~="list-item"]').length ?? 0) >
          0,
        20_000,
      );
      const stored = await page.evaluate(() => ({
        local: Object.keys(localStorage),
        session: Object.keys(sessionStorage),
        cookie: document.cookie,
      }));
      assert.deepEqual(stored.local, [], 'nothing in localStorage');
      assert.deepEqual(stored.session, [], 'nothing in sessionStorage');
      assert.equal(stored.cookie, '', 'the session cookie is HttpOnly: the page cannot read it');

      // Sign-out: the session ends here and at the provider (it asks to confirm), then back on the site, signed out.
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#sign-out')]);
      assert.match(page.url(), new RegExp(`^${origin}/oidc/session/end`), 'the provider confirms the sign-out');
      assert.deepEqual(await page.evaluate('window.__cspViolations'), [], 'no violation on the provider page');
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('button[name="logout"]')]);
      assert.equal(page.url(), `${origin}/`);
      await until(v, 'signed out', () => document.getElementById('who')!.textContent === '未登录');
      assert.equal(await page.$eval('#sign-in', (el) => (el as HTMLElement).hidden), false);
    });
  });

  it('search → guide → 在线申请 opens the application form, prefilled for the signed-in applicant', async () => {
    await withVisit(async (v) => {
      const { page } = v;
      await signIn(v);
      await page.click('yw-item-search >>> [part~="input"]');
      await page.keyboard.type('个体工商户');
      await until(v, 'search result 个体工商户设立登记', () =>
        [...(document.querySelector('yw-item-search')?.shadowRoot?.querySelectorAll('[part~="result-name"]') ?? [])].some(
          (n) => n.textContent!.trim() === '个体工商户设立登记',
        ),
      );
      await page.keyboard.press('Escape');
      const result = (await page.evaluateHandle(() =>
        [...document.querySelector('yw-item-search')!.shadowRoot!.querySelectorAll<HTMLElement>('[part~="result-name"]')].find(
          (n) => n.textContent!.trim() === '个体工商户设立登记',
        )!,
      )) as ElementHandle<HTMLElement>;
      await result.click();
      await result.dispose();
      await until(v, 'guide of 个体工商户设立登记', () => {
        const guide = document.querySelector('yw-item-search')?.shadowRoot?.querySelector('yw-item-guide')?.shadowRoot;
        return (
          guide?.querySelector<HTMLElement>('.yw-state')?.dataset.state === 'complete' && !!guide.querySelector('[part~="apply-button"]')
        );
      });
      assert.match(
        await page.evaluate(
          () =>
            document
              .querySelector('yw-item-search')!
              .shadowRoot!.querySelector('yw-item-guide')!
              .shadowRoot!.querySelector('[part~="title"]')?.textContent ?? '',
        ),
        /个体工商户设立登记/,
      );
      await page.click('yw-item-search >>> yw-item-guide >>> [part~="apply-button"]');
      await until(v, 'application section shown', () => !document.getElementById('apply')!.hidden);
      assert.equal(await page.$eval('#form', (el) => el.getAttribute('form-id')), 'form-scjg-001');
      assert.equal(await page.$eval('#apply-hint', (el) => el.textContent), '', 'no sign-in hint once signed in');
      await until(
        v,
        'form rendered and prefilled',
        () => {
          const root = document.getElementById('form')!.shadowRoot!;
          return (
            root.querySelector<HTMLElement>('.yw-state')?.dataset.state === 'complete' &&
            root.querySelector<HTMLInputElement>('#f-operatorName')?.value === '李文博'
          );
        },
        20_000,
      );
      assert.match(
        await page.evaluate(() => document.getElementById('form')!.shadowRoot!.querySelector('[part~="step-heading"]')?.textContent ?? ''),
        /经营者信息/,
      );
      // The section is in view: "在线申请" scrolled it there.
      const top = await page.$eval('#apply', (el) => el.getBoundingClientRect().top);
      assert.ok(top < (await page.evaluate(() => innerHeight)), `#apply in view (top ${top})`);
    });
  });

  it('the progress tracker shows the demo application with its EMS waybill', async () => {
    await withVisit(async (v) => {
      const { page } = v;
      await page.click('yw-progress-tracker >>> #pt-number');
      await page.keyboard.type('YW2026110300001');
      await page.click('yw-progress-tracker >>> #pt-code');
      await page.keyboard.type('ABC234');
      await page.keyboard.press('Enter');
      await until(v, 'timeline with the waybill', () => {
        const root = document.querySelector('yw-progress-tracker')!.shadowRoot!;
        return root.querySelectorAll('[part~="stage"]').length > 0 && !!root.querySelector('[part~="waybill"]')?.textContent?.trim();
      });
      const tracker = await page.evaluate(() => {
        const root = document.querySelector('yw-progress-tracker')!.shadowRoot!;
        return {
          current: root.querySelector<HTMLElement>('[part~="stage"][data-state="current"]')?.dataset.stage,
          waybill: root.querySelector('[part~="waybill"]')!.textContent!.trim(),
          delivery: root.querySelector('[part~="delivery"]')?.textContent ?? '',
        };
      });
      assert.equal(tracker.current, 'delivering');
      assert.match(tracker.waybill, /^[A-Z0-9]{8,}$/);
      assert.match(tracker.delivery, /EMS/);
    });
  });

  it('elder mode and English', async () => {
    await withVisit(async (v) => {
      const { page } = v;
      const fontSize = () =>
        page.evaluate(() =>
          parseFloat(getComputedStyle(document.querySelector('yw-catalog-stats')!.shadowRoot!.querySelector('[part~="name"]')!).fontSize),
        );
      const before = await fontSize();
      await page.click('#elder');
      await until(v, 'elder mode on every element', () => [...document.querySelectorAll('main [data-yw-elder]')].length >= 4);
      assert.equal(await page.$eval('#config', (el) => el.hasAttribute('elder')), true, 'the config has `elder`');
      assert.equal(await page.$eval('#elder', (el) => el.getAttribute('aria-pressed')), 'true');
      const after = await fontSize();
      assert.ok(after >= 18 && after > before, `elder font ${before}px → ${after}px`);
      const searchFont = await page.evaluate(() =>
        parseFloat(getComputedStyle(document.querySelector('yw-item-search')!.shadowRoot!.querySelector('[part~="input"]')!).fontSize),
      );
      assert.ok(searchFont >= 18, `search input font in elder mode ${searchFont}px`);

      await page.click('#lang');
      await until(v, 'elements in English', () =>
        document.querySelector('yw-catalog-stats')?.shadowRoot?.textContent!.includes('need no visit'),
      );
      const en = await page.evaluate(() => ({
        docLang: document.documentElement.lang,
        hosts: [...document.querySelectorAll('main *')]
          .filter((el) => el.localName.startsWith('yw-'))
          .map((el) => `${el.localName}:${el.getAttribute('lang')}`),
        button: document.getElementById('lang')!.textContent,
        tracker: document.querySelector('yw-progress-tracker')!.shadowRoot!.querySelector('[part~="submit-button"]')?.textContent?.trim(),
      }));
      assert.equal(en.docLang, 'en');
      assert.equal(en.button, '中文');
      for (const host of en.hosts) assert.match(host, /:en/, `element language ${host}`);
      assert.ok(en.tracker && !/[\u4e00-\u9fff]/.test(en.tracker), `tracker button in English: ${en.tracker}`);
      assert.match(await shadowText(page, 'yw-item-search'), /[A-Za-z]{4}/);
    });
  });

  it('is accessible (axe, WCAG 2.1 AA, the site and every element): on load, with the form open, in elder mode and in English', async () => {
    // axe is injected as a script of its own, which the site's policy would refuse: this visit alone bypasses the CSP.
    const opened = await openPage(browser, contexts, `${origin}/`, { bypassCsp: true });
    const v: Visit = { page: opened.page, cspHeader: undefined, consoleErrors: opened.consoleErrors, pageErrors: opened.pageErrors };
    try {
      const { page } = v;
      await until(v, 'every element complete', () =>
        ['yw-catalog-stats', 'yw-item-search', 'yw-progress-tracker', 'yw-address-picker'].every(
          (n) => document.querySelector(n)?.shadowRoot?.querySelector<HTMLElement>('.yw-state')?.dataset.state === 'complete',
        ),
      );
      assert.deepEqual(await axeViolations(page), [], 'on load');
      await signIn(v, { axe: true });
      await page.evaluate(() => document.dispatchEvent(new CustomEvent('yw-apply', { detail: { formId: 'form-scjg-001' } })));
      await until(
        v,
        'the form rendered',
        () => document.getElementById('form')?.shadowRoot?.querySelector<HTMLElement>('.yw-state')?.dataset.state === 'complete',
        20_000,
      );
      assert.deepEqual(await axeViolations(page), [], 'signed in, with the form open');
      await page.click('#elder');
      await page.click('#lang');
      await until(
        v,
        'elder mode and English',
        () =>
          document.querySelector('yw-catalog-stats')?.shadowRoot?.textContent!.includes('need no visit') &&
          !!document.querySelector('yw-catalog-stats[data-yw-elder]'),
      );
      assert.deepEqual(await axeViolations(page), [], 'elder mode, English');
      assert.deepEqual(v.pageErrors, [], 'uncaught errors');
    } finally {
      await v.page.close();
    }
  });

  it("the theme playground's CSS, pasted into the site's stylesheet, restyles the elements as the playground shows", async () => {
    // The same check runs on the playground's BlueDepartment story in test/storybook/stories.e2e.ts.
    const siteCss = readFileSync(join(ROOT, 'examples', 'department-site', 'site.css'), 'utf8');
    const barOf = async (pasted: string | null) => {
      const context = await browser.createBrowserContext();
      contexts.push(context);
      const page = await context.newPage();
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        if (pasted !== null && new URL(request.url()).pathname === '/site.css') {
          void request.respond({ status: 200, contentType: 'text/css', body: `${siteCss}\n${pasted}` });
        } else void request.continue();
      });
      await page.goto(`${origin}/`, { waitUntil: 'load' });
      await page.waitForFunction(() => document.querySelector('yw-catalog-stats')?.shadowRoot?.querySelector('[part~="bar-fill"]'), {
        timeout: 30_000,
        polling: 50,
      });
      const bar = await page.evaluate(() => {
        const root = document.querySelector('yw-catalog-stats')!.shadowRoot!;
        const [bar, fill] = [root.querySelector('[part~="bar"]')!, root.querySelector('[part~="bar-fill"]')!];
        return { barFill: getComputedStyle(fill).backgroundColor, barRadius: getComputedStyle(bar).borderTopLeftRadius };
      });
      await context.close();
      return bar;
    };
    assert.deepEqual(await barOf(null), { barFill: 'rgb(181, 18, 27)', barRadius: '2px' }, 'the built-in look');
    assert.deepEqual(await barOf(themeCss(BLUE_DEPARTMENT)), { barFill: 'rgb(11, 92, 173)', barRadius: '0px' }, 'restyled');
  });

  it('the delivery form is not submitted without an address', async () => {
    await withVisit(async (v) => {
      const { page } = v;
      await page.click('#delivery-form button[type="submit"]');
      // The browser's own validation stops the submission (the picker is a
      // required form control); the picker then shows what is missing and
      // takes focus.
      await until(v, 'picker shows what is missing', () => {
        const picker = document.querySelector('yw-address-picker')!;
        return !!picker.shadowRoot!.querySelector('[aria-invalid="true"]') && document.activeElement === picker;
      });
      const state = await page.evaluate(() => {
        const picker = document.querySelector('yw-address-picker')!;
        const focused = picker.shadowRoot!.activeElement;
        return {
          output: document.getElementById('delivery-output')!.textContent,
          url: location.pathname + location.search,
          valid: (document.getElementById('delivery-form') as HTMLFormElement).checkValidity(),
          focusedInvalid: focused?.getAttribute('aria-invalid'),
          message: picker.shadowRoot!.textContent!.replace(/\s+/g, ' '),
        };
      });
      assert.equal(state.focusedInvalid, 'true', 'focus on the first missing field');
      assert.match(state.message, /请选择|请填写/, 'what is missing, in words');
      assert.equal(state.output, '', 'nothing confirmed');
      assert.equal(state.valid, false, 'the form is invalid while the required picker is empty');
      assert.equal(state.url, '/', 'no navigation');
    });
  });
});
