// Where the content of uploaded files lives, behind one interface: the
// database (the default, and the only one in the browser mock) or a directory
// (fs-store.ts, Node only). An upload is first *staged* (received, counted
// against the size limit, hashed), then either *committed* as a file of a user
// (content in place first, then the `files` row, so no row ever lacks its
// content) or dropped. This module is browser-safe.
import type { Queryable } from '../db/db.ts';
import { sha256Hex } from '../http/auth.ts';
import { HttpError, invalid } from '../http/errors.ts';
import { deleteFile, insertFile, loadFileContent } from './store.ts';
import type { FileRow } from './store.ts';

/** How many leading bytes an upload keeps at hand to recognise its type (file-types.ts looks at 1024). */
export const HEAD_BYTES = 4096;

/** An uploaded file as received: counted, hashed, and kept aside until a handler stores it. */
export interface Upload {
  /** The file name the client sent (not yet cleaned). */
  readonly name: string;
  /** The content type the client declared ('' for none). */
  readonly type: string;
  readonly size: number;
  /** Hex SHA-256 of the content. */
  readonly sha256: string;
  /** The first bytes (up to HEAD_BYTES), to recognise the type. */
  readonly head: Uint8Array;
  /** The whole content as a File: read from where it was staged (the directory backend reads it lazily from disk). */
  file(): Promise<File>;
}

/** An upload the store holds until it is committed or discarded. */
export interface StagedUpload extends Upload {
  /** Drops what staging kept (a temporary file); nothing after a commit. */
  discard(): Promise<void>;
}

/** The content of a stored file, as a download sends it. */
export interface StoredContent {
  name: string;
  contentType: string;
  size: number;
  body: Uint8Array | ReadableStream<Uint8Array>;
}

export interface FileStore {
  readonly kind: 'db' | 'fs';
  /**
   * Receives one file's content. Past `maxBytes` it stops reading and throws
   * 413 `PAYLOAD_TOO_LARGE`, keeping nothing.
   */
  stage(name: string, type: string, content: AsyncIterable<Uint8Array>, maxBytes: number): Promise<StagedUpload>;
  /** Makes a staged upload the content of the user's file `row`: the content in place first, then the row. */
  commit(db: Queryable, userId: string, row: FileRow, upload: Upload): Promise<void>;
  /** The content of one of the user's files, or null. */
  read(db: Queryable, userId: string, id: string): Promise<StoredContent | null>;
  /** Deletes one of the user's files: the row first (so it is gone for readers at once), then its content. */
  remove(db: Queryable, userId: string, id: string): Promise<void>;
  /** Removes what uploads interrupted by a stopped process left behind; run at start. */
  sweep?(db: Queryable): Promise<unknown>;
}

/** Reads the one file of a multipart request into the store (413 past `maxBytes`, 400 for a malformed body). */
export type MultipartReader = (request: Request, store: FileStore, maxBytes: number) => Promise<StagedUpload>;

/** 413 for an upload above the limit. */
export function uploadTooLarge(maxBytes: number): HttpError {
  const mb = Math.round(maxBytes / 1024 / 1024);
  return new HttpError(
    413,
    'PAYLOAD_TOO_LARGE',
    { zh: `文件不能超过 ${mb} MB`, en: `Files may be at most ${mb} MB` },
    // The rest of the body is not read: the connection closes after the answer.
    { headers: { Connection: 'close' } },
  );
}

export const malformedMultipart = () => invalid([{ path: 'body', message: 'Malformed multipart body' }]);
export const missingFilePart = () => invalid([{ path: 'body.file', message: 'A file part named "file" is required' }]);

function concat(chunks: Uint8Array[], size: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * The database as the file store: a file's content is a `bytea` column of its
 * row. Staging holds the content in memory (up to the size limit, so one
 * upload costs at most `maxUploadBytes` of memory), and a download reads it
 * whole from the row.
 */
export function createDbFileStore(): FileStore {
  const staged = new WeakMap<Upload, Uint8Array<ArrayBuffer>>();
  return {
    kind: 'db',
    async stage(name, type, content, maxBytes) {
      const chunks: Uint8Array[] = [];
      let size = 0;
      for await (const chunk of content) {
        size += chunk.length;
        if (size > maxBytes) throw uploadTooLarge(maxBytes);
        chunks.push(chunk);
      }
      const bytes = concat(chunks, size);
      const upload: StagedUpload = {
        name,
        type,
        size,
        sha256: await sha256Hex(bytes),
        head: bytes.subarray(0, HEAD_BYTES),
        file: async () => new File([bytes], name, { type }),
        discard: async () => void staged.delete(upload),
      };
      staged.set(upload, bytes);
      return upload;
    },
    async commit(db, userId, row, upload) {
      const bytes = staged.get(upload);
      if (!bytes) throw new Error('not an upload staged by this store');
      await insertFile(db, userId, row, bytes);
      staged.delete(upload);
    },
    async read(db, userId, id) {
      const file = await loadFileContent(db, userId, id);
      return file && { name: file.name, contentType: file.contentType, size: file.content.length, body: file.content };
    },
    remove: (db, userId, id) => deleteFile(db, userId, id),
  };
}

/**
 * The multipart reader that works everywhere (the browser mock): the platform's
 * `formData()` buffers the whole body, then the file goes to the store. The
 * Node server streams instead (fs-store.ts, `readMultipartStreaming`).
 */
export const readMultipartBuffered: MultipartReader = async (request, store, maxBytes) => {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw malformedMultipart();
  }
  const file = form.get('file');
  if (!(file instanceof File)) throw missingFilePart();
  if (file.size > maxBytes) throw uploadTooLarge(maxBytes);
  return store.stage(file.name, file.type, chunksOf(file.stream()), maxBytes);
};

/** A stream's chunks as an async iterable (without relying on ReadableStream's own async iteration). */
export async function* chunksOf(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}
