// Handlers of the catalog administrator's endpoints: the catalog import
// (`POST /admin/catalog/imports`) and the searches that found nothing.
// The import itself is Node-only and reaches the app through the services
// (`services.catalogImporter`); where there is none (the browser mock) the
// endpoint answers 501. An import that records a version is served by this
// server before the answer (its own reload) and by every other server on the
// database within a second (the NOTIFY the import sends on commit).
import type { ErrorDetail } from '@yiwang/contract';
import type { GroupHandlers, Locale } from '../http/handler.ts';
import { HttpError, invalid } from '../http/errors.ts';

/** A detail for each bad row and column, in the request's language. */
function problemDetail(p: { row: number; column: string; zh: string; en: string }, locale: Locale): ErrorDetail {
  return {
    path: `file.rows.${p.row}.${p.column}`,
    message: locale === 'en' ? `row ${p.row}, column ${p.column}: ${p.en}` : `第 ${p.row} 行「${p.column}」：${p.zh}`,
  };
}

export const adminRoutes: { admin: GroupHandlers<'admin'> } = {
  admin: {
    importCatalog: async (ctx) => {
      const importer = ctx.services.catalogImporter;
      if (!importer)
        throw new HttpError(501, 'NOT_IMPLEMENTED', {
          zh: '此服务器不提供事项清单导入（例如浏览器中的模拟服务器）',
          en: 'This server does not import catalogs (the in-browser mock, for one)',
        });
      const result = await importer.importUpload(ctx.services.db, ctx.body, {
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
  },
};
