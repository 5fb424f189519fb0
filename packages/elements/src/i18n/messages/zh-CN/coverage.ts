// The zh-CN half of the part in ../coverage.ts: the words of <yw-address-picker>'s EMS coverage line (快递送达), fetched with it
// (the reference: the other locales have its keys and arguments).
export const zhCN = {
  'addressPicker.coverage.checking': '正在查询 EMS 送达范围…',
  'addressPicker.coverage.covered': (min: number, max: number) => `✓ EMS 快递可送达，预计 ${min}–${max} 天送达`,
  'addressPicker.coverage.coveredNoDays': '✓ EMS 快递可送达',
  'addressPicker.coverage.notCovered': '✗ EMS 快递无法送达所选地区',
  'addressPicker.coverage.failed': '暂时无法查询 EMS 送达范围：',
};
