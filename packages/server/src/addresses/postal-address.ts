// The postal address an applicant gives (the contract's PostalAddress), completed
// from the division index: the path from the province down, and the postcode
// when none was given.
import type { AddressInput, DivisionLevel, PostalAddress, z } from '@yiwang/contract';
import type { DivisionIndex } from '../divisions/divisions.ts';

/** What a client sends for an address: the contract's AddressInput without `isDefault`. */
export type AddressFields = Omit<z.output<typeof AddressInput>, 'isDefault'>;

/** Whether an address may stop at this level: a county or a township, where EMS delivers to a door. */
export function isAddressLevel(level: DivisionLevel | undefined): boolean {
  return level === 'county' || level === 'township';
}

/** What the applicant is told when the chosen area is a province or a city. */
export const CHOOSE_ADDRESS_LEVEL = { zh: '请选择到区县或乡镇（街道）', en: 'Choose down to a county or township' } as const;

/** The address with its division path and, when none was given, the deepest known postcode along the path (township, else county …). */
export function postalAddress(divisions: Pick<DivisionIndex, 'path'>, input: AddressFields): PostalAddress {
  const path = divisions.path(input.divisionCode);
  return {
    recipient: input.recipient,
    mobile: input.mobile,
    divisionCode: input.divisionCode,
    divisionPath: path.map((d) => ({ code: d.code, name: d.name, level: d.level })),
    detail: input.detail,
    postcode: input.postcode ?? [...path].reverse().find((d) => d.postcode)?.postcode ?? null,
  };
}
