// <yw-form-renderer> benchmark (not a test): a 500-field schema in headless
// Chromium — the first render, and the work each keystroke causes while the
// applicant types — against the reference server (in this process, over
// in-memory PGlite; not signed in, so drafts stay on the device).
//
//   npm run build   (the CDN bundle, packages/elements/dist/cdn/yiwang.min.js)
//   node --conditions=yiwang-source bench/form-render.ts [fields=500] [keys=40]
//
// Text is typed with `page.keyboard.type`, 30 ms apart (Chinese characters
// arrive as committed text, as after an IME, each with its `input` event). A
// keystroke is timed in the page from its `input` event (a capture listener on
// window, before the element's own): `script` until the element's work is done
// — its listener, the contract's checks, lit's re-render in the microtasks
// (\`updateComplete\`) — and `frame` until the next animation frame (the
// browser's style, layout and paint of the change included). Long tasks
// (> 50 ms, the PerformanceObserver's definition) during the typing are counted.
//
// Cases: a plain text field (the renderer does not re-render for it); a field
// with a problem shown (each keystroke re-checks it with the contract and
// re-renders the step); a text area with its character count (re-renders);
// a field a condition reads (re-renders, re-evaluates every condition); and
// "下一步" on the 500-field step (whole-step validation and the error summary).
import { Hono } from 'hono';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import type { FormField, FormSchema } from '@yiwang/contract';
import { launchChromium, serveApp } from '@yiwang/test/helpers/browser-harness';
import { createTestApp } from '@yiwang/test/helpers/test-server';
import { percentile } from './stats.ts';

const FIELDS = Number(process.argv[2] ?? 500);
const KEYS = Number(process.argv[3] ?? 40);
const KEY_DELAY_MS = 30;
const ROOT = join(import.meta.dirname, '..');
const BUNDLE = join(ROOT, 'packages', 'elements', 'dist', 'cdn', 'yiwang.min.js');
if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`npm run build\` first`);

/** `count` fields of every entry type, in `steps` steps of sections of 50; some conditional on `f0`. */
function schema(count: number, steps: number): FormSchema {
  const opts = [
    { value: 'a', label: '选项甲' },
    { value: 'b', label: '选项乙' },
    { value: 'c', label: '选项丙' },
  ];
  const make = (i: number): FormField => {
    const base = { name: `f${i}`, label: `第 ${i + 1} 项`, required: i % 3 === 0, hint: i % 7 === 0 ? '请按证件上的内容填写' : undefined };
    const conditional = i % 25 === 24 ? { visibleWhen: { field: 'f1', op: 'neq' as const, value: 'hide' } } : {};
    switch (i % 10) {
      case 0:
        return { ...base, type: 'textarea', maxLength: 500 };
      case 2:
        return { ...base, ...conditional, type: 'number', min: 0, max: 100000, unit: '万元' };
      case 3:
        return { ...base, ...conditional, type: 'select', options: opts };
      case 4:
        return { ...base, ...conditional, type: 'radio', options: opts };
      case 5:
        return { ...base, ...conditional, type: 'checkbox', options: opts };
      case 6:
        return { ...base, ...conditional, type: 'idCard' };
      case 7:
        return { ...base, ...conditional, type: 'mobile' };
      case 8:
        return { ...base, ...conditional, type: 'date' };
      case 9:
        return { ...base, ...conditional, type: 'email' };
      default:
        return { ...base, ...conditional, type: 'text', maxLength: 50 };
    }
  };
  const fields = Array.from({ length: count }, (_, i) => make(i));
  const perStep = Math.ceil(count / steps);
  return {
    id: 'form-bench',
    itemId: 'bench',
    title: `${count} 项的表单`,
    version: 1,
    delivery: { express: false, pickup: true },
    offlineAllowed: false,
    steps: Array.from({ length: steps }, (_, s) => {
      const mine = fields.slice(s * perStep, (s + 1) * perStep);
      return {
        id: `step-${s}`,
        title: `第 ${s + 1} 部分`,
        sections: Array.from({ length: Math.ceil(mine.length / 50) }, (_, n) => ({
          id: `s${s}-${n}`,
          title: `第 ${n + 1} 节`,
          fields: mine.slice(n * 50, n * 50 + 50),
        })),
      };
    }),
  };
}

