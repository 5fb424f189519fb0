// The seal's SQL: development seal keys (seal_keys) and the issued result
// documents with their revocation (result_documents).
import type { Queryable } from '../db/db.ts';
import type { SealKey } from './p12-signer.ts';

export async function loadSealKey(q: Queryable, departmentId: string): Promise<SealKey | null> {
  const [row] = await q.query<{ p12: Uint8Array; passphrase: string }>('SELECT p12, passphrase FROM seal_keys WHERE department_id = $1', [
    departmentId,
  ]);
  return row ? { p12: new Uint8Array(row.p12), passphrase: row.passphrase } : null;
}

export async function insertSealKey(q: Queryable, departmentId: string, key: SealKey, certificate: string, at: Date): Promise<void> {
  await q.query(
    'INSERT INTO seal_keys (department_id, p12, passphrase, certificate, created_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (department_id) DO NOTHING',
    [departmentId, key.p12, key.passphrase, certificate, at],
  );
}

export interface ResultDocumentRow {
  documentNumber: string;
  number: string;
  departmentId: string;
  departmentName: string;
  title: string;
  itemName: string;
  applicantMasked: string;
  issuedAt: Date;
  sha256: string;
  revokedAt: Date | null;
  revokedReason: string | null;
  revokedBy: string | null;
}

type Row = {
  document_number: string;
  number: string;
  department_id: string;
  department_name: string;
  title: string;
  item_name: string;
  applicant_masked: string;
  issued_at: string | Date;
  sha256: string;
  revoked_at: string | Date | null;
  revoked_reason: string | null;
  revoked_by: string | null;
};

const COLUMNS =
  'document_number, number, department_id, department_name, title, item_name, applicant_masked, issued_at, sha256, revoked_at, revoked_reason, revoked_by';

const toRow = (r: Row): ResultDocumentRow => ({
  documentNumber: r.document_number,
  number: r.number,
  departmentId: r.department_id,
  departmentName: r.department_name,
  title: r.title,
  itemName: r.item_name,
  applicantMasked: r.applicant_masked,
  issuedAt: new Date(r.issued_at),
  sha256: r.sha256,
  revokedAt: r.revoked_at === null ? null : new Date(r.revoked_at),
  revokedReason: r.revoked_reason,
  revokedBy: r.revoked_by,
});

/** Stores an issued document; a second one for the same application replaces nothing (the first stays). */
export async function insertResultDocument(
  q: Queryable,
  doc: Omit<ResultDocumentRow, 'revokedAt' | 'revokedReason' | 'revokedBy'>,
  content: Uint8Array,
) {
  await q.query(
    `INSERT INTO result_documents (document_number, number, department_id, department_name, title, item_name, applicant_masked, issued_at, sha256, content)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (document_number) DO NOTHING`,
    [
      doc.documentNumber,
      doc.number,
      doc.departmentId,
      doc.departmentName,
      doc.title,
      doc.itemName,
      doc.applicantMasked,
      doc.issuedAt,
      doc.sha256,
      content,
    ],
  );
}

export async function loadResultDocument(q: Queryable, documentNumber: string, forUpdate = false): Promise<ResultDocumentRow | null> {
  const [row] = await q.query<Row>(`SELECT ${COLUMNS} FROM result_documents WHERE document_number = $1${forUpdate ? ' FOR UPDATE' : ''}`, [
    documentNumber,
  ]);
  return row ? toRow(row) : null;
}

/** The signed PDF issued for an application, or null. */
export async function loadResultDocumentContent(q: Queryable, number: string): Promise<Uint8Array | null> {
  const [row] = await q.query<{ content: Uint8Array }>('SELECT content FROM result_documents WHERE number = $1', [number]);
  return row ? new Uint8Array(row.content) : null;
}

export async function revokeResultDocument(q: Queryable, documentNumber: string, at: Date, reason: string, by: string): Promise<void> {
  await q.query('UPDATE result_documents SET revoked_at = $2, revoked_reason = $3, revoked_by = $4 WHERE document_number = $1', [
    documentNumber,
    at,
    reason,
    by,
  ]);
}
