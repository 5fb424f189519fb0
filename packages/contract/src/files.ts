import { z } from './zod.ts';
import { Id, Timestamp } from './common.ts';

export { ALLOWED_FILE_TYPES, MAX_FILE_BYTES } from './values/files.ts';

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
