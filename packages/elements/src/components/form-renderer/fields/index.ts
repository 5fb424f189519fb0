// One template per field type; hidden fields (by their condition or a group's)
// are not rendered at all.
import { nothing } from 'lit';
import type { FormField } from '@yiwang/contract';
import type { FieldContext } from './context.ts';
import { renderChoices, renderSelect, renderTextLike } from './inputs.ts';
import type { Field } from './inputs.ts';

export function renderField(ctx: FieldContext, field: FormField, path: string): unknown {
  if (ctx.model.isHidden(path)) return nothing;
  switch (field.type) {
    case 'select':
      return renderSelect(ctx, field as Field<'select'>, path);
    case 'radio':
    case 'checkbox':
      // The contract's choice fields share one schema, so `type` does not narrow them.
      return renderChoices(ctx, field as Field<'radio' | 'checkbox'>, path);
    // Groups, addresses, files and e-licenses come with the later views (views/later.ts): the first step of
    // most forms asks for none of them.
    case 'group':
      return ctx.later?.renderGroup(ctx, field, path) ?? ctx.laterPending();
    case 'address':
      return ctx.later?.renderAddress(ctx, field, path) ?? ctx.laterPending();
    case 'file':
      return ctx.later?.renderFile(ctx, field, path) ?? ctx.laterPending();
    case 'license':
      return ctx.later?.renderLicense(ctx, field, path) ?? ctx.laterPending();
    default:
      return renderTextLike(ctx, field, path);
  }
}

/** The fields of a list (a section, a group entry) under `prefix`. */
export function renderFields(ctx: FieldContext, fields: readonly FormField[], prefix: string): unknown[] {
  return fields.map((field) => renderField(ctx, field, prefix ? `${prefix}.${field.name}` : field.name));
}

export type { FieldContext } from './context.ts';
