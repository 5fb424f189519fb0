// Messages of <yw-item-guide>'s 申请帮办代办 form. The element fetches them with the
// form's templates when the form opens (few applicants ask for 代办), so the guide
// comes without them: both halves are fetched on demand, zh-CN included.
export const itemGuideAgencyMessages = {
  'zh-CN': () => import('./zh-CN/item-guide-agency.ts').then((m) => m.zhCN),
  en: () => import('./en/item-guide-agency.ts').then((m) => m.en),
};
