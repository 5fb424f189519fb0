// The consumer test: what a developer gets from npm, tried the way they use it.
// Packs every package with `npm pack` and its lifecycle scripts (prepack strips the
// `yiwang-source` condition from the packed package.json, postpack restores it), from the
// built dist/ (`npm run build` first: YIWANG_PACK_PREBUILT=1 skips the build prepack runs when
// publishing), checks each tarball (no test files, no src/, no `yiwang-source`, every
// `exports`/`bin` target inside it; README, CHANGELOG, LICENSE; publint and
// @arethetypeswrong/cli clean), installs the tarballs into a fresh project in a temporary
// folder, then:
//   1. starts @yiwang/server from its bin (PGlite in memory, demo data) and asks /api/v1/departments,
//      the CDN bundle and the demo site;
//   2. imports and calls the SDK, the contract's validators and the mock in plain Node (app/node-check.mjs);
//   3. type-checks app/src and the React and Vue examples with moduleResolution bundler (app/src also
//      with nodenext), skipLibCheck off;
//   4. builds a Vite page with one element (app/vanilla) and a React page with one wrapper (app/react);
//   5. builds the examples (examples/react, examples/vue) against the installed tarballs: this is
//      where CI builds them.
// Plain JavaScript, so it also runs on the oldest Node the README promises.
//   node test/consumer/run.mjs            (npm run test:consumer)
//   YIWANG_CONSUMER_KEEP=1 …              keeps the temporary folder and prints where it is
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { checkPackage, createPackageFromTarballData } from '@arethetypeswrong/core';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const ROOT = join(import.meta.dirname, '..', '..');
const PACKAGES = ['contract', 'sdk', 'elements', 'server', 'mock'];
/** Tools the consumer project installs, at the versions the repository uses (so the npm cache has them). */
const TOOLS = ['typescript', 'vite', 'react', 'react-dom', '@types/react', '@types/react-dom', '@types/node', 'vue', '@vitejs/plugin-vue'];
/** The examples built here, from the installed tarballs (each has a vite.config.ts with `root` its own folder). */
const EXAMPLES = ['react', 'vue'];
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const started = Date.now();
const problems = [];
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const step = (text) => console.log(`consumer: ${text} (${((Date.now() - started) / 1000).toFixed(0)} s)`);

function run(command, args, options = {}) {
  return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20, ...options });
}

/** Every file an `exports` target (or pattern) can name, as paths relative to the package. */
function exportTargets(value) {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(exportTargets);
  return [];
}

