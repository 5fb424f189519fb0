// Declarations for the npm build: tsc emits dist/**/*.d.ts from the sources,
// then the relative `.ts` specifiers (the sources import with extensions) are
// rewritten to `.js`, the files that exist next to the declarations in dist.
import { spawnSync } from 'node:child_process';
import { globSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

const root = join(import.meta.dirname, '..');
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
console.log(`build-types: ${files.length} declaration files in ${join(dirname(files[0] ?? 'dist/x'), '')}`);
