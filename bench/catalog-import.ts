// Time and memory of catalog imports (not a test).
//
//   node --conditions=yiwang-source bench/catalog-import.ts
//     the real 广安区 catalog (1,135 items) into a fresh in-memory PGlite seeded as the server seeds it
//   node --conditions=yiwang-source bench/catalog-import.ts --generate 300000 [--database-url postgres://…]
//     300,000 generated rows (see `generateRows`), written to a temporary JSON Lines file and a CSV file,
//     each imported through the import's own functions (read, validate, write: what `importFile` and the
//     `npm run catalog -- import` command run) and then loaded as a restarting server loads the catalog
//     (index build); into in-memory PGlite, and into a throwaway database on PostgreSQL when
//     YIWANG_TEST_DATABASE_URL or --database-url names a server (a database is created there and dropped).
//
// Each generated run is a child process of its own, so that its peak RSS (process.resourceUsage().maxRSS,
// the high-water mark) is its own; the peak is printed after each phase.
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { createTestDatabase } from '@yiwang/test/helpers/postgres';
import { createTestApp } from '@yiwang/test/helpers/test-server';
import { importCatalog, importFile } from '../packages/server/src/catalog/import/import.ts';
import { readCatalogFile } from '../packages/server/src/catalog/import/read.ts';
import { validateRows } from '../packages/server/src/catalog/import/validate.ts';
import { loadCatalog } from '../packages/server/src/catalog/catalog.ts';

