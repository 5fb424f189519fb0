// A small, valid one-page PDF with the decision text, written by hand so the
// reference server (and the browser mock) needs no PDF library. Chinese text
// uses the standard CJK font STSong-Light with the UniGB-UCS2-H encoding, which
// every PDF reader that supports Chinese provides without embedding a font.

import type { StoredApplication } from './store.ts';
import { toIso } from '../domain/time.ts';

const encoder = new TextEncoder();

/** The document number of an application's result: `YWD` and the application number's digits. */
export const documentNumberOf = (applicationNumber: string) => `YWD${applicationNumber.slice(2)}`;

/** The body lines of a result document (decision, applicant, item …), as the sealed and the unsigned PDF show them. */
export function resultLines(record: StoredApplication): string[] {
  const s = record.state;
  const result = s.result!;
  const verdict: Record<typeof result.outcome, string> = {
    approved: `经审查，申请符合法定条件、标准，决定准予办理，核发“${result.documentName}”。`,
    denied: `经审查，申请不符合法定条件，决定不予办理。理由：${result.reason ?? '不符合办理条件'}。`,
    not_accepted: `经预审，申请不予受理。理由：${result.reason ?? '不属于受理范围'}。`,
  };
  return [
    `申报号：${record.number}`,
    `申请人：${s.applicantName}`,
    `申请事项：${s.itemName}`,
    `提交时间：${toIso(record.submittedAt).slice(0, 16).replace('T', ' ')}`,
    '',
    verdict[result.outcome],
    ...(result.outcome === 'approved' ? [] : ['如不服本决定，可自收到之日起六十日内依法申请行政复议，或者六个月内依法提起行政诉讼。']),
    ...(result.licenseId ? [`电子证照编号：${result.licenseId}（可在“我的证照”中查看和使用）`] : []),
  ];
}

/** UTF-16BE hex of a line, for the UniGB-UCS2-H encoding; characters outside the BMP become `?`. */
function ucs2Hex(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    out += (code > 0xffff ? 0x3f : code).toString(16).padStart(4, '0');
  }
  return out.toUpperCase();
}

/** Splits a line into pieces of at most `width` characters (CJK text has no spaces to break at). */
function wrap(line: string, width: number): string[] {
  const chars = Array.from(line);
  if (chars.length <= width) return [line];
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += width) out.push(chars.slice(i, i + width).join(''));
  return out;
}

export interface ResultDocument {
  title: string;
  /** Body lines, top to bottom; long ones wrap. */
  lines: string[];
  /** Bottom-right lines: issuing department and date. */
  signature: string[];
}

/** The PDF bytes of a one-page A4 result document. */
export function resultPdf(doc: ResultDocument): Uint8Array<ArrayBuffer> {
  const ops: string[] = [
    'BT',
    '/F1 22 Tf',
    `1 0 0 1 ${Math.max(72, 297 - Array.from(doc.title).length * 11)} 760 Tm`,
    `<${ucs2Hex(doc.title)}> Tj`,
    'ET',
  ];
  let y = 700;
  for (const line of doc.lines.flatMap((l) => wrap(l, 30))) {
    ops.push('BT', '/F1 13 Tf', `1 0 0 1 72 ${y} Tm`, `<${ucs2Hex(line)}> Tj`, 'ET');
    y -= 24;
  }
  y = Math.min(y - 36, 200);
  for (const line of doc.signature) {
    ops.push('BT', '/F1 13 Tf', `1 0 0 1 330 ${y} Tm`, `<${ucs2Hex(line)}> Tj`, 'ET');
    y -= 22;
  }
  const content = ops.join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 7 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  ];
  // Everything is ASCII (text is hex-encoded), so string lengths are byte offsets.
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return encoder.encode(pdf) as Uint8Array<ArrayBuffer>;
}
