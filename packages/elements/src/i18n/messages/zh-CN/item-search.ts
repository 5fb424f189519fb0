// The zh-CN half of the part in ../item-search.ts (the reference: the other locales have its keys and arguments).
export const zhCN = {
  'itemSearch.label': '搜索办事事项',
  'itemSearch.placeholder': '事项名称、拼音或首字母',
  'itemSearch.hint': '例如：营业执照、yingyezhizhao、yyzz',
  'itemSearch.submit': '搜索',
  'itemSearch.clear': '清空搜索框',
  'itemSearch.suggestions': '搜索建议',
  'itemSearch.recent': '最近搜索',
  'itemSearch.clearRecent': '清除搜索历史',
  'itemSearch.hot': '热门事项',
  'itemSearch.suggested': '相关事项',
  'itemSearch.announce': (query: string, total: string) => (query ? `“${query}”共找到 ${total} 个事项` : `共 ${total} 个事项`),
  'itemSearch.announceEmpty': (query: string) => (query ? `没有找到与“${query}”相关的事项` : '没有符合条件的事项'),
  'itemSearch.back': '返回搜索结果',
  'itemSearch.guide': (name: string) => `办事指南：${name}`,
};
