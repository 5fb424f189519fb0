// Writes packages/contract/openapi.json from the endpoint table.
// `--check` fails (exit 1) when the committed file is not what the table generates.
import { readFileSync } from 'node:fs';
import { buildOpenApiDocument } from '../src/openapi.ts';
import { writeOrCheck } from './generated-file.ts';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
writeOrCheck(
  new URL('../openapi.json', import.meta.url),
  `${JSON.stringify(buildOpenApiDocument(pkg.version), null, 2)}\n`,
  'npm run openapi',
);
