// What the field templates read and call: the renderer passes itself through
// this interface, so the templates stay plain functions of the state.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { FormField, License, PostalAddress } from '@yiwang/contract';
import type { LocalizeController } from '../../../base/controllers/localize.ts';
import type { FormModel } from '../model.ts';
import { controlId } from '../model.ts';
import type { PrefillMark, Session } from '../controllers/prefill.ts';
import type { Uploads } from '../controllers/uploads.ts';
import type { ExtraMaterial } from '../controllers/materials.ts';

/** The tag of the plain address entry (registered by `define/yw-form-renderer.ts` when first needed). */
export const FALLBACK_ADDRESS_TAG = 'yw-form-address-fallback';

export interface FieldContext {
  readonly localize: LocalizeController;
  readonly model: FormModel;
  /** Field path → message. */
  readonly errors: ReadonlyMap<string, string>;
  readonly prefilled: ReadonlyMap<string, PrefillMark>;
  readonly uploads: Uploads;
  /** Null until known; `profile: null` when not signed in. */
  readonly session: Session | null;
  /** The guide's materials the form does not ask for. */
  readonly extras: readonly ExtraMaterial[];
  /** Materials the guide requires (their file fields are required too). */
  readonly requiredMaterials: ReadonlySet<string>;
  readonly disabled: boolean;
  /** Beijing's date today, `YYYY-MM-DD` (`today` in a schema). */
  readonly today: string;
  /** The tag that renders address fields (`yw-address-picker`, or the fallback); reading it starts fetching the picker. */
  readonly addressTag: string;
  /** Attributes the address element takes from the renderer. */
  readonly addressConfig: { apiBase: string | undefined; locale: string; elder: boolean };
  addEntry(path: string, field: Extract<FormField, { type: 'group' }>): void;
  removeEntry(path: string, index: number, field: Extract<FormField, { type: 'group' }>): void;
  retryUpload(path: string, field: Extract<FormField, { type: 'file' }>, key: string): void;
  removeFile(path: string, keyOrId: string): void;
  addressChanged(path: string, value: PostalAddress | null): void;
  /** Renders a list of fields (for groups). */
  renderFields(fields: readonly FormField[], prefix: string): unknown;
  /** The field templates fetched after the first step (views/later.ts); undefined until they are in (reading it starts the fetch). */
  readonly later: LaterFields | undefined;
  /** What stands in for a part of `later` until it is in: a placeholder, or the error with a retry when the fetch failed. */
  laterPending(): unknown;
}

/** The field templates of views/later.ts (named here, not imported: later.ts imports this module). */
export interface LaterFields {
  renderGroup(ctx: FieldContext, field: Extract<FormField, { type: 'group' }>, path: string): unknown;
  renderAddress(ctx: FieldContext, field: Extract<FormField, { type: 'address' }>, path: string): unknown;
  renderFile(ctx: FieldContext, field: Extract<FormField, { type: 'file' }>, path: string): unknown;
  renderLicense(ctx: FieldContext, field: Extract<FormField, { type: 'license' }>, path: string): unknown;
}

/** Ids of the parts of a field, from its path. */
export function ids(path: string) {
  const id = controlId(path);
  return { id, label: `${id}-label`, hint: `${id}-hint`, prefilled: `${id}-prefilled`, error: `${id}-error`, extra: `${id}-extra` };
}

/** `aria-describedby` of a field's control: its hint, where its value came from, its own notes, its error. */
export function describedBy(ctx: FieldContext, path: string, field: FormField, extra = false): string | typeof nothing {
  const i = ids(path);
  const list = [
    field.hint ? i.hint : '',
    ctx.prefilled.has(path) ? i.prefilled : '',
    extra ? i.extra : '',
    ctx.errors.has(path) ? i.error : '',
  ].filter(Boolean);
  return list.length > 0 ? list.join(' ') : nothing;
}

/** The visible label text: the schema's label and, when optional, "（选填）". */
export function labelText(ctx: FieldContext, field: FormField): TemplateResult {
  return html`${field.label}${isRequired(ctx, field) ? nothing : html`<span class="optional">${ctx.localize.t('formRenderer.optional')}</span>`}`;
}

/** Required by the schema, or a file field of a material the guide requires. */
export function isRequired(ctx: FieldContext, field: FormField): boolean {
  return !!field.required || (field.type === 'file' && !!field.materialId && ctx.requiredMaterials.has(field.materialId));
}

/** Hint, prefill note and error message under a label, in that order (GOV.UK). */
export function notes(ctx: FieldContext, path: string, field: FormField): TemplateResult {
  const i = ids(path);
  const error = ctx.errors.get(path);
  const mark = ctx.prefilled.get(path);
  return html`${field.hint ? html`<p class="hint" part="hint" id=${i.hint}>${field.hint}</p>` : nothing}
    ${mark ? prefillNote(ctx, mark, i.prefilled, field.type === 'idCard') : nothing}
    ${
      error
        ? html`<p class="field-error" part="field-error" id=${i.error}><span class="yw-sr-only">${ctx.localize.t('formRenderer.errorPrefix')}</span>${error}</p>`
        : nothing
    }`;
}

/** Where a prefilled value came from (said with the control: it is in its `aria-describedby`). */
export function prefillNote(ctx: FieldContext, mark: PrefillMark, id: string, idCard = false): TemplateResult {
  const text =
    mark.source === 'profile'
      ? ctx.localize.t(idCard ? 'formRenderer.prefilledProfileMasked' : 'formRenderer.prefilledProfile')
      : ctx.localize.t('formRenderer.prefilledLicense', mark.license.name);
  return html`<p class="prefilled" part="prefilled" id=${id}>✓ ${text}</p>`;
}

/**
 * The signed-in person's own 身份证 number, filled in from the verified profile, is shown masked
 * (`4107**********1234`) and cannot be edited: the full number goes with the application, but a
 * phone in a hall or a shared computer's screen does not show it. A number the applicant types
 * (a family member's, an agent's) is shown as typed.
 */
export function maskedIdentity(ctx: FieldContext, field: FormField, path: string): boolean {
  return field.type === 'idCard' && ctx.prefilled.get(path)?.source === 'profile';
}

/** One e-license as the applicant recognises it: name, number, issuer, validity. */
export function licenseCard(ctx: FieldContext, license: License): TemplateResult {
  const localize = ctx.localize;
  const until = license.validUntil
    ? localize.t('formRenderer.license.validUntil', license.validUntil)
    : localize.t('formRenderer.license.noExpiry');
  const status =
    license.status === 'valid'
      ? nothing
      : html` <strong class="license-status">${localize.t(`formRenderer.license.${license.status}`)}</strong>`;
  return html`<span class="license-card" part="license"
    ><span class="license-name">${license.name}</span>${status}
    <span class="license-meta">${localize.t('formRenderer.license.number')}：${license.number} · ${localize.t('formRenderer.license.issuer')}：${license.issuer} · ${until}</span></span
  >`;
}
