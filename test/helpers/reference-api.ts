// The reference server for browser tests (test/helpers/reference-middleware.ts
// serves it from web-test-runner's dev server): real HTTP to the hono app of
// `npm start`, over its own PGlite database per instance name.
import { createClient } from '@yiwang/sdk';
import type { Client } from '@yiwang/sdk';
import { TEST_ADMIN_TOKEN, TEST_OPERATOR_TOKEN } from './test-operator-token.ts';

export interface ReferenceApi {
  /** Absolute API base URL of this instance. */
  baseUrl: string;
  /** Resolves once the instance answers (its first request starts and seeds it: seconds on a busy machine). */
  ready(): Promise<void>;
  /** An SDK client with the operator token: the simulated clock (cases are moved as staff move them, staff-desk.ts). */
  operator: Client;
  /** An SDK client with the administrator token: the outbox, webhook subscriptions and their delivery logs. */
  admin: Client;
}

/** The reference server instance `name` (started on its first request, seeded, kept for the run). */
export function referenceApi(name: string): ReferenceApi {
  const baseUrl = `${location.origin}/__reference/${name}/api/v1`;
  return {
    baseUrl,
    operator: createClient({ baseUrl, retry: 0, getToken: () => TEST_OPERATOR_TOKEN }),
    admin: createClient({ baseUrl, retry: 0, getToken: () => TEST_ADMIN_TOKEN }),
    // Plain fetch, no timeout: the SDK calls of the tests keep their usual limits.
    ready: async () => {
      const response = await fetch(`${baseUrl}/departments`);
      if (!response.ok) throw new Error(`the reference server instance ${name} answered ${response.status}`);
    },
  };
}
