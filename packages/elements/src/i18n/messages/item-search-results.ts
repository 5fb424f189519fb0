// Messages of <yw-item-search>'s results area (result list, paging, facets, sort,
// empty state). The element fetches them with the area's templates, in parallel
// with its first search, so the search box comes without them: both halves are
// fetched on demand (the element's addMessageParts), zh-CN included.
export const itemSearchResultsMessages = {
  'zh-CN': () => import('./zh-CN/item-search-results.ts').then((m) => m.zhCN),
  en: () => import('./en/item-search-results.ts').then((m) => m.en),
};
