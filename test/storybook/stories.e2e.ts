// Every story of the built Storybook (storybook-static, `npm run build-storybook`)
// in the machine's Chromium: it must reach the state its name promises against
// the mock API, with no uncaught error and no axe violation (WCAG 2.1 AA). A
// story that builds but breaks at run time fails here.
//
// Speed: a page loads iframe.html once and then switches stories through the
// preview's channel (`setCurrentStory`, as the manager does), so the mock API
// (PGlite + msw's service worker, started once per page by .storybook/mock.ts) is
// built once per page rather than once per story. Two pages work through the
// stories side by side. Between stories the page is put back as a fresh load
// would have it (localStorage, scroll, the body's background, the viewport);
// Storybook itself recomputes the globals (user globals + the story's own),
// msw-storybook-addon resets `parameters.msw` and the preview's loader resets
// the mock's faults, rate limits and saved drafts and the elements' storage
// (after the previous story's teardown, so its last draft save is gone too).
// After a failure the page is thrown away, so one broken story cannot poison
// the ones after it.
//
// Visual regression (visual.ts): every story is screenshotted as it stands (its
// own globals, desktop width or its pinned viewport) and compared with its
// baseline; the first story of each element is also shown in the other seven
// variants of zh-CN / en × normal / elder × desktop / phone, switched through
// the globals on the same page (one navigation per story). Stories are dealt
// to the pages by their index, so each page shows the same stories in the same
// order on every run, and what one story leaves in the mock (a submitted
// application) is the same for the ones after it.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { createRequire } from 'node:module';
import { launchChromium } from '../helpers/browser-harness.ts';
import { baselineName, compareWithBaseline, prepareDeterministicPage, restartClockAndChance, screenshotStory } from './visual.ts';
import { LOADER, cmsSnippet } from '../../packages/elements/scripts/cms-snippet.ts';
import { BLUE_DEPARTMENT, themeCss } from '../../stories/theme.ts';
import type { Browser, Page, Viewport } from 'puppeteer-core';

const ROOT = join(import.meta.dirname, '..', '..', 'storybook-static');
const ELEMENTS = join(import.meta.dirname, '..', '..', 'packages', 'elements');
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

/** The state each story shows (by export name); `complete` when not listed. */
const EXPECTED: Record<string, string> = {
  Loading: 'pending',
  Empty: 'empty',
  ServerError: 'error',
  RateLimited: 'error',
  NetworkError: 'error',
  ContractError: 'error',
};

/** What else a story's element must show (attributes set from the story's globals). */
const HOST_ATTRIBUTES: Record<string, Record<string, string>> = {
  Elder: { 'data-yw-elder': '' },
  NarrowPhone: { 'data-yw-elder': '' },
  English: { lang: 'en' },
  Dark: { 'data-yw-theme': 'dark' },
};
/** The toolbar's viewport lives in the manager; the iframe gets the size here. */
const VIEWPORTS: Record<string, Viewport> = { NarrowPhone: { width: 360, height: 740 } };
const DEFAULT_VIEWPORT: Viewport = { width: 1000, height: 800 };
const PHONE_VIEWPORT: Viewport = { width: 360, height: 740 };

/** The variants the first story of each element is screenshotted in (the first is how every story is shown). */
const VARIANTS = (['zh-CN', 'en'] as const).flatMap((locale) =>
  (['off', 'on'] as const).flatMap((elder) =>
    (['desktop', 'phone'] as const).map((width) => ({
      name: `${locale}-${elder === 'on' ? 'elder' : 'normal'}-${width}`,
      globals: { locale, elder },
      viewport: width === 'phone' ? PHONE_VIEWPORT : DEFAULT_VIEWPORT,
    })),
  ),
);

interface IndexEntry {
  id: string;
  type: string;
  exportName?: string;
  title: string;
  tags?: string[];
}

/**
 * The element a story shows: the last segment of its title (`Elements/yw-progress-tracker`);
 * <yw-config>'s stories show <yw-catalog-stats>.
 */
