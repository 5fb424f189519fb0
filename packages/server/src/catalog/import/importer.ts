// The catalog import behind `POST /admin/catalog/imports`: an uploaded file read,
// validated and imported as the command line does it. Node only (node:crypto,
// exceljs): the Node entry hands it to the services (ServiceOptions.catalogImporter),
// so the app, which also runs in the browser mock, never imports it.
import { extname } from 'node:path';
import type { Db } from '../../db/db.ts';
import { importCatalog } from './import.ts';
import type { ImportResult } from './import.ts';
import { checkMapping, parseCatalogBytes } from './read.ts';
import type { ReadFile } from './read.ts';
import { validateRows } from './validate.ts';
import type { ImportProblem } from './validate.ts';

export interface UploadImportOptions {
  replace?: boolean;
  dryRun?: boolean;
  batch?: string | null;
  /** Header → field, as a mapping file holds it (checked here). */
  mapping?: Record<string, string>;
  now?: Date;
}

/** Why a file was not imported: bad rows, or a file that could not be read at all (nothing written either way). */
export type UploadImportResult =
  | ({ ok: true } & ImportResult)
  | { ok: false; problems: ImportProblem[] }
  | { ok: false; fileError: { status: 400 | 415; path: string; message: string } };

export interface CatalogImporter {
  importUpload(db: Db, file: File, options?: UploadImportOptions): Promise<UploadImportResult>;
}

/** Media types by which a file without a known extension is read. */
const EXTENSION_BY_TYPE: Record<string, string> = {
  'application/json': '.json',
  'application/x-ndjson': '.jsonl',
  'application/jsonl': '.jsonl',
  'text/csv': '.csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': '.xlsx',
};
const EXTENSIONS = new Set(['.json', '.jsonl', '.ndjson', '.csv', '.xlsx']);

function extensionOf(file: File): string | null {
  const byName = extname(file.name).toLowerCase();
  if (EXTENSIONS.has(byName)) return byName;
  return EXTENSION_BY_TYPE[file.type.split(';')[0]!.trim().toLowerCase()] ?? null;
}

/** Imports uploaded catalog files into the database the server runs on. */
export const catalogImporter: CatalogImporter = {
  async importUpload(db, file, options = {}) {
    let mapping: Record<string, string> | undefined;
    try {
      mapping = options.mapping ? checkMapping(options.mapping) : undefined;
    } catch (error) {
      return { ok: false, fileError: { status: 400, path: 'query.mapping', message: (error as Error).message } };
    }
    const extension = extensionOf(file);
    if (!extension)
      return {
        ok: false,
        fileError: { status: 415, path: 'body.file', message: 'Use a .json, .jsonl, .csv or .xlsx file' },
      };
    let read: ReadFile;
    try {
      read = await parseCatalogBytes(Buffer.from(await file.arrayBuffer()), extension);
    } catch (error) {
      return {
        ok: false,
        fileError: { status: 400, path: 'body.file', message: `Unreadable ${extension} file: ${(error as Error).message}` },
      };
    }
    const { rows, problems } = validateRows(read, mapping);
    if (problems.length) return { ok: false, problems };
    if (!rows.length) return { ok: false, fileError: { status: 400, path: 'body.file', message: 'The file holds no items' } };
    const result = await importCatalog(
      db,
      rows.map((r) => r.item),
      {
        source: file.name,
        replace: options.replace ?? false,
        dryRun: options.dryRun ?? false,
        batch: options.batch ?? null,
        ...(options.now ? { now: options.now } : {}),
      },
    );
    return { ok: true, ...result };
  },
};
