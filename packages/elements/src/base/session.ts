// Whether an applicant is signed in for an element, without asking the server:
// the <yw-config> whose client the element uses has a `getToken` that returns
// a token (or an `Authorization` header in its `clientOptions`). A site that
// adds the token some other way (a custom `fetch` or `onRequest`) must also
// give `getToken`, or the elements treat the page as anonymous. Elements ask before calling applicant-only endpoints (`me`, the
// address book, my applications), so an anonymous page sends no request bound
// to fail with 401 (each of which the browser logs as an error). The token is
// not kept. A token the server refuses still ends in 401, which the elements
// handle as "not signed in".
import type { YwConfig } from '../components/config/config.ts';

/** The nearest <yw-config> above `node`, across shadow roots. */
function configAbove(node: Node): YwConfig | null {
  let current: Node | null = node.parentNode;
  while (current) {
    if (current instanceof Element && current.localName === 'yw-config') return current as YwConfig;
    current = current instanceof ShadowRoot ? current.host : current.parentNode;
  }
  return null;
}

/** True when `element`'s client sends a token (an element with its own `api-base` never does). */
export async function signedIn(element: HTMLElement & { apiBase?: string | undefined }): Promise<boolean> {
  if (element.apiBase) return false;
  for (let config = configAbove(element); config; config = configAbove(config)) {
    // A <yw-config> without api-base hands on the client of the one above it.
    if (!config.apiBase) continue;
    // A token sent as a fixed header of the client counts too.
    const headers = config.clientOptions?.headers ?? {};
    if (Object.keys(headers).some((name) => name.toLowerCase() === 'authorization' && headers[name])) return true;
    try {
      return !!(await config.getToken?.({ refresh: false }));
    } catch {
      return false;
    }
  }
  return false;
}
