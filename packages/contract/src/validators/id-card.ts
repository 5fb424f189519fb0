import { PROVINCE_CODES } from './division-code.ts';

/** Sex recorded in a 居民身份证 number. */
export type IdCardGender = 'male' | 'female';

// ISO 7064 MOD 11-2 as tabulated in GB 11643-1999: weight i is 2^(17-i) mod 11.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';
const SHAPE = /^\d{17}[\dX]$/;
const BODY = /^\d{17}$/;
// Birth dates are civil dates in China, so "today" is taken in Beijing time (UTC+8, no DST).
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;
const EARLIEST_BIRTH = '19000101';

/** Trims, removes inner whitespace, folds full-width characters (from Chinese IMEs) and uppercases `x`. */
export function normalizeIdCard(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

/** The MOD 11-2 check character for the first 17 digits of an id number; throws on anything else. */
export function idCardCheckChar(body: string): string {
  if (!BODY.test(body)) throw new RangeError('idCardCheckChar expects exactly 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(body[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

/**
 * True for an 18-character 居民身份证 number (GB 11643-1999) in normalized form: real province,
 * real birth date from 1900-01-01 up to today (`now`, Beijing time), correct check character.
 */
export function isValidIdCard(s: string, now: Date = new Date()): boolean {
  return (
    SHAPE.test(s) &&
    PROVINCE_CODES.has(s.slice(0, 2)) &&
    isPlausibleBirthDate(s.slice(6, 14), now) &&
    idCardCheckChar(s.slice(0, 17)) === s[17]
  );
}

/** Birth date of a valid id number as an ISO date (YYYY-MM-DD), else null. */
export function idCardBirthDate(s: string, now: Date = new Date()): string | null {
  if (!isValidIdCard(s, now)) return null;
  return `${s.slice(6, 10)}-${s.slice(10, 12)}-${s.slice(12, 14)}`;
}

/** Sex of the holder of a valid id number (odd 17th digit: male), else null. */
export function idCardGender(s: string, now: Date = new Date()): IdCardGender | null {
  if (!isValidIdCard(s, now)) return null;
  return Number(s[16]) % 2 === 1 ? 'male' : 'female';
}

/** `yyyymmdd` is a calendar date within [1900-01-01, today in Beijing]. */
function isPlausibleBirthDate(yyyymmdd: string, now: Date): boolean {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return false;
  // Same-width digit strings compare in date order.
  return yyyymmdd >= EARLIEST_BIRTH && yyyymmdd <= chinaDate(now);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** `now` as yyyymmdd in Beijing time. */
function chinaDate(now: Date): string {
  const d = new Date(now.getTime() + CHINA_OFFSET_MS);
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1, 2)}${pad(d.getUTCDate(), 2)}`;
}
