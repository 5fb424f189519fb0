import { z } from './zod.ts';
import { Id, Timestamp, text } from './common.ts';
import { Division, DivisionCode, DivisionLevel } from './divisions.ts';
import { isValidMobile, isValidPostcode, normalizeMobile } from './validators/index.ts';

/** A mainland mobile number; `+86`, spaces and dashes are accepted and removed. */
export const Mobile = z.string().check(
  z.overwrite(normalizeMobile),
  z.refine((s) => isValidMobile(s), { message: 'Not a mainland mobile number' }),
);
export const Postcode = z.string().check(
  z.trim(),
  z.refine((s) => isValidPostcode(s), { message: 'Not a postcode' }),
);

/** A division on an address's path, as stored with the address. */
export const DivisionRef = z.object({ code: z.string(), name: z.string(), level: DivisionLevel });
export type DivisionRef = z.infer<typeof DivisionRef>;

/** What an applicant enters for a delivery address. */
export const AddressInput = z.object({
  recipient: text(50),
  mobile: Mobile,
  /** The deepest division chosen (county or township). */
  divisionCode: DivisionCode,
  detail: text(120),
  postcode: z.optional(Postcode),
  isDefault: z.optional(z.boolean()),
});
export type AddressInput = z.input<typeof AddressInput>;

/**
 * A postal address as the applicant gave it: the value of `<yw-address-picker>`,
 * an address answer in a form, the address an application's result is posted
 * to, and the body of a saved address. `recipient` and `mobile` are `''` where
 * nobody receives post there (a location rather than a delivery address).
 */
export const PostalAddress = z.object({
  recipient: z.string(),
  mobile: z.string(),
  /** The deepest division chosen (GB/T 2260; 9 digits for a township); `''` when none. */
  divisionCode: z.string(),
  /** The divisions from the province down to `divisionCode`. */
  divisionPath: z.array(DivisionRef),
  detail: z.string(),
  postcode: z.nullable(z.string()),
});
export type PostalAddress = z.infer<typeof PostalAddress>;

/** A saved address of the signed-in applicant. */
export const Address = z.object({
  id: Id,
  ...PostalAddress.shape,
  isDefault: z.boolean(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Address = z.infer<typeof Address>;

export const AddressList = z.object({ items: z.array(Address) });
export const AddressIdParams = z.object({ id: Id });

export const AddressParseRequest = z.object({ text: text(300) });

/** Result of smart paste: what could be recognised, and what was left over. */
export const AddressParseResult = z.object({
  divisionPath: z.array(Division),
  detail: z.nullable(z.string()),
  recipient: z.nullable(z.string()),
  mobile: z.nullable(z.string()),
  postcode: z.nullable(z.string()),
  /** Pieces of the text nothing was recognised in, for the applicant to check. */
  unparsed: z.array(z.string()),
});
export type AddressParseResult = z.infer<typeof AddressParseResult>;

export const CoverageQuery = z.object({ divisionCode: DivisionCode });

/** Whether EMS delivers results to a division, and how long it takes. */
export const Coverage = z.object({
  divisionCode: z.string(),
  covered: z.boolean(),
  carrier: z.literal('EMS'),
  estimatedDays: z.nullable(z.object({ min: z.int(), max: z.int() })),
  message: z.optional(z.string()),
});
export type Coverage = z.infer<typeof Coverage>;