const REAL = new URL('data/real-catalog-511602.json', import.meta.url).pathname;
const mib = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MiB`;

const { values } = parseArgs({
  options: {
    generate: { type: 'string' },
    'database-url': { type: 'string' },
    // Internal: one generated run (file, database) in a child process.
    child: { type: 'string' },
    database: { type: 'string' },
  },
});

async function realCatalogRun() {
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
    const result = await importFile(db, REAL, options);
    if (!result.ok) throw new Error('the real catalog did not validate');
    console.log(`${label}: ${Math.round(performance.now() - started)} ms`);
  }
  clearInterval(sampler);
  console.log(`RSS before the imports ${mib(rssBefore)} (PGlite and the seeded server), peak during them ${mib(peak)}`);
  await db.close();
}

interface RealRow {
  department: string;
  name: string;
  implementationCode: string;
  taskType: number;
}

/** Qualifiers real catalogs append to one item's name for its variants. */
const QUALIFIERS = ['', '', '', '（县级）', '（市级）', '（新办）', '（变更）', '（延续）', '（注销）', '（补办）', '（首次）', '（乡镇）'];
/** Places whose departments publish a catalog: a few hundred departments in all. */
const PLACES = ['广安区', '前锋区', '岳池县', '武胜县', '邻水县', '华蓥市', '广安经开区', '协兴园区', '枣山园区', '新桥园区'];
const AUDIENCES = ['自然人', '法人', '自然人、法人'];
const CHANNELS = ['全程网办', '窗口办理', '全程网办、快递送达', '窗口办理、帮办代办', '全程网办、窗口办理'];

/**
 * `n` rows made from the real catalog: names with qualifiers and a variant
 * number, departments of several places (some 300), distinct 实施编码 in the
 * real code's shape, and the optional columns filled as a department's export
 * fills them.
 */
function generateRows(real: RealRow[], n: number): Array<Record<string, string | number>> {
  const departments = [...new Set(real.map((r) => r.department.replace(/^区/, '')))];
  let seed = 20261206;
  const random = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
  const rows: Array<Record<string, string | number>> = [];
  for (let i = 0; i < n; i++) {
    const base = real[i % real.length]!;
    const place = PLACES[Math.floor(i / real.length) % PLACES.length]!;
    const department = `${place}${departments[Math.floor(random() * departments.length)]}`;
    const variant = Math.floor(i / (real.length * PLACES.length));
    const name = `${base.name}${QUALIFIERS[Math.floor(random() * QUALIFIERS.length)]}${variant ? `（第${variant + 1}类）` : ''}`;
    const legal = [0, 5, 10, 15, 20, 30, 60][Math.floor(random() * 7)]!;
    rows.push({
      事项名称: name,
      实施编码: `${String(i).padStart(7, '0')}${base.implementationCode.slice(7, 14)}-5116${String(PLACES.indexOf(place)).padStart(2, '0')}000000-000-${base.implementationCode.split('-').at(-3) ?? '0'}-1-00`,
      实施主体: department,
      事项类型: base.taskType,
      服务对象: AUDIENCES[Math.floor(random() * AUDIENCES.length)]!,
      办理方式: CHANNELS[Math.floor(random() * CHANNELS.length)]!,
      到现场次数: Math.floor(random() * 3),
      法定办结时限: legal === 0 ? '即办' : `${legal}个工作日`,
      承诺办结时限: legal === 0 ? '即办' : `${Math.max(1, Math.floor(legal / 2))}个工作日`,
    });
  }
  return rows;
}

const csvCell = (v: string | number) => {
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

async function generatedRuns(n: number) {
  if (!Number.isInteger(n) || n <= 0) throw new Error('--generate takes a number of rows');
  const real = JSON.parse(await readFile(REAL, 'utf8')) as RealRow[];
  const dir = await mkdtemp(join(tmpdir(), 'yw-import-bench-'));
  try {
    let t = performance.now();
    const rows = generateRows(real, n);
    const codes = new Set(rows.map((r) => r.实施编码));
    if (codes.size !== n) throw new Error('generated codes are not distinct');
    const jsonl = join(dir, `catalog-${n}.jsonl`);
    const csv = join(dir, `catalog-${n}.csv`);
    await writeFile(jsonl, rows.map((r) => JSON.stringify(r)).join('\n'));
    const headers = Object.keys(rows[0]!);
    await writeFile(csv, [headers.join(','), ...rows.map((r) => headers.map((h) => csvCell(r[h]!)).join(','))].join('\n'));
    const departments = new Set(rows.map((r) => r.实施主体)).size;
    console.log(
      `generated ${n.toLocaleString('en')} rows (${departments} departments) in ${Math.round(performance.now() - t)} ms: ` +
        `${basename(jsonl)} ${mib((await readFile(jsonl)).length)}, ${basename(csv)} ${mib((await readFile(csv)).length)}`,
    );
    const server = values['database-url'] ?? process.env.YIWANG_TEST_DATABASE_URL;
    const databases = ['pglite', ...(server ? ['postgres'] : [])];
    for (const database of databases)
      for (const file of [jsonl, csv]) {
        t = performance.now();
        const child = spawnSync(process.execPath, [...process.execArgv, import.meta.filename, '--child', file, '--database', database], {
          stdio: 'inherit',
          env: { ...process.env, ...(server ? { YIWANG_BENCH_POSTGRES: server } : {}) },
        });
        if (child.status !== 0) console.log(`  (${basename(file)} on ${database} failed: exit ${child.status ?? child.signal})`);
      }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function childRun(file: string, database: string) {
  const peak = () => `${mib(process.resourceUsage().maxRSS * 1024)} (now ${mib(process.memoryUsage().rss)})`;
  let drop: (() => Promise<void>) | null = null;
  let overrides = {};
  if (database === 'postgres') {
    const created = await createTestDatabase(process.env.YIWANG_BENCH_POSTGRES!, 'yiwang_import_bench');
    drop = created.drop;
    overrides = { databaseUrl: created.url };
  }
  const { db, services } = await createTestApp(overrides);
  await services.close();
  const lines = [`## ${basename(file)} into ${database === 'postgres' ? 'PostgreSQL' : 'in-memory PGlite'} (seeded: 198 items)`];
  lines.push(`  start                ${'—'.padStart(8)}   peak RSS ${peak()}`);
  const phase = async <T>(label: string, run: () => Promise<T> | T): Promise<T> => {
    const t = performance.now();
    const out = await run();
    lines.push(`  ${label.padEnd(20)} ${`${Math.round(performance.now() - t)} ms`.padStart(8)}   peak RSS ${peak()}`);
    return out;
  };
  try {
    const read = await phase('read', () => readCatalogFile(file));
    const { rows, problems } = await phase('validate', () => validateRows(read));
    if (problems.length) throw new Error(`${problems.length} problems, first: ${JSON.stringify(problems[0])}`);
    const items = rows.map((r) => r.item);
    const result = await phase('write', () => importCatalog(db, items, { source: basename(file) }));
    lines.push(`    (${result.diff.added.length.toLocaleString('en')} added, ${result.newDepartments.length} new departments)`);
    const catalog = await phase('index build', () => loadCatalog(db));
    lines.push(`    (index of ${catalog.index.size.toLocaleString('en')} items)`);
    await phase('re-import, no change', () => importCatalog(db, items, { source: basename(file) }));
  } finally {
    console.log(lines.join('\n'));
    await db.close();
    await drop?.();
  }
}

if (values.child) await childRun(values.child, values.database ?? 'pglite');
else if (values.generate) await generatedRuns(Number(values.generate));
else await realCatalogRun();
