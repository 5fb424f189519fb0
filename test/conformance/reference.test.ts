// Conformance of the reference server on embedded PGlite, with applicants A and
// B signed in through the development identity provider (authorization code +
// PKCE): A is 李文博, linked to the seeded demo-person (whose e-licenses fill the
// forms), B an enterprise agent. The mock and PostgreSQL runs use the demo
// tokens, which keeps `POST /auth/demo-sign-in` covered.
import { before, after } from 'node:test';
import { conformanceSuite } from './suite.ts';
import { PROVIDER_ACCOUNTS } from './tokens.ts';
import { startTestServer, TEST_ADMIN_TOKEN, TEST_OPERATOR_TOKEN } from '../helpers/test-server.ts';
import type { TestServer } from '../helpers/test-server.ts';
import { TEST_AUDIENCE, startIdentityProvider } from '../helpers/identity-provider.ts';
import type { TestIdentityProvider } from '../helpers/identity-provider.ts';
import { oidcConfig } from '../../packages/server/src/identity/oidc-config.ts';

let server: TestServer;
let idp: TestIdentityProvider;
before(async () => {
  idp = await startIdentityProvider();
  server = await startTestServer({ oidc: oidcConfig({ issuer: idp.issuer, audience: TEST_AUDIENCE }) });
});
after(async () => {
  await server?.close();
  await idp?.close();
});

conformanceSuite('reference server on PGlite, provider-issued tokens', () => ({
  apiUrl: server.apiUrl,
  tokens: async () => ({ a: await idp.signIn(PROVIDER_ACCOUNTS.a), b: await idp.signIn(PROVIDER_ACCOUNTS.b) }),
  staffTokens: async () => ({
    clerk: await idp.signIn(PROVIDER_ACCOUNTS.clerk),
    otherClerk: await idp.signIn(PROVIDER_ACCOUNTS.otherClerk),
    officer: await idp.signIn(PROVIDER_ACCOUNTS.officer),
    otherReviewer: await idp.signIn(PROVIDER_ACCOUNTS.otherReviewer),
  }),
  operatorToken: TEST_OPERATOR_TOKEN,
  adminToken: TEST_ADMIN_TOKEN,
  progressRateLimit: server.services.config.progressRateLimit.max,
  clientHeader: 'X-Test-Client',
}));
