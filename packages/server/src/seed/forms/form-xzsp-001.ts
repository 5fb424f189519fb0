import type { FormSchema } from '@yiwang/contract';

/** 预审代办申请 (xzsp-001), the generic agency request for an enterprise investment project: the form document, as a department publishes it through `POST /forms/{id}/versions`. */
export default {
  id: 'form-xzsp-001',
  itemId: 'xzsp-001',
  title: '企业投资项目预审代办申请',
  version: 1,
  delivery: {
    express: false,
    pickup: true,
  },
  offlineAllowed: true,
  steps: [
    {
      id: 'project',
      title: '项目情况',
      sections: [
        {
          id: 'enterprise',
          title: '项目单位',
          fields: [
            {
              type: 'text',
              name: 'enterpriseName',
              label: '项目单位名称',
              required: true,
              prefill: {
                source: 'license',
                licenseType: 'business_license',
                field: 'enterpriseName',
              },
            },
            {
              type: 'uscc',
              name: 'uscc',
              label: '统一社会信用代码',
              required: true,
              prefill: {
                source: 'license',
                licenseType: 'business_license',
                field: 'uscc',
              },
            },
            {
              type: 'text',
              name: 'legalPerson',
              label: '法定代表人',
              prefill: {
                source: 'license',
                licenseType: 'business_license',
                field: 'legalPerson',
              },
            },
          ],
        },
        {
          id: 'project',
          title: '项目',
          fields: [
            {
              type: 'text',
              name: 'projectName',
              label: '项目名称',
              required: true,
              maxLength: 100,
            },
            {
              type: 'radio',
              name: 'hasFiling',
              label: '项目是否已备案（核准）',
              required: true,
              options: [
                {
                  value: 'yes',
                  label: '已备案（核准）',
                },
                {
                  value: 'no',
                  label: '尚未备案',
                },
              ],
            },
            {
              type: 'text',
              name: 'projectCode',
              label: '项目代码',
              required: true,
              placeholder: '2409-410771-04-01-123456',
              pattern: {
                regex: '^\\d{4}-\\d{6}-\\d{2}-\\d{2}-\\d{6}$',
                message: '项目代码格式为“年月-行政区划-行业-类别-流水号”',
              },
              visibleWhen: {
                field: 'hasFiling',
                op: 'eq',
                value: 'yes',
              },
            },
            {
              type: 'file',
              name: 'projectFiling',
              label: '项目备案证明',
              materialId: 'project-filing',
              licenseType: 'project_filing',
              accept: ['application/pdf'],
              maxSizeMb: 10,
              visibleWhen: {
                field: 'hasFiling',
                op: 'eq',
                value: 'yes',
              },
            },
            {
              type: 'select',
              name: 'projectType',
              label: '项目类型',
              required: true,
              options: [
                {
                  value: 'industrial',
                  label: '工业项目',
                },
                {
                  value: 'commercial',
                  label: '商贸服务项目',
                },
                {
                  value: 'social',
                  label: '社会事业项目',
                },
                {
                  value: 'infrastructure',
                  label: '基础设施项目',
                },
              ],
            },
            {
              type: 'address',
              name: 'location',
              label: '建设地点',
              required: true,
            },
            {
              type: 'number',
              name: 'totalInvestment',
              label: '计划总投资',
              required: true,
              min: 0,
              step: 0.01,
              unit: '万元',
            },
            {
              type: 'file',
              name: 'projectBrief',
              label: '项目基本情况说明',
              materialId: 'project-brief',
              accept: ['application/pdf', 'application/msword', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
              maxSizeMb: 20,
              required: true,
            },
          ],
        },
      ],
    },
    {
      id: 'agency',
      title: '代办需求',
      sections: [
        {
          id: 'services',
          title: '代办事项',
          fields: [
            {
              type: 'checkbox',
              name: 'services',
              label: '需要代办的审批事项',
              required: true,
              options: [
                {
                  value: 'filing',
                  label: '企业投资项目备案',
                },
                {
                  value: 'land',
                  label: '用地预审与选址、建设用地规划许可',
                },
                {
                  value: 'planning',
                  label: '设计方案审查、建设工程规划许可',
                },
                {
                  value: 'eia',
                  label: '环境影响评价审批',
                },
                {
                  value: 'energy',
                  label: '节能审查',
                },
                {
                  value: 'fire',
                  label: '消防设计审查',
                },
                {
                  value: 'permit',
                  label: '建筑工程施工许可',
                },
                {
                  value: 'acceptance',
                  label: '竣工联合验收',
                },
                {
                  value: 'property',
                  label: '不动产首次登记',
                },
              ],
            },
            {
              type: 'radio',
              name: 'urgency',
              label: '时间要求',
              required: true,
              options: [
                {
                  value: 'normal',
                  label: '按正常进度',
                },
                {
                  value: 'urgent',
                  label: '有明确的开工节点',
                },
              ],
            },
            {
              type: 'date',
              name: 'targetDate',
              label: '计划开工日期',
              required: true,
              min: 'today',
              visibleWhen: {
                field: 'urgency',
                op: 'eq',
                value: 'urgent',
              },
            },
            {
              type: 'radio',
              name: 'meeting',
              label: '首次对接方式',
              options: [
                {
                  value: 'onsite',
                  label: '代办员上门',
                },
                {
                  value: 'online',
                  label: '线上视频',
                },
                {
                  value: 'phone',
                  label: '电话',
                },
              ],
            },
            {
              type: 'textarea',
              name: 'problems',
              label: '目前遇到的困难和需要协调的问题',
              maxLength: 1000,
            },
          ],
        },
        {
          id: 'contact',
          title: '联系人与委托',
          fields: [
            {
              type: 'text',
              name: 'contactName',
              label: '项目联系人',
              required: true,
              prefill: {
                source: 'profile',
                field: 'name',
              },
            },
            {
              type: 'idCard',
              name: 'contactIdCard',
              label: '联系人身份证号码',
              required: true,
              prefill: {
                source: 'profile',
                field: 'idCard',
              },
            },
            {
              type: 'mobile',
              name: 'contactMobile',
              label: '联系电话',
              required: true,
              prefill: {
                source: 'profile',
                field: 'mobile',
              },
            },
            {
              type: 'email',
              name: 'contactEmail',
              label: '电子邮箱',
              prefill: {
                source: 'profile',
                field: 'email',
              },
            },
            {
              type: 'file',
              name: 'agencyAuthorization',
              label: '项目代办委托书',
              hint: '下载范本，加盖单位公章后上传；使用电子印章在线签署的可不上传',
              materialId: 'agency-authorization',
              accept: ['application/pdf'],
              maxSizeMb: 5,
            },
          ],
        },
      ],
    },
  ],
} satisfies FormSchema;
