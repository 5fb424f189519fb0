// The picker's value and its validation: pure functions over the contract's
// own validators (the same ones the server runs), so that the element, the
// form renderer and the server agree on what a valid address is.
import { isValidMobile, isValidPostcode, normalizeMobile } from '@yiwang/contract';
import type { Address, AddressParseResult, DivisionLevel, DivisionRef, PostalAddress } from '@yiwang/contract';
import type { MessageKey } from '../../i18n/index.ts';

/**
 * The structured value of `<yw-address-picker>`: the contract's PostalAddress
 * (`recipient` and `mobile` are `''` with `no-recipient`; `mobile` normalised,
 * `+86 138-0000-0000` → `13800000000`; `postcode` null when not given).
 */
export type AddressValue = PostalAddress;

/** Limits of the contract's AddressInput. */
export const RECIPIENT_MAX = 50;
export const DETAIL_MAX = 120;

/** The parts of the picker a problem can be on, in the order they are shown. */
export const ADDRESS_FIELDS = ['region', 'detail', 'recipient', 'mobile', 'postcode'] as const;
export type AddressField = (typeof ADDRESS_FIELDS)[number];

/** The label of each part, as the picker and smart paste's summary name it. */
export const FIELD_LABEL: Record<AddressField, MessageKey> = {
  region: 'addressPicker.region',
  detail: 'addressPicker.detail',
  recipient: 'addressPicker.recipient',
  mobile: 'addressPicker.mobile',
  postcode: 'addressPicker.postcode',
};

/** Message keys without arguments (validation messages take none). */
type PlainKey = { [K in MessageKey]: K extends `addressPicker.invalid.${string}` ? K : never }[MessageKey];

export interface AddressProblem {
  field: AddressField;
  /** The ValidityState flag it sets. */
  flag: 'valueMissing' | 'patternMismatch' | 'tooLong' | 'customError';
  message: PlainKey;
}

export interface ValidationInput {
  value: AddressValue | null;
  required: boolean;
  noRecipient: boolean;
  /** Whether the chosen division is the last level there is (no children). */
  regionComplete: boolean;
  /** Whether EMS delivers to the chosen division (`checking` while it is being asked). */
  coverage: CoverageState;
}

/** What is known about EMS delivery to the chosen division. */
export type CoverageState = 'covered' | 'checking' | 'not-covered' | 'unknown';

/** An empty value: nothing typed or chosen. */
export function isEmptyValue(value: AddressValue | null): boolean {
  return !value || (!value.divisionCode && !value.detail && !value.recipient && !value.mobile && !value.postcode);
}

/**
 * Everything wrong with the address, field by field, first problem first. An
 * empty picker that is not `required` has none; once anything is entered the
 * whole address must be.
 */
export function addressProblems({ value, required, noRecipient, regionComplete, coverage }: ValidationInput): AddressProblem[] {
  if (isEmptyValue(value) && !required) return [];
  const v: AddressValue = value ?? { recipient: '', mobile: '', divisionCode: '', divisionPath: [], detail: '', postcode: null };
  const problems: AddressProblem[] = [];
  if (!v.divisionCode) problems.push({ field: 'region', flag: 'valueMissing', message: 'addressPicker.invalid.region' });
  else if (!regionComplete) problems.push({ field: 'region', flag: 'valueMissing', message: 'addressPicker.invalid.regionDeeper' });
  // The picker is the guard: an area is not accepted before EMS is known to deliver there.
  else if (!noRecipient && coverage === 'not-covered')
    problems.push({ field: 'region', flag: 'customError', message: 'addressPicker.invalid.notCovered' });
  else if (!noRecipient && coverage === 'checking')
    problems.push({ field: 'region', flag: 'customError', message: 'addressPicker.invalid.checking' });
  if (!v.detail) problems.push({ field: 'detail', flag: 'valueMissing', message: 'addressPicker.invalid.detail' });
  else if ([...v.detail].length > DETAIL_MAX)
    problems.push({ field: 'detail', flag: 'tooLong', message: 'addressPicker.invalid.detailLong' });
  if (!noRecipient) {
    if (!v.recipient) problems.push({ field: 'recipient', flag: 'valueMissing', message: 'addressPicker.invalid.recipient' });
    else if ([...v.recipient].length > RECIPIENT_MAX)
      problems.push({ field: 'recipient', flag: 'tooLong', message: 'addressPicker.invalid.recipientLong' });
    if (!v.mobile) problems.push({ field: 'mobile', flag: 'valueMissing', message: 'addressPicker.invalid.mobileMissing' });
    else if (!isValidMobile(v.mobile)) problems.push({ field: 'mobile', flag: 'patternMismatch', message: 'addressPicker.invalid.mobile' });
  }
  if (v.postcode && !isValidPostcode(v.postcode))
    problems.push({ field: 'postcode', flag: 'patternMismatch', message: 'addressPicker.invalid.postcode' });
  return problems;
}

