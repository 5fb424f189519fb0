// The Node sealer of result documents: pdf-lib draws the page (the CJK font
// subset, the department's visible seal), @signpdf adds a PAdES signature
// (ETSI.CAdES.detached) made by the department's SealSigner, and verify()
// checks an uploaded PDF's signature over its byte ranges against the
// department's certificate (CMS read with node-forge's ASN.1, the signature
// checked with node:crypto).
import { createHash, verify as verifySignature } from 'node:crypto';
import fontkit from '@pdf-lib/fontkit';
import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import { SignPdf } from '@signpdf/signpdf';
import { SUBFILTER_ETSI_CADES_DETACHED, Signer } from '@signpdf/utils';
import forge from 'node-forge';
import { PDFDict, PDFDocument, PDFName, PDFString, degrees, rgb } from 'pdf-lib';
import type { PDFContext, PDFFont, PDFPage, PDFRef } from 'pdf-lib';
import { loadFace, resolveFontPath, subsetFace } from './font.ts';
import type { ResultSealer, SealDepartment, SealSigner, SignatureCheck } from './seal.ts';

export interface ResultSealerOptions {
  signer: SealSigner;
  /** The CJK font file; null: the fonts-noto-cjk default paths (font.ts). */
  font: string | null;
  /** The face of a font collection, by PostScript name. */
  fontName: string;
}

const SEAL_RED = rgb(0.8, 0.07, 0.07);
const INFO_KEY = 'YiwangDocumentNumber';
const latin1 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');

/** Splits a line into pieces that fit `width` points at `size` (CJK text has no spaces to break at). */
function wrap(font: PDFFont, line: string, size: number, width: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const ch of line) {
    if (current && font.widthOfTextAtSize(current + ch, size) > width) {
      out.push(current);
      current = '';
    }
    current += ch;
  }
  return [...out, current];
}

/** The visible seal: a red ring, a five-pointed star, the department's name along the upper arc. */
function drawSeal(page: PDFPage, font: PDFFont, name: string, cx: number, cy: number, r: number): void {
  page.drawCircle({ x: cx, y: cy, size: r, borderColor: SEAL_RED, borderWidth: 3, opacity: 0, borderOpacity: 0.9 });
  const outer = r * 0.3;
  const inner = outer * 0.382;
  const points = Array.from({ length: 10 }, (_, i) => {
    const angle = Math.PI / 2 + (i * Math.PI) / 5;
    const radius = i % 2 === 0 ? outer : inner;
    // drawSvgPath's y axis points down.
    return `${(radius * Math.cos(angle)).toFixed(2)} ${(-radius * Math.sin(angle)).toFixed(2)}`;
  });
  page.drawSvgPath(`M ${points.join(' L ')} Z`, { x: cx, y: cy, color: SEAL_RED, borderWidth: 0 });
  const chars = Array.from(name);
  const size = Math.min(14, (r * 0.9 * Math.PI * 1.25) / Math.max(chars.length, 1));
  const textRadius = r - 5 - size;
  const span = Math.min(240, chars.length * 26);
  chars.forEach((ch, i) => {
    const angle = ((90 + span / 2 - (chars.length === 1 ? span / 2 : (i * span) / (chars.length - 1))) * Math.PI) / 180;
    const w = font.widthOfTextAtSize(ch, size);
    // The glyph's baseline is tangent to the circle, its centre on the radius.
    const tx = Math.sin(angle);
    const ty = -Math.cos(angle);
    const x = cx + textRadius * Math.cos(angle) - (w / 2) * tx;
    const y = cy + textRadius * Math.sin(angle) - (w / 2) * ty;
    page.drawText(ch, { x, y, size, font, color: SEAL_RED, rotate: degrees((angle * 180) / Math.PI - 90) });
  });
}

/** What pdf-lib's embedder of a whole (not pdf-lib-subset) custom font has; not in its public types. */
interface CustomFontEmbedder {
  font: Record<string, unknown>;
  isCFF(): boolean;
  serializeFont(): Promise<Uint8Array>;
  embedFontStream(context: PDFContext): Promise<PDFRef>;
}

/**
 * Declares a CFF-flavoured OpenType face as what it is. pdf-lib asks fontkit
 * for `font.cff`, which fontkit does not have (the table is `font['CFF ']`),
 * so it declares every face TrueType (CIDFontType2, FontFile2): poppler warns
 * "Mismatch between font type and embedded font file" and stricter readers
 * drop the font. A CFF face is a CIDFontType0 whose FontFile3 is the whole
 * OpenType file (Subtype /OpenType, PDF 1.6), not bare CFF (CIDFontType0C).
 */
