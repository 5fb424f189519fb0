// The zh-CN half of the part in ../item-guide.ts (the reference: the other locales have its keys and arguments).
export const zhCN = {
  'itemGuide.label': '办事指南',
  'itemGuide.apply': '在线申请',
  'itemGuide.agency': '申请帮办代办',
  'itemGuide.agencyNote': '本事项提供免费帮办代办服务，工作人员将与您联系。',
  'itemGuide.noOnline': '本事项暂不支持在线申请，请通过下列渠道或地点办理。',
  'itemGuide.applyElsewhere': (host: string) => `将离开本网站，前往 ${host} 在线申请。`,
  'itemGuide.published': (batch: string, date: string) => (batch ? `列入事项清单（${batch}），${date}公布` : `列入事项清单，${date}公布`),
  'itemGuide.phones': '咨询与投诉',
  'itemGuide.consultPhone': '咨询电话',
  'itemGuide.complaintPhone': '监督投诉电话',
  'itemGuide.empty': '该事项的办事指南尚未发布，请电话咨询实施部门。',
  'itemGuide.incomplete': '办事指南待完善：该事项的申请条件、材料和办理流程尚未录入，请电话咨询实施部门。',
  'itemGuide.noItem': '请选择一个事项查看办事指南。',
};
