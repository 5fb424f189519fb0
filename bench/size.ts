// Bundle sizes of @yiwang/elements: for every package entry (each element's
// registering module, the class exports, all.js) the minified and gzip size of
//   own        – the entry's code alone (lit, @lit/*, the SDK, the contract and
//                zod left out: what one more element adds to a page that has them);
//   standalone – the entry with everything it imports (what a page pays that
//                loads only this entry);
// and of the script-tag bundles in packages/elements/dist/cdn (built by `npm run build`).
// Built with the CDN pipeline of rollup.config.mjs (rollup tree-shaking,
// esbuild lowering to the browser baseline, terser), in memory.
//
//   node --conditions=yiwang-source bench/size.ts           prints the table
//   node --conditions=yiwang-source bench/size.ts --check   also fails when a
//                                                           budget of size-budget.json is exceeded
//   … --write-budget                                        writes budgets from this run (+2 %)
import { rollup } from 'rollup';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { cdnElements, onwarn, plugins } from '../rollup.config.mjs';

const ROOT = join(import.meta.dirname, '..');
const PKG = join(ROOT, 'packages', 'elements');
const BUDGET_FILE = join(ROOT, 'size-budget.json');
/** Shared by every element; `own` leaves them out. */
const SHARED = /^(lit|lit-html|lit-element|@lit\/.*|@lit-labs\/.*|@yiwang\/sdk|@yiwang\/contract|zod|ky|react)(\/.*)?$/;
/** Budget headroom written by --write-budget. */
const HEADROOM = 1.02;

interface Size {
  min: number;
  gzip: number;
}
interface Row {
  name: string;
  own?: Size;
  standalone?: Size;
  file?: Size;
}
interface Budget {
  $comment?: string;
  /** gzip bytes per package entry. */
  entries: Record<string, { own: number; standalone: number }>;
  /** gzip bytes per CDN file. */
  cdn: Record<string, number>;
}

const sizeOf = (code: Uint8Array | string): Size => {
  const bytes = typeof code === 'string' ? Buffer.from(code) : code;
  return { min: bytes.byteLength, gzip: gzipSync(bytes, { level: 9 }).byteLength };
};

/** The package's JS entries other than the React wrappers (React is the app's, not ours). */
function entries(): Array<[name: string, file: string]> {
  const exports = JSON.parse(readFileSync(join(PKG, 'package.json'), 'utf8')).exports as Record<string, unknown>;
  return Object.entries(exports)
    .filter(([key, value]) => key.endsWith('.js') && key !== './react.js' && typeof value === 'object' && value && 'yiwang-source' in value)
    .map(([key, value]) => [key.slice(2), join(PKG, (value as Record<string, string>)['yiwang-source']!)] as [string, string])
    .concat([['index (classes only)', join(PKG, 'src', 'index.ts')]]);
}

async function bundle(file: string, external: RegExp | null): Promise<Size> {
  const build = await rollup({ input: file, plugins: plugins(), onwarn, external: external ? (id) => external.test(id) : [] });
  try {
    const { output } = await build.generate({ format: 'es' });
    return sizeOf(output[0].code);
  } finally {
    await build.close();
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const cell = (size?: Size) => (size ? `${kb(size.min).padStart(9)} ${kb(size.gzip).padStart(9)}` : ''.padStart(19));

async function measure(): Promise<Row[]> {
  const rows: Row[] = [];
  for (const [name, file] of entries()) {
    rows.push({ name, own: await bundle(file, SHARED), standalone: await bundle(file, null) });
  }
  // The script-tag bundles: every element, the SDK alone, and one per element.
  const cdn = join(ROOT, 'packages', 'elements', 'dist', 'cdn');
  const names = ['yiwang.min.js', 'yiwang-sdk.min.js', ...cdnElements().map((name) => `${name}.min.js`)];
  for (const name of names) {
    const path = join(cdn, name);
    if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build\` first`);
    rows.push({ name: `cdn/${name}`, file: sizeOf(readFileSync(path)) });
  }
  return rows;
}

function print(rows: Row[]): void {
  console.log(`${'entry'.padEnd(32)} ${'own: min'.padStart(9)} ${'gzip'.padStart(9)}  ${'standalone'.padStart(9)} ${'gzip'.padStart(9)}`);
  for (const row of rows) {
    console.log(
      row.file
        ? `${row.name.padEnd(32)} ${''.padStart(19)}  ${cell(row.file)}`
        : `${row.name.padEnd(32)} ${cell(row.own)}  ${cell(row.standalone)}`,
    );
  }
}

function check(rows: Row[], budget: Budget): string[] {
  const failures: string[] = [];
  const over = (what: string, actual: number, limit: number | undefined) => {
    if (limit === undefined) failures.push(`${what}: no budget in size-budget.json (measured ${actual} B gzip); add one`);
    else if (actual > limit) failures.push(`${what}: ${actual} B gzip exceeds its budget of ${limit} B by ${actual - limit} B`);
  };
  for (const row of rows) {
    if (row.file) over(row.name, row.file.gzip, budget.cdn[row.name.replace(/^cdn\//, '')]);
    else {
      over(`${row.name} (own)`, row.own!.gzip, budget.entries[row.name]?.own);
      over(`${row.name} (standalone)`, row.standalone!.gzip, budget.entries[row.name]?.standalone);
    }
  }
  return failures;
}

const rows = await measure();
print(rows);

if (process.argv.includes('--write-budget')) {
  const limit = (n: number) => Math.ceil(n * HEADROOM);
  const budget: Budget = {
    $comment:
      'gzip bytes (level 9) of minified code; bench/size.ts --check fails above these. Set from a measurement plus 2 %: raise one only with a reason in the commit.',
    entries: Object.fromEntries(
      rows.filter((r) => !r.file).map((r) => [r.name, { own: limit(r.own!.gzip), standalone: limit(r.standalone!.gzip) }]),
    ),
    cdn: Object.fromEntries(rows.filter((r) => r.file).map((r) => [r.name.replace(/^cdn\//, ''), limit(r.file!.gzip)])),
  };
  writeFileSync(BUDGET_FILE, `${JSON.stringify(budget, null, 2)}\n`);
  console.log(`\nwrote ${BUDGET_FILE}`);
}

if (process.argv.includes('--check')) {
  const failures = check(rows, JSON.parse(readFileSync(BUDGET_FILE, 'utf8')) as Budget);
  if (failures.length > 0) {
    console.error(`\nsize budget exceeded:\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
  console.log('\nsize budget: every entry within its budget');
}
