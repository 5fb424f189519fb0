// Where <yw-form-designer> gets a starter form from an item's 办事指南 and saves a
// new version. A page may set its own (`designer.backend = …`); otherwise the
// element asks `defaultBackend` with its client.
import type { FormSchema } from '@yiwang/contract';
import type { Client } from '@yiwang/sdk';

export interface FormDesignerBackend {
  /** A starter form generated from the item's 办事指南 (`itemCode`: the item's id). */
  starter(itemCode: string, signal?: AbortSignal): Promise<FormSchema>;
  /** Saves `form` as a new published version; the server numbers it. */
  publish(form: FormSchema, signal?: AbortSignal): Promise<{ version: number }>;
}

/**
 * The backend the designer uses when the page sets none: the one place that
 * ties the designer to the SDK. With a client (the element's `api-base` or a
 * `<yw-config>` around it), "从办事指南生成" calls `GET /items/{id}/form-starter`
 * and "保存为新版本" `POST /forms/{id}/versions`. Publishing needs a signed-in
 * platform administrator or staff of the item's department: the designer cannot
 * tell from a token, so the controls are shown for any client and a 401 or 403
 * comes back as the save error, saying which role is needed. Without a client
 * there is no backend and both controls are hidden.
 */
export function defaultBackend(client: Client | null): FormDesignerBackend | null {
  if (!client) return null;
  return {
    starter: (itemCode, signal) => client.forms.starter(itemCode, { signal }),
    publish: (form, signal) => client.forms.publish(form.id, form, { signal }),
  };
}
