// A catalog import: validated rows become items, upserted by 实施编码 in one
// transaction. Rows that name only what the real exports carry (name, code,
// department, type) become items whose guide is marked incomplete
// (办事指南待完善), with the defaults below.
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { Channel, Department, ItemDetail } from '@yiwang/contract';
import type { CatalogImportItem } from '@yiwang/contract/catalog-import';
import { notify } from '../../db/db.ts';
import type { Db, Queryable } from '../../db/db.ts';
import { CATALOG_CHANNEL } from '../live.ts';
import { insertCatalogVersion, insertDepartments, loadImportState, setFirstVersion, unpublishItems, upsertItems } from './store.ts';
import type { StoredDepartment, StoredItem } from './store.ts';
import { readCatalogFile } from './read.ts';
import type { HeaderMapping } from './read.ts';
import { validateRows } from './validate.ts';
import type { ImportProblem } from './validate.ts';

/**
 * What a new item gets for the fields its row leaves out. Conservative: nothing
 * claims zero visits or online handling the file does not state.
 */
export const IMPORT_DEFAULTS = {
  /** Both: a search filtered by either audience still finds the item. */
  audiences: ['person', 'enterprise'],
  /** 窗口办理 only. */
  channels: ['offline'] as Channel[],
  visitsRequired: 1,
  /** Information online (the guide), nothing more. */
  onlineDepth: 1,
  /** 行政许可法 第四十二条's general limit of 20 days; one of the two limits given sets the other. */
  limitDays: 20,
  /** The 12345 hotline for consultation and complaints. */
  phone: '12345',
} as const;

export interface ImportOptions {
  /** Unpublish the items the file leaves out (never delete them). */
  replace?: boolean;
  /** Write nothing; only compute the diff. */
  dryRun?: boolean;
  /** 分批公布: the batch name recorded with the version. */
  batch?: string | null;
  /** The file's name, recorded with the version. */
  source?: string;
  now?: Date;
}

export interface ImportDiff {
  added: string[];
  changed: { code: string; fields: string[] }[];
  unpublished: string[];
  /** Items unpublished before and in this file again. */
  republished: string[];
}

export interface ImportResult {
  diff: ImportDiff;
  /** Number of the recorded catalog version; null in a dry run or when nothing changed. */
  version: number | null;
  /** Published items after the import. */
  publishedItems: number;
  newDepartments: string[];
}

const hash = (s: string) => createHash('sha256').update(s).digest('hex');

/** A stable item id for a 实施编码 the catalog does not know yet. */
export const importedItemId = (code: string) => `imp-${hash(code).slice(0, 20)}`;
const importedDepartmentId = (name: string) => `dept-${hash(name).slice(0, 12)}`;

/** The six-digit division in an implementation code (`…-511602000000-…`), if it has one. */
function divisionOf(code: string): string | null {
  const segment = code.split('-')[1];
  return segment && /^\d{12}$/.test(segment) ? segment.slice(0, 6) : null;
}

function newItem(id: string, row: CatalogImportItem, dept: Department, now: Date): ItemDetail {
  const channels = row.channels ?? IMPORT_DEFAULTS.channels;
  const legal = row.legalLimitDays ?? row.promisedLimitDays ?? IMPORT_DEFAULTS.limitDays;
  return {
    id,
    code: row.code,
    name: row.name,
    departmentId: dept.id,
    departmentName: dept.name,
    audiences: row.audiences ?? [...IMPORT_DEFAULTS.audiences],
    type: row.type,
    channels,
    visitsRequired: row.visitsRequired ?? IMPORT_DEFAULTS.visitsRequired,
    onlineDepth: row.onlineDepth ?? IMPORT_DEFAULTS.onlineDepth,
    legalLimitDays: legal,
    promisedLimitDays: Math.min(row.promisedLimitDays ?? legal, legal),
    agencyAvailable: channels.includes('agency'),
    formId: null,
    keywords: row.keywords ?? [],
    ...(row.applyUrl ? { applyUrl: row.applyUrl } : {}),
    ...(row.minRealNameLevel ? { minRealNameLevel: row.minRealNameLevel } : {}),
    guide: {
      basis: [],
      conditions: [],
      materials: [],
      situations: [],
      steps: [],
      specialProcedures: [],
      fees: [],
      places: [],
      consultPhone: dept.phone ?? IMPORT_DEFAULTS.phone,
      complaintPhone: IMPORT_DEFAULTS.phone,
      resultName: '',
      resultType: 'none',
      resultLicenseType: null,
      updatedAt: now.toISOString(),
      incomplete: true,
    },
  };
}

