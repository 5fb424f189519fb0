// Sealed result documents: the signed PDF 制证 issues, its public verification
// (by document number, or by uploading the PDF) and its revocation.
import { z } from './zod.ts';
import { Timestamp, text } from './common.ts';

/** 文书编号: `YWD` and the application number's digits (one result document per application). */
export const DocumentNumber = z.string().check(z.regex(/^YWD\d{13}$/));
export const DocumentNumberParams = z.object({ documentNumber: DocumentNumber });

/**
 * What a verification says:
 * - `valid`: the document was issued here and is not revoked (an uploaded PDF:
 *   and its seal signature verifies over the signed bytes with the department's certificate);
 * - `revoked`: issued here, then revoked (the reason is given);
 * - `tampered`: an uploaded PDF whose signature does not verify, or whose
 *   signed bytes differ from the document issued under its number;
 * - `unknown`: no document of this number was issued here (or the upload carries none).
 */
export const VERIFICATION_STATUSES = ['valid', 'revoked', 'tampered', 'unknown'] as const;
export const VerificationStatus = z.enum(VERIFICATION_STATUSES);
export type VerificationStatus = z.infer<typeof VerificationStatus>;

/** What the document itself shows publicly; the applicant's name masked (王*). */
export const SealedDocument = z.object({
  documentNumber: DocumentNumber,
  title: z.string(),
  itemName: z.string(),
  applicantName: z.string(),
  departmentId: z.string(),
  departmentName: z.string(),
  issuedAt: Timestamp,
  revokedAt: z.nullable(Timestamp),
  revokedReason: z.nullable(z.string()),
});
export type SealedDocument = z.infer<typeof SealedDocument>;

export const DocumentVerification = z.object({
  status: VerificationStatus,
  /** The number asked for, or the one found in the uploaded PDF (null when it carries none). */
  documentNumber: z.nullable(z.string()),
  /** The issued document's public metadata; null when `unknown`. */
  document: z.nullable(SealedDocument),
  /** Why an upload is `tampered` or `unknown`, for people. */
  reason: z.nullable(z.string()),
});
export type DocumentVerification = z.infer<typeof DocumentVerification>;

/** Body of `POST /admin/documents/{documentNumber}/revoke`. */
export const DocumentRevoke = z.object({ reason: text(500) });
export type DocumentRevoke = z.infer<typeof DocumentRevoke>;
