// Messages of <yw-progress-tracker>'s case view (an application on screen:
// timeline, time limit, 补正, outcome, EMS, 撤回, 好差评). The element fetches
// them with the case view, in parallel with the request whose answer shows it,
// so the query form and "my applications" come without them: both halves are
// fetched on demand (the element's addMessageParts), zh-CN included.
export const progressTrackerCaseMessages = {
  'zh-CN': () => import('./zh-CN/progress-tracker-case.ts').then((m) => m.zhCN),
  en: () => import('./en/progress-tracker-case.ts').then((m) => m.en),
};
