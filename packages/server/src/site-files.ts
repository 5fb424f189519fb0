// Where the files the server serves besides the API live. Run from its
// TypeScript sources (in the repository), the demo site and the CDN bundles
// are where the repository keeps and builds them; run as built JavaScript (the
// npm package), they are inside the package, copied there by the build
// (scripts/copy-public.ts), so an installed server never looks outside itself.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface SiteFiles {
  /** The OpenAPI document of @yiwang/contract. */
  openapi: string;
  /** The folder holding `cdn/` (the script-tag bundles); null when they are not built. */
  cdnParent: string | null;
  /** The demo department site; null when missing. */
  site: string | null;
}

export function siteFiles(): SiteFiles {
  const fromSources = import.meta.filename.endsWith('.ts');
  const pkg = join(import.meta.dirname, '..');
  const cdnParent = fromSources ? join(pkg, '..', 'elements', 'dist') : join(pkg, 'dist', 'public');
  const site = fromSources ? join(pkg, '..', '..', 'examples', 'department-site') : join(pkg, 'dist', 'public', 'site');
  return {
    openapi: fileURLToPath(import.meta.resolve('@yiwang/contract/openapi.json')),
    cdnParent: existsSync(join(cdnParent, 'cdn')) ? cdnParent : null,
    site: existsSync(site) ? site : null,
  };
}
