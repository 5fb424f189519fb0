// Reads a catalog file (事项清单) into rows of fields: JSON (an array or JSON
// Lines), CSV or XLSX with a header row. Headers are matched to the fields of
// CatalogImportItem by the names department exports use (事项名称, 实施编码 …) or
// by a mapping (header → field); values as spreadsheets write them ("20个工作日",
// "自然人、法人", "四级") become the numbers and lists the schema expects.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { CATALOG_IMPORT_FIELDS } from '@yiwang/contract/catalog-import';
import type { CatalogImportItem } from '@yiwang/contract/catalog-import';

export type ImportField = keyof CatalogImportItem;

/** Header names understood without a mapping (compared without spaces, case-insensitive). */
export const HEADER_ALIASES: Record<ImportField, string[]> = {
  name: ['事项名称', '名称', '实施清单名称', 'name'],
  code: ['实施编码', '实施清单编码', '事项编码', 'code', 'implementationCode'],
  department: ['实施主体', '实施主体名称', '部门', '部门名称', '实施部门', 'department', 'departmentName'],
  type: ['事项类型', '类型', 'type', 'taskType'],
  audiences: ['服务对象', '办理对象', 'audiences', 'audience'],
  channels: ['办理方式', '办理渠道', 'channels'],
  onlineDepth: ['网办深度', '网上办理深度', 'onlineDepth'],
  visitsRequired: ['到现场次数', '跑动次数', '到办事现场次数', 'visitsRequired'],
  legalLimitDays: ['法定办结时限', '法定时限', 'legalLimitDays'],
  promisedLimitDays: ['承诺办结时限', '承诺时限', 'promisedLimitDays'],
  keywords: ['关键词', '关键字', 'keywords'],
  applyUrl: ['在线办理地址', '网上办理地址', '办理地址', 'applyUrl'],
  minRealNameLevel: ['实名认证等级', '最低实名认证等级', '实名等级', 'minRealNameLevel'],
};

/** The column name a report gives a field no column holds. */
export const FIELD_HEADER_ZH: Record<ImportField, string> = Object.fromEntries(
  CATALOG_IMPORT_FIELDS.map((f) => [f, HEADER_ALIASES[f][0]!]),
) as Record<ImportField, string>;

const LIST_FIELDS = new Set<ImportField>(['audiences', 'channels', 'keywords']);
const NUMBER_FIELDS = new Set<ImportField>(['onlineDepth', 'visitsRequired', 'legalLimitDays', 'promisedLimitDays']);

/** Header (as written) → field: a mapping file's JSON object. */
export type HeaderMapping = Record<string, string>;

/** One row of the file: its row number (as a spreadsheet counts, header = 1; JSON: item or line number) and values by header. */
export interface RawRow {
  row: number;
  values: Record<string, unknown>;
}

export interface ReadFile {
  format: 'json' | 'jsonl' | 'csv' | 'xlsx';
  rows: RawRow[];
  /** Headers of a table file in column order (JSON: every key met). */
  headers: string[];
}

const key = (s: string) => s.replace(/\s+/g, '').toLowerCase();
const ALIAS_INDEX = new Map<string, ImportField>(
  (Object.entries(HEADER_ALIASES) as [ImportField, string[]][]).flatMap(([field, names]) => names.map((n) => [key(n), field] as const)),
);

/** Validates a mapping file's content; throws with a message naming the bad entry. */
export function checkMapping(value: unknown): HeaderMapping {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error('mapping: expected a JSON object of header → field');
  for (const [header, field] of Object.entries(value)) {
    if (typeof field !== 'string' || !(CATALOG_IMPORT_FIELDS as string[]).includes(field))
      throw new Error(`mapping: "${header}" → ${JSON.stringify(field)} is not a field (${CATALOG_IMPORT_FIELDS.join(', ')})`);
  }
  return value as HeaderMapping;
}

/** The field a header stands for: the mapping first, then the known names; undefined for other columns (ignored). */
export function fieldOf(header: string, mapping: HeaderMapping = {}): ImportField | undefined {
  const mapped = mapping[header] ?? Object.entries(mapping).find(([h]) => key(h) === key(header))?.[1];
  return (mapped as ImportField | undefined) ?? ALIAS_INDEX.get(key(header));
}

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, Ⅰ: 1, Ⅱ: 2, Ⅲ: 3, Ⅳ: 4 };

