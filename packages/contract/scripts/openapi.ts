// Writes packages/contract/openapi.json, src/routes.ts (the zod-free route
// table the SDK sends requests with), src/route-names.ts (the endpoint names
// and methods the SDK builds its client object from) and src/responses.ts with src/responses/
// (the response schemas, one module per endpoint group) from the endpoint table.
// `--check` fails (exit 1) when a committed file is not what the table generates.
import { readFileSync, readdirSync } from 'node:fs';
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

/** Each endpoint group's method names with their HTTP methods: all a client object needs before its first call. */
function routeNamesModule(): string {
  const groups: Record<string, Record<string, string>> = {};
  for (const { group, name, def } of listEndpoints()) (groups[group] ??= {})[name] = def.method;
  return `// Generated from the endpoint table (endpoints.ts) by \`npm run openapi\`. Do not edit.
// The SDK's method names by endpoint group, with their HTTP methods: the client object is built from
// these, and the route table (routes.ts) loads with the SDK's transport when the first call starts.
import type { HttpMethod } from './route.ts';

export const routeNames = ${JSON.stringify(groups)} as const satisfies Record<string, Record<string, HttpMethod>>;
`;
}
writeOrCheck(new URL('../src/route-names.ts', import.meta.url), await format(routeNamesModule(), prettierOptions), 'npm run openapi');

// Where each schema the table answers with is exported: found by identity among
// the contract's schema modules (not the modules that gather or re-export them).
const SRC = new URL('../src/', import.meta.url);
const GATHERING = new Set(['index.ts', 'endpoints.ts', 'openapi.ts', 'routes.ts', 'route-names.ts', 'responses.ts', 'zod.ts']);
const exportedAt = new Map<unknown, { module: string; name: string }>();
for (const file of readdirSync(SRC)
  .filter((f) => f.endsWith('.ts') && !f.includes('.test.') && !f.includes('.check.') && !GATHERING.has(f))
  .sort()) {
  const module = (await import(new URL(file, SRC).href)) as Record<string, unknown>;
  for (const [name, value] of Object.entries(module)) {
    if (value && typeof value === 'object' && !exportedAt.has(value)) exportedAt.set(value, { module: file, name });
  }
}

/** One group's response schemas, exported under the endpoint names (endpoints without a JSON answer left out). */
function groupResponsesModule(group: string): string {
  const byModule = new Map<string, string[]>();
  for (const { group: g, name, def } of listEndpoints()) {
    if (g !== group || def.response === null || def.response === BINARY) continue;
    const at = exportedAt.get(def.response);
    if (!at) throw new Error(`${group}.${name}: its response schema is not exported by a module of packages/contract/src`);
    byModule.set(at.module, [...(byModule.get(at.module) ?? []), at.name === name ? name : `${at.name} as ${name}`]);
  }
  const exports = [...byModule].map(([module, names]) => `export { ${names.join(', ')} } from '../${module}';`);
  return `// Generated from the endpoint table (endpoints.ts) by \`npm run openapi\`. Do not edit.
// The response schemas of the ${group} endpoints, by endpoint name.
${exports.join('\n')}
`;
}

const groups = [...new Set(listEndpoints().map((e) => e.group))];
const responsesDir = new URL('../src/responses/', import.meta.url);
for (const group of groups) {
  writeOrCheck(new URL(`${group}.ts`, responsesDir), await format(groupResponsesModule(group), prettierOptions), 'npm run openapi');
}
const stale = readdirSync(responsesDir).filter((f) => !groups.includes(f.replace(/\.ts$/, '')));
if (stale.length > 0) {
  console.error(`src/responses/ holds modules of no endpoint group (${stale.join(', ')}): delete them.`);
  process.exit(1);
}
writeOrCheck(
  new URL('../src/responses.ts', import.meta.url),
  await format(
    `// Generated from the endpoint table (endpoints.ts) by \`npm run openapi\`. Do not edit.
// The response schemas by endpoint group, one dynamic import per group: a client
// loads (and a bundler splits off) only the schemas of the groups it calls.
export const responseSchemas = {
${groups.map((g) => `  ${g}: () => import('./responses/${g}.ts'),`).join('\n')}
} as const;
`,
    prettierOptions,
  ),
  'npm run openapi',
);
