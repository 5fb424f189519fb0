// Every story of the built Storybook (storybook-static, `npm run build-storybook`)
// in the machine's Chromium: it must reach the state its name promises against
// the mock API, with no uncaught error and no axe violation (WCAG 2.1 AA). A
// story that builds but breaks at run time fails here.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { createRequire } from 'node:module';
import puppeteer from 'puppeteer-core';
import type { Browser } from 'puppeteer-core';

const ROOT = join(import.meta.dirname, '..', '..', 'storybook-static');
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
const VIEWPORTS: Record<string, { width: number; height: number }> = { NarrowPhone: { width: 360, height: 740 } };

interface IndexEntry {
  id: string;
  type: string;
  exportName?: string;
  title: string;
  tags?: string[];
}

/**
 * The element a story shows: the last segment of its title (`Elements/yw-progress-tracker`);
 * <yw-config>'s stories show <yw-catalog-stats>. (Added by issue 7.)
 */
function tagOf(entry: IndexEntry): string {
  const tag = entry.title.split('/').pop() ?? '';
  return tag.startsWith('yw-') && tag !== 'yw-config' ? tag : 'yw-catalog-stats';
}

/** A state a story declares with a `state:<state>` tag, for states its name does not tell (`WrongCode`: `state:error`). */
const declaredState = (entry: IndexEntry) => entry.tags?.find((t) => t.startsWith('state:'))?.slice('state:'.length);

const entries: IndexEntry[] = existsSync(join(ROOT, 'index.json'))
  ? Object.values((JSON.parse(readFileSync(join(ROOT, 'index.json'), 'utf8')) as { entries: Record<string, IndexEntry> }).entries).filter((e) => e.type === 'story')
  : [];

// Two pages at a time: most of a story's time is the mock's PGlite starting.
// No cap on the whole run (it grows with the stories); each story has its own limit.
describe('built Storybook: every story renders its state, accessibly', { concurrency: 2 }, () => {
  let server: Server;
  let origin: string;
  let browser: Browser;

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
    browser = await puppeteer.launch({
      executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    });
  });

  after(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  });

  for (const entry of entries) {
    const expected = declaredState(entry) ?? EXPECTED[entry.exportName ?? ''] ?? 'complete';
    const tag = tagOf(entry);
    it(`${entry.title} / ${entry.exportName}: ${expected}`, { timeout: 90_000 }, async () => {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      try {
        await page.setViewport(VIEWPORTS[entry.exportName ?? ''] ?? { width: 1000, height: 800 });
        await page.goto(`${origin}/iframe.html?id=${entry.id}&viewMode=story`, { waitUntil: 'load' });
        await page
          .waitForFunction(
            (state: string, tag: string) => {
              const elements = [...document.querySelectorAll(`#storybook-root ${tag}`)];
              return elements.length > 0 && elements.every((el) => el.shadowRoot?.querySelector<HTMLElement>('.yw-state')?.dataset.state === state);
            },
            { timeout: 30_000 },
            expected,
            tag,
          )
          .catch(async (error: unknown) => {
            const seen = await page.evaluate(
              (tag: string) => [...document.querySelectorAll(tag)].map((el) => el.shadowRoot?.querySelector<HTMLElement>('.yw-state')?.dataset.state),
              tag,
            );
            throw new Error(`states ${JSON.stringify(seen)}; errors: ${errors.join(' | ')}; ${String(error)}`);
          });
        assert.deepEqual(errors, []);
        const wanted = HOST_ATTRIBUTES[entry.exportName ?? ''] ?? {};
        const attributes = (await page.evaluate(
          (names: string[], tag: string) => names.map((name) => document.querySelector(`#storybook-root ${tag}`)!.getAttribute(name)),
          Object.keys(wanted),
          tag,
        )) as Array<string | null>;
        assert.deepEqual(attributes, Object.values(wanted), 'attributes from the story globals');
        if (VIEWPORTS[entry.exportName ?? '']) {
          assert.ok((await page.evaluate('document.documentElement.scrollWidth')) as number <= VIEWPORTS[entry.exportName ?? '']!.width, 'no horizontal scrolling');
        }
        await page.addScriptTag({ path: AXE });
        const violations = (await page.evaluate(async () => {
          type Axe = { run(context: Element, options: object): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> };
          const axe = (window as unknown as { axe: Axe }).axe;
          const run = () => axe.run(document.querySelector('#storybook-root')!, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
          // addon-a11y runs its own axe after each story; axe allows one run at a time.
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
      } finally {
        await page.close();
      }
    });
  }
});
