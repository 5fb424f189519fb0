// Conformance of the reference server on embedded PGlite.
import { before, after } from 'node:test';
import { conformanceSuite } from './suite.ts';
import { demoTokens } from './tokens.ts';
import { startTestServer, TEST_ADMIN_TOKEN, TEST_OPERATOR_TOKEN } from '../helpers/test-server.ts';
import type { TestServer } from '../helpers/test-server.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(async () => {
  await server?.close();
});

conformanceSuite('reference server on PGlite', () => ({
  apiUrl: server.apiUrl,
  tokens: demoTokens,
  operatorToken: TEST_OPERATOR_TOKEN,
  adminToken: TEST_ADMIN_TOKEN,
  progressRateLimit: server.services.config.progressRateLimit.max,
  clientHeader: 'X-Test-Client',
}));
