// `npm run catalog -- import <file> [--dry-run] [--replace] [--batch <name>] [--mapping <file>]`:
// imports a department's catalog (事项清单) into the database `npm start` uses
// (DATABASE_URL, or PGlite in YIWANG_DATA_DIR, default ./.data), migrated and
// seeded-if-empty as the server does it. Servers on the same PostgreSQL
// database serve the new catalog within a second (the import NOTIFYs them);
// a PGlite directory is one process's: stop its server first, start it after.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { configFromEnv } from '../../config.ts';
import { loadDivisionIndex } from '../../divisions/load.ts';
import { openDatabase } from '../../node.ts';
import { seedData } from '../../seed/index.ts';
import { createServices } from '../../services.ts';
import { formatDiff, importFile } from './import.ts';
import { checkMapping } from './read.ts';
import { formatProblem } from './validate.ts';

const USAGE =
  'usage: npm run catalog -- import <file.json|.jsonl|.csv|.xlsx> [--dry-run] [--replace] [--batch <name>] [--mapping <file.json>]';

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean', default: false },
      replace: { type: 'boolean', default: false },
      batch: { type: 'string' },
      mapping: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, path] = positionals;
  if (values.help || command !== 'import' || !path || positionals.length > 2) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const mapping = values.mapping ? checkMapping(JSON.parse(await readFile(values.mapping, 'utf8'))) : undefined;
  const config = configFromEnv(process.env);
  const started = performance.now();
  const db = await openDatabase(config);
  try {
    // Migrates and seeds an empty database exactly as the server does on start.
    await createServices({ db, config, divisions: loadDivisionIndex(), seed: seedData, watchCatalog: false });
    const result = await importFile(db, path, { mapping, dryRun: values['dry-run'], replace: values.replace, batch: values.batch ?? null });
    if (!result.ok) {
      console.error(`${path}: ${result.problems.length} problem(s); nothing was written / 文件有误，未写入任何数据`);
      for (const p of result.problems) console.error(`  ${formatProblem(p)}`);
      return 1;
    }
    console.log(formatDiff(result.diff));
    if (result.newDepartments.length) console.log(`new departments: ${result.newDepartments.join('、')}`);
    const where = config.databaseUrl ? 'DATABASE_URL' : config.dataDir;
    if (values['dry-run']) console.log('dry run: nothing written');
    else if (result.version === null) console.log('nothing changed');
    else
      console.log(
        `catalog version ${result.version}${values.batch ? ` (${values.batch})` : ''} written to ${where}: ${result.publishedItems} published items; ${
          config.databaseUrl ? 'servers on this database reload it now' : 'start the server to serve it'
        }`,
      );
    console.log(`took ${Math.round(performance.now() - started)} ms, peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB`);
    return 0;
  } finally {
    await db.close();
  }
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
