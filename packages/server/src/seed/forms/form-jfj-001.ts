import type { FormSchema } from '@yiwang/contract';

/** 企业投资项目备案 (jfj-001): the form document, as a department publishes it through `POST /forms/{id}/versions`. */
export default {
  id: 'form-jfj-001',
  itemId: 'jfj-001',
  title: '企业投资项目备案',
  version: 1,
  delivery: {
    express: false,
    pickup: true,
  },
  offlineAllowed: true,
  steps: [
    {
      id: 'unit',
      title: '项目单位',
      sections: [
        {
          id: 'enterprise',
          title: '项目单位基本情况',
          description: '信息取自电子营业执照',
          fields: [
            {
              type: 'license',
              name: 'businessLicense',
              label: '电子营业执照',
              required: true,
              licenseType: 'business_license',
            },
            {
              type: 'text',
              name: 'enterpriseName',
              label: '项目单位名称',
              required: true,
              readonly: true,
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
              readonly: true,
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
              required: true,
              prefill: {
                source: 'license',
                licenseType: 'business_license',
                field: 'legalPerson',
              },
            },
            {
              type: 'select',
              name: 'enterpriseType',
              label: '项目单位性质',
              required: true,
              options: [
                {
                  value: 'state',
                  label: '国有企业',
                },
                {
                  value: 'private',
                  label: '民营企业',
                },
                {
                  value: 'foreign',
                  label: '外商投资企业',
                },
                {
                  value: 'hmt',
                  label: '港澳台投资企业',
                },
              ],
            },
            {
              type: 'radio',
              name: 'foreignProject',
              situation: 'foreign',
              label: '是否为外商投资项目？',
              required: true,
              options: [
                {
                  value: 'yes',
                  label: '是',
                },
                {
                  value: 'no',
                  label: '否',
                },
              ],
            },
            {
              type: 'file',
              name: 'foreignInvestor',
              label: '外国投资者主体资格证明',
              materialId: 'foreign-investor',
              accept: ['application/pdf', 'image/jpeg', 'image/png'],
              maxSizeMb: 20,
              required: true,
              visibleWhen: {
                field: 'foreignProject',
                op: 'eq',
                value: 'yes',
              },
            },
          ],
        },
        {
          id: 'contact',
          title: '项目联系人',
          fields: [
            {
              type: 'text',
              name: 'contactName',
              label: '联系人',
              required: true,
              prefill: {
                source: 'profile',
                field: 'name',
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
          ],
        },
      ],
    },
    {
      id: 'project',
      title: '项目信息',
      sections: [
        {
          id: 'basics',
          title: '项目概况',
          fields: [
            {
              type: 'text',
              name: 'projectName',
              label: '项目名称',
              required: true,
              minLength: 4,
              maxLength: 100,
              hint: '如“××公司年产5万台智能装备生产线建设项目”',
            },
            {
              type: 'radio',
              name: 'nature',
              situation: 'kind',
              label: '建设性质',
              required: true,
              options: [
                {
                  value: 'new',
                  label: '新建',
                },
                {
                  value: 'expand',
                  label: '改建、扩建',
                },
                {
                  value: 'tech',
                  label: '技术改造（不新增用地）',
                },
              ],
            },
            {
              type: 'file',
              name: 'existingProperty',
              label: '现有厂区（厂房）产权证明或租赁协议',
              materialId: 'existing-property',
              licenseType: 'property_certificate',
              accept: ['application/pdf', 'image/jpeg', 'image/png'],
              maxSizeMb: 20,
              required: true,
              visibleWhen: {
                field: 'nature',
                op: 'in',
                value: ['expand', 'tech'],
              },
            },
            {
              type: 'select',
              name: 'industry',
              label: '所属行业（国民经济行业分类）',
              required: true,
              options: [
                {
                  value: 'C',
                  label: 'C 制造业',
                },
                {
                  value: 'D',
                  label: 'D 电力、热力、燃气及水生产和供应业',
                },
                {
                  value: 'E',
                  label: 'E 建筑业',
                },
                {
                  value: 'F',
                  label: 'F 批发和零售业',
                },
                {
                  value: 'G',
                  label: 'G 交通运输、仓储和邮政业',
                },
                {
                  value: 'I',
                  label: 'I 信息传输、软件和信息技术服务业',
                },
                {
                  value: 'M',
                  label: 'M 科学研究和技术服务业',
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
              name: 'landArea',
              label: '新增用地面积',
              min: 0,
              max: 100000,
              step: 0.01,
              unit: '亩',
              visibleWhen: {
                not: {
                  field: 'nature',
                  op: 'eq',
                  value: 'tech',
                },
              },
            },
            {
              type: 'number',
              name: 'buildingArea',
              label: '总建筑面积',
              min: 0,
              step: 0.01,
              unit: '平方米',
            },
            {
              type: 'textarea',
              name: 'content',
              label: '建设规模和内容',
              required: true,
              minLength: 20,
              maxLength: 2000,
              hint: '写明主要建设内容、产品方案、生产规模、主要设备等',
            },
            {
              type: 'date',
              name: 'startDate',
              label: '计划开工时间',
              required: true,
              min: 'today',
            },
            {
              type: 'date',
              name: 'endDate',
              label: '计划竣工时间',
              required: true,
              min: 'today',
            },
          ],
        },
        {
          id: 'investment',
          title: '投资情况',
          fields: [
            {
              type: 'number',
              name: 'totalInvestment',
              label: '项目总投资',
              required: true,
              min: 0.01,
              step: 0.01,
              unit: '万元',
            },
            {
              type: 'group',
              name: 'fundSources',
              label: '资金来源',
              itemLabel: '资金来源',
              repeat: {
                min: 1,
                max: 5,
              },
              fields: [
                {
                  type: 'select',
                  name: 'fundType',
                  label: '来源类型',
                  required: true,
                  options: [
                    {
                      value: 'own',
                      label: '企业自有资金',
                    },
                    {
                      value: 'loan',
                      label: '银行贷款',
                    },
                    {
                      value: 'bond',
                      label: '债券',
                    },
                    {
                      value: 'other',
                      label: '其他',
                    },
                  ],
                },
                {
                  type: 'number',
                  name: 'fundAmount',
                  label: '金额',
                  required: true,
                  min: 0,
                  step: 0.01,
                  unit: '万元',
                },
              ],
            },
            {
              type: 'number',
              name: 'foreignInvestment',
              label: '其中外资',
              min: 0,
              step: 0.01,
              unit: '万美元',
              visibleWhen: {
                field: 'foreignProject',
                op: 'eq',
                value: 'yes',
              },
            },
            {
              type: 'number',
              name: 'annualEnergy',
              label: '年综合能源消费量（当量值）',
              min: 0,
              step: 0.01,
              unit: '吨标准煤',
            },
            {
              type: 'textarea',
              name: 'energyNote',
              label: '节能审查说明',
              hint: '年综合能源消费量1000吨标准煤以上的项目，开工前须取得节能审查意见',
              maxLength: 500,
              visibleWhen: {
                field: 'annualEnergy',
                op: 'gte',
                value: 1000,
              },
            },
          ],
        },
      ],
    },
    {
      id: 'declaration',
      title: '声明与代办',
      sections: [
        {
          id: 'declaration',
          title: '项目单位声明',
          fields: [
            {
              type: 'checkbox',
              name: 'statements',
              label: '项目单位声明',
              required: true,
              options: [
                {
                  value: 'policy',
                  label: '项目符合国家产业政策，不属于《政府核准的投资项目目录》范围',
                },
                {
                  value: 'truth',
                  label: '所填报信息真实、完整、准确，并对其真实性负责',
                },
                {
                  value: 'change',
                  label: '项目信息发生重大变化时及时告知备案机关',
                },
              ],
            },
            {
              type: 'file',
              name: 'pledge',
              label: '项目信息真实性承诺书',
              hint: '在线签署的可不上传',
              materialId: 'pledge',
              accept: ['application/pdf'],
              maxSizeMb: 5,
            },
            {
              type: 'radio',
              name: 'requestAgency',
              label: '是否需要免费预审代办服务',
              hint: '选择“需要”的，备案完成后代办员将主动联系您，协助办理后续审批',
              required: true,
              options: [
                {
                  value: 'yes',
                  label: '需要',
                },
                {
                  value: 'no',
                  label: '暂不需要',
                },
              ],
            },
          ],
        },
      ],
    },
  ],
} satisfies FormSchema;
