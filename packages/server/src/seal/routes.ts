// Handlers of the documents group: public verification of a sealed result
// document by number or by upload, and its revocation. Verification shows
// what the document itself shows, with the applicant's name masked.
import type { DocumentVerification, SealedDocument } from '@yiwang/contract';
import type { GroupHandlers } from '../http/handler.ts';
import { HttpError, notFound } from '../http/errors.ts';
import { adminDepartment } from '../http/staff.ts';
import type { ResultDocumentRow } from './store.ts';
import { loadResultDocument, revokeResultDocument } from './store.ts';
import { toIso } from '../domain/time.ts';
import { sha256Hex } from '../http/auth.ts';

function publicDocument(row: ResultDocumentRow): SealedDocument {
  return {
    documentNumber: row.documentNumber,
    title: row.title,
    itemName: row.itemName,
    applicantName: row.applicantMasked,
    departmentId: row.departmentId,
    departmentName: row.departmentName,
    issuedAt: toIso(row.issuedAt),
    revokedAt: row.revokedAt ? toIso(row.revokedAt) : null,
    revokedReason: row.revokedReason,
  };
}

const ofRow = (row: ResultDocumentRow): DocumentVerification => ({
  status: row.revokedAt ? 'revoked' : 'valid',
  documentNumber: row.documentNumber,
  document: publicDocument(row),
  reason: row.revokedAt ? row.revokedReason : null,
});

const say = (locale: 'zh-CN' | 'en', zh: string, en: string) => (locale === 'en' ? en : zh);

const documents: GroupHandlers<'documents'> = {
  async verify(ctx) {
    const row = await loadResultDocument(ctx.services.db, ctx.params.documentNumber);
    if (!row) return { status: 'unknown', documentNumber: ctx.params.documentNumber, document: null, reason: null };
    return ofRow(row);
  },

  async check(ctx) {
    const sealer = ctx.services.sealer;
    if (!sealer)
      throw new HttpError(501, 'NOT_IMPLEMENTED', { zh: '本服务不签发电子印章文书', en: 'This server issues no sealed documents' });
    const pdf = new Uint8Array(await (await ctx.body.file()).arrayBuffer());
    const documentNumber = sealer.documentNumberOf(pdf);
    const row = documentNumber ? await loadResultDocument(ctx.services.db, documentNumber) : null;
    if (!row) {
      const reason = documentNumber
        ? say(ctx.locale, '本平台未签发该编号的文书', 'No document of this number was issued here')
        : say(ctx.locale, '文件中没有本平台的文书编号', 'The file carries no document number of this platform');
      return { status: 'unknown', documentNumber, document: null, reason };
    }
    const check = await sealer.verify(pdf, { id: row.departmentId, name: row.departmentName });
    if (!check.ok) {
      const reasons = {
        unsigned: ['文件没有电子印章签名', 'The file has no seal signature'],
        not_covering: ['签名之后文件被追加或改动', 'The file was changed or extended after it was signed'],
        digest_mismatch: ['签名覆盖的内容已被改动', 'The signed content was changed'],
        bad_signature: ['签名不是该部门的电子印章所作', "The signature was not made with the department's seal"],
        malformed: ['签名数据无法读取', 'The signature cannot be read'],
      } as const;
      const [zh, en] = reasons[check.reason];
      return { status: 'tampered', documentNumber, document: publicDocument(row), reason: say(ctx.locale, zh, en) };
    }
    // A valid signature is not enough: the file must be the very document issued under
    // this number (another document signed with the same seal, or one signed again
    // after the number was written into it, is not the one the register holds).
    if ((await sha256Hex(pdf as Uint8Array<ArrayBuffer>)) !== row.sha256) {
      const reason = say(ctx.locale, '文件与该编号签发的文书不一致', 'The file is not the document issued under this number');
      return { status: 'tampered', documentNumber, document: publicDocument(row), reason };
    }
    return ofRow(row);
  },

  async revoke(ctx) {
    return ctx.services.db.transaction(async (tx) => {
      const row = await loadResultDocument(tx, ctx.params.documentNumber, true);
      const scope = adminDepartment(ctx.staff);
      // Another department's document is 404, as a missing one.
      if (!row || (scope !== null && scope !== row.departmentId)) throw notFound({ zh: '没有这份文书', en: 'No such document' });
      if (row.revokedAt) throw new HttpError(409, 'CONFLICT', { zh: '该文书已被撤销', en: 'The document is already revoked' });
      const by = ctx.staff ? `${ctx.staff.name} (${ctx.staff.department})` : 'administrator';
      await revokeResultDocument(tx, row.documentNumber, ctx.now, ctx.body.reason, by);
      return ofRow({ ...row, revokedAt: ctx.now, revokedReason: ctx.body.reason, revokedBy: by });
    });
  },
};

/** Handlers of the documents group. */
export const documentRoutes = { documents };
