// Subresource Integrity of the script-tag bundles, written at build next to
// them: dist/cdn/integrity.json maps each bundle to its sha384 hash. It ships
// in the package, so https://cdn.jsdelivr.net/npm/@yiwang/elements@<version>/dist/cdn/integrity.json
// holds the hashes of exactly the files that version serves.
//   node scripts/cdn-integrity.ts                  writes the manifest (part of `npm run build`)
//   node scripts/cdn-integrity.ts --snippet [file] prints the script tag to paste: the versioned
//                                                  jsDelivr URL and its hash (default yiwang.min.js)
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { LOADER, scriptTag } from './cms-snippet.ts';

const PACKAGE = join(import.meta.dirname, '..');
const CDN = join(PACKAGE, 'dist', 'cdn');
const { name, version } = JSON.parse(readFileSync(join(PACKAGE, 'package.json'), 'utf8')) as { name: string; version: string };

// The loader's chunks (chunks/) too: a site that mirrors the files can check each one.
const files = readdirSync(CDN, { recursive: true, encoding: 'utf8' })
  .map((file) => file.split(sep).join('/'))
  .filter((file) => file.endsWith('.js'))
  .sort();
const integrity: Record<string, string> = Object.fromEntries(
  files.map((file) => [
    file,
    `sha384-${createHash('sha384')
      .update(readFileSync(join(CDN, file)))
      .digest('base64')}`,
  ]),
);

const snippet = process.argv.indexOf('--snippet');
if (snippet >= 0) {
  const file = process.argv[snippet + 1] ?? LOADER;
  if (!integrity[file]) throw new Error(`no bundle ${file} in dist/cdn (build first)`);
  console.log(scriptTag({ version, file, integrity: integrity[file] }));
} else {
  writeFileSync(
    join(CDN, 'integrity.json'),
    `${JSON.stringify({ package: name, version, algorithm: 'sha384', files: integrity }, null, 2)}\n`,
  );
  console.log(`${name}: integrity.json for ${files.length} bundles in dist/cdn/`);
}
