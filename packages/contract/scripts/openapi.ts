// Writes packages/contract/openapi.json from the endpoint table.
// `--check` fails (exit 1) when the committed file is not what the table generates.
import { readFileSync, writeFileSync } from 'node:fs';
import { buildOpenApiDocument } from '../src/openapi.ts';

const file = new URL('../openapi.json', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
const text = `${JSON.stringify(buildOpenApiDocument(pkg.version), null, 2)}\n`;

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    // missing file: reported below
  }
  if (current !== text) {
    console.error('openapi.json is out of date with the contract: run `npm run openapi` and commit it.');
    process.exit(1);
  }
  console.log('openapi.json is up to date');
} else {
  writeFileSync(file, text);
  console.log(`wrote ${file.pathname}`);
}
