// The operator token of the reference servers the tests start (node tests and
// the browser tests' /__reference instances): lets a test move an application
// through its lifecycle. Test-only; never a deployment's token.
export const TEST_OPERATOR_TOKEN = 'test-operator-token-0123456789';

/** The catalog administrator token of the same servers. Test-only. */
export const TEST_ADMIN_TOKEN = 'test-admin-token-0123456789';
