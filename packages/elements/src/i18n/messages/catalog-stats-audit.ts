// Messages of <yw-catalog-stats>'s 督查 view (`view="audit"`). The element fetches them
// with the view's templates, in parallel with the figures it shows, so the department
// bars come without them: both halves are fetched on demand, zh-CN included.
export const catalogStatsAuditMessages = {
  'zh-CN': () => import('./zh-CN/catalog-stats-audit.ts').then((m) => m.zhCN),
  en: () => import('./en/catalog-stats-audit.ts').then((m) => m.en),
};