function tagOf(entry: IndexEntry): string {
  const tag = entry.title.split('/').pop() ?? '';
  return tag.startsWith('yw-') && tag !== 'yw-config' ? tag : 'yw-catalog-stats';
}

/** A state a story declares with a `state:<state>` tag, for states its name does not tell (`WrongCode`: `state:error`). */
const declaredState = (entry: IndexEntry) => entry.tags?.find((t) => t.startsWith('state:'))?.slice('state:'.length);

const entries: IndexEntry[] = existsSync(join(ROOT, 'index.json'))
  ? Object.values((JSON.parse(readFileSync(join(ROOT, 'index.json'), 'utf8')) as { entries: Record<string, IndexEntry> }).entries).filter(
      (e) => e.type === 'story',
    )
  : [];

/** Pages working side by side, each through its share of the stories (the machine has two cores). */
const PAGES = 2;

/** The first story of each element (its default state), shown in every variant. */
const representative = new Set(
  entries.filter((e, i) => e.title.startsWith('Elements/') && entries.findIndex((f) => f.title === e.title) === i).map((e) => e.id),
);
/**
 * Globals of a page's first load: addon-a11y's own axe run after each story is
 * switched off (its results are not looked at here; this test runs axe itself).
 */
const URL_GLOBALS = 'a11y.manual:!true';
/**
 * Limits per story: the first story of a page starts the mock (PGlite), later ones only switch.
 * `YIWANG_TEST_TIMEOUT_SCALE=3` triples them on a machine busy with other work.
 */
const SCALE = Number(process.env.YIWANG_TEST_TIMEOUT_SCALE) || 1;
const FIRST_RENDER_MS = 60_000 * SCALE;
const SWITCH_RENDER_MS = 30_000 * SCALE;
const STATE_MS = 30_000 * SCALE;
const STORY_MS = 80_000 * SCALE;
/** A representative story's seven more variants. */
const VARIANTS_MS = 120_000 * SCALE;

/** The preview's channel events (storybook/internal/core-events) that end a story's render. */
const FINISHED = 'storyFinished';
const FAILED = ['storyErrored', 'storyThrewException', 'playFunctionThrewException', 'storyMissing'];

interface RenderEvent {
  type: string;
  args: unknown[];
}
interface PreviewWindow {
  __ywEvents: RenderEvent[];
  __STORYBOOK_ADDONS_CHANNEL__?: {
    on(type: string, listener: (...args: unknown[]) => void): void;
    emit(type: string, ...args: unknown[]): void;
  };
}

/**
 * Runs in the page before Storybook's scripts: keeps a log of the channel's render
 * events (the preview's channel is created later and assigned to this global).
 */
function recordRenderEvents(types: string[]): void {
  const w = window as unknown as PreviewWindow;
  w.__ywEvents = [];
  let channel: PreviewWindow['__STORYBOOK_ADDONS_CHANNEL__'];
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value: NonNullable<PreviewWindow['__STORYBOOK_ADDONS_CHANNEL__']>) {
      channel = value;
      for (const type of types) {
        value.on(type, (...args: unknown[]) => {
          let copy: unknown[];
          try {
            copy = JSON.parse(JSON.stringify(args)) as unknown[];
          } catch {
            copy = args.map(String);
          }
          w.__ywEvents.push({ type, args: copy });
        });
      }
    },
  });
}

/** One story's run on a page: the page errors raised while it was the story shown. */
interface Run {
  id: string;
  errors: string[];
  /** Its checks are over (errors raised now are reported at the end of the run, under its id). */
  done: boolean;
  /** It failed or timed out and its page was thrown away: whatever of it is still running must not touch the slot. */
  cancelled: boolean;
}

/** A page and what it shows. */
interface Slot {
  page: Page | undefined;
  viewport: Viewport;
  run: Run | undefined;
  /** The stories this page showed before, for messages. */
  history: string[];
  busy: boolean;
  /** Stories waiting for this page, in index order. */
  waiting: Array<() => void>;
}

