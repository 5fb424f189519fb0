// Which uploads are materials: the declared type must be one the contract allows,
// and the first bytes must agree with it, so a renamed .exe is refused.
import { ALLOWED_FILE_TYPES } from '@yiwang/contract';

export type AllowedFileType = (typeof ALLOWED_FILE_TYPES)[number];

/** Types a browser may report for a file it does not know (an .ofd, usually). */
const VAGUE_TYPES = new Set(['', 'application/octet-stream', 'binary/octet-stream']);

const BY_EXTENSION: Record<string, AllowedFileType> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  ofd: 'application/ofd',
};

/**
 * The content type a file claims: its declared type without parameters, or, when
 * the browser sent none or a generic one, the type of its extension.
 */
export function declaredType(type: string, name: string): string {
  const base = type.split(';')[0]!.trim().toLowerCase();
  if (!VAGUE_TYPES.has(base)) return base === 'image/jpg' || base === 'image/pjpeg' ? 'image/jpeg' : base;
  const ext = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  return BY_EXTENSION[ext] ?? base;
}

export function isAllowedType(type: string): type is AllowedFileType {
  return (ALLOWED_FILE_TYPES as readonly string[]).includes(type);
}

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((b, i) => bytes[i] === b);

/**
 * The type the content really is, from its magic bytes: PDF (`%PDF-`, which the
 * standard allows anywhere in the first 1024 bytes), PNG, JPEG, or OFD (a ZIP
 * package, GB/T 33190); null for anything else.
 */
export function sniffType(bytes: Uint8Array): AllowedFileType | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'application/ofd';
  const head = bytes.subarray(0, 1024);
  for (let i = 0; i + 5 <= head.length; i++) {
    if (head[i] === 0x25 && head[i + 1] === 0x50 && head[i + 2] === 0x44 && head[i + 3] === 0x46 && head[i + 4] === 0x2d)
      return 'application/pdf';
  }
  return null;
}

/** A file name safe to store and to send back in Content-Disposition: no path, no control characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return Array.from(clean).slice(-200).join('') || 'file';
}
