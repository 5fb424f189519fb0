// The zh-CN half of the part in ../smart-paste.ts: the words of <yw-address-picker>'s smart paste (智能识别), fetched with it
// (the reference: the other locales have its keys and arguments).
export const zhCN = {
  'addressPicker.paste.label': '整段地址',
  'addressPicker.paste.placeholder': '例如：河南省新乡市红旗区人民路12号 张三 13800000000',
  'addressPicker.paste.submit': '识别并填写',
  'addressPicker.paste.working': '正在识别…',
  'addressPicker.paste.empty': '请先粘贴或输入一段地址。',
  'addressPicker.paste.nothing': '没有识别出地址信息，请检查后重试，或直接填写下面各项。',
  'addressPicker.paste.filled': (fields: string) => `已识别并填写：${fields}。请逐项核对。`,
  'addressPicker.paste.missing': (fields: string) => `未能识别：${fields}，请手动填写。`,
  'addressPicker.paste.unparsed': (pieces: string) => `以下内容未能识别，请核对：${pieces}`,
  'addressPicker.paste.deeper': '所在地区尚未选到最后一级，请继续选择。',
  'addressPicker.listSeparator': '、',
};
