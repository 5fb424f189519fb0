// The department side's SQL: a department's cases (its own and those it
// co-handles, `case_departments`), a case's department and request, department
// names, the applicant's files and e-licenses, and the append-only log of case views (`case_views`).
import type { ApplicationCreate, ApplicationStatus, CASE_VIEW_FIELDS, FileMeta, License } from '@yiwang/contract';
import type { Queryable } from '../db/db.ts';
import { toIso } from '../domain/time.ts';
import { json } from '../db/db.ts';
import { APPLICATION_COLUMNS, toRecord } from '../applications/store.ts';
import type { ApplicationRow, StoredApplication } from '../applications/store.ts';

type ViewField = (typeof CASE_VIEW_FIELDS)[number];

/**
 * The cases of a department in any of `statuses`, optionally of one item: those
 * it leads and those it reviews on a parallel track; each with its lead department.
 */
export async function listDepartmentCases(
  q: Queryable,
  department: string,
  options: { statuses: readonly ApplicationStatus[]; itemId: string | null },
): Promise<Array<{ record: StoredApplication; department: string; channel: 'online' | 'offline' }>> {
  const params: unknown[] = [department, [...options.statuses]];
  let where =
    '(department_id = $1 OR number IN (SELECT number FROM case_departments WHERE department_id = $1)) AND status = ANY($2::text[])';
  if (options.itemId) {
    params.push(options.itemId);
    where += ' AND item_id = $3';
  }
  const rows = await q.query<ApplicationRow & { department_id: string; channel: 'online' | 'offline' | null }>(
    `SELECT ${APPLICATION_COLUMNS}, department_id, request->>'channel' AS channel FROM applications WHERE ${where}`,
    params,
  );
  return rows.map((row) => ({ record: toRecord(row), department: row.department_id, channel: row.channel ?? 'online' }));
}

/** The co-handling departments of a case (not its lead department). */
export async function caseDepartments(q: Queryable, number: string): Promise<string[]> {
  const rows = await q.query<{ department_id: string }>(
    'SELECT department_id FROM case_departments WHERE number = $1 ORDER BY added_at, department_id',
    [number],
  );
  return rows.map((r) => r.department_id);
}

/** Adds co-handling departments to a case. */
export async function addCaseDepartments(q: Queryable, number: string, departments: readonly string[], at: Date): Promise<void> {
  for (const department of departments) {
    await q.query('INSERT INTO case_departments (number, department_id, added_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [
      number,
      department,
      at,
    ]);
  }
}

/** The names of catalog departments by id (unknown ids are left out). */
export async function departmentNames(q: Queryable, ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await q.query<{ id: string; name: string }>("SELECT id, data->>'name' AS name FROM departments WHERE id = ANY($1::text[])", [
    [...ids],
  ]);
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** A case with its department and the applicant's request (answers, materials, delivery); `forUpdate` locks the row. */
export async function loadCase(
  q: Queryable,
  number: string,
  forUpdate = false,
): Promise<{ record: StoredApplication; department: string | null; request: ApplicationCreate & { formId: string | null } } | null> {
  const [row] = await q.query<ApplicationRow & { department_id: string | null; request: ApplicationCreate & { formId: string | null } }>(
    `SELECT ${APPLICATION_COLUMNS}, department_id, request FROM applications WHERE number = $1${forUpdate ? ' FOR UPDATE' : ''}`,
    [number],
  );
  return row ? { record: toRecord(row), department: row.department_id, request: row.request } : null;
}

export interface CaseView {
  at: Date;
  userId: string;
  staffName: string;
  department: string;
  number: string;
  fields: readonly ViewField[];
}

/** Records a view of a case's personal data. The table only takes inserts. */
export async function insertCaseView(q: Queryable, view: CaseView): Promise<void> {
  await q.query('INSERT INTO case_views (at, user_id, staff_name, department_id, number, fields) VALUES ($1, $2, $3, $4, $5, $6)', [
    view.at.toISOString(),
    view.userId,
    view.staffName,
    view.department,
    view.number,
    json(view.fields),
  ]);
}

/** A page of case views, newest first, optionally of one case or department. */
export async function listCaseViews(
  q: Queryable,
  options: { number: string | null; department: string | null; limit: number; offset: number },
): Promise<{ items: Array<CaseView & { id: string }>; total: number }> {
  const params: unknown[] = [];
  const where: string[] = [];
  if (options.number) where.push(`number = $${params.push(options.number)}`);
  if (options.department) where.push(`department_id = $${params.push(options.department)}`);
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const [count] = await q.query<{ n: number }>(`SELECT count(*)::int AS n FROM case_views ${clause}`, params);
  const rows = await q.query<{
    id: string | number;
    at: string | Date;
    user_id: string;
    staff_name: string;
    department_id: string;
    number: string;
    fields: ViewField[];
  }>(
    `SELECT id, at, user_id, staff_name, department_id, number, fields FROM case_views ${clause}
     ORDER BY id DESC LIMIT ${Number(options.limit)} OFFSET ${Number(options.offset)}`,
    params,
  );
  return {
    total: count?.n ?? 0,
    items: rows.map((r) => ({
      id: String(r.id),
      at: new Date(r.at),
      userId: r.user_id,
      staffName: r.staff_name,
      department: r.department_id,
      number: r.number,
      fields: r.fields,
    })),
  };
}

/** Metadata of an applicant's files by id (files are stored per user), in the order asked; missing ones left out. */
export async function loadApplicantFiles(q: Queryable, userId: string, ids: readonly string[]): Promise<FileMeta[]> {
  if (ids.length === 0) return [];
  const rows = await q.query<{ id: string; name: string; size: number; content_type: string; sha256: string; created_at: Date }>(
    'SELECT id, name, size, content_type, sha256, created_at FROM files WHERE user_id = $1 AND id = ANY($2::text[])',
    [userId, [...ids]],
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    return r
      ? [{ id: r.id, name: r.name, size: r.size, contentType: r.content_type, sha256: r.sha256, createdAt: toIso(new Date(r.created_at)) }]
      : [];
  });
}

/** The applicant's e-licenses with these ids, by id (ids that are not the applicant's are left out). */
export async function loadApplicantLicenses(q: Queryable, userId: string, ids: readonly string[]): Promise<Map<string, License>> {
  if (ids.length === 0) return new Map();
  const rows = await q.query<{ data: License }>('SELECT data FROM licenses WHERE user_id = $1 AND id = ANY($2::text[])', [
    userId,
    [...ids],
  ]);
  return new Map(rows.map((r) => [r.data.id, r.data]));
}
