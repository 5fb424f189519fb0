// Random identifiers: record ids, file ids, query codes, waybill digits.

/** Random characters from `alphabet` (Web Crypto, so the browser mock can run it too). */
export function randomChars(alphabet: string, length: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length * 2));
  let out = '';
  // Two bytes per character keep the modulo bias below 0.05 %.
  for (let i = 0; i < length; i++) out += alphabet[((bytes[2 * i]! << 8) | bytes[2 * i + 1]!) % alphabet.length];
  return out;
}

/** `<prefix>_` and a random UUID's 32 hex digits, e.g. `addr_3f2a…`. */
export function newId(prefix: string): string {
  return `${prefix}_${crypto.randomUUID().replace(/-/g, '')}`;
}
