const MOBILE = /^1[3-9]\d{9}$/;
// Country code as typed: +86, 0086 or bare 86, only when an 11-digit number follows.
const COUNTRY_PREFIX = /^(?:\+86|0086|86)(?=\d{11}$)/;

/** Folds full-width digits, strips spaces, dashes and parentheses, then a +86 / 0086 / 86 prefix. */
export function normalizeMobile(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\s\-()]/g, '')
    .replace(COUNTRY_PREFIX, '');
}

/** True for an 11-digit mainland mobile number (1, then 3-9, then 9 digits) in normalized form. */
export function isValidMobile(s: string): boolean {
  return MOBILE.test(s);
}
