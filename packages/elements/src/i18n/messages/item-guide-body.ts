// Messages of <yw-item-guide>'s guide body (the facts, situations, materials,
// process, fees, places and basis of an item). The element fetches them with the
// body's templates, in parallel with the item whose guide it shows, so the
// element's first paint comes without them: both halves are fetched on demand,
// zh-CN included.
export const itemGuideBodyMessages = {
  'zh-CN': () => import('./zh-CN/item-guide-body.ts').then((m) => m.zhCN),
  en: () => import('./en/item-guide-body.ts').then((m) => m.en),
};
