// Material uploads: each chosen file is checked (type, size, count) before it
// is sent, uploaded with progress (`files.upload(…, { onProgress })`), and kept
// in memory while it fails so that "重试" sends it again. Done uploads are in
// the field's value (`fileIds`); this holds the ones in flight or failed, and
// the metadata of the applicant's files the form refers to.
import { ALLOWED_FILE_TYPES, MAX_FILE_BYTES, accepts } from '@yiwang/contract';
import type { FormField } from '@yiwang/contract';
import type { Client } from '@yiwang/sdk';
import type { LocalizeController } from '../../../base/controllers/localize.ts';
import { asFileValue } from '../model.ts';
import type { FileValue } from '../model.ts';

type FileField = Extract<FormField, { type: 'file' }>;

export interface Upload {
  /** Local key of the upload (not a server id). */
  key: string;
  name: string;
  size: number;
  status: 'uploading' | 'failed';
  /** 0–1. */
  progress: number;
  error: string;
  file: Blob;
  abort: AbortController;
}

export interface FileInfo {
  name: string;
  contentType: string;
  size: number;
}

export interface UploadHost {
  client(): Client | null;
  readonly localize: LocalizeController;
  getValue(path: string): FileValue;
  setValue(path: string, value: FileValue): void;
  changed(): void;
}

const TYPE_NAMES: Record<string, string> = { 'application/pdf': 'PDF', 'image/jpeg': 'JPG', 'image/png': 'PNG', 'application/ofd': 'OFD' };
const BY_EXTENSION: Record<string, string> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  ofd: 'application/ofd',
};

/** The type a chosen file claims; browsers report none for some (an .ofd), then its extension's. */
function typeOf(file: Blob, name: string): string {
  if (file.type) return file.type;
  return BY_EXTENSION[/\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase() ?? ''] ?? '';
}

/** The content types a field takes: its `accept` list within what the platform accepts at all. */
export function acceptedTypes(field: FileField): string[] {
  return ALLOWED_FILE_TYPES.filter((type) => !field.accept?.length || accepts(field.accept, { name: '', contentType: type }));
}

/** `PDF、JPG、PNG` for the applicant. */
export function typeNames(field: FileField, separator: string): string {
  return acceptedTypes(field)
    .map((t) => TYPE_NAMES[t] ?? t)
    .join(separator);
}

/** Largest file a field takes, in MB (the field's limit within the platform's). */
export function maxMb(field: FileField): number {
  return Math.min(field.maxSizeMb ?? Infinity, MAX_FILE_BYTES / (1024 * 1024));
}

let sequence = 0;

export class Uploads {
  /** Metadata of the applicant's files the form refers to (uploaded here, or of a restored draft). */
  readonly info = new Map<string, FileInfo>();
  private readonly host: UploadHost;
  private readonly lists = new Map<string, Upload[]>();
  /** A chosen file refused before upload, per field, until the next choice. */
  private readonly refused = new Map<string, string>();

  constructor(host: UploadHost) {
    this.host = host;
  }

  /** Uploads in flight or failed for a field. */
  of(path: string): readonly Upload[] {
    return this.lists.get(path) ?? [];
  }

  /** What stops the field from being complete: a refused file, an upload running or failed. */
  problem(path: string): string | null {
    const localize = this.host.localize;
    const list = this.of(path);
    if (this.refused.has(path)) return this.refused.get(path)!;
    if (list.some((u) => u.status === 'uploading')) return localize.t('formRenderer.file.pending');
    if (list.some((u) => u.status === 'failed')) return localize.t('formRenderer.file.hasFailed');
    return null;
  }

  /** Why the last chosen file was refused (type, size, count), if it was. */
  refusal(path: string): string | null {
    return this.refused.get(path) ?? null;
  }

  /** The applicant chose files: check them, then upload those that pass. */
  choose(path: string, field: FileField, files: readonly File[]): void {
    this.refused.delete(path);
    const localize = this.host.localize;
    const max = field.maxFiles ?? 1;
    const value = this.host.getValue(path);
    // One file allowed: a new choice replaces the old one once it has uploaded.
    const room = max === 1 ? 1 : max - value.fileIds.length - this.of(path).length;
    if (files.length > room) {
      this.refused.set(path, localize.t('formRenderer.file.tooMany', max));
      this.host.changed();
      return;
    }
    for (const file of files) {
      const problem = this.check(field, file);
      if (problem) {
        this.refused.set(path, problem);
        continue;
      }
      if (max === 1) for (const upload of this.of(path)) this.remove(path, upload.key);
      const upload: Upload = {
        key: `u${++sequence}`,
        name: file.name,
        size: file.size,
        status: 'uploading',
        progress: 0,
        error: '',
        file,
        abort: new AbortController(),
      };
      this.lists.set(path, [...this.of(path), upload]);
      void this.send(path, field, upload);
    }
    this.host.changed();
  }