const work = mkdtempSync(join(tmpdir(), 'yiwang-consumer-'));
const tarballs = join(work, 'tarballs');
mkdirSync(tarballs);
try {
  // --- pack and check each tarball -------------------------------------------
  const sizes = [];
  for (const name of PACKAGES) {
    const dir = join(ROOT, 'packages', name);
    if (!existsSync(join(dir, 'dist'))) throw new Error(`packages/${name}/dist is missing: run \`npm run build\` first`);
    const before = readFileSync(join(dir, 'package.json'), 'utf8');
    const [packed] = JSON.parse(
      run(npm, ['pack', '--json', '--pack-destination', tarballs], { cwd: dir, env: { ...process.env, YIWANG_PACK_PREBUILT: '1' } }),
    );
    if (readFileSync(join(dir, 'package.json'), 'utf8') !== before || existsSync(join(dir, '.package.json.dev')))
      problems.push(`${packed.name}: postpack did not restore packages/${name}/package.json`);
    const files = new Set(packed.files.map((f) => f.path));
    packed.path = join(tarballs, packed.filename);
    const tarball = new Uint8Array(readFileSync(packed.path));
    // The package.json as packed, read from the tarball: what a developer's resolver sees.
    const contents = createPackageFromTarballData(tarball);
    const packedText = contents.readFile(`/node_modules/${packed.name}/package.json`);
    if (packedText.includes('yiwang-source')) problems.push(`${packed.name}: the packed package.json mentions yiwang-source`);
    const manifest = JSON.parse(packedText);
    for (const file of files) {
      if (/\.(test|check|e2e)\.[cm]?[jt]sx?$/.test(file)) problems.push(`${packed.name}: test file in the tarball: ${file}`);
    }
    // The JavaScript source maps carry their sources (inlineSources), so src/ has no reason to ship.
    const sources = [...files].filter((f) => f.startsWith('src/'));
    if (sources.length) problems.push(`${packed.name}: src/ in the tarball (${sources.length} files, e.g. ${sources[0]})`);
    for (const file of ['README.md', 'CHANGELOG.md', 'LICENSE']) {
      if (!files.has(file)) problems.push(`${packed.name}: no ${file} in the tarball`);
    }
    for (const field of ['repository', 'homepage', 'bugs', 'license']) {
      if (!manifest[field]) problems.push(`${packed.name}: no "${field}" in package.json`);
    }
    const targets = [...Object.values(manifest.exports ?? {}).flatMap(exportTargets), ...Object.values(manifest.bin ?? {})];
    for (const target of targets) {
      const path = target.replace(/^\.\//, '');
      if (path.includes('*')) {
        const [head, tail] = path.split('*');
        if (![...files].some((f) => f.startsWith(head) && f.endsWith(tail)))
          problems.push(`${packed.name}: no file in the tarball matches ${target}`);
      } else if (!files.has(path)) {
        problems.push(`${packed.name}: ${target} (exports/bin) is not in the tarball`);
      }
    }
    // publint: the manifest against the files (formats, exports order, files that are not packed …), warnings
    // count. @arethetypeswrong: every entry point's types under each TypeScript module resolution an ES-module-only
    // package serves (node16 from ES modules, bundler); node10 and require() are out of scope by design.
    const lint = await publint({ pack: { tarball: tarball.buffer }, strict: true, level: 'warning' });
    for (const message of lint.messages)
      problems.push(`${packed.name}: publint ${message.type}: ${formatMessage(message, lint.pkg, { color: false })}`);
    const types = await checkPackage(contents);
    for (const problem of types.types ? types.problems : [{ kind: 'NoTypes' }]) {
      if (problem.resolutionKind === 'node10' || problem.resolutionKind === 'node16-cjs') continue;
      problems.push(`${packed.name}: arethetypeswrong ${JSON.stringify(problem)}`);
    }
    sizes.push(`${packed.name} ${kb(packed.size)} packed, ${kb(packed.unpackedSize)} unpacked, ${packed.entryCount} files`);
    PACKAGES[PACKAGES.indexOf(name)] = packed;
  }
  step(`packed\n  ${sizes.join('\n  ')}`);
  if (problems.length) throw new Error(problems.join('\n'));

  // --- a fresh project with the tarballs ----------------------------------------
  const app = join(work, 'app');
  cpSync(join(import.meta.dirname, 'app'), app, { recursive: true });
  const rootManifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const dependencies = Object.fromEntries(PACKAGES.map((p) => [p.name, `file:${relative(app, p.path)}`]));
  for (const tool of TOOLS) dependencies[tool] = rootManifest.devDependencies[tool];
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({ name: 'yiwang-consumer', private: true, type: 'module', dependencies }, null, 2),
  );
  run(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', '--no-workspaces'], { cwd: app });
  step('installed the tarballs into a fresh project');

  // --- 1. the server from its bin ---------------------------------------------
  const bin = join(app, 'node_modules', '.bin', 'yiwang-server');
  const server = spawn(process.execPath, [bin, '--memory', '--port', '0'], { cwd: app, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const port = await new Promise((resolve, reject) => {
    const onData = (chunk) => {
      output += chunk;
      const match = /http:\/\/localhost:(\d+)/.exec(output);
      if (match) resolve(Number(match[1]));
    };
    server.stdout.on('data', onData);
    server.stderr.on('data', onData);
    server.once('exit', (code) => reject(new Error(`yiwang-server exited (${code}) before listening:\n${output}`)));
  });
  try {
    const base = `http://127.0.0.1:${port}`;
    const departments = await (await fetch(`${base}/api/v1/departments`)).json();
    if (!(departments.items?.length > 0)) throw new Error(`/api/v1/departments answered ${JSON.stringify(departments)}`);
    for (const path of ['/cdn/yiwang.min.js', '/cdn/yw-item-search.min.js', '/openapi.json', '/']) {
      const response = await fetch(base + path);
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`yiwang-server answered ${response.status} for ${path}`);
    }
    // The loader, and every chunk it imports by tag (they ship under dist/cdn/chunks/; the loader names them
    // as "./chunks/…" strings, which its import function resolves against its own URL), as modules.
    const loader = await (await fetch(`${base}/cdn/yiwang-loader.min.js`)).text();
    const chunks = [...new Set([...loader.matchAll(/["']\.\/(chunks\/[\w.-]+\.js)["']/g)].map((m) => m[1]))];
    if (chunks.length === 0) throw new Error(`the loader imports no chunk: ${loader.slice(0, 200)}`);
    for (const chunk of chunks) {
      const response = await fetch(`${base}/cdn/${chunk}`);
      await response.arrayBuffer();
      if (response.status !== 200 || !/javascript/.test(response.headers.get('content-type') ?? '')) {
        throw new Error(`yiwang-server answered ${response.status} ${response.headers.get('content-type')} for /cdn/${chunk}`);
      }
    }
    step(
      `the bin served ${departments.items.length} departments, the CDN bundles, the loader and the ${chunks.length} chunks it imports, the OpenAPI document and the demo site`,
    );

    // --- 2. plain Node ------------------------------------------------------------
    console.log('  ' + run(process.execPath, [join(app, 'node-check.mjs'), `${base}/api/v1`], { cwd: app }).trim());
  } finally {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  step('plain Node');

  // --- 3. types -----------------------------------------------------------------
  // tsconfig.json (bundler) is also the base the examples' own tsconfig.json files extend (the repository's root
  // tsconfig.json in the repository), so it checks their sources too.
  for (const example of EXAMPLES)
    cpSync(join(ROOT, 'examples', example), join(app, 'examples', example), {
      recursive: true,
      filter: (path) => !/[\\/](dist|node_modules)$/.test(path),
    });
  const tsc = join(app, 'node_modules', 'typescript', 'bin', 'tsc');
  for (const config of ['tsconfig.json', 'tsconfig.nodenext.json']) {
    try {
      run(process.execPath, [tsc, '-p', config], { cwd: app });
    } catch (error) {
      throw new Error(`tsc -p ${config} failed:\n${error.stdout}${error.stderr}`);
    }
  }
  step('type-checked (the examples too) with moduleResolution bundler and nodenext, skipLibCheck off');

  // --- 4. Vite pages ----------------------------------------------------------------
  const vite = join(app, 'node_modules', 'vite', 'bin', 'vite.js');
  const pages = [];
  for (const page of ['vanilla', 'react']) {
    const out = join(app, 'dist', page);
    run(process.execPath, [vite, 'build', page, '--outDir', out, '--emptyOutDir', '--logLevel', 'warn'], { cwd: app });
    const assets = join(out, 'assets');
    const js = readdirSync(assets).filter((f) => f.endsWith('.js'));
    if (js.length === 0) throw new Error(`the ${page} page built no JavaScript`);
    const bytes = js.reduce((sum, f) => sum + statSync(join(assets, f)).size, 0);
    const gzip = js.reduce((sum, f) => sum + gzipSync(readFileSync(join(assets, f)), { level: 9 }).byteLength, 0);
    const code = js.map((f) => readFileSync(join(assets, f), 'utf8')).join('\n');
    // One element means one element: the page carries <yw-item-search> (and <yw-item-guide>, which it
    // shows) but not the others. A tag name appears as a quoted string where it is registered.
    const hasTag = (tag) => new RegExp(`[\`"']${tag}[\`"']`).test(code);
    if (!hasTag('yw-item-search')) throw new Error(`the ${page} page has no <yw-item-search>`);
    for (const other of ['yw-form-renderer', 'yw-address-picker', 'yw-progress-tracker', 'yw-catalog-stats']) {
      if (hasTag(other)) throw new Error(`the ${page} page bundles <${other}>`);
    }
    pages.push(`${page} (one <yw-item-search>): ${kb(bytes)} minified, ${kb(gzip)} gzip -9`);
  }
  step(`built the Vite pages\n  ${pages.join('\n  ')}`);

  // --- 5. the examples ----------------------------------------------------------------
  for (const example of EXAMPLES) {
    const config = join(app, 'examples', example, 'vite.config.ts');
    try {
      run(process.execPath, [vite, 'build', '-c', config, '--logLevel', 'error'], { cwd: app });
    } catch (error) {
      throw new Error(`the ${example} example did not build against the tarballs:\n${error.stdout}${error.stderr}`);
    }
    if (!existsSync(join(app, 'examples', example, 'dist', 'index.html'))) throw new Error(`the ${example} example built no index.html`);
  }
  step(`built the examples (${EXAMPLES.join(', ')}) against the tarballs`);
  console.log(`consumer: ok in ${((Date.now() - started) / 1000).toFixed(0)} s`);
} catch (error) {
  console.error(`consumer: FAILED\n${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  if (process.env.YIWANG_CONSUMER_KEEP) console.log(`consumer: kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