function declareOpenTypeCff(font: PDFFont): void {
  const embedder = (font as unknown as { embedder: CustomFontEmbedder }).embedder;
  if (!embedder.font['CFF ']) return;
  embedder.isCFF = () => true;
  embedder.embedFontStream = async (context) =>
    context.register(context.flateStream(await embedder.serializeFont(), { Subtype: 'OpenType' }));
}

/** @signpdf's Signer over our SealSigner for one department. */
class DepartmentSigner extends Signer {
  private readonly seal: SealSigner;
  private readonly department: SealDepartment;
  constructor(seal: SealSigner, department: SealDepartment) {
    super();
    this.seal = seal;
    this.department = department;
  }
  override async sign(content: Buffer, signingTime?: Date): Promise<Buffer> {
    return Buffer.from(await this.seal.sign(this.department, new Uint8Array(content), signingTime ?? new Date()));
  }
}

const DIGESTS: Record<string, string> = {
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
  '1.2.156.10197.1.401': 'sm3',
};

/** Checks the last signature of a PDF; exported for tests. */
export function checkSignature(pdf: Uint8Array, certificatePem: string): SignatureCheck {
  const text = latin1(pdf);
  const ranges = [...text.matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)];
  const last = ranges.at(-1);
  if (!last) return { ok: false, reason: 'unsigned' };
  const [a, b, c, d] = last.slice(1, 5).map(Number) as [number, number, number, number];
  // The signature must cover the whole file: bytes appended after it (an incremental update) are not sealed.
  if (a !== 0 || b >= c || c + d !== pdf.length || text[b] !== '<' || text[c - 1] !== '>') return { ok: false, reason: 'not_covering' };
  const hex = text.slice(b + 1, c - 1);
  if (!/^[0-9a-fA-F]*$/.test(hex)) return { ok: false, reason: 'malformed' };
  try {
    const der = forge.util.hexToBytes(hex);
    const asn1 = forge.asn1.fromDer(forge.util.createBuffer(der), { parseAllBytes: false } as never);
    const message = forge.pkcs7.messageFromAsn1(asn1) as unknown as { rawCapture: { signerInfos: forge.asn1.Asn1[] } };
    const signerInfo = message.rawCapture.signerInfos[0];
    if (!signerInfo) return { ok: false, reason: 'malformed' };
    // SignerInfo ::= SEQUENCE { version, sid, digestAlgorithm, signedAttrs [0] IMPLICIT OPTIONAL,
    //   signatureAlgorithm, signature OCTET STRING, unsignedAttrs [1] IMPLICIT OPTIONAL } (RFC 5652 §5.3)
    const [, , digestAlgorithm, signedAttrs, , signature] = signerInfo.value as forge.asn1.Asn1[];
    // PAdES requires signed attributes (the messageDigest of the byte ranges is one of them).
    if (!digestAlgorithm || !signature || signedAttrs?.tagClass !== forge.asn1.Class.CONTEXT_SPECIFIC || signedAttrs.type !== 0)
      return { ok: false, reason: 'malformed' };
    const digestName = DIGESTS[forge.asn1.derToOid((digestAlgorithm.value as forge.asn1.Asn1[])[0]!.value as string)];
    const attributes = signedAttrs.value as forge.asn1.Asn1[];
    if (!digestName || attributes.length === 0) return { ok: false, reason: 'malformed' };
    const signed = Buffer.concat([Buffer.from(pdf.subarray(0, b)), Buffer.from(pdf.subarray(c, c + d))]);
    const messageDigest = attributes
      .map((attr) => attr.value as forge.asn1.Asn1[])
      .find((parts) => forge.asn1.derToOid(parts[0]!.value as string) === forge.pki.oids.messageDigest);
    const claimed = ((messageDigest?.[1]?.value as forge.asn1.Asn1[] | undefined)?.[0]?.value as string | undefined) ?? '';
    if (Buffer.from(claimed, 'binary').compare(createHash(digestName).update(signed).digest()) !== 0)
      return { ok: false, reason: 'digest_mismatch' };
    // The signature is over the DER of the signed attributes as a SET (RFC 5652 §5.4).
    const signedAttributes = forge.asn1
      .toDer(forge.asn1.create(forge.asn1.Class.UNIVERSAL, forge.asn1.Type.SET, true, attributes))
      .getBytes();
    const ok = verifySignature(
      digestName,
      Buffer.from(signedAttributes, 'binary'),
      certificatePem,
      Buffer.from(signature.value as string, 'binary'),
    );
    return ok ? { ok: true } : { ok: false, reason: 'bad_signature' };
  } catch {
    return { ok: false, reason: 'malformed' };
  }
}

