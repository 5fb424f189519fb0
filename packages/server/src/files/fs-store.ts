// The directory file store (Node only): each file's content is a file under
// YIWANG_FILE_DIR (a volume every instance shares), its row in the database.
// Uploads stream to a temporary file (counted, hashed, fsynced) and are
// linked into place on commit (atomic, like a rename) before the row is inserted, so a content file
// is never seen half-written and no row exists without its content. Downloads
// stream from disk. Also the streaming multipart reader of the Node server.
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, openAsBlob } from 'node:fs';
import { link, mkdir, open, readdir, stat, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import busboy from 'busboy';
import type { Queryable } from '../db/db.ts';
import type { ServerConfig } from '../config.ts';
import { HEAD_BYTES, createDbFileStore, malformedMultipart, missingFilePart, uploadTooLarge } from './file-store.ts';
import type { FileStore, MultipartReader, StagedUpload, Upload } from './file-store.ts';
import { deleteFile, existingFileIds, insertFile, loadFileContent, loadFileHead } from './store.ts';

/** The folder of temporary files, inside the store's directory (same file system, so rename is atomic). */
const TEMP = '.tmp';
/** A content file whose row never came (a process stopped between rename and insert) is removed after this long. */
const UNREFERENCED_AFTER_MS = 10 * 60_000;
/** Another host's temporary file untouched this long belongs to an upload that will not finish. */
const FOREIGN_TEMP_AFTER_MS = 60 * 60_000;

const host = hostname().replace(/[^A-Za-z0-9.-]/g, '_');

/** The path of a file's content: two-letter folders, so no folder holds millions of entries. */
const contentPath = (dir: string, id: string) => join(dir, id.slice(2, 4) || '__', id);

async function fsyncDir(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

const ignoreMissing = (error: unknown) => {
  if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
};

function processAlive(pid: number): boolean {
  // This process's own uploads in progress are skipped before: a file with its pid is a predecessor's (a container's pid 1).
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface FsFileStore extends FileStore {
  readonly dir: string;
  /**
   * At start, removes what interrupted uploads left: temporary files of this host's dead
   * processes (and of other hosts' after an hour untouched), and content files
   * that got no row within ten minutes. Runs at start.
   */
  sweep(db: Queryable): Promise<{ temporary: number; unreferenced: number }>;
}

/** The directory `dir` as the file store (created if missing). */
export async function createFsFileStore(dir: string): Promise<FsFileStore> {
  await mkdir(join(dir, TEMP), { recursive: true });
  const staged = new WeakMap<Upload, { temp: string; committed: boolean }>();
  let counter = 0;
  /** Temporary files of this store's uploads in progress: the sweep leaves them. */
  const inProgress = new Set<string>();

  const store: FsFileStore = {
    kind: 'fs',
    dir,

    async stage(name, type, content, maxBytes) {
      const temp = join(dir, TEMP, `${host}-${process.pid}-${++counter}-${randomBytes(6).toString('hex')}.part`);
      const handle = await open(temp, 'wx');
      inProgress.add(temp);
      const hash = createHash('sha256');
      const head: Uint8Array[] = [];
      let headSize = 0;
      let size = 0;
      try {
        for await (const chunk of content) {
          size += chunk.length;
          if (size > maxBytes) throw uploadTooLarge(maxBytes);
          hash.update(chunk);
          if (headSize < HEAD_BYTES) {
            const part = chunk.subarray(0, HEAD_BYTES - headSize);
            head.push(part.slice());
            headSize += part.length;
          }
          await handle.write(chunk);
        }
        await handle.sync();
      } catch (error) {
        await handle.close();
        await unlink(temp).catch(ignoreMissing);
        inProgress.delete(temp);
        throw error;
      }
      await handle.close();
      const headBytes = Buffer.concat(head);
      const upload: StagedUpload = {
        name,
        type,
        size,
        sha256: hash.digest('hex'),
        head: new Uint8Array(headBytes.buffer, headBytes.byteOffset, headBytes.length),
        file: async () => new File([await openAsBlob(temp)], name, { type }),
        async discard() {
          const state = staged.get(upload);
          if (state && !state.committed) await unlink(state.temp).catch(ignoreMissing);
          staged.delete(upload);
          inProgress.delete(temp);
        },
      };
      staged.set(upload, { temp, committed: false });
      return upload;
    },

    async commit(db, userId, row, upload) {
      const state = staged.get(upload);
      if (!state || state.committed) throw new Error('not an upload staged by this store');
      const target = contentPath(dir, row.id);
      const folder = join(target, '..');
      await mkdir(folder, { recursive: true });
      // A hard link, not a rename: it never replaces a file already there.
      await link(state.temp, target);
      state.committed = true;
      inProgress.delete(state.temp);
      await unlink(state.temp).catch(ignoreMissing);
      await fsyncDir(folder);
      try {
        await insertFile(db, userId, row, null);
      } catch (error) {
        await unlink(target).catch(ignoreMissing);
        throw error;
      }
    },

    async read(db, userId, id) {
      const head = await loadFileHead(db, userId, id);
      if (!head) return null;
      if (head.inRow) {
        // Stored while the database was the file store: still served from its row.
        const file = await loadFileContent(db, userId, id);
        return file && { name: file.name, contentType: file.contentType, size: file.content.length, body: file.content };
      }
      const path = contentPath(dir, id);
      // Opened before answering, so a missing content file is an error rather than a cut-off download.
      const stream = createReadStream(path, { fd: await open(path, 'r') });
      return {
        name: head.name,
        contentType: head.contentType,
        size: head.size,
        body: Readable.toWeb(stream) as ReadableStream<Uint8Array>,
      };
    },

    async remove(db, userId, id) {
      await deleteFile(db, userId, id);
      await unlink(contentPath(dir, id)).catch(ignoreMissing);
    },

    async sweep(db) {
      let temporary = 0;
      let unreferenced = 0;
      const now = Date.now();
      for (const entry of await readdir(join(dir, TEMP))) {
        const path = join(dir, TEMP, entry);
        if (inProgress.has(path)) continue;
        const [, entryHost, pid] = /^(.+)-(\d+)-\d+-[0-9a-f]+\.part$/.exec(entry) ?? [];
        const stale = entryHost === host && pid ? !processAlive(Number(pid)) : now - (await stat(path)).mtimeMs > FOREIGN_TEMP_AFTER_MS;
        if (stale) {
          await unlink(path).catch(ignoreMissing);
          temporary++;
        }
      }
      for (const folder of await readdir(dir, { withFileTypes: true })) {
        if (!folder.isDirectory() || folder.name === TEMP) continue;
        const names = await readdir(join(dir, folder.name));
        const known = await existingFileIds(db, names);
        for (const name of names) {
          if (known.has(name)) continue;
          const path = join(dir, folder.name, name);
          if (now - (await stat(path)).mtimeMs < UNREFERENCED_AFTER_MS) continue;
          await unlink(path).catch(ignoreMissing);
          unreferenced++;
        }
      }
      return { temporary, unreferenced };
    },
  };
  return store;
}

/**
 * The Node server's multipart reader: busboy parses the body as it arrives and
 * the `file` part streams into the store, so no upload is held in memory by
 * the directory store, and the size limit stops the reading as soon as it is
 * passed (413; the connection closes).
 */
export const readMultipartStreaming: MultipartReader = (request, store, maxBytes) =>
  new Promise<StagedUpload>((resolve, reject) => {
    const headers = Object.fromEntries(request.headers);
    let parser: busboy.Busboy;
    try {
      // One file; a part a little larger than the limit is enough to know it is too large.
      parser = busboy({
        headers,
        defParamCharset: 'utf8',
        limits: { files: 1, fileSize: maxBytes + 1, fields: 20, parts: 40, fieldSize: 64 * 1024 },
      });
    } catch {
      reject(malformedMultipart());
      return;
    }
    if (!request.body) {
      reject(missingFilePart());
      return;
    }
    const source = Readable.fromWeb(request.body as NodeReadableStream<Uint8Array>);
    let staging: Promise<StagedUpload> | null = null;
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      source.unpipe(parser);
      source.destroy();
      // What staging has kept is dropped once it ends.
      void staging?.then((u) => u.discard()).catch(() => undefined);
      reject(error);
    };
    parser.on('file', (field, stream, info) => {
      if (field !== 'file' || staging) {
        stream.resume();
        return;
      }
      staging = store.stage(info.filename ?? '', info.mimeType, stream, maxBytes);
      staging.catch(fail);
    });
    parser.on('error', () => fail(malformedMultipart()));
    parser.on('close', () => {
      if (settled) return;
      if (!staging) return fail(missingFilePart());
      staging.then((upload) => {
        if (settled) return void upload.discard();
        settled = true;
        resolve(upload);
      }, fail);
    });
    source.on('error', () => fail(malformedMultipart()));
    source.pipe(parser);
  });

/** The file store of the configuration: the directory `fileDir` with `fileStore: 'fs'`, else the database. */
export async function configuredFileStore(config: ServerConfig): Promise<FileStore> {
  if (config.fileStore !== 'fs') return createDbFileStore();
  if (!config.fileDir) throw new Error('YIWANG_FILE_STORE=fs needs YIWANG_FILE_DIR, the directory that holds the files');
  return createFsFileStore(config.fileDir);
}
