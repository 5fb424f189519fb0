const MASK = '*';
// Below this many hidden characters a mask protects too little (a 3-digit gap is 1,000
// guesses), so shorter inputs are masked whole rather than shown almost in full.
const MIN_HIDDEN = 4;
// Separators inside transliterated names (阿卜杜拉·买买提) and Latin names stay visible:
// they carry no identity, and keeping them keeps the masked name readable.
const NAME_SEPARATOR = /^[\s·•・]$/;

/**
 * Masks an identity number for lists: first 4 and last 4 characters kept, one `*` per hidden
 * character (`1101**********002X`). Too-short input is masked whole; never throws.
 */
export function maskIdCard(s: string): string {
  return maskMiddle(s, 4, 4);
}

/** Masks a mobile number: first 3 and last 4 kept (`138****5678`). Too-short input is masked whole. */
export function maskMobile(s: string): string {
  return maskMiddle(s, 3, 4);
}

/**
 * Masks a personal name after trimming: the first character kept, each other one replaced by `*`
 * (`张*`, `欧阳娜娜` → `欧***`), separators kept. A one-character name becomes `*`, since
 * keeping it would show it all.
 */
export function maskName(s: string): string {
  const chars = Array.from(s.trim());
  if (chars.length <= 1) return MASK.repeat(chars.length);
  return chars.map((c, i) => (i === 0 || NAME_SEPARATOR.test(c) ? c : MASK)).join('');
}

/** Keeps `head` and `tail` characters (code points, not UTF-16 units) and stars the rest. */
function maskMiddle(s: string, head: number, tail: number): string {
  const chars = Array.from(s);
  const hidden = chars.length - head - tail;
  if (hidden < MIN_HIDDEN) return MASK.repeat(chars.length);
  return chars.slice(0, head).join('') + MASK.repeat(hidden) + chars.slice(chars.length - tail).join('');
}
