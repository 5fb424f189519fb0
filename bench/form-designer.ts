// <yw-form-designer> benchmark (not a test): a 200-field form in headless
// Chromium, from the CDN bundle — the script time of one action (add a field,
// move one by Alt+↓, edit a label by typing) until the designer's update is
// done, and the preview's update after an edit (the designer's update, then the
// <yw-form-renderer preview> re-opening the schema and re-rendering).
//
//   npm run build   (packages/elements/dist/cdn/yiwang.min.js)
//   node --conditions=yiwang-source bench/form-designer.ts [fields=200] [rounds=30]
//
// Each figure is the time from the action's start (the key event or the call)
// to `updateComplete` (lit's render, in the same task), measured in the page;
// "frame" adds the next animation frame (style, layout, paint). Target: under
// 16 ms of script per action.
import { Hono } from 'hono';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FormField, FormSchema } from '@yiwang/contract';
import { launchChromium, serveApp } from '@yiwang/test/helpers/browser-harness';
import { percentile } from './stats.ts';

const FIELDS = Number(process.argv[2] ?? 200);
const ROUNDS = Number(process.argv[3] ?? 30);
const ROOT = join(import.meta.dirname, '..');
const BUNDLE = join(ROOT, 'packages', 'elements', 'dist', 'cdn', 'yiwang.min.js');
if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`npm run build\` first`);

/** `count` fields of the common types in sections of 50, every tenth shown on a condition on `f1`. */
function schema(count: number): FormSchema {
  const options = [
    { value: 'a', label: '选项甲' },
    { value: 'b', label: '选项乙' },
  ];
  const make = (i: number): FormField => {
    const base = { name: `f${i}`, label: `第 ${i + 1} 项`, required: i % 3 === 0 };
    const conditional = i > 1 && i % 10 === 9 ? { visibleWhen: { field: 'f1', op: 'eq' as const, value: 'a' } } : {};
    switch (i % 5) {
      case 1:
        return { ...base, ...conditional, type: 'select', options };
      case 2:
        return { ...base, ...conditional, type: 'idCard' };
      case 3:
        return { ...base, ...conditional, type: 'number', min: 0 };
      case 4:
        return { ...base, ...conditional, type: 'date' };
      default:
        return { ...base, ...conditional, type: 'text', maxLength: 50 };
    }
  };
  const fields = Array.from({ length: count }, (_, i) => make(i));
  return {
    id: 'form-bench',
    itemId: 'bench',
    title: `${count} 项的表单`,
    version: 1,
    delivery: { express: false, pickup: true },
    offlineAllowed: false,
    steps: [
      {
        id: 'step-1',
        title: '申请信息',
        sections: Array.from({ length: Math.ceil(count / 50) }, (_, n) => ({
          id: `section-${n}`,
          title: `第 ${n + 1} 节`,
          fields: fields.slice(n * 50, n * 50 + 50),
        })),
      },
    ],
  };
}

const PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>form-designer bench</title>
<script src="/cdn/yiwang.min.js"></script></head>
<body><yw-form-designer></yw-form-designer></body></html>`;
const site = new Hono();
site.get('/cdn/yiwang.min.js', (c) => c.body(readFileSync(BUNDLE, 'utf8'), 200, { 'Content-Type': 'text/javascript' }));
site.get('/', (c) => c.html(PAGE));
const { origin, close } = await serveApp(site.fetch);
const browser = await launchChromium();

try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(origin, { waitUntil: 'load' });
  const result = await page.evaluate(
    async (form: FormSchema, rounds: number) => {
      type Designer = HTMLElement & {
        form: FormSchema;
        updateComplete: Promise<unknown>;
        addField(type: string): string;
        moveField(name: string, delta: number): boolean;
        undo(): boolean;
        shadowRoot: ShadowRoot;
      };
      await customElements.whenDefined('yw-form-designer');
      const el = document.querySelector('yw-form-designer') as Designer;
      const renderer = () => el.shadowRoot.querySelector('yw-form-renderer') as HTMLElement & { updateComplete: Promise<unknown> };
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      let t0 = performance.now();
      el.form = form;
      await el.updateComplete;
      await renderer().updateComplete;
      const firstRender = performance.now() - t0;
      await frame();

      const times: Record<string, number[]> = { add: [], move: [], edit: [], previewAfterEdit: [], frameAfterEdit: [] };
      // Select a field in the middle, as a designer at work would have.
      (el.shadowRoot.querySelector('[data-field="f100"]') as HTMLElement).click();
      await el.updateComplete;
      await renderer().updateComplete;
      await frame();
      for (let i = 0; i < rounds; i++) {
        // Add after the selected field (and undo, to keep 200).
        t0 = performance.now();
        el.addField('text');
        await el.updateComplete;
        times.add!.push(performance.now() - t0);
        await renderer().updateComplete;
        await frame();
        el.undo();
        await el.updateComplete;
        await renderer().updateComplete;
        (el.shadowRoot.querySelector('[data-field="f100"]') as HTMLElement).click();
        await el.updateComplete;
        await frame();

        // Alt+↓ on the selected row: the key event through the element's own handler.
        const row = el.shadowRoot.querySelector('[data-field="f100"]') as HTMLElement;
        t0 = performance.now();
        row.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', altKey: true, bubbles: true, composed: true }));
        await el.updateComplete;
        times.move!.push(performance.now() - t0);
        await renderer().updateComplete;
        await frame();
        el.undo();
        await el.updateComplete;
        await renderer().updateComplete;
        await frame();

        // Typing one character into the label: the designer, then the preview.
        const label = el.shadowRoot.querySelector('#prop-label') as HTMLInputElement;
        label.value += '字';
        t0 = performance.now();
        label.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
        await el.updateComplete;
        times.edit!.push(performance.now() - t0);
        await renderer().updateComplete;
        times.previewAfterEdit!.push(performance.now() - t0);
        await frame();
        times.frameAfterEdit!.push(performance.now() - t0);
      }
      return { firstRender, times };
    },
    schema(FIELDS),
    ROUNDS,
  );
  const stats = (xs: number[]) => {
    return `median ${percentile(xs, 50).toFixed(1)} ms, p95 ${percentile(xs, 95).toFixed(1)} ms, max ${Math.max(...xs).toFixed(1)} ms`;
  };
  console.log(`<yw-form-designer>, ${FIELDS} fields, ${ROUNDS} rounds (headless Chromium, CDN bundle)`);
  console.log(`first render (designer + preview): ${result.firstRender.toFixed(1)} ms`);
  console.log(`add a field (script):              ${stats(result.times.add!)}`);
  console.log(`move a field, Alt+↓ (script):      ${stats(result.times.move!)}`);
  console.log(`edit a label, one key (script):    ${stats(result.times.edit!)}`);
  console.log(`… preview updated after the edit:  ${stats(result.times.previewAfterEdit!)}`);
  console.log(`… next frame after the edit:       ${stats(result.times.frameAfterEdit!)}`);
} finally {
  await browser.close();
  await close();
}
