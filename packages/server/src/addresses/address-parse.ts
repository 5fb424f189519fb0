// Smart paste (智能识别): splits a pasted line such as
// `河南省新乡市红旗区人民路12号 张三 13800000000` into division path, detail,
// recipient, mobile and postcode. Pure and synchronous, so the browser mock
// runs the same code.
//
// Rules, in order:
// 1. The text is NFKC-folded (full-width digits and punctuation become ASCII).
// 2. Mobile: the first mainland mobile, also written `+86 138 0000 0000`,
//    `0086-138-0000-0000` or `138-0000-0000` (the contract's normalizeMobile).
// 3. Labels (收件人/收货人/联系人/姓名, 电话/手机, 地址/详细地址/所在地区,
//    邮编) start a field that runs to the next label; `收货人：张三`.
// 4. The rest is cut into segments at spaces, newlines and , ; 、 。 | :.
// 5. Division path: the segment start from which `divisions.matchPrefix`
//    reads the deepest path (then the longest text; then the earliest), so
//    `河南省新乡市红旗区`, `河南新乡红旗区`, `新乡市红旗区` and `河南省 新乡市 红旗区`
//    all work, and a township is taken when it is named.
// 6. Detail: what follows the divisions, plus the segments right after it
//    (`建国路88号 SOHO现代城 A座`) until something else is recognised.
// 7. Recipient: a labelled name, else the first segment of 2–4 Chinese
//    characters standing alone that does not read as an address piece; also a
//    name glued to the house number (`人民路12号张三`).
// 8. Postcode: labelled (`邮编 453000`), or a segment of exactly six digits.
// 9. Whatever is left over is returned in `unparsed` for the applicant to check.
import { isValidMobile, isValidPostcode, normalizeMobile } from '@yiwang/contract';
import type { AddressParseResult } from '@yiwang/contract';
import type { DivisionIndex } from '../divisions/divisions.ts';

type Hint = 'name' | 'mobile' | 'address' | 'postcode' | null;

interface Segment {
  text: string;
  hint: Hint;
}

// Digits may be grouped by spaces or dashes (138 0000 0000, 139-1234-5678);
// the look-arounds keep the match from being part of a longer number.
const MOBILE_CANDIDATE = /(?<!\d)(?:(?:\+|00)?86[\s-]?)?1[3-9]\d(?:[\s-]?\d){8}(?!\d)/g;

// Longest first, so 收件人姓名 is one label and not 收件人 + 姓名.
const LABELS: Array<[string, Exclude<Hint, null>]> = [
  ['收件人姓名', 'name'],
  ['收货人姓名', 'name'],
  ['联系电话', 'mobile'],
  ['手机号码', 'mobile'],
  ['电话号码', 'mobile'],
  ['联系方式', 'mobile'],
  ['详细地址', 'address'],
  ['收货地址', 'address'],
  ['收件地址', 'address'],
  ['所在地区', 'address'],
  ['邮政编码', 'postcode'],
  ['收件人', 'name'],
  ['收货人', 'name'],
  ['联系人', 'name'],
  ['手机号', 'mobile'],
  ['所在地', 'address'],
  ['姓名', 'name'],
  ['手机', 'mobile'],
  ['电话', 'mobile'],
  ['地址', 'address'],
  ['邮编', 'postcode'],
];
const LABEL_HINT = new Map(LABELS);
const LABEL_PATTERN = new RegExp(`(${LABELS.map(([l]) => l).join('|')})\\s*:?`, 'g');

const SEPARATOR = /[\s,;、。|:]+/;
const HAN_NAME = /^\p{Script=Han}{2,4}$/u;
// A standalone word ending like this is an address piece (东门, 3号楼 …), not a person.
const ADDRESS_ENDING = /[路街巷道号楼室栋村组院区县市省镇乡门座层弄苑园城厦场馆店口湾庄屯寨]$/u;
const ADDRESS_WORDS = /(?:小区|公寓|大厦|花园|广场|中心|公司|学校|医院|附近|对面|旁边)/u;
// `人民路12号张三`: a name glued to the house number.
const GLUED_NAME = /^(.*\d+\s*号)(\p{Script=Han}{2,4})$/u;
const SIX_DIGITS = /^\d{6}$/;

type Divisions = Pick<DivisionIndex, 'matchPrefix'>;

/** Splits a pasted address line into division path, detail, recipient, mobile and postcode. */
export function parseAddress(text: string, divisions: Divisions): AddressParseResult {
  const folded = text.normalize('NFKC');
  const { rest: withoutMobile, mobile } = takeMobile(folded);
  const segments = segment(withoutMobile);
  const used = new Set<number>();
  let postcode: string | null = null;
  let recipient: string | null = null;

  for (const [i, s] of segments.entries()) {
    if (postcode === null && SIX_DIGITS.test(s.text) && isValidPostcode(s.text) && (s.hint === 'postcode' || s.hint === null)) {
      postcode = s.text;
      used.add(i);
    } else if (recipient === null && s.hint === 'name') {
      recipient = s.text;
      used.add(i);
    }
  }

  const address = findAddress(segments, used, divisions);
  if (address) for (const i of address.consumed) used.add(i);
  const detailParts = collectDetail(segments, used, address, recipient !== null);

  let detail = detailParts.length ? detailParts.join(' ') : null;
  if (recipient === null && detail !== null) {
    const glued = GLUED_NAME.exec(detail);
    if (glued && isNameCandidate(glued[2]!)) {
      detail = glued[1]!;
      recipient = glued[2]!;
    }
  }

  const unparsed: string[] = [];
  for (const [i, s] of segments.entries()) {
    if (used.has(i)) continue;
    if (recipient === null && s.hint === null && isNameCandidate(s.text)) {
      recipient = s.text;
      continue;
    }
    unparsed.push(s.text);
  }

  return {
    divisionPath: address?.path ?? [],
    detail,
    recipient,
    mobile,
    postcode,
    unparsed,
  };
}

