// Time and memory of importing the real 广安区 catalog (1,135 items) into a
// fresh in-memory PGlite seeded as the server seeds it:
// node --conditions=yiwang-source bench/catalog-import.ts
import { createTestApp } from '@yiwang/test/helpers/test-server';
import { importFile } from '../packages/server/src/catalog/import/import.ts';

const file = new URL('data/real-catalog-511602.json', import.meta.url).pathname;
const mib = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MiB`;

const { db } = await createTestApp();
const rssBefore = process.memoryUsage().rss;
let peak = rssBefore;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
for (const [label, options] of [
  ['first import (1,135 added)', {}],
  ['re-import, dry run (no change)', { dryRun: true }],
  ['re-import --replace (198 seed items unpublished)', { replace: true }],
] as const) {
  const started = performance.now();
  const result = await importFile(db, file, options);
  if (!result.ok) throw new Error('the real catalog did not validate');
  console.log(`${label}: ${Math.round(performance.now() - started)} ms`);
}
clearInterval(sampler);
console.log(`RSS before the imports ${mib(rssBefore)} (PGlite and the seeded server), peak during them ${mib(peak)}`);
await db.close();
