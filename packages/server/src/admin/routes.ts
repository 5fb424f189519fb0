// Handlers of the administrator's endpoints: the catalog import
// (`POST /admin/catalog/imports`), the searches that found nothing, the staff
// directory (a department administrator manages their own department's
// entries), the audit log of case views, and the holiday calendar (a year set
// here replaces that year of the built-in table in every server on the
// database: this one reloads before answering, the others on the NOTIFY).
// The import itself is Node-only and reaches the app through the services
// (`services.catalogImporter`); where there is none (the browser mock) the
// endpoint answers 501. An import that records a version is served by this
// server before the answer (its own reload) and by every other server on the
// database within a second (the NOTIFY the import sends on commit).
import { maskIdCard } from '@yiwang/contract';
import type { ErrorDetail, StaffEntry } from '@yiwang/contract';
import type { GroupHandlers, Locale } from '../http/handler.ts';
import { HttpError, invalid, notFound } from '../http/errors.ts';
import { adminDepartment, requireDepartment } from '../http/staff.ts';
import { toIso } from '../domain/time.ts';
import { newId } from '../domain/ids.ts';
import {
  deleteDirectoryEntry,
  departmentExists,
  findDirectoryEntry,
  findDirectoryEntryByHash,
  listDirectory,
  upsertDirectoryEntry,
} from '../identity/staff-store.ts';
import type { DirectoryEntry } from '../identity/staff-store.ts';
import { listCaseViews } from '../staff/store.ts';
import { describeCalendar, storedYear, yearProblems } from '../calendar/calendar.ts';
import { putStoredYear } from '../calendar/store.ts';

/** A detail for each bad row and column, in the request's language. */
function problemDetail(p: { row: number; column: string; zh: string; en: string }, locale: Locale): ErrorDetail {
  return {
    path: `file.rows.${p.row}.${p.column}`,
    message: locale === 'en' ? `row ${p.row}, column ${p.column}: ${p.en}` : `第 ${p.row} 行「${p.column}」：${p.zh}`,
  };
}

const toStaffEntry = (e: DirectoryEntry): StaffEntry => ({
  id: e.id,
  name: e.name,
  idNumberMasked: e.idNumberMasked,
  department: e.department,
  roles: e.roles,
  updatedAt: toIso(e.updatedAt),
});

const noSuchEntry = () => notFound({ zh: '没有该工作人员记录', en: 'No such staff entry' });

