// Bundle sizes of @yiwang/elements: for every package entry (each element's
// registering module, the class exports, all.js) the minified and gzip size of
//   own        – the entry's code alone (lit, @lit/*, the SDK, the contract and
//                zod left out: what one more element adds to a page that has them);
//   standalone – the entry with everything it imports (what a page pays that
//                loads only this entry);
// of the script-tag bundles in packages/elements/dist/cdn (built by `npm run build`); and, per kind
// of page, what a page using the loader (yiwang-loader.min.js) fetches before its element is
// interactive: the loader and the chunks the element's define module imports statically, and
// <yw-config>'s, each gzipped on its own as the browser fetches it (the en tables and the views
// loaded when opened are not on that path). Beside it, what the page's first API call adds: the
// SDK's transport (loaded when the client is created, while the element renders) and its response
// validation (loaded with the call), without a group's response schemas — bytes an element that
// shows data at once (the guide, the form) waits for before its data shows.
// Built with the CDN pipeline of rollup.config.mjs (rollup tree-shaking,
// esbuild lowering to the browser baseline, terser), in memory.
//
//   node --conditions=yiwang-source bench/size.ts           prints the table
//   node --conditions=yiwang-source bench/size.ts --check   also fails when a
//                                                           budget of size-budget.json is exceeded
//                                                           (a page's bytes, or its files)
//   … --write-budget                                        writes budgets from this run (+2 %)
//   … --breakdown                                           also says what each package (or folder of ours)
//                                                           adds to each page: the page's gzip bytes less
//                                                           those of its chunks with that code cut out
//                                                           (found by the chunks' source maps)
import { rollup } from 'rollup';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { OutputChunk } from 'rollup';
import { TraceMap, eachMapping } from '@jridgewell/trace-mapping';
import type { SourceMapInput } from '@jridgewell/trace-mapping';
import { cdnElements, definedTags, loaderBuild, onwarn, plugins } from '../rollup.config.mjs';

const ROOT = join(import.meta.dirname, '..');
const PKG = join(ROOT, 'packages', 'elements');
const BUDGET_FILE = join(ROOT, 'size-budget.json');
/** Where the CDN build writes (the loader's chunks' source maps name their sources relative to it). */
const CDN = join(PKG, 'dist', 'cdn');
/** Shared by every element; `own` leaves them out. */
const SHARED = /^(lit|lit-html|lit-element|@lit\/.*|@lit-labs\/.*|@yiwang\/sdk|@yiwang\/contract|zod|ky|react)(\/.*)?$/;
/** The staff elements: on the back office's pages, never on a citizen's. */
const STAFF_TAGS = ['yw-case-desk', 'yw-form-designer'];
/**
 * The kinds of page measured with the loader: the element(s) each shows, beside <yw-config>, and
 * the issue's target where it set one. "every citizen element" is every element but the staff
 * ones (the 90 KB target was set for the citizen elements); the staff page (the case desk and the
 * form designer) has its budget in size-budget.json only.
 *
 * The address page's target is 35 KB, not the 30 KB of the pages that show data: the picker is a
 * form control whose first view is a small form (the four-level area cascade with the provinces
 * built in, so that the first open waits for no request; the search across levels; four validated
 * fields; form association), and the issue gave the form its own, larger target too. Fetching what
 * could wait (the bottom sheet, the search's view, the validation words) and the SDK's method names
 * later takes 1.7 KB off, measured, which still leaves 32 KB: the rest is what the first view shows.
 */
const PAGES: Record<string, { tags: string[]; target?: number }> = {
  'search page': { tags: ['yw-item-search'], target: 30 * 1024 },
  'guide page': { tags: ['yw-item-guide'], target: 30 * 1024 },
  'form page': { tags: ['yw-form-renderer'], target: 55 * 1024 },
  'tracker page': { tags: ['yw-progress-tracker'], target: 30 * 1024 },
  'address page': { tags: ['yw-address-picker'], target: 35 * 1024 },
  'every citizen element': { tags: definedTags().filter((tag) => !STAFF_TAGS.includes(tag)), target: 90 * 1024 },
  'staff page': { tags: STAFF_TAGS },
};
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
  /** A page with the loader: gzip bytes summed over the files fetched, and how many; `firstCall`: what its first API call adds. */
  page?: { gzip: number; files: number; target: number | undefined; firstCall: number };
}
interface Budget {
  $comment?: string;
  /** gzip bytes per package entry. */
  entries: Record<string, { own: number; standalone: number }>;
  /** gzip bytes per CDN file. */
  cdn: Record<string, number>;
  /** gzip bytes on the critical path of a page kind with the loader. */
  pages: Record<string, number>;
  /**
   * Files a page kind fetches on that path, the loader included (no headroom): over HTTP/1.1 the
   * browser makes six requests at a time, so each file past a multiple of six costs a round trip.
   */
  pageFiles: Record<string, number>;
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
    // The entry and the chunks it imports statically, as one text: what loads with it (the
    // English tables and the views fetched when opened are chunks it imports dynamically).
    const chunks = new Map(output.filter((o): o is OutputChunk => o.type === 'chunk').map((c) => [c.fileName, c]));
    const loaded = new Set<string>();
    const add = (name: string) => {
      if (loaded.has(name)) return;
      loaded.add(name);
      for (const dep of chunks.get(name)!.imports) if (chunks.has(dep)) add(dep);
    };
    add([...chunks.values()].find((c) => c.isEntry)!.fileName);
    return sizeOf([...loaded].map((name) => chunks.get(name)!.code).join('\n'));
  } finally {
    await build.close();
  }
}

