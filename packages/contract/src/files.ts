import { z } from './zod.ts';
import { Id, Timestamp } from './common.ts';

/** Content types the reference server accepts for materials (OFD is China's e-document format). */
export const ALLOWED_FILE_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'application/ofd'] as const;
/** Largest upload the reference server accepts, in bytes. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export const FileMeta = z.object({
  id: Id,
  name: z.string(),
  size: z.int().check(z.nonnegative()),
  contentType: z.string(),
  /** Hex SHA-256 of the content. */
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  createdAt: Timestamp,
});
export type FileMeta = z.infer<typeof FileMeta>;

export const FileIdParams = z.object({ id: Id });