/** An item the catalog has, with what the row states laid over it (the rest, its guide included, stays). */
function mergedItem(old: ItemDetail, row: CatalogImportItem, dept: Department): ItemDetail {
  const next: ItemDetail = { ...old, name: row.name, departmentId: dept.id, departmentName: dept.name, type: row.type };
  if (row.audiences) next.audiences = row.audiences;
  if (row.channels) {
    next.channels = row.channels;
    next.agencyAvailable = row.channels.includes('agency');
  }
  if (row.visitsRequired !== undefined) next.visitsRequired = row.visitsRequired;
  if (row.onlineDepth !== undefined) next.onlineDepth = row.onlineDepth;
  if (row.legalLimitDays !== undefined) next.legalLimitDays = row.legalLimitDays;
  if (row.promisedLimitDays !== undefined) next.promisedLimitDays = row.promisedLimitDays;
  next.promisedLimitDays = Math.min(next.promisedLimitDays, next.legalLimitDays);
  if (row.keywords) next.keywords = row.keywords;
  if (row.applyUrl) next.applyUrl = row.applyUrl;
  if (row.minRealNameLevel) next.minRealNameLevel = row.minRealNameLevel;
  return next;
}

function changedFields(a: ItemDetail, b: ItemDetail): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof ItemDetail)[]);
  return [...keys].filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
}

interface Plan {
  diff: ImportDiff;
  departments: StoredDepartment[];
  upserts: StoredItem[];
  unpublish: string[];
  publishedItems: number;
}

function plan(state: { departments: StoredDepartment[]; items: StoredItem[] }, rows: CatalogImportItem[], options: ImportOptions): Plan {
  const now = options.now ?? new Date();
  const deptByName = new Map<string, Department>();
  for (const d of state.departments) {
    deptByName.set(d.data.shortName, d.data);
    deptByName.set(d.data.name, d.data);
  }
  const fallbackDivision = state.departments[0]?.data.divisionCode ?? '';
  // A loop, not Math.max(...positions): spreading 300,000 arguments overflows the stack.
  let deptPosition = state.departments.reduce((max, d) => Math.max(max, d.position), -1);
  let itemPosition = state.items.reduce((max, i) => Math.max(max, i.position), -1);
  const byCode = new Map(state.items.map((i) => [i.data.code, i]));
  const newDepartments: StoredDepartment[] = [];
  const upserts: StoredItem[] = [];
  const diff: ImportDiff = { added: [], changed: [], unpublished: [], republished: [] };
  const inFile = new Set<string>();

  for (const row of rows) {
    inFile.add(row.code);
    let dept = deptByName.get(row.department);
    if (!dept) {
      dept = {
        id: importedDepartmentId(row.department),
        name: row.department,
        shortName: row.department,
        divisionCode: divisionOf(row.code) ?? fallbackDivision,
        itemCount: 0,
      };
      deptByName.set(row.department, dept);
      newDepartments.push({ id: dept.id, position: ++deptPosition, data: dept });
    }
    const old = byCode.get(row.code);
    if (!old) {
      upserts.push({
        id: importedItemId(row.code),
        position: ++itemPosition,
        published: true,
        data: newItem(importedItemId(row.code), row, dept, now),
      });
      diff.added.push(row.code);
      continue;
    }
    const next = mergedItem(old.data, row, dept);
    const fields = changedFields(old.data, next);
    if (fields.length) {
      next.guide = { ...next.guide, updatedAt: now.toISOString() };
      diff.changed.push({ code: row.code, fields });
    }
    if (!old.published) diff.republished.push(row.code);
    if (fields.length || !old.published) upserts.push({ ...old, published: true, data: fields.length ? next : old.data });
  }

  const unpublish: string[] = [];
  if (options.replace) {
    for (const item of state.items) {
      if (item.published && !inFile.has(item.data.code)) {
        unpublish.push(item.id);
        diff.unpublished.push(item.data.code);
      }
    }
  }
  const publishedBefore = state.items.filter((i) => i.published).length;
  const publishedItems = publishedBefore + diff.added.length + diff.republished.length - unpublish.length;
  return { diff, departments: newDepartments, upserts, unpublish, publishedItems };
}

