// Vite plugin of the handbook's SDK and server pages: modules written at build
// time from the READMEs, so the pages show (and run) what the READMEs say.
//   virtual:yiwang/readme-sdk-example  `source`: the README's SDK example (the block
//                                      test/readme.test.ts runs against the server);
//                                      `run(console)`: the same code, compiled, against
//                                      the in-page mock API at /api/v1
//   virtual:yiwang/server-config       `table`: the server README's table of variables
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformWithOxc } from 'vite';
import type { Plugin } from 'vite';

const ROOT = join(import.meta.dirname, '..');
const README = join(ROOT, 'README.md');
const SERVER_README = join(ROOT, 'packages', 'server', 'README.md');
const SDK_EXAMPLE = 'virtual:yiwang/readme-sdk-example';
const SERVER_CONFIG = 'virtual:yiwang/server-config';
/** The URL the README's example calls (`npm start`); in the handbook, the mock's. */
const README_API = "'http://localhost:8080/api/v1'";

/** The marked ts block of README.md (the one test/readme.test.ts executes). */
export function readmeSdkExample(readme: string): string {
  const block = /<!-- readme-example[^>]*-->\s*```ts\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!block) throw new Error('README.md has no <!-- readme-example --> ts block');
  return block;
}

/** The server README's table of environment variables (header `| variable | default | meaning |`). */
export function serverConfigTable(readme: string): string {
  const lines = readme.split('\n');
  const start = lines.findIndex((line) => /^\| variable \| default \| meaning \|/.test(line));
  if (start < 0) throw new Error('packages/server/README.md has no | variable | default | meaning | table');
  const end = lines.findIndex((line, i) => i > start && !line.startsWith('|'));
  return lines.slice(start, end < 0 ? undefined : end).join('\n');
}

export function handbookPages(): Plugin {
  return {
    name: 'yiwang-handbook-pages',
    resolveId(id) {
      return id === SDK_EXAMPLE || id === SERVER_CONFIG ? `\0${id}` : null;
    },
    async load(id) {
      if (id === `\0${SERVER_CONFIG}`) {
        this.addWatchFile(SERVER_README);
        return `export const table = ${JSON.stringify(serverConfigTable(readFileSync(SERVER_README, 'utf8')))};`;
      }
      if (id !== `\0${SDK_EXAMPLE}`) return null;
      this.addWatchFile(README);
      const source = readmeSdkExample(readFileSync(README, 'utf8'));
      if (!source.includes(README_API)) throw new Error(`the README example no longer calls ${README_API}`);
      const lines = source.split('\n');
      const imports = lines.filter((line) => line.startsWith('import '));
      const body = lines
        .filter((line) => !line.startsWith('import '))
        .join('\n')
        .replace(README_API, "new URL('api/v1', document.baseURI).href");
      // The example's statements become the body of run(); its `console` is the page's log.
      const module = [
        ...imports,
        `export const source = ${JSON.stringify(source)};`,
        'export async function run(console: { log(...args: unknown[]): void }): Promise<void> {',
        body,
        '}',
      ].join('\n');
      const { code, map } = await transformWithOxc(module, 'readme-sdk-example.ts', { lang: 'ts' });
      return { code, map };
    },
  };
}
