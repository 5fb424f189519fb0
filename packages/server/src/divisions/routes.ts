// Handlers of the divisions group: children, path and search over the
// in-memory GB/T 2260 index.
import type { GroupHandlers } from '../http/handler.ts';
import type { Division } from './divisions.ts';
import { requireDivision } from './lookup.ts';

const divisions: GroupHandlers<'divisions'> = {
  children: async ({ query, services }) => {
    if (query.parent !== undefined) requireDivision(services.divisions, query.parent);
    return { items: services.divisions.children(query.parent) };
  },
  path: async ({ params, services }) => {
    requireDivision(services.divisions, params.code);
    return { items: services.divisions.path(params.code) };
  },
  search: async ({ query, services }) => {
    if (query.parent !== undefined) requireDivision(services.divisions, query.parent);
    const items = services.divisions.search(query.q, {
      ...(query.parent !== undefined ? { parentCode: query.parent } : {}),
      ...(query.level !== undefined ? { level: query.level } : {}),
      limit: query.limit ?? 20,
    });
    // Each hit carries its ancestors, so a client can show 城关镇 · 某县 · 某市 and pick it at once.
    const ancestors = (d: Division) =>
      services.divisions
        .path(d.code)
        .slice(0, -1)
        .map(({ code, name, level }) => ({ code, name, level }));
    return { items: items.map((d) => ({ ...d, ancestors: ancestors(d) })) };
  },
};

/** Handlers of the divisions group. */
export const divisionRoutes = { divisions };
