// The one-file bundle and `@yiwang/elements/all.js` register every element
// at once: define/all.ts must import each element's define module itself, not
// rely on another element importing it (a define module may load a tag it only
// shows later lazily, and a page that uses that tag alone would then find it
// undefined).
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const DEFINE = join(import.meta.dirname, '..', 'packages', 'elements', 'src', 'define');

test('define/all.ts imports the define module of every element', () => {
  const all = readFileSync(join(DEFINE, 'all.ts'), 'utf8');
  const imported = new Set([...all.matchAll(/^import '\.\/(yw-[a-z-]+)\.ts';$/gm)].map((m) => m[1]));
  const modules = readdirSync(DEFINE)
    .filter((f) => /^yw-[a-z-]+\.ts$/.test(f))
    .map((f) => f.replace(/\.ts$/, ''));
  assert.ok(modules.length >= 10, `found ${modules.length} define modules`);
  assert.deepEqual(
    modules.filter((m) => !imported.has(m)),
    [],
    'every element is registered by all.js',
  );
});
