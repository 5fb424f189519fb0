// Part of the npm build of @yiwang/server: copies what `npx @yiwang/server`
// serves besides the API into the package, so nothing is looked up in the
// repository at run time:
//   dist/public/site/  the demo department site (examples/department-site)
//   dist/public/cdn/   the script-tag bundles of @yiwang/elements (its dist/cdn, built first)
import { cpSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const PACKAGE = join(import.meta.dirname, '..');
const REPO = join(PACKAGE, '..', '..');
const PUBLIC = join(PACKAGE, 'dist', 'public');
const CDN = join(REPO, 'packages', 'elements', 'dist', 'cdn');

if (!existsSync(CDN)) {
  console.error(`copy-public: ${CDN} is missing; build @yiwang/elements first (npm run build at the repository root).`);
  process.exit(1);
}
rmSync(PUBLIC, { recursive: true, force: true });
cpSync(join(REPO, 'examples', 'department-site'), join(PUBLIC, 'site'), { recursive: true });
cpSync(CDN, join(PUBLIC, 'cdn'), { recursive: true, filter: (file) => !file.endsWith('.map') });
console.log('@yiwang/server: demo site and CDN bundles in dist/public/');
