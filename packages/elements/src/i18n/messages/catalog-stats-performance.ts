// Messages of <yw-catalog-stats>'s performance view (`view="performance"`). The element
// fetches them with the view's templates, in parallel with the report it shows, so the
// department bars come without them: both halves are fetched on demand, zh-CN included.
export const catalogStatsPerformanceMessages = {
  'zh-CN': () => import('./zh-CN/catalog-stats-performance.ts').then((m) => m.zhCN),
  en: () => import('./en/catalog-stats-performance.ts').then((m) => m.en),
};
