// Upload limits, without zod: the form renderer and the 补正 upload check files against them before sending.

/** Content types the reference server accepts for materials (OFD is China's e-document format). */
export const ALLOWED_FILE_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'application/ofd'] as const;

/** Largest upload the reference server accepts, in bytes. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