/**
 * The loader's build, in memory: for each page kind, the loader plus the
 * static-import closure of the chunks of its elements' define modules.
 */
async function pages(): Promise<Row[]> {
  const options = loaderBuild();
  const build = await rollup(options);
  try {
    const { output } = await build.generate(options.output);
    const chunks = new Map(output.filter((o): o is OutputChunk => o.type === 'chunk').map((c) => [c.fileName, c]));
    const loader = [...chunks.values()].find((c) => c.isEntry)!;
    const chunkOf = (tag: string) => [...chunks.values()].find((c) => c.moduleIds.some((id) => id.endsWith(`/define/${tag}.ts`)));
    return Object.entries(PAGES).map(([name, { tags, target }]) => {
      const files = new Set<string>([loader.fileName]);
      const add = (file: string) => {
        if (files.has(file)) return;
        files.add(file);
        for (const dep of chunks.get(file)!.imports) add(dep);
      };
      for (const tag of ['yw-config', ...tags]) {
        const chunk = chunkOf(tag);
        if (!chunk) throw new Error(`the loader build has no chunk for <${tag}>`);
        add(chunk.fileName);
        for (const dep of chunk.imports) add(dep);
      }
      const gzip = [...files].reduce((sum, file) => sum + sizeOf(chunks.get(file)!.code).gzip, 0);
      const before = new Set(files);
      for (const module of ['/sdk/src/transport.ts', '/sdk/src/validation.ts']) {
        const chunk = [...chunks.values()].find((c) => c.moduleIds.some((id) => id.endsWith(module)));
        if (!chunk) throw new Error(`the loader build has no chunk for ${module}`);
        add(chunk.fileName);
      }
      const firstCall = [...files].filter((file) => !before.has(file)).reduce((sum, file) => sum + sizeOf(chunks.get(file)!.code).gzip, 0);
      for (const file of files) if (!before.has(file)) files.delete(file);
      if (process.argv.includes('--breakdown'))
        breakdown(
          name,
          [...files].map((file) => chunks.get(file)!),
        );
      return { name: `loader: ${name}`, page: { gzip, files: files.size, target, firstCall } };
    });
  } finally {
    await build.close();
  }
}

/** What a module counts as: its npm package, or the folder of ours it is in. */
function owner(id: string): string {
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id);
  if (inPackage) return inPackage[1]!;
  const ours = /packages\/([^/]+)\/src\/(?:([^/]+)\/)?/.exec(id);
  if (!ours) return id;
  if (ours[1] !== 'elements') return `@yiwang/${ours[1]}`;
  return ours[2] === 'components' ? `elements/${/components\/([^/]+)/.exec(id)![1]}` : `elements/${ours[2] ?? '.'}`;
}

/**
 * Prints what each owner costs a page: for every chunk, its gzip size minus the gzip size of the
 * chunk with that owner's code cut out (which code is whose comes from the chunk's source map).
 * Unlike sharing the gzip size out by length, this does not charge a small module for the
 * compression its neighbours give it; the owners' figures add up to a little less than the page,
 * the rest being what no one owner can take away (repeats between owners, the chunks' imports).
 */
