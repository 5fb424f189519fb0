// Where <yw-form-designer> gets a starter form from an item's 办事指南 and saves a
// new version. A page may set its own (`designer.backend = …`); otherwise the
// element asks `defaultBackend` with its client.
import type { FormSchema } from '@yiwang/contract';
import type { Client } from '@yiwang/sdk';

export interface FormDesignerBackend {
  /** A starter form generated from the item's 办事指南 (`itemCode`: the item's id). */
  starter(itemCode: string): Promise<FormSchema>;
  /** Saves `form` as a new published version; the server numbers it. */
  publish(form: FormSchema): Promise<{ version: number }>;
}

/**
 * The backend the designer uses when the page sets none: the one place that
 * ties the designer to the SDK. The SDK has no form publishing yet, so there is
 * none, and the designer hides "从办事指南生成" and "保存为新版本". Once the
 * endpoints exist, return
 * `{ starter: (code) => client.forms.starter({ code }), publish: (form) => client.forms.publish({ id: form.id }, form) }`
 * here (for a client; null without one).
 */
export function defaultBackend(client: Client | null): FormDesignerBackend | null {
  void client;
  return null;
}
