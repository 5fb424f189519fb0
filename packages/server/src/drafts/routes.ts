// Handlers of form drafts. Another user's draft answers 404 like a missing one.
import type { GroupHandlers } from '../http/handler.ts';
import { toIso } from '../domain/time.ts';
import { conflict, notFound } from '../http/errors.ts';
import { loadForm, loadFormVersion } from '../forms/store.ts';
import { requireRealNameLevel } from '../accounts/real-name-level.ts';
import { deleteDraft, draftVersion, findDraft, listDrafts, replaceDraft, upsertDraft } from './store.ts';
import type { DraftRow } from './store.ts';

const formNotFound = () => notFound({ zh: '申请表不存在', en: 'No such form' });
const draftNotFound = () => notFound({ zh: '没有该申请表的草稿', en: 'No draft of this form' });

const draftOut = (r: DraftRow) => ({
  formId: r.form_id,
  ...(r.form_version !== null ? { formVersion: r.form_version } : {}),
  data: r.data,
  version: r.version,
  updatedAt: toIso(r.updated_at),
});

const drafts: GroupHandlers<'drafts'> = {
  async list(ctx) {
    const rows = await listDrafts(ctx.services.db, ctx.user.id);
    return { items: rows.map(draftOut) };
  },

  async get(ctx) {
    const row = await findDraft(ctx.services.db, ctx.user.id, ctx.params.formId);
    if (!row) throw draftNotFound();
    return draftOut(row);
  },

  async save(ctx) {
    const { db } = ctx.services;
    const { formId } = ctx.params;
    const form = await loadForm(db, formId);
    if (!form) throw formNotFound();
    // The answers belong to the version they were entered on (default the latest).
    const { formVersion = form.version } = ctx.body;
    if (formVersion !== form.version && !(await loadFormVersion(db, formId, formVersion)))
      throw notFound({ zh: `申请表没有第 ${formVersion} 版`, en: `The form has no version ${formVersion}` });
    const item = ctx.services.catalog.item(form.itemId);
    if (item) await requireRealNameLevel(db, ctx.services.config.realNameLevels, item, ctx.user.personId);
    if (ctx.body.baseVersion === undefined)
      return draftOut(await upsertDraft(db, ctx.user.id, formId, formVersion, ctx.body.data, ctx.now));
    // Compare-and-set: only the version the client started from may be replaced.
    const row = await replaceDraft(db, ctx.user.id, formId, formVersion, ctx.body.data, ctx.now, ctx.body.baseVersion);
    if (row) return draftOut(row);
    const current = await draftVersion(db, ctx.user.id, formId);
    throw conflict(
      current !== null
        ? {
            zh: `草稿已在别处更新（当前版本 ${current}），请刷新后再保存`,
            en: `The draft was saved elsewhere (now version ${current}); reload it first`,
          }
        : { zh: '草稿已被删除或提交，请刷新后再保存', en: 'The draft was discarded or submitted; reload first' },
    );
  },

  async delete(ctx) {
    if (!(await deleteDraft(ctx.services.db, ctx.user.id, ctx.params.formId))) throw draftNotFound();
  },
};

/** Handlers of the drafts group. */
export const draftRoutes = { drafts };