/** A spreadsheet's number: "20个工作日" → 20, "即办" → 0, "四级" → 4; other text stays text (and fails validation). */
function toNumber(v: string): number | string {
  if (/^\s*即办/.test(v)) return 0;
  const digits = /^\s*(\d+)/.exec(v);
  if (digits) return Number(digits[1]);
  const cn = /^\s*([一二三四ⅠⅡⅢⅣ])级?\s*$/.exec(v);
  return cn ? CN_DIGITS[cn[1]!]! : v;
}

/** Turns one raw row into the candidate object the schema checks, and where each field came from. */
export function toCandidate(
  row: RawRow,
  mapping: HeaderMapping = {},
): { candidate: Record<string, unknown>; columns: Map<string, string> } {
  const candidate: Record<string, unknown> = {};
  const columns = new Map<string, string>();
  for (const [header, raw] of Object.entries(row.values)) {
    const field = fieldOf(header, mapping);
    if (!field || candidate[field] !== undefined) continue;
    let value = typeof raw === 'string' ? raw.trim() : raw;
    if (value === '' || value === null || value === undefined) continue;
    if (typeof value === 'string' && LIST_FIELDS.has(field))
      value = value
        .split(/[,，、;；|\n]/)
        .map((s) => s.trim())
        .filter(Boolean);
    else if (typeof value === 'string' && NUMBER_FIELDS.has(field)) value = toNumber(value);
    candidate[field] = value;
    columns.set(field, header);
  }
  return { candidate, columns };
}

function readJson(text: string): ReadFile {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  const headers = new Set<string>();
  const rows: RawRow[] = [];
  const add = (value: unknown, row: number) => {
    const values =
      typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : { '': value };
    Object.keys(values).forEach((h) => headers.add(h));
    rows.push({ row, values });
  };
  if (trimmed.startsWith('[')) {
    (JSON.parse(trimmed) as unknown[]).forEach((v, i) => add(v, i + 1));
    return { format: 'json', rows, headers: [...headers] };
  }
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    try {
      add(JSON.parse(line), i + 1);
    } catch {
      throw new Error(`line ${i + 1}: not JSON`);
    }
  });
  return { format: 'jsonl', rows, headers: [...headers] };
}

function fromTable(format: 'csv' | 'xlsx', table: { row: number; cells: string[] }[]): ReadFile {
  const [head, ...body] = table;
  const headers = (head?.cells ?? []).map((h) => h.trim());
  const rows = body
    .filter((r) => r.cells.some((c) => c.trim() !== ''))
    .map((r) => ({
      row: r.row,
      values: Object.fromEntries(headers.map((h, i) => [h, r.cells[i] ?? ''] as const).filter(([h]) => h !== '')),
    }));
  return { format, rows, headers: headers.filter(Boolean) };
}

function readCsv(bytes: Buffer): ReadFile {
  const records = parseCsv(bytes, { bom: true, relax_column_count: true, skip_empty_lines: false }) as string[][];
  return fromTable(
    'csv',
    records.map((cells, i) => ({ row: i + 1, cells })),
  );
}

async function readXlsx(bytes: Buffer): Promise<ReadFile> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = book.worksheets[0];
  const table: { row: number; cells: string[] }[] = [];
  sheet?.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) {
      const cell = row.getCell(c);
      const v = cell.value;
      cells.push(v && typeof v === 'object' && 'hyperlink' in v && typeof v.hyperlink === 'string' ? v.hyperlink : cell.text);
    }
    table.push({ row: rowNumber, cells });
  });
  return fromTable('xlsx', table);
}

/** Reads a file by its extension: .json, .jsonl / .ndjson, .csv, .xlsx. */
export async function readCatalogFile(path: string): Promise<ReadFile> {
  const bytes = await readFile(path);
  return parseCatalogBytes(bytes, extname(path).toLowerCase());
}

export async function parseCatalogBytes(bytes: Buffer, extension: string): Promise<ReadFile> {
  switch (extension) {
    case '.json':
    case '.jsonl':
    case '.ndjson':
      return readJson(bytes.toString('utf8'));
    case '.csv':
      return readCsv(bytes);
    case '.xlsx':
      return readXlsx(bytes);
    default:
      throw new Error(`unsupported file type "${extension}": use .json, .jsonl, .csv or .xlsx`);
  }
}
