// Validation with the contract's own code: `validateFormData` is the function
// the server runs on submission, so the messages the applicant sees before
// submitting are the ones the server would give. Per-field checks (a blur) run
// it on the schema narrowed to that field. Server VALIDATION_FAILED details
// (`body.data.members.0.idCard`) are mapped back onto the same field paths.
import { isValidDivisionCode, validateFormData } from '@yiwang/contract';
import type { ErrorDetail, FormField, FormRefs, FormSchema } from '@yiwang/contract';
import type { FormModel } from './model.ts';

/** Where the data's paths start in the contract's details. */
export const DATA_PREFIX = 'body.data.';

/** Paths of what the renderer adds around the schema's fields (names in a schema start with a letter). */
export const CHANNEL_PATH = '$channel';
export const DELIVERY_PATH = '$delivery';
export const DELIVERY_ADDRESS_PATH = '$deliveryAddress';

/** Field path → the first message for it. */
export type Errors = Map<string, string>;

export interface ValidationHooks {
  /** The applicant's files and licenses as far as the browser knows them. */
  refs(): FormRefs;
  /** Checks the contract cannot make (an upload still running or failed), for a visible field. */
  extra(path: string, field: FormField): string | null;
}

/** The schema with only the chain of fields down to one field (so only it is checked). */
function narrowed(schema: FormSchema, chain: readonly FormField[]): FormSchema {
  let node = chain[chain.length - 1]!;
  for (let i = chain.length - 2; i >= 0; i--) node = { ...(chain[i] as Extract<FormField, { type: 'group' }>), fields: [node] };
  return { ...schema, steps: [{ id: 'field', title: '', sections: [{ id: 'field', title: '', fields: [node] }] }] };
}

/** Browser-side refs: the division check can only be structural here (the server knows the divisions). */
export function browserRefs(partial: Omit<FormRefs, 'divisionExists'>): FormRefs {
  return { ...partial, divisionExists: (code) => isValidDivisionCode(code) };
}

export class Validator {
  private readonly model: FormModel;
  private readonly hooks: ValidationHooks;

  constructor(model: FormModel, hooks: ValidationHooks) {
    this.model = model;
    this.hooks = hooks;
  }

  /** Every problem of the form (visible fields only), keyed by field path, in the order of the form. */
  all(): Errors {
    const check = validateFormData(this.model.schema, this.model.submitted, this.hooks.refs());
    const found = this.toErrors(check.details).fields;
    const ordered: Errors = new Map();
    this.model.visit((path, field) => {
      // An upload running or refused says more than "请填写".
      const message = (field.type === 'group' ? null : this.hooks.extra(path, field)) ?? found.get(path);
      if (message) ordered.set(path, message);
    });
    for (const [path, message] of found) if (!ordered.has(path)) ordered.set(path, message);
    return ordered;
  }

  /** The problems of one schema step. */
  step(step: number): Errors {
    const errors: Errors = new Map();
    for (const [path, message] of this.all()) if (this.model.stepOf(path) === step) errors.set(path, message);
    return errors;
  }

  /** The problem of one field (a blur), or null. */
  field(path: string): string | null {
    const chain = this.model.chain(path);
    if (chain.length === 0 || this.model.isHidden(path)) return null;
    const check = validateFormData(narrowed(this.model.schema, chain), this.model.submitted, this.hooks.refs());
    const target = chain[chain.length - 1]!;
    // A group's own check is its entry count; a leaf's includes its sub-paths (address parts, file indexes).
    const own = check.details.find((d) => {
      const at = d.path.slice(DATA_PREFIX.length);
      return at === path || (target.type !== 'group' && at.startsWith(`${path}.`));
    });
    return this.hooks.extra(path, target) ?? own?.message ?? null;
  }

  /**
   * Maps contract details onto field paths; those naming no field (a missing
   * guide material, the form id) are `general`.
   */
  toErrors(details: readonly ErrorDetail[]): { fields: Errors; general: string[] } {
    const fields: Errors = new Map();
    const general: string[] = [];
    for (const detail of details) {
      const found = detail.path.startsWith(DATA_PREFIX) ? this.model.resolve(detail.path.slice(DATA_PREFIX.length)) : null;
      if (found) {
        if (!fields.has(found.path)) fields.set(found.path, detail.message);
      } else {
        general.push(detail.message);
      }
    }
    return { fields, general };
  }
}
