// Response validation: the contract's schemas (and zod with them). The client
// imports this module dynamically when a call starts, in parallel with the
// request, so a page's first bytes carry only the zod-free route table; a call
// still resolves only after its response passed its schema.
import { ErrorBody, endpoints } from '@yiwang/contract';
import type { EndpointDef } from '@yiwang/contract';

export interface Issue {
  path: string;
  message: string;
}

export type Parsed = { success: true; data: unknown } | { success: false; issues: Issue[] };

function issuePath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/** Checks a JSON response of endpoint `group.name` against its schema (with its defaults and transforms applied). */
export function parseResponse(group: string, name: string, data: unknown): Parsed {
  const def = (endpoints as unknown as Record<string, Record<string, EndpointDef>>)[group]?.[name];
  const schema = def?.response;
  if (!schema || typeof schema === 'string') return { success: true, data };
  const parsed = schema.safeParse(data);
  if (parsed.success) return { success: true, data: parsed.data };
  return { success: false, issues: parsed.error.issues.map((i) => ({ path: issuePath(i.path), message: i.message })) };
}

/** The error envelope of a non-2xx body, or null when the body is not one (a proxy's page). */
export function parseErrorBody(data: unknown): ErrorBody['error'] | null {
  const parsed = ErrorBody.safeParse(data);
  return parsed.success ? parsed.data.error : null;
}