export const adminRoutes: { admin: GroupHandlers<'admin'> } = {
  admin: {
    importCatalog: async (ctx) => {
      const importer = ctx.services.catalogImporter;
      if (!importer)
        throw new HttpError(501, 'NOT_IMPLEMENTED', {
          zh: '此服务器不提供事项清单导入（例如浏览器中的模拟服务器）',
          en: 'This server does not import catalogs (the in-browser mock, for one)',
        });
      const result = await importer.importUpload(ctx.services.db, await ctx.body.file(), {
        replace: ctx.query.replace ?? false,
        dryRun: ctx.query.dryRun ?? false,
        batch: ctx.query.batch ?? null,
        ...(ctx.query.mapping ? { mapping: ctx.query.mapping } : {}),
        now: ctx.now,
      });
      if (!result.ok && 'problems' in result) {
        const n = result.problems.length;
        throw invalid(
          result.problems.map((p) => problemDetail(p, ctx.locale)),
          { zh: `文件有 ${n} 处错误，未写入任何数据`, en: `${n} problem${n === 1 ? '' : 's'} in the file; nothing was written` },
        );
      }
      if (!result.ok) {
        const { status, path, message } = result.fileError;
        if (status === 415)
          throw new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', {
            zh: '文件类型不支持：请上传 .json、.jsonl、.csv 或 .xlsx 文件',
            en: 'Unsupported file type: upload a .json, .jsonl, .csv or .xlsx file',
          });
        throw invalid([{ path, message }], { zh: '文件无法读取，未写入任何数据', en: 'The file could not be read; nothing was written' });
      }
      // Served from this server before the answer; the others follow the NOTIFY.
      if (result.version !== null) await ctx.services.catalogs.reload({ atLeastVersion: result.version });
      return { diff: result.diff, version: result.version, publishedItems: result.publishedItems, newDepartments: result.newDepartments };
    },
    zeroResults: async (ctx) => ({ items: await ctx.services.zeroResults.top(ctx.query.limit ?? 50, ctx.query.since ?? null) }),

    staffList: async (ctx) => {
      const scope = adminDepartment(ctx.staff);
      if (ctx.query.department) requireDepartment(scope, ctx.query.department);
      const entries = await listDirectory(ctx.services.db, ctx.query.department ?? scope);
      return { items: entries.map(toStaffEntry) };
    },

    staffPut: async (ctx) => {
      const { body, services } = ctx;
      const scope = adminDepartment(ctx.staff);
      requireDepartment(scope, body.department);
      // A department administrator may not hand out platform administration.
      if (scope !== null && body.roles.includes('platform_admin'))
        throw new HttpError(
          403,
          'ROLE_REQUIRED',
          { zh: '只有平台管理员可以授予平台管理员角色', en: 'Only a platform administrator can grant platform_admin' },
          { details: [{ path: 'roles', message: 'platform_admin' }] },
        );
      if (!(await departmentExists(services.db, body.department)))
        throw invalid([{ path: 'body.department', message: `No department ${body.department}` }], {
          zh: '部门不存在',
          en: 'No such department',
        });
      const idNumberHash = await services.hashIdNumber(body.idNumber);
      return services.db.transaction(async (tx) => {
        const existing = await findDirectoryEntryByHash(tx, idNumberHash, true);
        // Moving someone out of another department is that department's (or the platform's) business.
        if (existing) requireDepartment(scope, existing.department);
        const entry = await upsertDirectoryEntry(
          tx,
          {
            id: newId('stf'),
            idNumberHash,
            idNumberMasked: maskIdCard(body.idNumber),
            name: body.name,
            department: body.department,
            roles: [...new Set(body.roles)],
          },
          ctx.user?.id ?? 'administrator',
          ctx.now,
        );
        return toStaffEntry(entry);
      });
    },

    staffDelete: async (ctx) => {
      const entry = await findDirectoryEntry(ctx.services.db, ctx.params.id);
      if (!entry) throw noSuchEntry();
      requireDepartment(adminDepartment(ctx.staff), entry.department);
      await deleteDirectoryEntry(ctx.services.db, entry.id);
    },

    calendar: async (ctx) => {
      const live = ctx.services.calendars;
      return describeCalendar(live.base, live.stored, live.current);
    },

    calendarPut: async (ctx) => {
      const { year } = ctx.params;
      const problems = yearProblems(year, ctx.body);
      if (problems.length > 0)
        throw invalid(problems, { zh: `${year} 年的放假安排有误，未保存`, en: `The ${year} calendar has problems; nothing was saved` });
      const stored = {
        year,
        holidays: [...ctx.body.holidays].sort(),
        makeupWorkdays: [...ctx.body.makeupWorkdays].sort(),
        source: ctx.body.source ?? null,
        updatedAt: ctx.now,
        updatedBy: ctx.staff ? `${ctx.staff.name} (${ctx.staff.userId})` : 'administrator',
      };
      await ctx.services.db.transaction((tx) => putStoredYear(tx, stored));
      // Counted with by this server before the answer; the others follow the NOTIFY.
      await ctx.services.calendars.reload();
      return storedYear(stored);
    },

    caseViews: async (ctx) => {
      const page = ctx.query.page ?? 1;
      const pageSize = ctx.query.pageSize ?? 50;
      const { items, total } = await listCaseViews(ctx.services.db, {
        number: ctx.query.number ?? null,
        department: ctx.query.department ?? null,
        limit: pageSize,
        offset: (page - 1) * pageSize,
      });
      return {
        items: items.map((v) => ({
          id: v.id,
          at: toIso(v.at),
          staff: { userId: v.userId, name: v.staffName, department: v.department },
          number: v.number,
          fields: [...v.fields],
        })),
        total,
        page,
        pageSize,
      };
    },
  },
};
