// The package.json npm packs is the published one: the `yiwang-source` export
// condition (which points at src/, for development inside this repository) and
// the src/ entries of `sideEffects` are taken out for the time of `npm pack` /
// `npm publish` and put back afterwards. npm does not apply `publishConfig` to
// `exports`, so the packed manifest is written in place; the repository's own is
// kept beside it in .package.json.dev until it is restored.
//   node ../../scripts/pack-manifest.mjs prepack      build (unless YIWANG_PACK_PREBUILT=1), then strip
//   node ../../scripts/pack-manifest.mjs postpack     restore, except during `npm publish`
//   node ../../scripts/pack-manifest.mjs postpublish  restore (npm publish re-reads the manifest after
//                                                     postpack and sends it to the registry, so the
//                                                     stripped one must still be there then)
//   node ../../scripts/pack-manifest.mjs restore      restore by hand after an interrupted publish
// Run from a package folder (its lifecycle scripts do). Plain JavaScript: the consumer test packs on the
// oldest Node the packages support.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const SOURCE_CONDITION = 'yiwang-source';

/** The manifest as published: no source condition anywhere in `exports`, no src/ in `sideEffects`. */
export function publishedManifest(manifest) {
  const strip = (value) => {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== SOURCE_CONDITION)
        .map(([key, inner]) => [key, strip(inner)]),
    );
  };
  const published = { ...manifest, exports: strip(manifest.exports) };
  if (Array.isArray(manifest.sideEffects)) published.sideEffects = manifest.sideEffects.filter((path) => !/^(\.\/)?src\//.test(path));
  return published;
}

function restore(dir) {
  const backup = join(dir, '.package.json.dev');
  if (existsSync(backup)) renameSync(backup, join(dir, 'package.json'));
}

function strip(dir) {
  const path = join(dir, 'package.json');
  const text = readFileSync(path, 'utf8');
  writeFileSync(join(dir, '.package.json.dev'), text);
  writeFileSync(path, JSON.stringify(publishedManifest(JSON.parse(text)), null, 2) + '\n');
}

if (import.meta.filename === process.argv[1]) {
  const dir = process.cwd();
  const command = process.argv[2];
  if (command === 'prepack') {
    // A backup left by an interrupted publish is the repository's manifest: put it back before packing again.
    restore(dir);
    if (process.env.YIWANG_PACK_PREBUILT !== '1') {
      const npm = process.env.npm_execpath;
      const build = npm
        ? spawnSync(process.execPath, [npm, 'run', 'build', '--silent'], { cwd: dir, stdio: 'inherit' })
        : spawnSync('npm', ['run', 'build', '--silent'], { cwd: dir, stdio: 'inherit', shell: process.platform === 'win32' });
      if (build.status !== 0) process.exit(build.status ?? 1);
    }
    strip(dir);
  } else if (command === 'postpack') {
    if (process.env.npm_command !== 'publish') restore(dir);
  } else if (command === 'postpublish' || command === 'restore') {
    restore(dir);
  } else {
    console.error('usage: node pack-manifest.mjs prepack|postpack|postpublish|restore');
    process.exit(2);
  }
}
