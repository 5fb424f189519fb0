// The postal address an applicant gives (the contract's PostalAddress), completed
// from the division index: the path from the province down, and the postcode
// when none was given.
import type { PostalAddress } from '@yiwang/contract';
import type { DivisionIndex } from '../divisions/divisions.ts';

/** What a client sends for an address. */
export interface AddressFields {
  recipient: string;
  mobile: string;
  divisionCode: string;
  detail: string;
  postcode?: string | undefined;
}

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
