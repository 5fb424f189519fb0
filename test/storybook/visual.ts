// Visual regression for the Storybook smoke test (stories.e2e.ts): screenshots
// of a story's root in Chromium, compared with the PNG baselines committed in
// test/storybook/baselines/ by pixelmatch. A story whose rendering changed
// fails and leaves `<name>.actual.png` and `<name>.diff.png` (changed pixels in
// red) in test/storybook/.visual-diff/ (git-ignored); when the change is meant,
// `npm run test:visual:update` writes the new baselines to commit.
//
// Determinism (the same pixels on a fresh machine): the page's clock and its
// random numbers are fixed per story (also for the mock server, which runs in
// the page: request ids, file ids, dates), its time zone
// is Asia/Shanghai, motion is reduced and animations, transitions and the
// caret are switched off in the document and every shadow root, and the text
// is set in Noto Sans CJK SC (Debian's fonts-noto-cjk, which .ci/run installs).
// A story whose pixels cannot be the same on every run (one that lists what
// the stories before it left in the mock, in an order set by milliseconds)
// carries the tag `visual:skip`: it is still checked for its state and axe.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import type { Page } from 'puppeteer-core';

export const BASELINES = join(import.meta.dirname, 'baselines');
export const DIFFS = join(import.meta.dirname, '.visual-diff');
/** `npm run test:visual:update`: write the screenshots as the new baselines. */
export const UPDATE = process.env.YIWANG_UPDATE_SCREENSHOTS === '1';

/** 2026-12-01 10:00 in Beijing (a Tuesday, a working day): the clock of every page. */
export const FIXED_NOW = Date.UTC(2026, 11, 1, 2, 0, 0);
export const TIME_ZONE = 'Asia/Shanghai';
/** The font stack of the screenshots: one font every machine gets from fonts-noto-cjk. */
export const SCREENSHOT_FONT = '"Noto Sans CJK SC", sans-serif';

/** Per-channel colour distance pixelmatch tolerates (0–1); anti-aliased pixels are ignored. */
const THRESHOLD = 0.1;
/** Changed pixels a screenshot may have before it counts as changed (sub-pixel text placement). */
const MAX_DIFF_PIXELS = 20;
/** Screenshots are clipped to the story root, at most this tall (keeps baselines small). */
const MAX_HEIGHT = 1000;

/**
 * Runs in the page before any script: a clock that stands at FIXED_NOW and
 * chance (Math.random, crypto.getRandomValues, crypto.randomUUID) from a PRNG
 * seeded with the story id; `__ywRestart(storyId)` reseeds it when the page
 * switches to another story, so a story sees the same ids (request ids, file
 * ids) on every run. The clock does not move: the mock's seed data ("submitted
 * 40 minutes ago") and every date shown are the same however long the page
 * took to start. Timers (setTimeout, performance.now) run as usual.
 */