/** The sealer of result documents over a department signer. */
export function createResultSealer(options: ResultSealerOptions): ResultSealer {
  let face: Promise<Uint8Array> | null = null;
  const loadFont = () => {
    // Read once per process (the collection's face is ~24 MB); a failure is retried next time.
    face ??= (async () => loadFace(resolveFontPath(options.font), options.fontName))();
    face.catch(() => (face = null));
    return face;
  };
  return {
    async seal(content) {
      const { department } = content;
      const header = '中华人民共和国政务服务';
      const footer = `文书编号：${content.documentNumber}`;
      const date = content.issuedAt.toISOString().slice(0, 10);
      const texts = [header, content.title, ...content.lines, department.name, footer, date, '（电子印章）'].join('');
      const doc = await PDFDocument.create({ updateMetadata: false });
      doc.registerFontkit(fontkit);
      const font = await doc.embedFont(await subsetFace(await loadFont(), texts + '0123456789-：（）'), {
        subset: false,
        customName: `YWSEAL+${options.fontName}`,
      });
      declareOpenTypeCff(font);
      doc.setTitle(content.title);
      doc.setSubject(`${department.name} ${content.documentNumber}`);
      doc.setProducer('yiwang');
      doc.setCreationDate(content.issuedAt);
      doc.setModificationDate(content.issuedAt);
      // The number in plain ASCII in the Info dictionary, where the upload check looks for it.
      doc.context.lookup(doc.context.trailerInfo.Info, PDFDict).set(PDFName.of(INFO_KEY), PDFString.of(content.documentNumber));

      const page = doc.addPage([595, 842]);
      const black = rgb(0.1, 0.1, 0.1);
      page.drawText(header, { x: 72, y: 790, size: 10, font, color: rgb(0.4, 0.4, 0.4) });
      const titleSize = 22;
      page.drawText(content.title, {
        x: (595 - font.widthOfTextAtSize(content.title, titleSize)) / 2,
        y: 740,
        size: titleSize,
        font,
        color: black,
      });
      page.drawText(footer, { x: 595 - 72 - font.widthOfTextAtSize(footer, 11), y: 712, size: 11, font, color: black });
      let y = 670;
      for (const line of content.lines.flatMap((l) => (l ? wrap(font, l, 13, 451) : ['']))) {
        if (line) page.drawText(line, { x: 72, y, size: 13, font, color: black });
        y -= 24;
      }
      const sealY = Math.min(y - 80, 200);
      const right = 595 - 72;
      page.drawText(department.name, {
        x: right - font.widthOfTextAtSize(department.name, 13) - 20,
        y: sealY + 6,
        size: 13,
        font,
        color: black,
      });
      page.drawText(date, { x: right - font.widthOfTextAtSize(date, 13) - 20, y: sealY - 18, size: 13, font, color: black });
      const cx = right - 70;
      drawSeal(page, font, department.name, cx, sealY, 62);

      pdflibAddPlaceholder({
        pdfDoc: doc,
        reason: `${content.title}（${content.documentNumber}）`,
        contactInfo: '',
        name: department.name,
        location: department.id,
        signingTime: content.issuedAt,
        subFilter: SUBFILTER_ETSI_CADES_DETACHED,
        widgetRect: [cx - 62, sealY - 62, cx + 62, sealY + 62],
        appName: 'yiwang',
      });
      const unsigned = await doc.save({ useObjectStreams: false });
      const signed = await new SignPdf().sign(Buffer.from(unsigned), new DepartmentSigner(options.signer, department), content.issuedAt);
      return new Uint8Array(signed);
    },

    documentNumberOf(pdf) {
      return new RegExp(`/${INFO_KEY}\\s*\\((YWD\\d{13})\\)`).exec(latin1(pdf))?.[1] ?? null;
    },

    async verify(pdf, department) {
      return checkSignature(pdf, await options.signer.certificate(department));
    },
  };
}
