// Development seal keys: a self-signed certificate per department, made on the
// department's first 制证 and kept in the database (seal_keys), so every process
// on one database signs with one key. Never meant for production: a real
// deployment configures the keys its seal authority issued (YIWANG_SEAL_KEYS_DIR)
// or a signer of its own (GB/T 38540).
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import forge from 'node-forge';
import type { Db } from '../db/db.ts';
import type { SealDepartment } from './seal.ts';
import type { SealKey } from './p12-signer.ts';
import { certificateOfP12 } from './p12-signer.ts';
import { insertSealKey, loadSealKey } from './store.ts';

/** A new RSA-2048 key and a self-signed certificate (ten years) in a PKCS#12 with a random passphrase. */
export function createDevelopmentKey(department: SealDepartment, now = new Date()): SealKey {
  // node:crypto makes the key (forge's pure-JS generation takes seconds); forge writes the certificate and PKCS#12.
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const key = forge.pki.privateKeyFromPem(privateKey.export({ type: 'pkcs1', format: 'pem' }).toString());
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.setRsaPublicKey(key.n, key.e);
  cert.serialNumber = `01${randomBytes(15).toString('hex')}`;
  cert.validity.notBefore = new Date(now.getTime() - 86400_000);
  cert.validity.notAfter = new Date(now.getTime() + 10 * 365 * 86400_000);
  // forge UTF-8-encodes UTF8String values itself when it writes the certificate: give it the JS strings.
  const name = [
    { shortName: 'CN', value: `${department.name}（开发用电子印章）`, valueTagClass: forge.asn1.Type.UTF8 },
    { shortName: 'O', value: department.name, valueTagClass: forge.asn1.Type.UTF8 },
    { shortName: 'OU', value: `yiwang development seal ${department.id}` },
    { shortName: 'C', value: 'CN' },
  ] as forge.pki.CertificateField[];
  cert.setSubject(name);
  cert.setIssuer(name);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true },
  ]);
  cert.sign(key, forge.md.sha256.create());
  const passphrase = randomBytes(18).toString('base64url');
  const asn1 = forge.pkcs12.toPkcs12Asn1(key, [cert], passphrase, { algorithm: '3des' });
  return { p12: forge.util.binary.raw.decode(forge.asn1.toDer(asn1).getBytes()), passphrase };
}

/** The department's development key from the database, made and stored on first use. */
export function developmentKeys(db: Db): (department: SealDepartment) => Promise<SealKey> {
  return async (department) => {
    const stored = await loadSealKey(db, department.id);
    if (stored) return stored;
    const made = createDevelopmentKey(department);
    // Two processes may both make one: the first stored wins, and both use it.
    await insertSealKey(db, department.id, made, certificateOfP12(made), new Date());
    return (await loadSealKey(db, department.id))!;
  };
}
