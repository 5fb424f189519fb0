// The guide's own material list (办事指南 材料清单): what the item requires that
// the form does not ask for (no file field names it) still has to be
// provided. Those materials get a step of their own: an e-license the applicant
// holds is used for one it can replace (and shown), the others are uploaded.
// They are sent as `materials` (`{ materialId, fileIds }` / `{ materialId, licenseId }`).
import type { FormField, FormSchema, ItemDetail, License, Material, MaterialProvision } from '@yiwang/contract';
import type { Client } from '@yiwang/sdk';
import type { LocalizeController } from '../../../base/controllers/localize.ts';
import { asFileValue } from '../model.ts';
import type { FormModel } from '../model.ts';
import type { Errors } from '../validation.ts';
import { validLicenses } from './prefill.ts';
import type { Session } from './prefill.ts';
import type { Uploads } from './uploads.ts';

type FileField = Extract<FormField, { type: 'file' }>;

/** Where the values of the guide's extra materials are kept (no schema name starts with `$`). */
export const MATERIALS_PATH = '$materials';

export interface ExtraMaterial {
  material: Material;
  /** `$materials.<materialId>`. */
  path: string;
  /** The material as a file field, for the same upload template as the form's own. */
  field: FileField;
}

/** The item's guide, or null (a schema of no known item: only the form's own materials then). */
export async function loadGuide(client: Client, itemId: string, signal: AbortSignal): Promise<ItemDetail | null> {
  try {
    return await client.items.get(itemId, { signal });
  } catch {
    return null;
  }
}

function fileMaterials(fields: readonly FormField[], out: Set<string>): Set<string> {
  for (const field of fields) {
    if (field.type === 'file' && field.materialId) out.add(field.materialId);
    if (field.type === 'group') fileMaterials(field.fields, out);
  }
  return out;
}

/**
 * The guide's materials that must come with the application and that no field
 * of the form provides: required, not only for some situations (多情形), not
 * deferrable (容缺), not the application form itself.
 */
export function extraMaterials(guide: ItemDetail | null, schema: FormSchema, fields: readonly FormField[]): ExtraMaterial[] {
  if (!guide || guide.id !== schema.itemId) return [];
  const inForm = fileMaterials(fields, new Set());
  return guide.guide.materials
    .filter((m) => m.required && !m.conditional && !m.deferrable && m.id !== 'application' && !inForm.has(m.id))
    .map((material) => ({
      material,
      path: `${MATERIALS_PATH}.${material.id}`,
      field: {
        type: 'file',
        name: `m_${material.id.replace(/[^A-Za-z0-9_]/g, '_')}`,
        label: material.name,
        hint: material.notes,
        required: true,
        materialId: material.id,
        maxFiles: 10,
        ...(material.licenseType ? { licenseType: material.licenseType } : {}),
      },
    }));
}

/** Ids of the guide's materials that every application must provide (the server refuses one without them). */
export function requiredMaterials(guide: ItemDetail | null): Set<string> {
  return new Set(
    (guide?.guide.materials ?? []).filter((m) => m.required && !m.conditional && !m.deferrable && m.id !== 'application').map((m) => m.id),
  );
}

/** The applicant's e-license for each material that one can replace, chosen where nothing was yet. */
export function chooseLicenses(extras: readonly ExtraMaterial[], model: FormModel, session: Session): Map<string, License> {
  const chosen = new Map<string, License>();
  for (const { material, path } of extras) {
    const license = material.licenseType ? validLicenses(session, material.licenseType)[0] : undefined;
    const value = asFileValue(model.get(path));
    if (!license || value.fileIds.length > 0 || (value.use === 'license' && value.licenseId)) continue;
    model.set(path, { use: 'license', fileIds: [], licenseId: license.id });
    chosen.set(path, license);
  }
  return chosen;
}

/** "请上传…" for each material not provided yet (an upload running or failed says so instead). */
export function materialProblems(
  extras: readonly ExtraMaterial[],
  model: FormModel,
  uploads: Uploads,
  localize: LocalizeController,
): Errors {
  const errors: Errors = new Map();
  for (const { material, path } of extras) {
    const value = asFileValue(model.get(path));
    const provided = value.use === 'license' ? !!value.licenseId : value.fileIds.length > 0;
    const problem = uploads.problem(path) ?? (provided ? null : localize.t('formRenderer.materials.missing', material.name));
    if (problem) errors.set(path, problem);
  }
  return errors;
}

/** The `materials` of the application body, with the path each came from (to map server details back). */
export function provisions(extras: readonly ExtraMaterial[], model: FormModel): Array<{ path: string; provision: MaterialProvision }> {
  const out: Array<{ path: string; provision: MaterialProvision }> = [];
  for (const { material, path } of extras) {
    const value = asFileValue(model.get(path));
    if (value.use === 'license' && value.licenseId) out.push({ path, provision: { materialId: material.id, licenseId: value.licenseId } });
    else if (value.use === 'upload' && value.fileIds.length > 0)
      out.push({ path, provision: { materialId: material.id, fileIds: [...value.fileIds] } });
  }
  return out;
}
