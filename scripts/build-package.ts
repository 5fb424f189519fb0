// Builds one workspace package for npm: `tsc -p tsconfig.build.json` in the
// package folder (run as its `build` script), then rewrites the relative `.ts`
// specifiers that tsc keeps in declaration files (the sources import with
// extensions; `rewriteRelativeImportExtensions` fixes only the JavaScript) to
// the `.js` files that sit next to the declarations in dist/.
//   node ../../scripts/build-package.ts [--clean]   --clean empties dist/ first
import { spawnSync } from 'node:child_process';
import { globSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = process.cwd();
if (process.argv.includes('--clean')) rmSync(join(root, 'dist'), { recursive: true, force: true });

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const result = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
if (result.status !== 0) process.exit(result.status ?? 1);

const files = globSync('dist/**/*.d.ts', { cwd: root });
for (const file of files) {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  const rewritten = text.replace(/(from\s+|import\s*\(\s*|import\s+)(['"])(\.{1,2}\/[^'"]+)\.ts\2/g, '$1$2$3.js$2');
  if (rewritten !== text) writeFileSync(path, rewritten);
}
console.log(`${JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).name}: ${files.length} declaration files in dist/`);
