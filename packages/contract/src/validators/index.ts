export { DIVISION_LEVELS, PROVINCE_CODES, divisionLevel, isValidDivisionCode, parentDivisionCode } from './division-code.ts';
export { idCardBirthDate, idCardCheckChar, idCardGender, isValidIdCard, normalizeIdCard } from './id-card.ts';
export type { IdCardGender } from './id-card.ts';
export { maskIdCard, maskMobile, maskName } from './mask.ts';
export { isValidMobile, normalizeMobile } from './mobile.ts';
export { isValidPostcode } from './postcode.ts';
export { USCC_ALPHABET, USCC_DEPARTMENT_CODES, isValidUscc, normalizeUscc, organizationCodeCheckChar, usccCheckChar } from './uscc.ts';
