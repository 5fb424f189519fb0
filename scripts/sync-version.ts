// After `changeset version` (npm run version-packages): writes the packages' new version where it is
// spelled out beside package.json: the default of buildOpenApiDocument, the versioned CDN URLs in the
// elements' README and the server's Dockerfile. The five packages share one version (fixed in
// .changeset/config.json); this script refuses to run when they do not.
//   node scripts/sync-version.ts [--check]   --check only reports what is out of date (exit 1)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const PACKAGES = ['contract', 'sdk', 'elements', 'server', 'mock'];
const check = process.argv.includes('--check');

const versions = new Set(PACKAGES.map((name) => JSON.parse(readFileSync(join(ROOT, 'packages', name, 'package.json'), 'utf8')).version));
if (versions.size !== 1) {
  console.error(`sync-version: the packages have different versions (${[...versions].join(', ')}); they are released together`);
  process.exit(1);
}
const [version] = versions;
const SEMVER = String.raw`\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?`;

/** File → replacements: a pattern whose first group is kept and whose version is the new one. */
const FILES: Record<string, RegExp[]> = {
  'packages/contract/src/openapi.ts': [new RegExp(String.raw`(buildOpenApiDocument\(version = ')${SEMVER}`, 'g')],
  'packages/elements/README.md': [new RegExp(String.raw`(@yiwang/elements@)${SEMVER}`, 'g')],
  'packages/server/Dockerfile': [
    new RegExp(String.raw`(@yiwang/server@)${SEMVER}`, 'g'),
    new RegExp(String.raw`(yiwang-[a-z]+-)${SEMVER}(?=\.tgz)`, 'g'),
  ],
};

let stale = 0;
for (const [file, patterns] of Object.entries(FILES)) {
  const path = join(ROOT, file);
  const text = readFileSync(path, 'utf8');
  const updated = patterns.reduce((current, pattern) => current.replace(pattern, `$1${version}`), text);
  if (updated === text) continue;
  stale++;
  if (check) console.error(`sync-version: ${file} does not name version ${version}`);
  else writeFileSync(path, updated);
}
if (check && stale) process.exit(1);
if (!check) console.log(`sync-version: ${version} written to ${stale} file(s)`);