// --- the reference server and the page --------------------------------------------
const { app: api, db } = await createTestApp();
const PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>form-render bench</title>
<script src="/cdn/yiwang.min.js"></script></head>
<body><yw-config api-base="/api/v1" id="config"></yw-config></body></html>`;
const site = new Hono();
site.all('/api/*', (c) => api.fetch(c.req.raw));
site.get('/cdn/yiwang.min.js', (c) => c.body(readFileSync(BUNDLE, 'utf8'), 200, { 'Content-Type': 'text/javascript' }));
site.get('/', (c) => c.html(PAGE));
const { origin, close: closeServer } = await serveApp(site.fetch);

const browser = await launchChromium();

interface Render {
  /** Element created → the form is in the DOM (its first lit update done). */
  rendered: number;
  /** … → the next animation frame (style, layout, paint). */
  painted: number;
  controls: number;
}

/** Mounts the element with `schema` and times its first render. */
async function mount(page: Page, form: FormSchema): Promise<Render> {
  return page.evaluate(async (form: FormSchema) => {
    document.querySelectorAll('yw-form-renderer').forEach((e) => e.remove());
    localStorage.clear();
    const config = document.getElementById('config')!;
    const t0 = performance.now();
    const el = document.createElement('yw-form-renderer') as HTMLElement & {
      schema: unknown;
      updateComplete: Promise<unknown>;
      settled: boolean;
    };
    el.schema = form;
    config.append(el);
    while (el.shadowRoot?.querySelector<HTMLElement>('.yw-state')?.dataset.state !== 'complete') await el.updateComplete;
    const rendered = performance.now() - t0;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const painted = performance.now() - t0;
    while (!el.settled) await new Promise((resolve) => setTimeout(resolve, 10));
    return { rendered, painted, controls: el.shadowRoot!.querySelectorAll('input, select, textarea').length };
  }, form);
}

interface Keys {
  work: number[];
  frame: number[];
  longTasks: number;
}

/** Types `KEYS` characters into the control `#id` and times each keystroke. */
async function typeInto(page: Page, id: string, prepare?: string): Promise<Keys> {
  await page.evaluate(
    (id: string, prepare: string | undefined) => {
      const w = window as unknown as Record<string, unknown>;
      const root = document.querySelector('yw-form-renderer')!.shadowRoot!;
      const input = root.getElementById(id) as HTMLInputElement;
      if (prepare === 'error') {
        // A value with a problem, left: the problem is shown, and each keystroke re-checks it.
        input.value = '1';
        input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }
      w.work = [];
      w.frame = [];
      w.longTasks = 0;
      const observer = new PerformanceObserver((list) => ((w.longTasks as number) += list.getEntries().length));
      observer.observe({ entryTypes: ['longtask'] });
      w.observer = observer;
      const el = document.querySelector('yw-form-renderer') as HTMLElement & { updateComplete: Promise<unknown> };
      let t0 = 0;
      w.onKey = () => (t0 = performance.now());
      window.addEventListener('input', w.onKey as EventListener, true);
      // After the element's own listener (on the form inside its shadow root).
      w.onInput = async () => {
        const start = t0;
        requestAnimationFrame(() => (w.frame as number[]).push(performance.now() - start));
        await Promise.resolve();
        await el.updateComplete;
        (w.work as number[]).push(performance.now() - start);
      };
      window.addEventListener('input', w.onInput as EventListener);
    },
    id,
    prepare,
  );
  const handle = await page.evaluateHandle((id: string) => document.querySelector('yw-form-renderer')!.shadowRoot!.getElementById(id)!, id);
  await (handle as unknown as { focus(): Promise<void> }).focus();
  await page.keyboard.press('End');
  await page.keyboard.type('新乡经济技术开发区张记面馆人民路十二号新乡经济技术开发区'.repeat(3).slice(0, KEYS), { delay: KEY_DELAY_MS });
  await new Promise((resolve) => setTimeout(resolve, 200));
  return page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    window.removeEventListener('input', w.onKey as EventListener, true);
    window.removeEventListener('input', w.onInput as EventListener);
    (w.observer as PerformanceObserver).disconnect();
    return { work: w.work as number[], frame: w.frame as number[], longTasks: w.longTasks as number };
  });
}

