// Bearer tokens: `base64url(payload).base64url(HMAC-SHA256(payload))`, made and
// checked with Web Crypto so the same code runs in Node and in the browser mock.

export interface TokenPayload {
  /** User id. */
  sub: string;
  /** Expiry, seconds since the epoch. */
  exp: number;
}

const encoder = new TextEncoder();

function b64url(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromB64url(s: string): Uint8Array<ArrayBuffer> {
  const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export interface TokenSigner {
  sign(payload: TokenPayload): Promise<string>;
  /** The payload of a well-signed, unexpired token; null otherwise. */
  verify(token: string, nowMs: number): Promise<TokenPayload | null>;
}

export async function createTokenSigner(secret: string): Promise<TokenSigner> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
  return {
    async sign(payload) {
      const body = b64url(encoder.encode(JSON.stringify(payload)));
      const sig = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(body)));
      return `${body}.${b64url(sig)}`;
    },
    async verify(token, nowMs) {
      const [body, sig, extra] = token.split('.');
      if (!body || !sig || extra !== undefined) return null;
      try {
        const ok = await crypto.subtle.verify('HMAC', key, fromB64url(sig), encoder.encode(body));
        if (!ok) return null;
        const payload = JSON.parse(new TextDecoder().decode(fromB64url(body))) as Partial<TokenPayload>;
        if (typeof payload.sub !== 'string' || typeof payload.exp !== 'number') return null;
        return payload.exp * 1000 > nowMs ? { sub: payload.sub, exp: payload.exp } : null;
      } catch {
        return null;
      }
    },
  };
}

/** Hex SHA-256 of bytes or text. */
export async function sha256Hex(data: string | Uint8Array<ArrayBuffer>): Promise<string> {
  const bytes = typeof data === 'string' ? encoder.encode(data) : data;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Compares two strings in time independent of where they differ. */
export function safeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
