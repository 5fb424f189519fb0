// Issuing the sealed result document at 制证: the PDF the services' sealer
// signs with the department's seal, stored with what public verification shows.
import { maskName } from '@yiwang/contract';
import type { Queryable } from '../db/db.ts';
import type { Services } from '../services.ts';
import type { StoredApplication } from '../applications/store.ts';
import { documentNumberOf, resultLines } from '../applications/result-pdf.ts';
import { sha256Hex } from '../http/auth.ts';
import { insertResultDocument } from './store.ts';

/**
 * Seals and stores the result document of a certified application; true when
 * one is stored. Runs after 制证 has committed (the development key store runs
 * its own queries, which an open transaction would block on PGlite), so a
 * failure (no key for the department, no CJK font) does not undo 制证: it is
 * logged, the download serves the unsigned rendering and says so, and the
 * next download tries to seal again.
 */
export async function sealResultDocument(services: Services, record: StoredApplication, departmentId: string, issuedAt: Date) {
  try {
    await issueSealedDocument(services.db, services, record, departmentId, issuedAt);
    return true;
  } catch (error) {
    console.error(
      `Sealing the result document of ${record.number} (department ${departmentId}) failed; its download is unsigned until sealing succeeds:`,
      error,
    );
    return false;
  }
}

/** Seals and stores the result document of a certified application; nothing without a sealer (the browser mock). */
export async function issueSealedDocument(q: Queryable, services: Services, record: StoredApplication, departmentId: string, now: Date) {
  const sealer = services.sealer;
  const result = record.state.result;
  if (!sealer || !result?.documentName) return;
  const documentNumber = documentNumberOf(record.number);
  const department = { id: departmentId, name: record.state.departmentName };
  const pdf = await sealer.seal({ documentNumber, title: result.documentName, department, lines: resultLines(record), issuedAt: now });
  await insertResultDocument(
    q,
    {
      documentNumber,
      number: record.number,
      departmentId,
      departmentName: department.name,
      title: result.documentName,
      itemName: record.state.itemName,
      applicantMasked: maskName(record.state.applicantName),
      issuedAt: now,
      sha256: await sha256Hex(pdf as Uint8Array<ArrayBuffer>),
    },
    pdf,
  );
}