const isEmpty = (d: ImportDiff) => !d.added.length && !d.changed.length && !d.unpublished.length && !d.republished.length;

/**
 * Imports validated rows: one transaction (serialised with other imports and the
 * seeding), or nothing at all in a dry run. An import that changes nothing
 * records no version; one that records a version NOTIFYs it on CATALOG_CHANNEL.
 */
export async function importCatalog(db: Db, rows: CatalogImportItem[], options: ImportOptions = {}): Promise<ImportResult> {
  const run = async (q: Queryable, write: boolean): Promise<ImportResult> => {
    if (write) await q.query('SELECT pg_advisory_xact_lock(20261129)');
    const p = plan(await loadImportState(q), rows, options);
    let version: number | null = null;
    if (write && !isEmpty(p.diff)) {
      await insertDepartments(q, p.departments);
      await upsertItems(q, p.upserts);
      await unpublishItems(q, p.unpublish);
      version = await insertCatalogVersion(
        q,
        {
          batch: options.batch ?? null,
          source: options.source ?? '',
          replace: options.replace ?? false,
          added: p.diff.added.length,
          changed: p.diff.changed.length,
          unpublished: p.diff.unpublished.length,
          republished: p.diff.republished.length,
          items: p.publishedItems,
        },
        options.now ?? new Date(),
      );
      await setFirstVersion(q, version, p.diff.added);
      // Delivered on commit: every server listening on this database reloads its catalog.
      await notify(q, CATALOG_CHANNEL, String(version));
    }
    return { diff: p.diff, version, publishedItems: p.publishedItems, newDepartments: p.departments.map((d) => d.data.name) };
  };
  return options.dryRun ? run(db, false) : db.transaction((tx) => run(tx, true));
}

/** The diff by 实施编码, one line per item, for the command line. */
export function formatDiff(diff: ImportDiff): string {
  const lines = [
    ...diff.added.map((c) => `+ ${c}`),
    ...diff.changed.map((c) => `~ ${c.code}  (${c.fields.join(', ')})`),
    ...diff.republished.map((c) => `^ ${c}  (republished)`),
    ...diff.unpublished.map((c) => `- ${c}  (unpublished)`),
  ];
  lines.push(
    `added ${diff.added.length}, changed ${diff.changed.length}, republished ${diff.republished.length}, unpublished ${diff.unpublished.length}`,
  );
  return lines.join('\n');
}

export type FileImportResult = ({ ok: true } & ImportResult) | { ok: false; problems: ImportProblem[] };

/** Reads, validates and imports one file; a file with any bad row changes nothing and returns the problems. */
export async function importFile(
  db: Db,
  path: string,
  options: ImportOptions & { mapping?: HeaderMapping } = {},
): Promise<FileImportResult> {
  const file = await readCatalogFile(path);
  const { rows, problems } = validateRows(file, options.mapping);
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    ...(await importCatalog(
      db,
      rows.map((r) => r.item),
      { source: basename(path), ...options },
    )),
  };
}
