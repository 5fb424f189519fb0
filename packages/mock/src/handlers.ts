// msw handlers that hand every /api/v1 request to the reference server's own
// hono app, running over an in-memory PGlite seeded with the same data. One
// implementation, no drift: the mock is the server.
import { http, HttpResponse, delay } from 'msw';
import type { HttpHandler } from 'msw';
import { API_BASE_PATH } from '@yiwang/contract';
import { createApp, createDivisionIndex, createPgliteDb, createServices, defaultConfig, seedData, seededImageKey } from '@yiwang/server';
import type { DivisionData, ServerConfig, Services } from '@yiwang/server';
import { FaultController, faultBody, violate } from './faults.ts';

/** Operator token of the mock, for stories and tests that move applications along. */
export const MOCK_OPERATOR_TOKEN = 'mock-operator-token';
/** Catalog administrator token of the mock (search statistics). */
export const MOCK_ADMIN_TOKEN = 'mock-admin-token';

export interface MockOptions {
  /** Division data (packages/server/data/divisions.json, parsed). */
  divisions: DivisionData;
  /** Origin the API is mocked on; any origin when omitted. */
  origin?: string;
  config?: Partial<ServerConfig>;
  /**
   * A seeded database image (`seededPgliteImage` of `@yiwang/server`) and its
   * `seededImageKey`: the mock starts from it instead of migrating and seeding,
   * when the key is the one of its configuration (today's, same calendar).
   */
  image?: { data: Blob; key: string };
}

export interface MockApi {
  handlers: HttpHandler[];
  faults: FaultController;
  services: Services;
  /** The API base URL on the mocked origin (or `/api/v1`). */
  baseUrl: string;
  close(): Promise<void>;
}

/** Builds the in-memory server and the msw handlers that route to it. */
export async function createMockApi(options: MockOptions): Promise<MockApi> {
  const config = defaultConfig({ operatorToken: MOCK_OPERATOR_TOKEN, adminToken: MOCK_ADMIN_TOKEN, ...options.config });
  const db = options.image?.key === seededImageKey(config) ? await createPgliteDb({ image: options.image.data }) : await createPgliteDb();
  const services = await createServices({
    db,
    config,
    divisions: createDivisionIndex(options.divisions),
    seed: seedData,
    clientAddress: (c) => c.req.header('X-Mock-Client') ?? 'mock-client',
  });
  const app = createApp(services);
  const faults = new FaultController();
  const pattern = `${options.origin ?? '*'}${API_BASE_PATH}/*`;

  const handler = http.all(pattern, async ({ request }) => {
    const action = faults.take(request.method, request.url);
    if (action.latencyMs > 0) await delay(action.latencyMs);
    switch (action.kind) {
      case 'drop':
        return HttpResponse.error();
      case 'malformed':
        return new HttpResponse('{"items": [', { status: 200, headers: { 'Content-Type': 'application/json' } });
      case 'status':
        return HttpResponse.json(faultBody(action.status), {
          status: action.status,
          headers: action.retryAfter !== undefined ? { 'Retry-After': String(action.retryAfter) } : {},
        });
      default: {
        const response = await app.fetch(request);
        if (action.kind !== 'violate' || !response.headers.get('Content-Type')?.includes('json')) return response;
        return HttpResponse.json(violate(await response.json()) as Record<string, unknown>, { status: response.status });
      }
    }
  });

  return {
    handlers: [handler],
    faults,
    services,
    baseUrl: `${options.origin ?? ''}${API_BASE_PATH}`,
    close: async () => {
      await services.close();
      await db.close();
    },
  };
}
