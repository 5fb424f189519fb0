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

/** What a failed assertion's value was, in words, when it cannot be sent as it is (a DOM node). */
function described(value: unknown): string {
  if (value instanceof Element) return value.outerHTML.length > 500 ? `${value.outerHTML.slice(0, 500)}…` : value.outerHTML;
  if (value instanceof Node) return `${value.nodeName} ${value.textContent?.slice(0, 200) ?? ''}`;
  return String(value);
}

// web-test-runner sends a file's results with structuredClone, which throws on a DOM node: a
// failed `expect(element).to.equal(null)` then sent nothing, and the whole run waited for its
// 900 s finish timeout instead of reporting the failure. A failed test's `actual` and
// `expected` are replaced by a description when they cannot be cloned.
(g.afterEach as (body: (this: { currentTest?: { err?: Record<string, unknown> } }) => void) => void)(function () {
  const err = this.currentTest?.err;
  if (!err) return;
  for (const key of ['actual', 'expected']) {
    if (err[key] === undefined) continue;
    try {
      structuredClone(err[key]);
    } catch {
      err[key] = described(err[key]);
    }
  }
});