const sameViewport = (a: Viewport, b: Viewport) => a.width === b.width && a.height === b.height;

describe('built Storybook: every story renders its state, accessibly, as it looked', { concurrency: PAGES * 2 }, () => {
  let server: Server;
  let origin: string;
  let browser: Browser;
  const slots: Slot[] = Array.from({ length: PAGES }, () => ({
    page: undefined,
    viewport: DEFAULT_VIEWPORT,
    run: undefined,
    history: [],
    busy: false,
    waiting: [],
  }));
  /** Uncaught errors raised while a story was still shown but after it had passed its checks (failed in `after`). */
  const late: string[] = [];

  /** The page of the story with this index (always the same one), once it is free. */
  const acquire = (index: number) =>
    new Promise<Slot>((resolve) => {
      const slot = slots[index % PAGES]!;
      if (!slot.busy) {
        slot.busy = true;
        resolve(slot);
      } else slot.waiting.push(() => resolve(slot));
    });
  const release = (slot: Slot) => {
    const next = slot.waiting.shift();
    if (next) next();
    else slot.busy = false;
  };

  /** Throws the page away: the next story on this slot loads iframe.html afresh. */
  const discard = (slot: Slot) => {
    if (slot.run) slot.run.cancelled = true;
    const page = slot.page;
    slot.page = undefined;
    slot.run = undefined;
    slot.history = [];
    // Closing its context also ends anything still waiting on the page.
    void page
      ?.browserContext()
      .close()
      .catch(() => {});
  };

  /** A fresh page (in its own browser context: its own localStorage) showing the story. */
  async function open(slot: Slot, run: Run, viewport: Viewport): Promise<Page> {
    const context = await browser.createBrowserContext();
    const page = await context.newPage().catch(async (error: unknown) => {
      await context.close();
      throw error;
    });
    if (run.cancelled) {
      await context.close();
      throw new Error('cancelled');
    }
    slot.page = page;
    page.on('pageerror', (error) => {
      if (slot.page !== page || !slot.run) return;
      if (slot.run.done) late.push(`${slot.run.id}: ${String(error)}`);
      else slot.run.errors.push(String(error));
    });
    await page.evaluateOnNewDocument(recordRenderEvents, [FINISHED, ...FAILED]);
    await prepareDeterministicPage(page);
    await page.setViewport(viewport);
    if (slot.page === page) slot.viewport = viewport;
    await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(run.id)}&viewMode=story&globals=${URL_GLOBALS}`, { waitUntil: 'load' });
    return page;
  }

  /**
   * Shows the story on the slot's page: through the preview's channel when the
   * page is up (the mock keeps running), else by loading iframe.html; resolves
   * once Storybook has finished rendering it (loaders, render, play function).
   */
  async function show(slot: Slot, run: Run, viewport: Viewport): Promise<Page> {
    const id = run.id;
    let page = slot.page;
    if (page) {
      if (!sameViewport(slot.viewport, viewport)) {
        await page.setViewport(viewport);
        if (slot.page === page) slot.viewport = viewport;
      }
      // As a fresh load would have it: no localStorage (recent searches, drafts), at the top, the body's own background.
      await restartClockAndChance(page, id);
      await page.evaluate((id: string) => {
        const w = window as unknown as PreviewWindow;
        localStorage.clear();
        window.scrollTo(0, 0);
        document.body.style.background = '';
        w.__ywEvents = [];
        w.__STORYBOOK_ADDONS_CHANNEL__!.emit('setCurrentStory', { storyId: id, viewMode: 'story' });
      }, id);
    } else {
      page = await open(slot, run, viewport);
    }
    const timeout = slot.history.length === 0 ? FIRST_RENDER_MS : SWITCH_RENDER_MS;
    await page
      .waitForFunction(
        (id: string, finished: string, failed: string[]) =>
          (window as unknown as PreviewWindow).__ywEvents?.some(
            (e) => failed.includes(e.type) || (e.type === finished && (e.args[0] as { storyId?: string } | undefined)?.storyId === id),
          ),
        { timeout },
        id,
        FINISHED,
        FAILED,
      )
      .catch((error: unknown) => {
        throw new Error(`Storybook did not finish rendering the story in ${timeout / 1000} s: ${String(error)}`);
      });
    const failures = (await page.evaluate(
      (failed: string[]) => (window as unknown as PreviewWindow).__ywEvents.filter((e) => failed.includes(e.type)),
      FAILED,
    )) as RenderEvent[];
    assert.deepEqual(failures, [], 'Storybook reported the story as broken');
    return page;
  }

  before(async () => {
    assert.ok(entries.length > 0, `${ROOT}/index.json has no stories: run \`npm run build-storybook\` first`);
    server = createServer((req, res) => {
      const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
      let file = join(ROOT, path);
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!file.startsWith(ROOT) || !existsSync(file)) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(readFileSync(file));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    assert.deepEqual(late, [], 'uncaught errors raised while a story was shown, after it had passed its checks (story id: error)');
  });

  /** Waits until every `tag` in the story root shows `state`. */
  async function waitForState(page: Page, run: Run, state: string, tag: string): Promise<void> {
    await page
      .waitForFunction(
        (state: string, tag: string) => {
          const elements = [...document.querySelectorAll(`#storybook-root ${tag}`)];
          return (
            elements.length > 0 && elements.every((el) => el.shadowRoot?.querySelector<HTMLElement>('.yw-state')?.dataset.state === state)
          );
        },
        { timeout: STATE_MS },
        state,
        tag,
      )
      .catch(async (error: unknown) => {
        const seen = await page.evaluate(
          (tag: string) =>
            [...document.querySelectorAll(tag)].map((el) => el.shadowRoot?.querySelector<HTMLElement>('.yw-state')?.dataset.state),
          tag,
        );
        throw new Error(`states ${JSON.stringify(seen)}; errors: ${run.errors.join(' | ')}; ${String(error)}`);
      });
  }

  /** Sets the toolbar's globals on the page and waits for Storybook to render the story again. */
  async function switchGlobals(page: Page, id: string, globals: Record<string, string>): Promise<void> {
    await page.evaluate((globals: Record<string, string>) => {
      const w = window as unknown as PreviewWindow;
      w.__ywEvents = [];
      w.__STORYBOOK_ADDONS_CHANNEL__!.emit('updateGlobals', { globals });
    }, globals);
    await page.waitForFunction(
      (id: string, finished: string) =>
        (window as unknown as PreviewWindow).__ywEvents?.some(
          (e) => e.type === finished && (e.args[0] as { storyId?: string } | undefined)?.storyId === id,
        ),
      { timeout: SWITCH_RENDER_MS },
      id,
      FINISHED,
    );
  }

  entries.forEach((entry, index) => {
    const expected = declaredState(entry) ?? EXPECTED[entry.exportName ?? ''] ?? 'complete';
    const tag = tagOf(entry);
    const viewport = VIEWPORTS[entry.exportName ?? ''] ?? DEFAULT_VIEWPORT;
    const variants = representative.has(entry.id) ? VARIANTS.slice(1) : [];
    const limit = STORY_MS + (variants.length ? VARIANTS_MS : 0);
    // Twice the limit: a story may wait for the one before it on its page.
    it(`${entry.title} / ${entry.exportName}: ${expected}`, { timeout: 2 * limit + 10_000 }, async (t) => {
      const slot = await acquire(index);
      const before = slot.history.at(-1);
      let changed: string[] = [];
      let step = 'showing the story';
      let timer: NodeJS.Timeout | undefined;
      try {
        const run: Run = { id: entry.id, errors: [], done: false, cancelled: false };
        slot.run = run;
        const check = async () => {
          const page = await show(slot, run, viewport);
          step = `waiting for state "${expected}"`;
          await waitForState(page, run, expected, tag);
          assert.deepEqual(run.errors, []);
          step = 'checking attributes';
          const wanted = HOST_ATTRIBUTES[entry.exportName ?? ''] ?? {};
          const attributes = (await page.evaluate(
            (names: string[], tag: string) => names.map((name) => document.querySelector(`#storybook-root ${tag}`)!.getAttribute(name)),
            Object.keys(wanted),
            tag,
          )) as Array<string | null>;
          assert.deepEqual(attributes, Object.values(wanted), 'attributes from the story globals');
          if (VIEWPORTS[entry.exportName ?? '']) {
            assert.ok(
              ((await page.evaluate('document.documentElement.scrollWidth')) as number) <= viewport.width,
              'no horizontal scrolling',
            );
          }
          step = 'running axe';
          if (!(await page.evaluate('typeof window.axe === "object"'))) await page.addScriptTag({ path: AXE });
          const violations = (await page.evaluate(async () => {
            type Axe = {
              run(context: Element, options: object): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }>;
            };
            const axe = (window as unknown as { axe: Axe }).axe;
            const run = () =>
              axe.run(document.querySelector('#storybook-root')!, {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
              });
            // Should addon-a11y run its own axe after all (it is switched off here), wait for it: axe allows one run at a time.
            let result: Awaited<ReturnType<Axe['run']>> | undefined;
            for (let attempt = 0; !result; attempt++) {
              try {
                result = await run();
              } catch (error) {
                if (attempt > 50 || !/already running/.test(String(error))) throw error;
                await new Promise((resolve) => setTimeout(resolve, 200));
              }
            }
            return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
          })) as string[];
          assert.deepEqual(violations, [], 'axe violations');
          // Errors raised up to here (the last round trip) are this story's.
          assert.deepEqual(run.errors, [], 'uncaught errors while checking');
          step = 'taking screenshots';
          const shots: Array<[string, Buffer]> = entry.tags?.includes('visual:skip')
            ? []
            : [[baselineName(entry.id), await screenshotStory(page)]];
          for (const variant of variants) {
            step = `showing variant ${variant.name}`;
            await page.setViewport(variant.viewport);
            slot.viewport = variant.viewport;
            await switchGlobals(page, entry.id, variant.globals);
            await waitForState(page, run, expected, tag);
            shots.push([baselineName(entry.id, variant.name), await screenshotStory(page)]);
          }
          // Back to the toolbar's defaults for the next story on this page.
          if (variants.length) await switchGlobals(page, entry.id, VARIANTS[0]!.globals);
          assert.deepEqual(run.errors, [], 'uncaught errors while taking screenshots');
          if (entry.id === 'handbook-theme-playground--blue-department') {
            step = 'checking the playground';
            const shown = (await page.evaluate(() => {
              const stats = document.querySelector('#storybook-root yw-catalog-stats')!;
              const [bar, fill] = [
                stats.shadowRoot!.querySelector('[part~="bar"]')!,
                stats.shadowRoot!.querySelector('[part~="bar-fill"]')!,
              ];
              return {
                css: document.querySelector('[data-playground-css]')!.textContent,
                barFill: getComputedStyle(fill).backgroundColor,
                barRadius: getComputedStyle(bar).borderTopLeftRadius,
              };
            })) as { css: string; barFill: string; barRadius: string };
            // test/csp/demo-site.e2e.ts pastes the same CSS into the demo site and finds the same values there.
            assert.deepEqual(
              shown,
              { css: themeCss(BLUE_DEPARTMENT), barFill: 'rgb(11, 92, 173)', barRadius: '0px' },
              'the playground shows its CSS, applied',
            );
          }
          run.done = true;
          return shots.map(([name, png]) => ({ name, ...compareWithBaseline(name, png) }));
        };
        const results = await Promise.race([
          check(),
          new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new Error(`the story took longer than ${limit / 1000} s (while ${step})`)), limit);
          }),
        ]);
        slot.history.push(entry.id);
        for (const { name, written } of results) if (written) t.diagnostic(`baseline written: ${name}.png`);
        // A changed rendering keeps the page: the stories after it see the mock as on every run.
        changed = results.flatMap((r) => (r.changed ? [r.changed] : []));
      } catch (error) {
        discard(slot);
        if (error instanceof Error)
          error.message += `\n(${before ? `shown after ${before} on the same page` : 'on a freshly loaded page'}; the page is reloaded for the next story)`;
        throw error;
      } finally {
        clearTimeout(timer);
        release(slot);
      }
      assert.deepEqual(changed, [], 'the rendering changed (`npm run test:visual:update` takes it as the new baseline when meant)');
    });
  });

  it("the handbook's page of <yw-catalog-stats> gives the elements README's snippet", { timeout: 2 * STORY_MS }, async () => {
    const slot = await acquire(entries.length);
    const context = await browser.createBrowserContext();
    try {
      const page = await context.newPage();
      await page.goto(`${origin}/iframe.html?id=elements-yw-catalog-stats--docs&viewMode=docs&globals=${URL_GLOBALS}`, {
        waitUntil: 'load',
      });
      const snippet = await page.waitForFunction(() => document.querySelector('[data-cms-snippet] pre')?.textContent?.trim(), {
        timeout: STORY_MS,
      });
      const { version } = JSON.parse(readFileSync(join(ELEMENTS, 'package.json'), 'utf8')) as { version: string };
      const integrityFile = join(ELEMENTS, 'dist', 'cdn', 'integrity.json');
      const integrity = existsSync(integrityFile)
        ? (JSON.parse(readFileSync(integrityFile, 'utf8')) as { files: Record<string, string> }).files[LOADER]
        : undefined;
      // test/readme.test.ts checks the README against the same function (without the hash, which changes with every build).
      assert.equal(await snippet.jsonValue(), cmsSnippet({ version, integrity, tag: 'yw-catalog-stats' }));
    } finally {
      await context.close();
      release(slot);
    }
  });

  it(
    "the handbook's SDK page runs the README's example against the mock; its server page lists the variables",
    { timeout: 2 * STORY_MS },
    async () => {
      const slot = await acquire(entries.length + 1);
      const context = await browser.createBrowserContext();
      try {
        const page = await context.newPage();
        await page.goto(`${origin}/iframe.html?id=handbook-sdk--docs&viewMode=docs&globals=${URL_GLOBALS}`, { waitUntil: 'load' });
        await page.waitForFunction(
          () => ['Finished.', 'Failed.'].includes(document.querySelector('[data-sdk-example-status]')?.textContent ?? ''),
          {
            timeout: STORY_MS,
          },
        );
        const output = (await page.evaluate(() => ({
          status: document.querySelector('[data-sdk-example-status]')!.textContent,
          text: document.querySelector('[data-sdk-example-output]')!.textContent,
        }))) as { status: string; text: string };
        assert.equal(output.status, 'Finished.', output.text);
        // What test/readme.test.ts requires of the same code against the reference server.
        assert.match(output.text, /共 \d+ 项/);
        assert.match(output.text, /个体工商户/);
        assert.match(output.text, /404 NOT_FOUND/);
        await page.goto(`${origin}/iframe.html?id=handbook-server--docs&viewMode=docs&globals=${URL_GLOBALS}`, { waitUntil: 'load' });
        const variables = await page.waitForFunction(
          () =>
            [...document.querySelectorAll('#storybook-docs table td:first-child code')].map((code) => code.textContent).join(' ') || null,
          { timeout: STORY_MS },
        );
        assert.match(String(await variables.jsonValue()), /PORT DATABASE_URL YIWANG_DATA_DIR/);
      } finally {
        await context.close();
        release(slot);
      }
    },
  );
});
