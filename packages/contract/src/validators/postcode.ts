// Mainland postcodes start 0-8; 9 is unassigned (台湾, 香港 and 澳门 use their own systems).
const POSTCODE = /^[0-8]\d{5}$/;

/** True for a 6-digit mainland postcode: first digit 0-8 and not 000000. */
export function isValidPostcode(s: string): boolean {
  return POSTCODE.test(s) && s !== '000000';
}