  /** Sends a failed upload again. */
  retry(path: string, field: FileField, key: string): void {
    const upload = this.of(path).find((u) => u.key === key);
    if (!upload || upload.status !== 'failed') return;
    Object.assign(upload, { status: 'uploading', progress: 0, error: '', abort: new AbortController() });
    this.host.changed();
    void this.send(path, field, upload);
  }

  /** Removes an upload in flight or failed (by key), or an uploaded file (by id). */
  remove(path: string, keyOrId: string): void {
    const list = this.of(path);
    const upload = list.find((u) => u.key === keyOrId);
    if (upload) {
      upload.abort.abort();
      this.lists.set(
        path,
        list.filter((u) => u !== upload),
      );
    } else {
      const value = this.host.getValue(path);
      this.host.setValue(path, { ...value, fileIds: value.fileIds.filter((id) => id !== keyOrId) });
      // The file is no longer wanted: do not keep the applicant's document on the server (best effort).
      void this.host
        .client()
        ?.files.delete(keyOrId)
        .catch(() => undefined);
    }
    this.refused.delete(path);
    this.host.changed();
  }

  /** Loads the metadata of files a restored draft refers to; returns the ids that are gone. */
  async load(ids: readonly string[]): Promise<string[]> {
    const client = this.host.client();
    const missing: string[] = [];
    await Promise.all(
      ids
        .filter((id) => !this.info.has(id))
        .map(async (id) => {
          try {
            const meta = await client!.files.get(id);
            this.info.set(id, { name: meta.name, contentType: meta.contentType, size: meta.size });
          } catch (error) {
            if ((error as { status?: number }).status === 404) missing.push(id);
          }
        }),
    );
    return missing;
  }

  /**
   * An entry of a repeatable group was removed: its uploads stop, and those of
   * the entries after it move up with their entry (`group.2.file` becomes
   * `group.1.file`), so an upload that finishes later lands in the right entry.
   */
  entryRemoved(groupPath: string, index: number): void {
    const prefix = `${groupPath}.`;
    const moved = <T>(map: Map<string, T>, onRemoved: (value: T) => void) => {
      const entries = [...map.entries()];
      map.clear();
      for (const [key, value] of entries) {
        const match = key.startsWith(prefix) ? /^(\d+)(\..*)$/.exec(key.slice(prefix.length)) : null;
        const n = match ? Number(match[1]) : -1;
        if (n === index) onRemoved(value);
        else map.set(n > index ? `${prefix}${n - 1}${match![2]}` : key, value);
      }
    };
    moved(this.lists, (list) => list.forEach((upload) => upload.abort.abort()));
    moved(this.refused, () => undefined);
    this.host.changed();
  }

  /** Stops every upload (the element left the page). */
  abortAll(): void {
    for (const list of this.lists.values()) for (const upload of list) upload.abort.abort();
  }

  private check(field: FileField, file: File): string | null {
    const localize = this.host.localize;
    const type = typeOf(file, file.name);
    const types = acceptedTypes(field);
    if (!types.includes(type))
      return localize.t('formRenderer.file.type', file.name, typeNames(field, localize.t('formRenderer.listSeparator')));
    if (file.size === 0) return localize.t('formRenderer.file.empty', file.name);
    if (file.size > maxMb(field) * 1024 * 1024) return localize.t('formRenderer.file.size', file.name, localize.number(maxMb(field)));
    return null;
  }

  /** Where an upload is listed now. */
  private pathOf(upload: Upload): string | undefined {
    for (const [path, list] of this.lists) if (list.includes(upload)) return path;
    return undefined;
  }

  private async send(path: string, field: FileField, upload: Upload): Promise<void> {
    const client = this.host.client();
    try {
      if (!client) throw Object.assign(new Error('no client'), { name: 'NotConfiguredError' });
      const meta = await client.files.upload(upload.file, {
        fileName: upload.name,
        signal: upload.abort.signal,
        onProgress: (p) => {
          upload.progress = p.percent;
          this.host.changed();
        },
      });
      this.info.set(meta.id, { name: meta.name, contentType: meta.contentType, size: meta.size });
      // The field may have moved while the file was on its way (an entry before it was removed),
      // or the upload was removed (with its entry) just as it arrived: then the file is not wanted.
      const current = this.pathOf(upload);
      if (current === undefined) {
        void client.files.delete(meta.id).catch(() => undefined);
        return;
      }
      path = current;
      const value = asFileValue(this.host.getValue(path));
      const replaced = (field.maxFiles ?? 1) === 1 ? value.fileIds : [];
      this.host.setValue(path, { ...value, use: 'upload', fileIds: (field.maxFiles ?? 1) === 1 ? [meta.id] : [...value.fileIds, meta.id] });
      for (const id of replaced) void client.files.delete(id).catch(() => undefined);
      this.lists.set(
        path,
        this.of(path).filter((u) => u !== upload),
      );
    } catch (error) {
      if (upload.abort.signal.aborted) return;
      upload.status = 'failed';
      upload.error = this.host.localize.error(error).message;
    }
    this.host.changed();
  }
}
