// Never ask twice: fields with `prefill` take the applicant's verified profile
// values (`me.prefill`) or a field of one of their e-licenses (营业执照 →
// enterpriseName, uscc, legalPerson …); e-license fields and materials that an
// e-license can replace get the applicant's valid license of that type. Only
// empty fields are filled, and each filled one is marked with its source.
import type { FormField, License, LicenseType, Profile } from '@yiwang/contract';
import type { Client } from '@yiwang/sdk';
import { asFileValue, isEmptyValue } from './../model.ts';
import type { FormModel } from './../model.ts';

/** The signed-in applicant, or nobody. */
export interface Session {
  profile: Profile | null;
  licenses: License[];
}

/** Where a prefilled value came from. */
export type PrefillMark = { source: 'profile'; value: unknown } | { source: 'license'; license: License; value: unknown };

/**
 * Loads who is signed in; not signed in (no token, so nothing is asked, or a
 * 401) or unreachable means nobody (the form still works).
 */
export async function loadSession(client: Client, hasToken: boolean, signal: AbortSignal): Promise<Session> {
  if (!hasToken) return { profile: null, licenses: [] };
  const [me, licenses] = await Promise.allSettled([client.me.get({ signal }), client.licenses.list({ signal })]);
  const profile = me.status === 'fulfilled' ? me.value : null;
  return { profile, licenses: profile && licenses.status === 'fulfilled' ? licenses.value.items : [] };
}

/** The applicant's valid e-licenses of a type, newest first. */
export function validLicenses(session: Session | null, type: LicenseType): License[] {
  return (session?.licenses ?? [])
    .filter((l) => l.type === type && l.status === 'valid')
    .sort((a, b) => b.issuedOn.localeCompare(a.issuedOn));
}

function prefillValue(field: FormField, session: Session): { value: unknown; mark: PrefillMark } | null {
  if (field.type === 'license') {
    const license = validLicenses(session, field.licenseType)[0];
    return license ? { value: license.id, mark: { source: 'license', license, value: license.id } } : null;
  }
  if (field.type === 'file' && field.licenseType) {
    const license = validLicenses(session, field.licenseType)[0];
    const value = { use: 'license', fileIds: [], licenseId: license?.id ?? null };
    return license ? { value, mark: { source: 'license', license, value } } : null;
  }
  const prefill = field.prefill;
  if (!prefill) return null;
  if (prefill.source === 'profile') {
    const value = session.profile?.prefill[prefill.field];
    return value ? { value, mark: { source: 'profile', value } } : null;
  }
  const license = validLicenses(session, prefill.licenseType).find((l) => l.fields[prefill.field]);
  const value = license?.fields[prefill.field];
  return license && value ? { value, mark: { source: 'license', license, value } } : null;
}

/**
 * Fills the empty fields that have a source (hidden ones too: they may be
 * shown later), top level and in non-repeating groups. Returns the marks.
 */
export function applyPrefill(model: FormModel, session: Session): Map<string, PrefillMark> {
  const marks = new Map<string, PrefillMark>();
  if (!session.profile) return marks;
  const visit = (fields: readonly FormField[], prefix: string) => {
    for (const field of fields) {
      const path = prefix ? `${prefix}.${field.name}` : field.name;
      if (field.type === 'group') {
        if (!field.repeat) visit(field.fields, path);
        continue;
      }
      const found = prefillValue(field, session);
      if (!found) continue;
      const current = model.get(path);
      const empty =
        field.type === 'file' ? asFileValue(current).fileIds.length === 0 && !asFileValue(current).licenseId : isEmptyValue(current);
      if (empty) {
        model.set(path, found.value);
        marks.set(path, found.mark);
      } else if (JSON.stringify(current) === JSON.stringify(found.value)) {
        marks.set(path, found.mark);
      }
    }
  };
  visit(model.fields, '');
  return marks;
}
