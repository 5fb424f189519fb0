/** Levels of GB/T 2260 administrative divisions, down to township (乡镇/街道). */
export const DIVISION_LEVELS = ['province', 'city', 'county', 'township'] as const;
type DivisionLevel = (typeof DIVISION_LEVELS)[number];

/**
 * First two digits of every GB/T 2260 province-level division (incl. 台湾 71, 香港 81, 澳门 82).
 * Shared with the 居民身份证 check, whose address code starts with the same prefix.
 */
export const PROVINCE_CODES: ReadonlySet<string> = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
]);

const SIX_DIGITS = /^\d{6}$/;
const NINE_DIGITS = /^\d{9}$/;

/** True for a 6-digit province, city or county code, or a 9-digit township code, under a real province. */
export function isValidDivisionCode(s: string): boolean {
  return divisionLevel(s) !== null;
}

/** Level of a division code, or null when the code is not valid. */
export function divisionLevel(code: string): DivisionLevel | null {
  if (SIX_DIGITS.test(code)) {
    if (!PROVINCE_CODES.has(code.slice(0, 2))) return null;
    if (code.endsWith('0000')) return 'province';
    return code.endsWith('00') ? 'city' : 'county';
  }
  if (NINE_DIGITS.test(code) && !code.endsWith('000')) {
    // The prefix may be a city code, not only a county one: 东莞 (441900), 中山 (442000)
    // and 儋州 (460400) have no counties and administer their towns directly.
    const parentLevel = divisionLevel(code.slice(0, 6));
    return parentLevel === 'city' || parentLevel === 'county' ? 'township' : null;
  }
  return null;
}

/** Code of the division one level up, or null for a province or an invalid code. */
export function parentDivisionCode(code: string): string | null {
  switch (divisionLevel(code)) {
    case 'township':
      return code.slice(0, 6);
    // A county directly under a province-level city or a province (XX00YY) gets XX0000 here, as it should.
    case 'county':
      return `${code.slice(0, 4)}00`;
    case 'city':
      return `${code.slice(0, 2)}0000`;
    default:
      return null;
  }
}
