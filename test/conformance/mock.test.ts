// Conformance of the msw mock (the same app over in-memory PGlite), in node.
import { before, after } from 'node:test';
import { setupServer } from 'msw/node';
import { createMockApi, MOCK_ADMIN_TOKEN, MOCK_OPERATOR_TOKEN } from '@yiwang/mock';
import type { MockApi } from '@yiwang/mock';
import { loadDivisionData } from '../../packages/server/src/divisions/load.ts';
import { conformanceSuite } from './suite.ts';
import { demoStaffTokens, demoTokens } from './tokens.ts';

const origin = 'http://mock.yiwang.test';
let mock: MockApi;
let worker: ReturnType<typeof setupServer>;
before(async () => {
  mock = await createMockApi({ divisions: loadDivisionData(), origin });
  worker = setupServer(...mock.handlers);
  worker.listen({ onUnhandledFrame: 'error' });
});
after(async () => {
  worker?.close();
  await mock?.close();
});

conformanceSuite('msw mock', () => ({
  apiUrl: mock.baseUrl,
  tokens: demoTokens,
  staffTokens: demoStaffTokens,
  operatorToken: MOCK_OPERATOR_TOKEN,
  adminToken: MOCK_ADMIN_TOKEN,
  progressRateLimit: mock.services.config.progressRateLimit.max,
  clientHeader: 'X-Mock-Client',
}));
