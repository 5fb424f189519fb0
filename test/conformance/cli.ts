// `npm run conformance -- --base-url http://host:port [--token-a T --token-b T] [--operator-token T] [--admin-token T]`
// Checks any backend that claims the contract, with the bearer tokens of two
// applicants: A a person (with e-licenses, to fill the forms) and B anyone else.
//
// Tokens, in this order:
// - --token-a / --token-b: any tokens the backend accepts, e.g. access tokens
//   your identity provider issued for the API's audience (sign A and B in at
//   the provider with authorization code + PKCE and pass the access tokens);
// - without them, against `npm start`: A (李文博) and B (孙丽娜, an enterprise
//   agent) are signed in through its development provider at <base-url>/oidc,
//   as the public client yiwang-demo, and their provider-issued tokens are used;
// - otherwise the backend's `POST /auth/demo-sign-in` (the reference server
//   with YIWANG_DEMO_SIGN_IN=on).
import { run } from 'node:test';
import { spec } from 'node:test/reporters';
import { parseArgs } from 'node:util';
import { conformanceSuite } from './suite.ts';
import { demoTokens, devProviderAt, providerTokens } from './tokens.ts';

const { values } = parseArgs({
  options: {
    'base-url': { type: 'string' },
    'token-a': { type: 'string' },
    'token-b': { type: 'string' },
    'operator-token': { type: 'string' },
    'admin-token': { type: 'string' },
  },
});

if (process.env.YIWANG_CONFORMANCE_CHILD) {
  const base = (process.env.YIWANG_CONFORMANCE_BASE_URL ?? '').replace(/\/$/, '');
  const tokenA = process.env.YIWANG_CONFORMANCE_TOKEN_A;
  const tokenB = process.env.YIWANG_CONFORMANCE_TOKEN_B;
  const origin = new URL(base).origin;
  const devProvider = tokenA && tokenB ? null : await devProviderAt(origin);
  if (devProvider) console.log(`signing A and B in through the development identity provider at ${devProvider.issuer}`);
  conformanceSuite(base, () => ({
    apiUrl: base.endsWith('/api/v1') ? base : `${base}/api/v1`,
    tokens: tokenA && tokenB ? async () => ({ a: tokenA, b: tokenB }) : devProvider ? providerTokens(devProvider) : demoTokens,
    ...(process.env.YIWANG_CONFORMANCE_OPERATOR_TOKEN ? { operatorToken: process.env.YIWANG_CONFORMANCE_OPERATOR_TOKEN } : {}),
    ...(process.env.YIWANG_CONFORMANCE_ADMIN_TOKEN ? { adminToken: process.env.YIWANG_CONFORMANCE_ADMIN_TOKEN } : {}),
  }));
} else {
  if (!values['base-url']) {
    console.error(
      'usage: npm run conformance -- --base-url http://host:port [--token-a T --token-b T] [--operator-token T] [--admin-token T]',
    );
    process.exit(2);
  }
  const env = {
    ...process.env,
    YIWANG_CONFORMANCE_CHILD: '1',
    YIWANG_CONFORMANCE_BASE_URL: values['base-url'],
    YIWANG_CONFORMANCE_TOKEN_A: values['token-a'] ?? '',
    YIWANG_CONFORMANCE_TOKEN_B: values['token-b'] ?? '',
    YIWANG_CONFORMANCE_OPERATOR_TOKEN: values['operator-token'] ?? '',
    YIWANG_CONFORMANCE_ADMIN_TOKEN: values['admin-token'] ?? '',
  };
  let failed = false;
  const stream = run({ files: [import.meta.filename], env, execArgv: ['--conditions=yiwang-source'] });
  stream.on('test:fail', () => (failed = true));
  stream.compose(spec).pipe(process.stdout);
  stream.on('end', () => (process.exitCode = failed ? 1 : 0));
}
