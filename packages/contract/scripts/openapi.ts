// Writes packages/contract/openapi.json and src/routes.ts (the zod-free route
// table the SDK sends requests with) from the endpoint table.
// `--check` fails (exit 1) when a committed file is not what the table generates.
import { readFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { BINARY, MULTIPART, listEndpoints, positionalNames } from '../src/endpoints.ts';
import type { RouteDef } from '../src/endpoints.ts';
import { buildOpenApiDocument } from '../src/openapi.ts';
import { writeOrCheck } from './generated-file.ts';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
writeOrCheck(
  new URL('../openapi.json', import.meta.url),
  `${JSON.stringify(buildOpenApiDocument(pkg.version), null, 2)}\n`,
  'npm run openapi',
);

/** The route table: each endpoint's method, path, parameter names, auth and body kinds, no schemas. */
function routesModule(): string {
  const groups: Record<string, Record<string, RouteDef>> = {};
  for (const { group, name, def } of listEndpoints()) {
    groups[group] ??= {};
    groups[group][name] = {
      method: def.method,
      path: def.path,
      positional: positionalNames(def),
      params: Object.keys(def.params?.shape ?? {}),
      query: Object.keys(def.query?.shape ?? {}),
      auth: def.auth,
      ...(def.roles ? { roles: def.roles } : {}),
      idempotent: def.idempotent,
      body: def.body === undefined ? 'none' : def.body === MULTIPART ? 'multipart' : 'json',
      response: def.response === null ? 'none' : def.response === BINARY ? 'binary' : 'json',
    };
  }
  return `// Generated from the endpoint table (endpoints.ts) by \`npm run openapi\`; \`npm run openapi:check\`
// fails when it differs from what the table generates. Do not edit.
// What a client needs to send each request, without the schemas (no zod): the SDK's request path.
import type { RouteDef } from './route.ts';

export const routes = ${JSON.stringify(groups)} as const satisfies Record<string, Record<string, RouteDef>>;
`;
}

const routesFile = new URL('../src/routes.ts', import.meta.url);
const prettierOptions = { ...(await resolveConfig(routesFile.pathname)), filepath: routesFile.pathname };
writeOrCheck(routesFile, await format(routesModule(), prettierOptions), 'npm run openapi');
