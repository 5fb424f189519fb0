// Handlers of uploaded material files. Another user's file answers 404 like a
// missing one.
import type { FileMeta } from '@yiwang/contract';
import type { GroupHandlers } from '../http/handler.ts';
import type { Queryable } from '../db/db.ts';
import { toIso } from '../domain/time.ts';
import { randomChars } from '../domain/ids.ts';
import { HttpError, conflict, invalid, notFound } from '../http/errors.ts';
import { recordIdempotentAnswer } from '../http/idempotency.ts';
import { cleanFileName, declaredType, isAllowedType, sniffType } from './file-types.ts';
import { applicationUsingFile, loadFiles } from './store.ts';
import type { FileRow } from './store.ts';

const fileNotFound = () => notFound({ zh: '文件不存在', en: 'No such file' });

const fileOut = (f: FileRow): FileMeta => ({
  id: f.id,
  name: f.name,
  size: f.size,
  contentType: f.contentType,
  sha256: f.sha256,
  createdAt: toIso(f.createdAt),
});

const unsupported = (zh: string, en: string) => new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', { zh, en });

async function ownFile(db: Queryable, userId: string, id: string): Promise<FileRow> {
  const file = (await loadFiles(db, userId)).find((f) => f.id === id);
  if (!file) throw fileNotFound();
  return file;
}

const files: GroupHandlers<'files'> = {
  async upload(ctx) {
    const file = ctx.body;
    const name = cleanFileName(file.name);
    const type = declaredType(file.type, name);
    if (!isAllowedType(type)) {
      throw unsupported(
        `不支持的文件类型（${type || '未知'}），请上传 PDF、JPG、PNG 或 OFD 文件`,
        `Unsupported file type (${type || 'unknown'}); upload PDF, JPEG, PNG or OFD`,
      );
    }
    if (file.size === 0)
      throw invalid([{ path: 'body.file', message: 'The file is empty' }], { zh: '文件是空的', en: 'The file is empty' });
    if (sniffType(file.head) !== type) {
      throw unsupported('文件内容与文件类型不符，请上传真实的 PDF、JPG、PNG 或 OFD 文件', 'The content does not match the file type');
    }
    const row: FileRow = {
      id: `f-${randomChars('abcdefghijkmnpqrstuvwxyz23456789', 16)}`,
      name,
      size: file.size,
      contentType: type,
      sha256: file.sha256,
      createdAt: ctx.now,
    };
    const answer = fileOut(row);
    const { db, files: store } = ctx.services;
    const { idempotency } = ctx;
    await db.transaction(async (tx) => {
      await store.commit(tx, ctx.user.id, row, file);
      // The file and the key's answer commit together: a retry after a crash gets this file, never a second one.
      if (idempotency) await recordIdempotentAnswer(tx, idempotency, { status: 201, body: answer });
    });
    return answer;
  },

  async get(ctx) {
    return fileOut(await ownFile(ctx.services.db, ctx.user.id, ctx.params.id));
  },

  async content(ctx) {
    const file = await ctx.services.files.read(ctx.services.db, ctx.user.id, ctx.params.id);
    if (!file) throw fileNotFound();
    const body = file.body instanceof Uint8Array ? new Uint8Array(file.body) : file.body;
    return { body, size: file.size, contentType: file.contentType, fileName: file.name };
  },

  /** A file that an application refers to stays: it is part of that application's record. */
  async delete(ctx) {
    const { db } = ctx.services;
    await ownFile(db, ctx.user.id, ctx.params.id);
    const number = await applicationUsingFile(db, ctx.user.id, ctx.params.id);
    if (number) {
      throw conflict({
        zh: `该文件是申请 ${number} 的材料，不能删除`,
        en: `This file is a material of application ${number} and cannot be deleted`,
      });
    }
    await ctx.services.files.remove(db, ctx.user.id, ctx.params.id);
  },
};

/** Handlers of the files group. */
export const fileRoutes = { files };
