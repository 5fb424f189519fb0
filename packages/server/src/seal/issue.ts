// Issuing the sealed result document at 制证: the PDF the services' sealer
// signs with the department's seal, stored with what public verification shows.
import { maskName } from '@yiwang/contract';
import type { Queryable } from '../db/db.ts';
import type { Services } from '../services.ts';
import type { StoredApplication } from '../applications/store.ts';
import { documentNumberOf, resultLines } from '../applications/result-pdf.ts';
import { sha256Hex } from '../http/auth.ts';
import { insertResultDocument } from './store.ts';

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
