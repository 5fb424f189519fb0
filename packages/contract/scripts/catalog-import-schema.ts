// Writes packages/contract/catalog-import.schema.json (the JSON Schema of one
// item a catalog import reads) from the zod schema CatalogImportItem.
// `--check` fails (exit 1) when the committed file is not what the schema generates.
import { catalogImportJsonSchema } from '../src/catalog-import.ts';
import { writeOrCheck } from './generated-file.ts';

writeOrCheck(
  new URL('../catalog-import.schema.json', import.meta.url),
  `${JSON.stringify(catalogImportJsonSchema(), null, 2)}\n`,
  'npm run catalog-schema',
);
