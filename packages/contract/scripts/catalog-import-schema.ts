// Writes packages/contract/catalog-import.schema.json (the JSON Schema of one
// item a catalog import reads) from the zod schema CatalogImportItem.
// `--check` fails (exit 1) when the committed file is not what the schema generates.
import { readFileSync, writeFileSync } from 'node:fs';
import { catalogImportJsonSchema } from '../src/catalog-import.ts';

const file = new URL('../catalog-import.schema.json', import.meta.url);
const text = `${JSON.stringify(catalogImportJsonSchema(), null, 2)}\n`;

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    // missing file: reported below
  }
  if (current !== text) {
    console.error('catalog-import.schema.json is out of date with the contract: run `npm run catalog-schema` and commit it.');
    process.exit(1);
  }
  console.log('catalog-import.schema.json is up to date');
} else {
  writeFileSync(file, text);
  console.log(`wrote ${file.pathname}`);
}