/** The detail pieces (marked used): what follows the divisions, or address-like text when there are none. */
function collectDetail(segments: Segment[], used: Set<number>, address: FoundAddress | null, haveRecipient: boolean): string[] {
  const parts: string[] = [];
  if (address) {
    if (address.rest) parts.push(address.rest);
    // Segments right after the divisions continue the detail until something else appears.
    for (let i = address.next; i < segments.length && !used.has(i); i++) {
      const s = segments[i]!;
      if (s.hint !== null && s.hint !== 'address') break;
      if (!haveRecipient && s.hint === null && isNameCandidate(s.text)) break;
      parts.push(s.text);
      used.add(i);
    }
    return parts;
  }
  // No division recognised: labelled address text, else pieces that read as an address.
  for (const [i, s] of segments.entries()) {
    if (used.has(i)) continue;
    if (s.hint === 'address' || (s.hint === null && looksLikeAddress(s.text))) {
      parts.push(s.text);
      used.add(i);
    }
  }
  return parts;
}

/** Removes the first mainland mobile number from the text. */
function takeMobile(text: string): { rest: string; mobile: string | null } {
  for (const match of text.matchAll(MOBILE_CANDIDATE)) {
    const normalized = normalizeMobile(match[0]);
    if (!isValidMobile(normalized)) continue;
    const at = match.index;
    return { rest: `${text.slice(0, at)}\n${text.slice(at + match[0].length)}`, mobile: normalized };
  }
  return { rest: text, mobile: null };
}

/** Cuts the text into fields at labels, and fields into segments at separators. */
function segment(text: string): Segment[] {
  const out: Segment[] = [];
  const push = (piece: string, hint: Hint): void => {
    const parts = piece.split(SEPARATOR).filter(Boolean);
    // A label names only the piece right after it; a name label's field may run on to unlabelled text.
    for (const [k, part] of parts.entries()) {
      out.push({ text: part, hint: hint === 'address' || hint === 'postcode' || k === 0 ? hint : null });
    }
  };
  let hint: Hint = null;
  let from = 0;
  for (const match of text.matchAll(LABEL_PATTERN)) {
    push(text.slice(from, match.index), hint);
    hint = LABEL_HINT.get(match[1]!) ?? null;
    from = match.index + match[0].length;
  }
  push(text.slice(from), hint);
  return out;
}

interface FoundAddress {
  path: ReturnType<Divisions['matchPrefix']>['path'];
  /** Indices of segments the division names took up (wholly or partly). */
  consumed: number[];
  /** What follows the division names inside the last consumed segment. */
  rest: string;
  /** The first segment after the divisions. */
  next: number;
}

/** The segment start from which the deepest division path reads (labelled address text first). */
function findAddress(segments: Segment[], used: Set<number>, divisions: Divisions): FoundAddress | null {
  let best: (FoundAddress & { length: number; labelled: boolean }) | null = null;
  for (let start = 0; start < segments.length; start++) {
    const first = segments[start]!;
    if (used.has(start) || (first.hint !== null && first.hint !== 'address')) continue;
    // Division names may be spread over segments (河南省 新乡市 红旗区), but not across another field.
    let end = start + 1;
    while (end < segments.length && !used.has(end) && (segments[end]!.hint ?? 'address') === (first.hint ?? 'address')) end++;
    const run = segments.slice(start, end).map((s) => s.text);
    const joined = run.join(' ');
    const match = divisions.matchPrefix(joined);
    if (match.path.length === 0) continue;
    const length = joined.length - match.rest.length;
    const labelled = first.hint === 'address';
    if (
      best &&
      !isBetter({ depth: match.path.length, length, labelled }, { depth: best.path.length, length: best.length, labelled: best.labelled })
    )
      continue;
    best = { ...locate(run, start, length), path: match.path, length, labelled };
  }
  return best;
}

function isBetter(
  a: { depth: number; length: number; labelled: boolean },
  b: { depth: number; length: number; labelled: boolean },
): boolean {
  if (a.labelled !== b.labelled) return a.labelled;
  if (a.depth !== b.depth) return a.depth > b.depth;
  return a.length > b.length;
}

/** Maps a character count of the space-joined run back to segments. */
function locate(run: string[], start: number, length: number): Omit<FoundAddress, 'path'> {
  const consumed: number[] = [];
  let offset = 0;
  for (const [k, piece] of run.entries()) {
    if (length >= offset + piece.length) {
      consumed.push(start + k);
      offset += piece.length + 1;
      continue;
    }
    // The divisions ended at a separator: this segment is untouched.
    if (length <= offset) return { consumed, rest: '', next: start + k };
    consumed.push(start + k);
    return { consumed, rest: piece.slice(length - offset), next: start + k + 1 };
  }
  return { consumed, rest: '', next: start + run.length };
}

/** 2–4 Chinese characters that do not read as a piece of an address. */
function isNameCandidate(s: string): boolean {
  return HAN_NAME.test(s) && !ADDRESS_ENDING.test(s) && !ADDRESS_WORDS.test(s) && !LABEL_HINT.has(s);
}

function looksLikeAddress(s: string): boolean {
  return /\p{Script=Han}/u.test(s) && (/\d/.test(s) || ADDRESS_ENDING.test(s) || ADDRESS_WORDS.test(s) || /[路街巷道号楼室栋村]/u.test(s));
}
