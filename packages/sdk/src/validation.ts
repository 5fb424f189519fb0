// Response validation: zod and the error envelope's schema. The client imports
// this module dynamically when a call starts, in parallel with the request and
// with the response schemas of the call's endpoint group (the contract's
// `responseSchemas`), so a page's first bytes carry only the zod-free route
// table; a call still resolves only after its response passed its schema.
import { ErrorBody } from '@yiwang/contract';
import type { z } from '@yiwang/contract';

export interface Issue {
  path: string;
  message: string;
}

export type Parsed = { success: true; data: unknown } | { success: false; issues: Issue[] };

function issuePath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/** Checks a JSON response against its endpoint's schema (with its defaults and transforms applied); no schema, no check. */
export function parseResponse(schema: z.ZodMiniType | undefined, data: unknown): Parsed {
  if (!schema) return { success: true, data };
  const parsed = schema.safeParse(data);
  if (parsed.success) return { success: true, data: parsed.data };
  return { success: false, issues: parsed.error.issues.map((i) => ({ path: issuePath(i.path), message: i.message })) };
}

/** The error envelope of a non-2xx body, or null when the body is not one (a proxy's page). */
export function parseErrorBody(data: unknown): ErrorBody['error'] | null {
  const parsed = ErrorBody.safeParse(data);
  return parsed.success ? parsed.data.error : null;
}
