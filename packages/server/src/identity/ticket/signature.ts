// Signatures of requests to a provincial ticket service: most platforms sign
// the parameters (app id, timestamp, nonce and the call's own) as a canonical
// string under the secret issued with the app id: HMAC-SHA256, or SM3 where a
// province requires the national algorithms. A platform that signs otherwise
// plugs its own function in through the adapter module (`sign`). Node-only
// (node:crypto, whose OpenSSL provides SM3).
import { createHmac, timingSafeEqual } from 'node:crypto';

/** Signs a request's parameters (the signature parameter itself not among them). */
export type RequestSigner = (params: Record<string, string>, secret: string) => string | Promise<string>;

/** `k1=v1&k2=v2…`: keys in ASCII order, empty values left out, values as they are (not URL-encoded). */
export function canonicalString(params: Record<string, string>): string {
  return Object.keys(params)
    .filter((k) => params[k] !== '')
    .sort()
    .map((k) => `${k}=${params[k]}`)
    .join('&');
}

/** A built-in signer: hex HMAC of the canonical string with SHA-256 or SM3. */
export function hmacSigner(algorithm: 'sha256' | 'sm3', options: { uppercase?: boolean } = {}): RequestSigner {
  return (params, secret) => {
    const hex = createHmac(algorithm, secret).update(canonicalString(params), 'utf8').digest('hex');
    return options.uppercase ? hex.toUpperCase() : hex;
  };
}

/** Compares two signatures in constant time (hex, case-insensitive). */
export function signaturesEqual(a: string, b: string): boolean {
  const x = Buffer.from(a.toLowerCase(), 'utf8');
  const y = Buffer.from(b.toLowerCase(), 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}