/** The message for the form as a whole (the browser's bubble): an empty address is one problem, not four. */
export function summaryMessage(value: AddressValue | null, noRecipient: boolean, first: AddressProblem): PlainKey {
  if (!isEmptyValue(value)) return first.message;
  return noRecipient ? 'addressPicker.invalid.requiredLocation' : 'addressPicker.invalid.required';
}

/**
 * Whether two values name the same address, field by field (a missing recipient, mobile or postcode is the same as
 * an empty one). Null only equals null: a caller for which an empty value means "no address" says so itself
 * (`isEmptyValue(v) ? null : v`).
 */
export function sameAddress(a: Partial<AddressValue> | null, b: Partial<AddressValue> | null): boolean {
  const key = (v: Partial<AddressValue>) =>
    [
      v.recipient ?? '',
      v.mobile ?? '',
      v.divisionCode ?? '',
      (v.divisionPath ?? []).map((d) => d.code).join('/'),
      v.detail ?? '',
      v.postcode ?? '',
    ].join('\u0000');
  return a === null || b === null ? a === b : key(a) === key(b);
}

/** What a native <form> submits: the contract's AddressInput fields as JSON. */
export function toFormValue(value: AddressValue): string {
  const { recipient, mobile, divisionCode, detail, postcode } = value;
  return JSON.stringify({ recipient, mobile, divisionCode, detail, postcode });
}

/** The normalised form of what the applicant typed. */
export function cleanText(raw: string): string {
  return raw.trim();
}
export function cleanMobile(raw: string): string {
  return raw.trim() ? normalizeMobile(raw.trim()) : '';
}

/** A value from a saved address of the address book. */
export function fromAddress(address: Address): AddressValue {
  return {
    recipient: address.recipient,
    mobile: address.mobile,
    divisionCode: address.divisionCode,
    divisionPath: address.divisionPath.map(ref),
    detail: address.detail,
    postcode: address.postcode,
  };
}

/** Code, name and level of a division (the shape stored on an address's path). */
export function ref(division: { code: string; name: string; level: DivisionLevel }): DivisionRef {
  return { code: division.code, name: division.name, level: division.level };
}

/** Which fields a smart-paste result filled and which it could not. */
export function parsedFields(result: AddressParseResult, noRecipient: boolean): { filled: AddressField[]; missing: AddressField[] } {
  const found: Record<AddressField, boolean> = {
    region: result.divisionPath.length > 0,
    detail: !!result.detail,
    recipient: !!result.recipient,
    mobile: !!result.mobile,
    postcode: !!result.postcode,
  };
  const fields = ADDRESS_FIELDS.filter((f) => !noRecipient || (f !== 'recipient' && f !== 'mobile'));
  // A postcode is optional: not finding one is not worth a warning.
  return { filled: fields.filter((f) => found[f]), missing: fields.filter((f) => !found[f] && f !== 'postcode') };
}

/** Restores a value saved by `formStateRestoreCallback`, or null when it is not one. */
export function parseStoredValue(state: unknown): AddressValue | null {
  if (typeof state !== 'string') return null;
  try {
    const v = JSON.parse(state) as Partial<AddressValue> | null;
    if (!v || typeof v !== 'object') return null;
    return {
      recipient: typeof v.recipient === 'string' ? v.recipient : '',
      mobile: typeof v.mobile === 'string' ? v.mobile : '',
      divisionCode: typeof v.divisionCode === 'string' ? v.divisionCode : '',
      divisionPath: Array.isArray(v.divisionPath) ? v.divisionPath.filter((d) => d && typeof d.code === 'string').map(ref) : [],
      detail: typeof v.detail === 'string' ? v.detail : '',
      postcode: typeof v.postcode === 'string' && v.postcode ? v.postcode : null,
    };
  } catch {
    return null;
  }
}
