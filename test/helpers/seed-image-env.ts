// Where test/run-node-tests.ts leaves the seeded database image of the run for
// the test processes (test-server.ts reads it), and which `seededImageKey` it
// was made for. No imports: the runner loads it without the source condition.
export const SEED_IMAGE_ENV = 'YIWANG_TEST_SEED_IMAGE';
export const SEED_IMAGE_KEY_ENV = 'YIWANG_TEST_SEED_IMAGE_KEY';
