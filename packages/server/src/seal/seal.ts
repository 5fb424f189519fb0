// The seam between the app core (which also runs in the browser mock) and the
// Node-only sealing of result documents: what a sealed document says, the
// department's seal signer, and the sealer the Node entry hands to the
// services (ServiceOptions.seal). Without a sealer (the mock) 制证 issues no
// signed PDF and the result download draws the unsigned one (result-pdf.ts).

/** The department whose seal signs a document. */
export interface SealDepartment {
  id: string;
  name: string;
}

/**
 * A department's seal key. The reference implementation (p12-signer.ts) signs
 * with RSA / SHA-256 from a PKCS#12 per department. A signer for the national
 * e-seal standard (GB/T 38540: SM2 signatures over SM3 digests, the seal as
 * issued by the seal authority) implements the same two methods, e.g. by
 * calling the department's seal server or signing device, and is passed as
 * `createResultSealer({ signer })`.
 */
export interface SealSigner {
  /** The department's seal certificate (PEM): verification checks signatures against it. */
  certificate(department: SealDepartment): Promise<string>;
  /** A detached CMS (CAdES) SignedData, DER, over `content`: the PDF's signed byte ranges. */
  sign(department: SealDepartment, content: Uint8Array, signingTime: Date): Promise<Uint8Array>;
}

/** What a sealed result document shows. */
export interface SealedContent {
  documentNumber: string;
  title: string;
  department: SealDepartment;
  /** Body lines, top to bottom (the applicant, the item, the decision …); long ones wrap. */
  lines: string[];
  issuedAt: Date;
}

/** The result of checking an uploaded PDF's signature. */
export type SignatureCheck =
  { ok: true } | { ok: false; reason: 'unsigned' | 'not_covering' | 'digest_mismatch' | 'bad_signature' | 'malformed' };

export interface ResultSealer {
  /** The signed PDF (PAdES: ETSI.CAdES.detached) of a result document, with the visible seal. */
  seal(content: SealedContent): Promise<Uint8Array>;
  /** The document number a PDF carries (its Info dictionary), or null. Says nothing of the signature. */
  documentNumberOf(pdf: Uint8Array): string | null;
  /** Checks a PDF's last signature against the department's certificate; it must cover the whole file. */
  verify(pdf: Uint8Array, department: SealDepartment): Promise<SignatureCheck>;
}