export function fixClockAndChance(fixedNow: number): void {
  const RealDate = Date;
  let state = 0;
  const restart = (key: string) => {
    state = 2166136261;
    for (let i = 0; i < key.length; i++) state = Math.imul(state ^ key.charCodeAt(i), 16777619);
  };
  // mulberry32
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  class FixedDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(fixedNow);
      else super(...(args as [string]));
    }
    static override now(): number {
      return fixedNow;
    }
  }
  const w = globalThis as unknown as { Date: DateConstructor; __ywRestart: (key: string) => void };
  w.Date = FixedDate as DateConstructor;
  w.__ywRestart = restart;
  Math.random = next;
  crypto.getRandomValues = <T extends ArrayBufferView | null>(array: T): T => {
    if (array) {
      const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
      for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(next() * 256);
    }
    return array;
  };
  crypto.randomUUID = () => {
    const b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6]! & 0x0f) | 0x40;
    b[8] = (b[8]! & 0x3f) | 0x80;
    const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}` as ReturnType<
      Crypto['randomUUID']
    >;
  };
  restart(new URLSearchParams(location.search).get('id') ?? '');
}

/** Puts the page's chance back to where the story starts (see fixClockAndChance). */
export async function restartClockAndChance(page: Page, storyId: string): Promise<void> {
  await page.evaluate((id: string) => (window as unknown as { __ywRestart(key: string): void }).__ywRestart(id), storyId);
}

/** Sets up a fresh page for deterministic screenshots (before it loads anything). */
export async function prepareDeterministicPage(page: Page): Promise<void> {
  await page.emulateTimezone(TIME_ZONE);
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  await page.evaluateOnNewDocument(fixClockAndChance, FIXED_NOW);
}

/**
 * Before a screenshot: Noto for the page and (through the token) for the elements;
 * no animation, transition or caret in the document or any shadow root.
 */
async function freeze(page: Page): Promise<void> {
  await page.evaluate((font: string) => {
    const css = `*,*::before,*::after{animation:none!important;transition:none!important;caret-color:transparent!important}`;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    const fonts = new CSSStyleSheet();
    fonts.replaceSync(`:root{--yw-font-family:${font}}body{font-family:${font}}`);
    const mark = (root: Document | ShadowRoot, sheets: CSSStyleSheet[]) => {
      const marked = root as (Document | ShadowRoot) & { __ywFrozen?: boolean };
      if (marked.__ywFrozen) return;
      marked.__ywFrozen = true;
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets];
    };
    mark(document, [sheet, fonts]);
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) {
          mark(el.shadowRoot, [sheet]);
          walk(el.shadowRoot);
        }
      }
    };
    walk(document);
  }, SCREENSHOT_FONT);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** A PNG of the story root (`#storybook-root`), clipped to MAX_HEIGHT. */
export async function screenshotStory(page: Page): Promise<Buffer> {
  await freeze(page);
  const box = await page.evaluate(() => {
    const root = document.querySelector('#storybook-root')!;
    const rect = root.getBoundingClientRect();
    return { x: rect.left + window.scrollX, y: rect.top + window.scrollY, width: rect.width, height: rect.height };
  });
  const clip = {
    x: Math.floor(box.x),
    y: Math.floor(box.y),
    width: Math.max(1, Math.ceil(box.width)),
    height: Math.max(1, Math.min(MAX_HEIGHT, Math.ceil(box.height))),
  };
  return Buffer.from(await page.screenshot({ clip, captureBeyondViewport: true, type: 'png' }));
}

/** A baseline's file name: the story id and, for the extra variants, the variant. */
export const baselineName = (storyId: string, variant?: string) => (variant ? `${storyId}--${variant}` : storyId);

/**
 * Compares a screenshot with its baseline. Returns a message for a changed
 * rendering (after writing the actual and diff images), null when it matches.
 * Without a baseline (a new story), or when updating, it writes the baseline.
 */
export function compareWithBaseline(name: string, png: Buffer): { changed: string | null; written: boolean } {
  const baseline = join(BASELINES, `${name}.png`);
  if (UPDATE || !existsSync(baseline)) {
    mkdirSync(BASELINES, { recursive: true });
    writeFileSync(baseline, png);
    return { changed: null, written: true };
  }
  const expected = PNG.sync.read(readFileSync(baseline));
  const actual = PNG.sync.read(png);
  const actualFile = join(DIFFS, `${name}.actual.png`);
  const diffFile = join(DIFFS, `${name}.diff.png`);
  rmSync(actualFile, { force: true });
  rmSync(diffFile, { force: true });
  if (expected.width !== actual.width || expected.height !== actual.height) {
    mkdirSync(DIFFS, { recursive: true });
    writeFileSync(actualFile, png);
    return {
      changed: `${name}: size ${actual.width}×${actual.height}, baseline ${expected.width}×${expected.height} (actual: ${actualFile})`,
      written: false,
    };
  }
  const diff = new PNG({ width: actual.width, height: actual.height });
  const pixels = pixelmatch(expected.data, actual.data, diff.data, actual.width, actual.height, { threshold: THRESHOLD });
  if (pixels <= MAX_DIFF_PIXELS) return { changed: null, written: false };
  mkdirSync(DIFFS, { recursive: true });
  writeFileSync(actualFile, png);
  writeFileSync(diffFile, PNG.sync.write(diff));
  return { changed: `${name}: ${pixels} pixels differ from the baseline (diff: ${diffFile})`, written: false };
}
