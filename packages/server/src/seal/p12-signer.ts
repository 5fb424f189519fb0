// The reference SealSigner: RSA / SHA-256 signatures from a PKCS#12 per
// department, the CMS built with node-forge. Its keys come from a directory
// (production: PKCS#12 files the department's CA issued) or are made for
// development on first use (dev-keys.ts).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import forge from 'node-forge';
import type { SealDepartment, SealSigner } from './seal.ts';

export interface SealKey {
  /** The PKCS#12 (DER): the seal's private key and certificate. */
  p12: Uint8Array;
  passphrase: string;
}

interface OpenedKey {
  key: forge.pki.rsa.PrivateKey;
  /** The certificate of the key, then the rest of the PKCS#12's certificates (its chain, if any). */
  certificates: forge.pki.Certificate[];
}

/** The private key of a PKCS#12 and the certificate that belongs to it. */
function openP12(key: SealKey): OpenedKey {
  const p12 = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(forge.util.binary.raw.encode(key.p12)), false, key.passphrase);
  const keyBag =
    p12.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag! })[forge.pki.oids.pkcs8ShroudedKeyBag!]?.[0] ??
    p12.getBags({ bagType: forge.pki.oids.keyBag! })[forge.pki.oids.keyBag!]?.[0];
  const privateKey = keyBag?.key as forge.pki.rsa.PrivateKey | undefined;
  if (!privateKey) throw new Error('The seal key has no (RSA) private key');
  const certificates = (p12.getBags({ bagType: forge.pki.oids.certBag! })[forge.pki.oids.certBag!] ?? []).flatMap((b) =>
    b.cert ? [b.cert] : [],
  );
  const own = certificates.find((c) => {
    const pub = c.publicKey as forge.pki.rsa.PublicKey;
    return pub.n?.equals(privateKey.n) && pub.e?.equals(privateKey.e);
  });
  if (!own) throw new Error('The seal key has no certificate for its private key');
  return { key: privateKey, certificates: [own, ...certificates.filter((c) => c !== own)] };
}

/** The PEM of the certificate of a PKCS#12's private key. */
export function certificateOfP12(key: SealKey): string {
  return forge.pki.certificateToPem(openP12(key).certificates[0]!);
}

/**
 * The issuer Name of a parsed certificate, as the certificate encodes it.
 * forge reads a UTF8String name attribute as raw bytes but UTF-8-encodes it
 * again when it writes one, so the IssuerAndSerialNumber forge builds for a
 * certificate with a Chinese issuer would not match the certificate and no
 * verifier could find the signer's certificate. The certificate's own bytes
 * match by construction, whatever string types or multi-valued RDNs it uses.
 */
function issuerAsn1(cert: forge.pki.Certificate): forge.asn1.Asn1 {
  const tbs = (cert as unknown as { tbsCertificate: forge.asn1.Asn1 }).tbsCertificate;
  const fields = tbs.value as forge.asn1.Asn1[];
  // TBSCertificate: [0] version (absent in v1), serialNumber, signature, issuer, …
  const first = fields[0]!.tagClass === forge.asn1.Class.CONTEXT_SPECIFIC ? 1 : 0;
  return fields[first + 2]!;
}

/** A detached CMS SignedData (RSA, SHA-256, signed attributes as PAdES asks) over `content`. */
function signDetached(opened: OpenedKey, content: Uint8Array, signingTime: Date): Uint8Array {
  const [certificate] = opened.certificates;
  const p7 = forge.pkcs7.createSignedData();
  p7.content = forge.util.createBuffer(forge.util.binary.raw.encode(content));
  for (const cert of opened.certificates) p7.addCertificate(cert);
  p7.addSigner({
    key: opened.key,
    certificate: certificate!,
    digestAlgorithm: forge.pki.oids.sha256!,
    // contentType, signingTime, messageDigest: the order EU validators (DSS) expect.
    authenticatedAttributes: [
      { type: forge.pki.oids.contentType!, value: forge.pki.oids.data! },
      { type: forge.pki.oids.signingTime!, value: signingTime as unknown as string },
      { type: forge.pki.oids.messageDigest! },
    ],
  });
  p7.sign({ detached: true });
  const asn1 = p7.toAsn1();
  // ContentInfo { contentType, [0] { SignedData { version, digestAlgorithms, encapContentInfo, [0] certificates, signerInfos } } }
  const signedData = (asn1.value as forge.asn1.Asn1[])[1]!.value[0] as forge.asn1.Asn1;
  const signerInfos = (signedData.value as forge.asn1.Asn1[]).at(-1)!;
  const signerInfo = (signerInfos.value as forge.asn1.Asn1[])[0]!;
  // SignerInfo { version, sid: IssuerAndSerialNumber { issuer, serialNumber }, … }: not covered by the signature.
  ((signerInfo.value as forge.asn1.Asn1[])[1]!.value as forge.asn1.Asn1[])[0] = issuerAsn1(certificate!);
  return forge.util.binary.raw.decode(forge.asn1.toDer(asn1).getBytes());
}

/** A signer over the PKCS#12 that `keyOf` gives for a department (asked once per department). */
export function p12SealSigner(keyOf: (department: SealDepartment) => Promise<SealKey>): SealSigner {
  const keys = new Map<string, Promise<{ opened: OpenedKey; certificate: string }>>();
  const load = (department: SealDepartment) => {
    let entry = keys.get(department.id);
    if (!entry) {
      entry = keyOf(department).then((key) => {
        const opened = openP12(key);
        return { opened, certificate: forge.pki.certificateToPem(opened.certificates[0]!) };
      });
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
      return signDetached((await load(department)).opened, content, signingTime);
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
