// Mocha's globals, as web-test-runner provides them, typed for browser tests
// (the repository has no @types/mocha; node tests use node:test).
type Body = (this: { timeout(ms: number): void; skip(): never }) => Promise<void> | void;
const g = globalThis as unknown as Record<string, unknown>;

export const describe = g.describe as (title: string, body: () => void) => void;
export const it = g.it as (title: string, body: Body) => void;
export const before = g.before as (body: Body) => void;
export const after = g.after as (body: Body) => void;
export const beforeEach = g.beforeEach as (body: Body) => void;
export const afterEach = g.afterEach as (body: Body) => void;
