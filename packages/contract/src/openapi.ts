// Builds the OpenAPI 3.1 document from the endpoint table with zod's own JSON
// Schema output. Node-side only (the server serves the committed file); kept out
// of the package's main entry so browsers never load it.
import { z } from './zod.ts';
import * as contract from './index.ts';
import { API_BASE_PATH, BINARY, MULTIPART, listEndpoints } from './endpoints.ts';
import type { EndpointDef } from './endpoints.ts';

type JsonObject = Record<string, unknown>;

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input (`VALIDATION_FAILED` with per-field details)',
  401:
    'Missing or invalid token (`UNAUTHORIZED`); a refused identity-provider token says why: ' +
    contract.TOKEN_ERROR_CODES.map((code) => `\`${code}\``).join(', '),
  403:
    'Not allowed (`FORBIDDEN`); on staff endpoints `NOT_STAFF`, `ROLE_REQUIRED` (details name the roles) or `OTHER_DEPARTMENT`; or a refusal the client can explain: ' +
    contract.ACCESS_ERROR_CODES.map((code) => `\`${code}\``).join(', '),
  404: 'Not found, or not yours (`NOT_FOUND`)',
  409: 'State conflict (`CONFLICT`) or `IDEMPOTENCY_MISMATCH`',
  413: 'File too large (`PAYLOAD_TOO_LARGE`)',
  415: 'File type not allowed (`UNSUPPORTED_MEDIA_TYPE`)',
  429: 'Too many requests (`RATE_LIMITED`); see `Retry-After`',
  500: 'Server fault (`INTERNAL`), with a requestId to quote',
  501: 'This server does not offer the endpoint (`NOT_IMPLEMENTED`)',
};

function isSchema(value: unknown): value is z.ZodMiniType {
  return typeof value === 'object' && value !== null && '_zod' in value;
}

/** Named components: every exported schema that is not a request wrapper. */
function componentRegistry(defs: EndpointDef[]) {
  const requestOnly = new Set<unknown>();
  for (const def of defs) {
    for (const s of [def.params, def.query, def.body]) if (s) requestOnly.add(s);
  }
  // A shape that is both sent and answered (a form document) is a component all the same.
  for (const def of defs) requestOnly.delete(def.response);
  const registry = z.registry<{ id: string }>();
  const names = new Map<unknown, string>();
  for (const [name, value] of Object.entries(contract).sort(([a], [b]) => a.localeCompare(b))) {
    if (!/^[A-Z]/.test(name) || !isSchema(value) || requestOnly.has(value) || names.has(value)) continue;
    if (['QueryBool', 'PageQuery', 'AddressInput', 'PostalAddress', 'DeliveryChoice', 'MaterialProvision'].includes(name)) continue;
    registry.add(value, { id: name });
    names.set(value, name);
  }
  return { registry, names };
}

function strip(schema: JsonObject): JsonObject {
  const { $schema: _s, $id: _i, ...rest } = schema;
  return rest;
}

