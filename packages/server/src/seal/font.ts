// The CJK font of result documents: a face of a system font file (a .ttc
// collection such as fonts-noto-cjk's, or an .otf/.ttf), cut down with HarfBuzz
// (subset-font) to the characters a document uses. pdf-lib's own subsetter
// writes CFF subsets of these fonts that poppler cannot read, so HarfBuzz
// subsets and pdf-lib embeds the result whole.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import fontkit from '@pdf-lib/fontkit';
import subsetFont from 'subset-font';

/** Where Debian's, Fedora's and Alpine's fonts-noto-cjk put the serif collection. */
export const DEFAULT_FONT_PATHS = [
  '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc',
  '/usr/share/fonts/google-noto-cjk/NotoSerifCJK-Regular.ttc',
  '/usr/share/fonts/noto-cjk/NotoSerifCJK-Regular.ttc',
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
];

export class SealFontMissing extends Error {
  constructor(detail: string) {
    super(
      `No CJK font for sealed result documents (${detail}). Install fonts-noto-cjk, or set YIWANG_SEAL_FONT to a ` +
        '.ttc/.otf/.ttf file with Simplified Chinese glyphs (and YIWANG_SEAL_FONT_NAME to the PostScript name of a face of a collection).',
    );
    this.name = 'SealFontMissing';
  }
}

/** The configured font file, or the first default path present; throws SealFontMissing. */
export function resolveFontPath(configured: string | null): string {
  if (configured) {
    if (!existsSync(configured)) throw new SealFontMissing(`${configured} does not exist`);
    return configured;
  }
  const found = DEFAULT_FONT_PATHS.find((p) => existsSync(p));
  if (!found) throw new SealFontMissing(`none of ${DEFAULT_FONT_PATHS.join(', ')}`);
  return found;
}

/** A collection's face as a standalone sfnt: its table directory with the tables copied after it. */
function faceOfCollection(data: Uint8Array, faceOffset: number): Uint8Array {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const tables = view.getUint16(faceOffset + 4);
  const headerLength = 12 + 16 * tables;
  const records = Array.from({ length: tables }, (_, i) => ({
    offset: view.getUint32(faceOffset + 12 + 16 * i + 8),
    length: view.getUint32(faceOffset + 12 + 16 * i + 12),
  }));
  const out = new Uint8Array(headerLength + records.reduce((n, r) => n + ((r.length + 3) & ~3), 0));
  const outView = new DataView(out.buffer);
  out.set(data.subarray(faceOffset, faceOffset + headerLength), 0);
  let at = headerLength;
  records.forEach((r, i) => {
    out.set(data.subarray(r.offset, r.offset + r.length), at);
    outView.setUint32(12 + 16 * i + 8, at);
    at += (r.length + 3) & ~3;
  });
  return out;
}

/** The face named `postscriptName` of a font file (any face of a single-face file). */
export async function loadFace(path: string, postscriptName: string): Promise<Uint8Array> {
  const data = new Uint8Array(await readFile(path));
  const isCollection = String.fromCharCode(...data.subarray(0, 4)) === 'ttcf';
  if (!isCollection) return data;
  const collection = fontkit.create(data as never) as unknown as { fonts: Array<{ postscriptName: string }> };
  const names = collection.fonts.map((f) => f.postscriptName);
  const index = names.indexOf(postscriptName);
  if (index < 0) throw new SealFontMissing(`${path} has no face ${postscriptName}; it has ${names.join(', ')}`);
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  return faceOfCollection(data, view.getUint32(12 + 4 * index));
}

/** The face cut down to the characters of `text` (an OpenType file). */
export async function subsetFace(face: Uint8Array, text: string): Promise<Uint8Array> {
  return new Uint8Array(await subsetFont(Buffer.from(face.buffer, face.byteOffset, face.byteLength), text, { targetFormat: 'sfnt' }));
}
