// Handlers of the public catalog endpoints: departments, item search, suggest,
// hot items, item detail with guide, catalog stats and public performance
// figures (全程公开), form schemas.
import type { GroupHandlers } from '../http/handler.ts';
import { notFound } from '../http/errors.ts';
import { publicPerformance, reportContext } from '../performance/report.ts';

export const catalogRoutes: {
  departments: GroupHandlers<'departments'>;
  items: GroupHandlers<'items'>;
  catalog: GroupHandlers<'catalog'>;
} = {
  departments: {
    list: async (ctx) => ({ items: ctx.services.catalog.index.departments() }),
  },
  items: {
    search: async (ctx) => {
      const { index } = ctx.services.catalog;
      const result = index.search(ctx.query);
      const { q, department, audience, type, channel, zeroVisit } = ctx.query;
      const filtered = department !== undefined || audience !== undefined || type !== undefined || channel !== undefined || zeroVisit;
      // Counted only when the text finds nothing in the whole catalog, whatever the filters.
      if (result.total === 0 && q && (!filtered || index.search({ q, pageSize: 1 }).total === 0))
        ctx.services.zeroResults.record(ctx.clientId, q);
      return result;
    },
    suggest: async (ctx) => ({ items: ctx.services.catalog.index.suggest(ctx.query.q, ctx.query.limit) }),
    hot: async (ctx) => ({ items: ctx.services.catalog.index.hot(ctx.query.limit) }),
    get: async (ctx) => {
      const item = ctx.services.catalog.item(ctx.params.id);
      if (!item) throw notFound({ zh: '未找到该事项', en: 'No such service item' });
      return item;
    },
  },
  catalog: {
    stats: async (ctx) => ({ published: ctx.services.catalog.version, ...ctx.services.catalog.index.stats() }),
    performance: async (ctx) => publicPerformance(reportContext(ctx), ctx.query),
  },
};