/** Times "下一步" on the step: validation of every field and the error summary. */
async function nextStep(page: Page): Promise<{ validate: number; rendered: number; problems: number }> {
  return page.evaluate(async () => {
    const el = document.querySelector('yw-form-renderer') as HTMLElement & { updateComplete: Promise<unknown>; checkValidity(): boolean };
    const t0 = performance.now();
    el.checkValidity();
    const validate = performance.now() - t0;
    const t1 = performance.now();
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="next-button"]')!.click();
    while (!el.shadowRoot!.querySelector('[part~="error-summary"]')) await el.updateComplete;
    return { validate, rendered: performance.now() - t1, problems: el.shadowRoot!.querySelectorAll('[part~="error-summary"] li').length };
  });
}

const ms = (v: number) => v.toFixed(1).padStart(8);

try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1000, height: 900 });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(origin, { waitUntil: 'load' });

  console.log(`<yw-form-renderer>, ${FIELDS}-field schema, headless Chromium, CDN bundle (minified, lit production build)`);
  console.log(`${KEYS} real keystrokes per case, ${KEY_DELAY_MS} ms apart; ms\n`);

  // Warm-up: compile the element's paths once.
  await mount(page, schema(50, 1));
  await typeInto(page, 'f-f1');

  console.log('first render                     rendered   painted  controls');
  for (const steps of [1, 5]) {
    const runs: Render[] = [];
    for (let i = 0; i < 5; i++) runs.push(await mount(page, schema(FIELDS, steps)));
    const label = steps === 1 ? `${FIELDS} fields on one step` : `${FIELDS} fields in ${steps} steps`;
    console.log(
      `${label.padEnd(31)}${ms(
        percentile(
          runs.map((r) => r.rendered),
          50,
        ),
      )}  ${ms(
        percentile(
          runs.map((r) => r.painted),
          50,
        ),
      )}  ${String(runs[0]!.controls).padStart(8)}`,
    );
  }

  console.log(`\nper keystroke (${FIELDS} fields on one step) script p50     p95     max   frame p50     p95  long tasks`);
  const cases: Array<[string, string, string?]> = [
    ['plain text field', 'f-f11'],
    ['field with a problem shown', 'f-f17', 'error'],
    ['text area with a count', 'f-f10'],
    ['field a condition reads', 'f-f1'],
  ];
  for (const [label, id, prepare] of cases) {
    await mount(page, schema(FIELDS, 1));
    const keys = await typeInto(page, id, prepare);
    console.log(
      `${label.padEnd(38)}${ms(percentile(keys.work, 50))}${ms(percentile(keys.work, 95))}${ms(Math.max(...keys.work))}  ${ms(percentile(keys.frame, 50))}${ms(percentile(keys.frame, 95))}${String(keys.longTasks).padStart(12)}`,
    );
  }

  await mount(page, schema(FIELDS, 1));
  const step = await nextStep(page);
  console.log(
    `\n下一步 on ${FIELDS} fields: whole-form check ${step.validate.toFixed(1)} ms; check + error summary rendered ${step.rendered.toFixed(1)} ms (${step.problems} problems)`,
  );
  if (errors.length) throw new Error(`page errors: ${errors.join(' | ')}`);
} finally {
  await browser.close();
  await closeServer();
  await db.close();
}
