// Address fields: `<yw-address-picker>` (cascading divisions, detail, postcode),
// or the renderer's small fallback while that element is not registered. The
// schema's address fields are locations (经营场所, 建设地点): no recipient.
import { html, noChange, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { Directive, directive } from 'lit/directive.js';
import type { ElementPart } from 'lit/directive.js';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import type { FormField, PostalAddress } from '@yiwang/contract';
import { sameAddress } from '../../address-picker/address-value.ts';
import { asAddress, isEmptyAddress } from '../model.ts';
import type { FieldContext } from './context.ts';
import { describedBy, ids, labelText, notes } from './context.ts';

type AddressField = Extract<FormField, { type: 'address' }>;

/**
 * Sets the element's `value` only when it differs from what the element holds:
 * the renderer re-renders on every change the element reports, and handing
 * the same address back would disturb what the applicant is typing in it.
 */
class AddressValueDirective extends Directive {
  render(_value: PostalAddress | null): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [value]: [PostalAddress | null]): typeof noChange {
    const element = part.element as HTMLElement & { value?: unknown };
    const current = asAddress(element.value);
    if (!sameAddress(current, value) && !(isEmptyAddress(current) && isEmptyAddress(value))) element.value = value;
    return noChange;
  }
}
const addressValue = directive(AddressValueDirective);

/** The element also reports a value it was given, or its empty start: only changes are written. */
function changed(ctx: FieldContext, path: string, value: PostalAddress | null): void {
  const current = asAddress(ctx.model.get(path));
  if (sameAddress(current, value) || (!current && isEmptyAddress(value))) return;
  ctx.addressChanged(path, value);
}

/**
 * The address element, with the same attributes and properties for the picker
 * and the fallback. Its tag is one of two constants, never data. It sits in a
 * fieldset whose legend names it; the element labels its own parts.
 */
export function addressElement(
  ctx: FieldContext,
  options: { id: string; path: string; required: boolean; recipient: boolean },
): TemplateResult {
  const tag = unsafeStatic(ctx.addressTag);
  const config = ctx.addressConfig;
  return staticHtml`<${tag} id=${options.id} part="address" data-path=${options.path} data-kind="address" name=${options.path}
    ?required=${options.required} ?no-recipient=${!options.recipient} ?disabled=${ctx.disabled} ${addressValue(asAddress(ctx.model.get(options.path)))}
    api-base=${config.apiBase ?? nothing} locale=${config.locale} elder=${config.elder ? 'true' : 'false'}
    @change=${(e: Event) => changed(ctx, options.path, asAddress((e.currentTarget as { value?: unknown }).value))}></${tag}>`;
}

export function renderAddress(ctx: FieldContext, field: AddressField, path: string): TemplateResult {
  const i = ids(path);
  const error = ctx.errors.has(path);
  return html`<fieldset class="field" part="field" data-type="address" ?data-invalid=${error} aria-describedby=${describedBy(ctx, path, field)}>
    <legend part="label" id=${i.label}>${labelText(ctx, field)}</legend>
    ${notes(ctx, path, field)} ${addressElement(ctx, { id: i.id, path, required: !!field.required, recipient: false })}
  </fieldset>`;
}