function breakdown(page: string, chunks: OutputChunk[]): void {
  const by = new Map<string, number>();
  let total = 0;
  for (const chunk of chunks) {
    const code = chunk.code;
    const gzip = sizeOf(code).gzip;
    total += gzip;
    if (!chunk.map) throw new Error(`${chunk.fileName} has no source map`);
    const lineStarts = [0];
    for (let i = code.indexOf('\n'); i >= 0; i = code.indexOf('\n', i + 1)) lineStarts.push(i + 1);
    // Each mapped segment runs to the next one: its characters belong to its source's owner.
    const segments: Array<{ at: number; owner: string | null }> = [];
    eachMapping(new TraceMap(chunk.map as SourceMapInput, pathToFileURL(join(CDN, chunk.fileName)).href), (m) => {
      segments.push({ at: lineStarts[m.generatedLine - 1]! + m.generatedColumn, owner: m.source ? owner(fileURLToPath(m.source)) : null });
    });
    segments.sort((a, b) => a.at - b.at);
    const ranges = new Map<string, Array<[number, number]>>();
    segments.forEach(({ at, owner: name }, i) => {
      if (name) (ranges.get(name) ?? ranges.set(name, []).get(name)!).push([at, segments[i + 1]?.at ?? code.length]);
    });
    for (const [name, spans] of ranges) {
      let without = '';
      let from = 0;
      for (const [start, end] of spans) {
        without += code.slice(from, start);
        from = end;
      }
      without += code.slice(from);
      by.set(name, (by.get(name) ?? 0) + gzip - sizeOf(without).gzip);
    }
  }
  const rows = [...by.entries()].sort((a, b) => b[1] - a[1]).filter(([, bytes]) => bytes >= 256);
  const owned = [...by.values()].reduce((sum, bytes) => sum + bytes, 0);
  console.log(`
${page}: ${kb(total)}; what each owner adds to it (the page less its code; ≥ 0.25 KB)`);
  for (const [name, bytes] of rows) console.log(`  ${name.padEnd(40)} ${kb(bytes).padStart(9)}`);
  console.log(`  ${'(no one owner: repeats, imports)'.padEnd(40)} ${kb(total - owned).padStart(9)}`);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const cell = (size?: Size) => (size ? `${kb(size.min).padStart(9)} ${kb(size.gzip).padStart(9)}` : ''.padStart(19));

async function measure(): Promise<Row[]> {
  const rows: Row[] = [];
  for (const [name, file] of entries()) {
    rows.push({ name, own: await bundle(file, SHARED), standalone: await bundle(file, null) });
  }
  // The script-tag bundles: every element, the SDK alone, and one per element.
  const names = ['yiwang.min.js', 'yiwang-sdk.min.js', 'yiwang-loader.min.js', ...cdnElements().map((name) => `${name}.min.js`)];
  for (const name of names) {
    const path = join(CDN, name);
    if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build\` first`);
    rows.push({ name: `cdn/${name}`, file: sizeOf(readFileSync(path)) });
  }
  rows.push(...(await pages()));
  return rows;
}

function print(rows: Row[]): void {
  console.log(`${'entry'.padEnd(32)} ${'own: min'.padStart(9)} ${'gzip'.padStart(9)}  ${'standalone'.padStart(9)} ${'gzip'.padStart(9)}`);
  for (const row of rows) {
    if (row.page) {
      const { gzip, files, target, firstCall } = row.page;
      const verdict =
        target === undefined ? '(no target)' : `(target ${kb(target)}: ${gzip <= target ? 'within' : `${kb(gzip - target)} over`})`;
      console.log(
        `${row.name.padEnd(32)} ${`${files} files`.padStart(19)}  ${''.padStart(9)} ${kb(gzip).padStart(9)}  ${verdict}; first API call +${kb(firstCall)}`,
      );
      continue;
    }
    console.log(
      row.file
        ? `${row.name.padEnd(32)} ${''.padStart(19)}  ${cell(row.file)}`
        : `${row.name.padEnd(32)} ${cell(row.own)}  ${cell(row.standalone)}`,
    );
  }
}

/** A page kind's key in size-budget.json. */
const pageKey = (row: Row) => row.name.replace(/^loader: /, '');

function check(rows: Row[], budget: Budget): string[] {
  const failures: string[] = [];
  const over = (what: string, actual: number, limit: number | undefined, unit = 'B') => {
    const measured = unit === 'B' ? `${actual} B gzip` : `${actual} ${unit}`;
    if (limit === undefined) failures.push(`${what}: no budget in size-budget.json (measured ${measured}); add one`);
    else if (actual > limit) failures.push(`${what}: ${measured} exceeds its budget of ${limit} ${unit} by ${actual - limit} ${unit}`);
  };
  for (const row of rows) {
    if (row.page) {
      over(row.name, row.page.gzip, budget.pages?.[pageKey(row)]);
      over(row.name, row.page.files, budget.pageFiles?.[pageKey(row)], 'files');
    } else if (row.file) over(row.name, row.file.gzip, budget.cdn[row.name.replace(/^cdn\//, '')]);
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
      'gzip bytes (level 9) of minified code, and the files a page fetches before its element is interactive; bench/size.ts --check fails above these. Bytes are set from a measurement plus 2 %, files as measured: raise one only with a reason in the commit.',
    entries: Object.fromEntries(
      rows.filter((r) => !r.file && !r.page).map((r) => [r.name, { own: limit(r.own!.gzip), standalone: limit(r.standalone!.gzip) }]),
    ),
    cdn: Object.fromEntries(rows.filter((r) => r.file).map((r) => [r.name.replace(/^cdn\//, ''), limit(r.file!.gzip)])),
    pages: Object.fromEntries(rows.filter((r) => r.page).map((r) => [pageKey(r), limit(r.page!.gzip)])),
    pageFiles: Object.fromEntries(rows.filter((r) => r.page).map((r) => [pageKey(r), r.page!.files])),
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
