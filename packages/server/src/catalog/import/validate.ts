// Checks every row of a catalog file before anything is written: the rows
// that pass, and for the others the row, the column and the reason in zh-CN and en.
import { CatalogImportItem } from '@yiwang/contract/catalog-import';
import type { CatalogImportItem as Item } from '@yiwang/contract/catalog-import';
import { FIELD_HEADER_ZH, fieldOf, toCandidate } from './read.ts';
import type { HeaderMapping, ImportField, ReadFile } from './read.ts';

export interface ImportProblem {
  /** Row number in the file (spreadsheet rows count the header as 1; JSON: item or line number). */
  row: number;
  /** The column as the file names it (or the field's usual Chinese header when no column holds it). */
  column: string;
  zh: string;
  en: string;
}

export interface ValidatedRow {
  row: number;
  item: Item;
}

const REQUIRED: ImportField[] = ['name', 'code', 'department', 'type'];

interface Issue {
  code: string;
  path: PropertyKey[];
  input?: unknown;
  minimum?: unknown;
  maximum?: unknown;
  origin?: string;
  values?: unknown[];
  errors?: Issue[][];
}

function reason(issue: Issue, missing: boolean): { zh: string; en: string } {
  if (missing) return { zh: '必填，不能为空', en: 'required, must not be empty' };
  switch (issue.code) {
    case 'invalid_union':
    case 'invalid_value': {
      const values = (issue.errors?.flat().flatMap((e) => e.values ?? []) ?? issue.values ?? []).map(String);
      return { zh: `取值无效，可选：${values.join('、')}`, en: `not an accepted value; one of: ${values.join(', ')}` };
    }
    case 'too_small':
      return issue.origin === 'string'
        ? { zh: '不能为空', en: 'must not be empty' }
        : { zh: `不能小于 ${String(issue.minimum)}`, en: `must be at least ${String(issue.minimum)}` };
    case 'too_big':
      return issue.origin === 'string' || issue.origin === 'array'
        ? { zh: `过长（最多 ${String(issue.maximum)}）`, en: `too long (at most ${String(issue.maximum)})` }
        : { zh: `不能大于 ${String(issue.maximum)}`, en: `must be at most ${String(issue.maximum)}` };
    case 'invalid_type':
      return { zh: '类型不对：应为整数或列表', en: 'wrong kind of value: expected a whole number or a list' };
    case 'invalid_format':
      return { zh: '格式不正确', en: 'malformed' };
    default:
      return { zh: '取值无效', en: 'invalid value' };
  }
}

/**
 * Validates every row. Problems also cover a required column the file lacks,
 * two rows with one 实施编码, and a promised limit above the legal one.
 */
export function validateRows(file: ReadFile, mapping: HeaderMapping = {}): { rows: ValidatedRow[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  if (file.format === 'csv' || file.format === 'xlsx') {
    const present = new Set(file.headers.map((h) => fieldOf(h, mapping)));
    for (const field of REQUIRED)
      if (!present.has(field))
        problems.push({
          row: 1,
          column: FIELD_HEADER_ZH[field],
          zh: `缺少必需的列（${FIELD_HEADER_ZH[field]}）`,
          en: `the required column for "${field}" is missing (${FIELD_HEADER_ZH[field]}); map another header with --mapping`,
        });
    if (problems.length) return { rows: [], problems };
  }
  const rows: ValidatedRow[] = [];
  const rowOfCode = new Map<string, number>();
  for (const raw of file.rows) {
    const { candidate, columns } = toCandidate(raw, mapping);
    const column = (field: string) => columns.get(field) ?? FIELD_HEADER_ZH[field as ImportField] ?? field;
    const result = CatalogImportItem.safeParse(candidate);
    if (!result.success) {
      for (const issue of result.error.issues as unknown as Issue[]) {
        const field = String(issue.path[0] ?? '');
        problems.push({ row: raw.row, column: column(field), ...reason(issue, candidate[field] === undefined) });
      }
      continue;
    }
    const item = result.data;
    const first = rowOfCode.get(item.code);
    if (first !== undefined) {
      problems.push({ row: raw.row, column: column('code'), zh: `实施编码与第 ${first} 行重复`, en: `same 实施编码 as row ${first}` });
      continue;
    }
    rowOfCode.set(item.code, raw.row);
    if (item.legalLimitDays !== undefined && item.promisedLimitDays !== undefined && item.promisedLimitDays > item.legalLimitDays) {
      problems.push({
        row: raw.row,
        column: column('promisedLimitDays'),
        zh: '承诺办结时限不能超过法定办结时限',
        en: 'the promised limit must not exceed the legal limit',
      });
      continue;
    }
    rows.push({ row: raw.row, item });
  }
  return { rows, problems };
}

/** A report line: `row 3, 事项类型: 取值无效… / not an accepted value…`. */
export function formatProblem(p: ImportProblem): string {
  return `第 ${p.row} 行 row ${p.row}, ${p.column}: ${p.zh} / ${p.en}`;
}
