// Fault injection for stories and tests: switch a fault on, and matching
// requests fail the way real networks and servers fail.
import { API_BASE_PATH, errorCodeForStatus, listEndpoints } from '@yiwang/contract';

export interface Fault {
  /** Which requests: an endpoint id of the contract (`items.search`), or all when omitted. */
  endpoint?: string;
  /** Answer with this status and the contract's error envelope. */
  status?: number;
  /** `Retry-After` seconds sent with `status`. */
  retryAfter?: number;
  /** Wait this long first (then answer normally, or with the fault). */
  latencyMs?: number;
  /** Drop the connection: the client sees a network error. */
  drop?: boolean;
  /** Answer 200 with a body that is not JSON. */
  malformedJson?: boolean;
  /** Answer with the real body, but one field of the wrong type. */
  violateContract?: boolean;
  /** How many matching requests it affects; unlimited when omitted. */
  times?: number;
}

export type FaultAction =
  | { kind: 'none'; latencyMs: number }
  | { kind: 'status'; latencyMs: number; status: number; retryAfter?: number }
  | { kind: 'drop'; latencyMs: number }
  | { kind: 'malformed'; latencyMs: number }
  | { kind: 'violate'; latencyMs: number };

const routes = listEndpoints().map(({ id, def }) => ({
  id,
  method: def.method,
  pattern: new RegExp(`^${API_BASE_PATH}${def.path.replace(/\{[A-Za-z0-9_]+\}/g, '[^/]+')}$`),
}));

/** The contract endpoint id of a request, or null. */
export function endpointOf(method: string, url: string): string | null {
  const path = new URL(url).pathname;
  // Static paths first, as the server routes them.
  const matches = routes.filter((r) => r.method === method.toUpperCase() && r.pattern.test(path));
  matches.sort((a, b) => a.pattern.source.split('[^/]+').length - b.pattern.source.split('[^/]+').length);
  return matches[0]?.id ?? null;
}

export class FaultController {
  private faults: Array<Fault & { remaining: number }> = [];

  /** Switches a fault on; returns a function that switches it off. */
  add(fault: Fault): () => void {
    const entry = { ...fault, remaining: fault.times ?? Number.POSITIVE_INFINITY };
    this.faults.push(entry);
    return () => {
      this.faults = this.faults.filter((f) => f !== entry);
    };
  }

  /** Switches every fault off. */
  clear(): void {
    this.faults = [];
  }

  /** What to do with a request; consumes one use of the matching fault. */
  take(method: string, url: string): FaultAction {
    const id = endpointOf(method, url);
    const fault = this.faults.find((f) => f.remaining > 0 && (!f.endpoint || f.endpoint === id));
    if (!fault) return { kind: 'none', latencyMs: 0 };
    fault.remaining -= 1;
    const latencyMs = fault.latencyMs ?? 0;
    if (fault.drop) return { kind: 'drop', latencyMs };
    if (fault.malformedJson) return { kind: 'malformed', latencyMs };
    if (fault.violateContract) return { kind: 'violate', latencyMs };
    if (fault.status)
      return {
        kind: 'status',
        latencyMs,
        status: fault.status,
        ...(fault.retryAfter !== undefined ? { retryAfter: fault.retryAfter } : {}),
      };
    return { kind: 'none', latencyMs };
  }
}

/** Puts a wrong-typed value into the first field that has one, so the body breaks the contract. */
export function violate(body: unknown): unknown {
  if (Array.isArray(body)) return { unexpected: 'array' };
  if (typeof body !== 'object' || body === null) return { unexpected: body };
  const out: Record<string, unknown> = { ...(body as Record<string, unknown>) };
  for (const [key, value] of Object.entries(out)) {
    if (typeof value === 'number') out[key] = String(value);
    else if (typeof value === 'string') out[key] = 12345;
    else if (Array.isArray(value)) out[key] = { not: 'an array' };
    else if (typeof value === 'boolean') out[key] = 'yes';
    else if (value && typeof value === 'object') out[key] = 'not an object';
    else continue;
    return out;
  }
  return { unexpected: true };
}

/** The error envelope a fault answers with. */
export function faultBody(status: number): { error: { code: string; message: string; requestId: string } } {
  return { error: { code: errorCodeForStatus(status), message: `Injected fault: HTTP ${status}`, requestId: 'mock-fault' } };
}
