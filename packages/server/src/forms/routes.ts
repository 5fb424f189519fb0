// Handlers of form documents: the latest version and any published one, the
// version list and publication (staff), and the starter form generated from a
// guide. Versions are never changed: a new one is published instead.
import { checkFormSchema } from '@yiwang/contract';
import type { GroupHandlers } from '../http/handler.ts';
import { HttpError, invalid, notFound } from '../http/errors.ts';
import { insertNextVersion, listFormVersions, loadForm, loadFormVersion } from './store.ts';
import { itemProblems } from './check.ts';
import { itemFormId, starterForm } from './starter.ts';
import { notify } from '../db/db.ts';
import { CATALOG_CHANNEL } from '../catalog/live.ts';

const formNotFound = () => notFound({ zh: '未找到该表单', en: 'No such form' });

const forms: GroupHandlers<'forms'> = {
  async get(ctx) {
    const form = await loadForm(ctx.services.db, ctx.params.id);
    if (!form) throw formNotFound();
    return form;
  },

  async getVersion(ctx) {
    const form = await loadFormVersion(ctx.services.db, ctx.params.id, ctx.params.version);
    if (!form) throw notFound({ zh: '未找到该表单版本', en: 'No such version of this form' });
    return form;
  },

  async versions(ctx) {
    const items = await listFormVersions(ctx.services.db, ctx.params.id);
    if (items.length === 0) throw formNotFound();
    return { items };
  },

  async publish(ctx) {
    const { db } = ctx.services;
    const form = ctx.body;
    const say = (p: { path: string; zh: string; en: string }) => ({ path: p.path, message: ctx.locale === 'en' ? p.en : p.zh });
    if (form.id !== ctx.params.id)
      throw invalid([say({ path: 'body.id', zh: '与地址中的表单编号不一致', en: 'Differs from the form id in the path' })]);
    const current = await loadForm(db, form.id);
    const item = ctx.services.catalog.item(form.itemId);
    // The item decides who may publish: a platform administrator, or staff of the item's department.
    if (item && !ctx.staff.roles.includes('platform_admin') && ctx.staff.department !== item.departmentId)
      throw new HttpError(403, 'OTHER_DEPARTMENT', {
        zh: '只能发布本部门事项的申请表',
        en: "Only forms of your own department's items can be published",
      });
    const problems = checkFormSchema(form, 'body');
    if (!item) problems.push({ path: 'body.itemId', zh: '事项不存在', en: 'No such service item' });
    else {
      if (current && current.itemId !== form.itemId)
        problems.push({ path: 'body.itemId', zh: `该表单属于事项 ${current.itemId}`, en: `This form belongs to item ${current.itemId}` });
      else if (!current && itemFormId(item) !== form.id)
        problems.push({
          path: 'body.id',
          zh: `事项的申请表编号是 ${itemFormId(item)}`,
          en: `The item's form id is ${itemFormId(item)}`,
        });
      problems.push(...itemProblems(form, item, 'body'));
    }
    if (problems.length > 0) throw invalid(problems.map(say));
    const version = await db.transaction(async (tx) => {
      const next = await insertNextVersion(tx, form, ctx.staff.name, ctx.now);
      // Delivered on commit: every server on this database reads its catalog again (a first form puts its item online).
      await notify(tx, CATALOG_CHANNEL, `form:${form.id}:${next}`);
      return next;
    });
    // Served from this server before the answer; the others follow the NOTIFY.
    await ctx.services.catalogs.reload();
    return { id: form.id, version };
  },

  async starter(ctx) {
    const item = ctx.services.catalog.item(ctx.params.id);
    if (!item) throw notFound({ zh: '未找到该事项', en: 'No such service item' });
    return starterForm(item);
  },
};

/** Handlers of the forms group. */
export const formRoutes = { forms };
