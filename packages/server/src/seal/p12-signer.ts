// The reference SealSigner: RSA / SHA-256 signatures from a PKCS#12 per
// department (@signpdf/signer-p12, which builds the CMS with node-forge). Its
// keys come from a directory (production: PKCS#12 files the department's CA
// issued) or are made for development on first use (dev-keys.ts).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { P12Signer } from '@signpdf/signer-p12';
import forge from 'node-forge';
import type { SealDepartment, SealSigner } from './seal.ts';

export interface SealKey {
  /** The PKCS#12 (DER): the seal's private key and certificate. */
  p12: Uint8Array;
  passphrase: string;
}

/** The PEM of the (first) certificate in a PKCS#12. */
export function certificateOfP12(key: SealKey): string {
  const p12 = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(forge.util.binary.raw.encode(key.p12)), false, key.passphrase);
  const bag = p12.getBags({ bagType: forge.pki.oids.certBag! })[forge.pki.oids.certBag!]?.[0];
  if (!bag?.cert) throw new Error('The seal key has no certificate');
  return forge.pki.certificateToPem(bag.cert);
}

/** A signer over the PKCS#12 that `keyOf` gives for a department (asked once per department). */
export function p12SealSigner(keyOf: (department: SealDepartment) => Promise<SealKey>): SealSigner {
  const keys = new Map<string, Promise<{ key: SealKey; certificate: string }>>();
  const load = (department: SealDepartment) => {
    let entry = keys.get(department.id);
    if (!entry) {
      entry = keyOf(department).then((key) => ({ key, certificate: certificateOfP12(key) }));
      keys.set(department.id, entry);
      entry.catch(() => keys.delete(department.id));
    }
    return entry;
  };
  return {
    async certificate(department) {
      return (await load(department)).certificate;
    },
    async sign(department, content, signingTime) {
      const { key } = await load(department);
      const signer = new P12Signer(Buffer.from(key.p12), { passphrase: key.passphrase });
      return new Uint8Array(await signer.sign(Buffer.from(content), signingTime));
    },
  };
}

/**
 * Keys from a directory: `<department id>.p12`, its passphrase in
 * `<department id>.pass` (trailing newline ignored) or `passphrase` for all.
 * A department without a file cannot seal: nothing is generated in its place.
 */
export function directoryKeys(dir: string, passphrase: string | null): (department: SealDepartment) => Promise<SealKey> {
  return async (department) => {
    if (!/^[A-Za-z0-9_-]+$/.test(department.id)) throw new Error(`Not a department id for a key file: ${department.id}`);
    const p12Path = join(dir, `${department.id}.p12`);
    let p12: Uint8Array;
    try {
      p12 = new Uint8Array(await readFile(p12Path));
    } catch {
      throw new Error(`No seal key for department ${department.id} (${department.name}): ${p12Path} is missing`);
    }
    const own = await readFile(join(dir, `${department.id}.pass`), 'utf8').then(
      (s) => s.replace(/\r?\n$/, ''),
      () => null,
    );
    return { p12, passphrase: own ?? passphrase ?? '' };
  };
}