function inputSchema(schema: z.ZodMiniType): JsonObject {
  return strip(z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' }) as JsonObject);
}

function parameters(def: EndpointDef): JsonObject[] {
  const out: JsonObject[] = [];
  for (const [where, schema] of [
    ['path', def.params],
    ['query', def.query],
  ] as const) {
    if (!schema) continue;
    const json = inputSchema(schema) as { properties?: Record<string, JsonObject>; required?: string[] };
    for (const [name, prop] of Object.entries(json.properties ?? {})) {
      out.push({ name, in: where, required: where === 'path' || (json.required ?? []).includes(name), schema: prop });
    }
  }
  if (def.idempotent) out.push({ $ref: '#/components/parameters/IdempotencyKey' });
  if (def.auth === 'user' || def.auth === 'optional') out.push({ $ref: '#/components/parameters/ActingFor' });
  out.push({ $ref: '#/components/parameters/AcceptLanguage' });
  return out;
}

function errorStatuses(def: EndpointDef): number[] {
  const codes = new Set<number>([500]);
  if (def.params || def.query || def.body) codes.add(400);
  if (def.auth === 'user' || def.auth === 'operator' || def.auth === 'admin' || def.auth === 'staff') codes.add(401);
  if (def.auth !== 'public') codes.add(403);
  if (def.params) codes.add(404);
  if (def.idempotent || def.method === 'PUT') codes.add(409);
  if (def.body === MULTIPART) [413, 415].forEach((c) => codes.add(c));
  if (def.rateLimited) codes.add(429);
  if (def.optional) codes.add(501);
  return [...codes].sort();
}

/** The OpenAPI 3.1 document of the whole contract. */
export function buildOpenApiDocument(version = '0.1.0'): JsonObject {
  const all = listEndpoints();
  const { registry, names } = componentRegistry(all.map((e) => e.def));
  const components = z.toJSONSchema(registry, {
    io: 'output',
    target: 'draft-2020-12',
    uri: (id) => `#/components/schemas/${id}`,
  }).schemas as Record<string, JsonObject>;
  const schemas: Record<string, JsonObject> = {};
  for (const [id, schema] of Object.entries(components)) schemas[id] = strip(schema);

  const paths: Record<string, Record<string, JsonObject>> = {};
  for (const { id, group, def } of all) {
    const responses: Record<string, JsonObject> = {};
    if (def.response === null) {
      responses[String(def.status)] = { description: 'Done, no content' };
    } else if (def.response === BINARY) {
      responses[String(def.status)] = {
        description: 'The file',
        content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
      };
    } else {
      const name = names.get(def.response);
      if (!name) throw new Error(`openapi: response of ${id} is not an exported schema`);
      responses[String(def.status)] = {
        description: def.summary,
        content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}` } } },
      };
    }
    for (const code of errorStatuses(def)) responses[String(code)] = { $ref: `#/components/responses/E${code}` };

    const op: JsonObject = {
      operationId: id,
      summary: def.summary,
      tags: [group],
      parameters: parameters(def),
      responses,
      'x-yiwang-auth': def.auth,
      'x-yiwang-idempotent': def.idempotent,
    };
    if (def.roles) {
      op['x-yiwang-roles'] = [...def.roles];
      op.description =
        def.auth === 'staff'
          ? `Staff with the role ${def.roles.map((r) => `\`${r}\``).join(' or ')}.`
          : `The administrator token, a signed-in \`platform_admin\`, or staff with ${def.roles.map((r) => `\`${r}\``).join(', ')} for their own department.`;
    } else if (def.auth === 'staff') op.description = 'Any staff member (of the case’s department).';
    else if (def.auth === 'admin') op.description = 'The administrator token, or a signed-in staff member with `platform_admin`.';
    if (def.auth === 'user') op.security = [{ bearer: [] }];
    else if (def.auth === 'operator') op.security = [{ operator: [] }];
    else if (def.auth === 'admin') op.security = [{ admin: [] }, { bearer: [] }];
    else if (def.auth === 'staff') op.security = [{ bearer: [] }];
    else if (def.auth === 'optional') op.security = [{}, { bearer: [] }];
    else op.security = [];
    if (def.body === MULTIPART) {
      op.requestBody = {
        required: true,
        content: {
          'multipart/form-data': {
            schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } },
          },
        },
      };
    } else if (def.body) {
      op.requestBody = { required: true, content: { 'application/json': { schema: inputSchema(def.body) } } };
    }
    const oaPath = def.path; // `{name}` placeholders are OpenAPI syntax already
    (paths[oaPath] ??= {})[def.method.toLowerCase()] = op;
  }

  const errorResponses: Record<string, JsonObject> = {};
  for (const [code, description] of Object.entries(ERROR_DESCRIPTIONS)) {
    const headers: JsonObject = code === '429' ? { 'Retry-After': { schema: { type: 'integer' }, description: 'Seconds to wait' } } : {};
    errorResponses[`E${code}`] = {
      description,
      headers,
      content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } },
    };
  }

  return {
    openapi: '3.1.0',
    info: {
      title: 'yiwang government-service API',
      version,
      description:
        'The shared contract of yiwang (一网): catalog of service items and guides, online application, ' +
        'progress tracking, EMS delivery and evaluation, so that approvals are done without visiting a hall (不见面审批). ' +
        'Generated from @yiwang/contract; do not edit by hand.',
      license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
    },
    servers: [{ url: API_BASE_PATH }],
    tags: [...new Set(all.map((e) => e.group))].map((name) => ({ name })),
    paths,
    components: {
      schemas,
      responses: errorResponses,
      parameters: {
        IdempotencyKey: {
          name: 'Idempotency-Key',
          in: 'header',
          required: false,
          description: 'The same key replays the first response; the same key with another body is IDEMPOTENCY_MISMATCH (409).',
          schema: { type: 'string', minLength: 8, maxLength: 128 },
        },
        ActingFor: {
          name: contract.ACTING_FOR_HEADER,
          in: 'header',
          required: false,
          description:
            'Act for this enterprise (its user id) instead of the signed-in person: the person needs a live authorisation ' +
            '(法人 or 经办人) for it, else 403 `AUTHORISATION_EXPIRED` or `NOT_AUTHORISED_FOR_ENTERPRISE`.',
          schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{1,64}$' },
        },
        AcceptLanguage: {
          name: 'Accept-Language',
          in: 'header',
          required: false,
          description: 'zh-CN (default) or en: the language of error messages.',
          schema: { type: 'string' },
        },
      },
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'Applicant token from the platform sign-in.' },
        operator: { type: 'http', scheme: 'bearer', description: 'Operator token of the reference server.' },
        admin: {
          type: 'http',
          scheme: 'bearer',
          description: 'Administrator token (imports, search statistics, staff directory, audit log).',
        },
      },
    },
  };
}
