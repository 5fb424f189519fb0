// `npm run conformance -- --base-url http://host:port [--token-a T --token-b T] [--operator-token T] [--admin-token T]`
// Checks any backend that claims the contract. Without tokens it signs in the
// reference server's demo users.
import { run } from 'node:test';
import { spec } from 'node:test/reporters';
import { parseArgs } from 'node:util';
import { conformanceSuite } from './suite.ts';
import { demoTokens } from './tokens.ts';

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
  conformanceSuite(base, () => ({
    apiUrl: base.endsWith('/api/v1') ? base : `${base}/api/v1`,
    tokens: tokenA && tokenB ? async () => ({ a: tokenA, b: tokenB }) : demoTokens,
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
