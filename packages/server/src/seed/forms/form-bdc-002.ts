import type { FormSchema } from '@yiwang/contract';

/** 不动产转移登记 (bdc-002): the form document, as a department publishes it through `POST /forms/{id}/versions`. */
export default {
  id: 'form-bdc-002',
  itemId: 'bdc-002',
  title: '不动产转移登记申请',
  version: 1,
  delivery: {
    express: true,
    pickup: true,
  },
  offlineAllowed: true,
  steps: [
    {
      id: 'property',
      title: '不动产信息',
      sections: [
        {
          id: 'property',
          title: '不动产',
          fields: [
            {
              type: 'file',
              name: 'propertyCertificate',
              label: '不动产权证书',
              hint: '调用电子不动产权证书，或上传纸质证书照片',
              materialId: 'property-certificate',
              licenseType: 'property_certificate',
              accept: ['application/pdf', 'image/jpeg', 'image/png'],
              maxSizeMb: 10,
              maxFiles: 4,
              required: true,
            },
            {
              type: 'text',
              name: 'certificateNumber',
              label: '不动产权证书号',
              required: true,
              placeholder: '豫（2024）新乡县不动产权第0012345号',
              pattern: {
                regex: '^.{1,10}（\\d{4}）.{1,20}不动产权第\\d{7}号$',
                message: '请按证书上的“×（年份）×不动产权第×号”格式填写',
              },
            },
            {
              type: 'address',
              name: 'propertyAddress',
              label: '不动产坐落',
              required: true,
            },
            {
              type: 'number',
              name: 'area',
              label: '建筑面积',
              required: true,
              min: 0.01,
              max: 100000,
              step: 0.01,
              unit: '平方米',
            },
            {
              type: 'select',
              name: 'usage',
              label: '规划用途',
              required: true,
              options: [
                {
                  value: 'residential',
                  label: '住宅',
                },
                {
                  value: 'commercial',
                  label: '商业',
                },
                {
                  value: 'office',
                  label: '办公',
                },
                {
                  value: 'industrial',
                  label: '工业',
                },
                {
                  value: 'other',
                  label: '其他',
                },
              ],
            },
            {
              type: 'radio',
              name: 'reason',
              situation: 'reason',
              label: '转移原因',
              required: true,
              options: [
                {
                  value: 'sale',
                  label: '买卖',
                },
                {
                  value: 'gift',
                  label: '赠与',
                },
                {
                  value: 'inherit',
                  label: '继承、受遗赠',
                },
                {
                  value: 'divorce',
                  label: '离婚析产',
                },
              ],
            },
            {
              type: 'radio',
              name: 'hasMortgage',
              situation: 'mortgage',
              label: '是否存在未注销的抵押',
              required: true,
              options: [
                {
                  value: 'yes',
                  label: '有抵押（带押过户）',
                },
                {
                  value: 'no',
                  label: '无抵押',
                },
              ],
            },
            {
              type: 'file',
              name: 'mortgageeConsent',
              label: '抵押权人同意转让的书面意见',
              materialId: 'mortgagee-consent',
              accept: ['application/pdf', 'image/jpeg', 'image/png'],
              maxSizeMb: 10,
              required: true,
              visibleWhen: {
                field: 'hasMortgage',
                op: 'eq',
                value: 'yes',
              },
            },
          ],
        },
      ],
    },
    {
      id: 'parties',
      title: '申请人',
      sections: [
        {
          id: 'transferors',
          title: '转让方（登记义务人）',
          fields: [
            {
              type: 'group',
              name: 'transferors',
              label: '转让方',
              itemLabel: '转让方',
              repeat: {
                min: 1,
                max: 5,
              },
              fields: [
                {
                  type: 'text',
                  name: 'transferorName',
                  label: '姓名（名称）',
                  required: true,
                  maxLength: 100,
                },
                {
                  type: 'select',
                  name: 'transferorIdType',
                  label: '证件类型',
                  required: true,
                  options: [
                    {
                      value: 'id',
                      label: '居民身份证',
                    },
                    {
                      value: 'uscc',
                      label: '统一社会信用代码',
                    },
                  ],
                },
                {
                  type: 'idCard',
                  name: 'transferorIdCard',
                  label: '身份证号码',
                  required: true,
                  visibleWhen: {
                    field: 'transferorIdType',
                    op: 'eq',
                    value: 'id',
                  },
                },
                {
                  type: 'uscc',
                  name: 'transferorUscc',
                  label: '统一社会信用代码',
                  required: true,
                  visibleWhen: {
                    field: 'transferorIdType',
                    op: 'eq',
                    value: 'uscc',
                  },
                },
                {
                  type: 'mobile',
                  name: 'transferorMobile',
                  label: '手机号码',
                  required: true,
                },
              ],
            },
            {
              type: 'radio',
              name: 'transferorMarital',
              situation: 'marital',
              label: '转让方婚姻状况',
              required: true,
              options: [
                {
                  value: 'married',
                  label: '已婚',
                },
                {
                  value: 'single',
                  label: '未婚、离异或丧偶',
                },
              ],
              visibleWhen: {
                field: 'reason',
                op: 'in',
                value: ['sale', 'gift'],
              },
            },
            {
              type: 'file',
              name: 'marriageCertificate',
              label: '转让方结婚证',
              hint: '可通过婚姻登记信息核验，或调用电子结婚证',
              materialId: 'marriage-certificate',
              licenseType: 'marriage_certificate',
              accept: ['application/pdf', 'image/jpeg', 'image/png'],
              maxSizeMb: 10,
              visibleWhen: {
                all: [
                  {
                    field: 'reason',
                    op: 'in',
                    value: ['sale', 'gift'],
                  },
                  {
                    field: 'transferorMarital',
                    op: 'eq',
                    value: 'married',
                  },
                ],
              },
            },
          ],
        },
        {
          id: 'transferees',
          title: '受让方（登记权利人）',
          description: '申请人本人为受让方，其他共有人另行添加',
          fields: [
            {
              type: 'text',
              name: 'applicantName',
              label: '申请人姓名',
              required: true,
              readonly: true,
              prefill: {
                source: 'profile',
                field: 'name',
              },
            },
            {
              type: 'idCard',
              name: 'applicantIdCard',
              label: '申请人身份证号码',
              required: true,
              readonly: true,
              prefill: {
                source: 'profile',
                field: 'idCard',
              },
            },
            {
              type: 'mobile',
              name: 'applicantMobile',
              label: '申请人手机号码',
              required: true,
              prefill: {
                source: 'profile',
                field: 'mobile',
              },
            },
            {
              type: 'select',
              name: 'shareMode',
              label: '共有方式',
              required: true,
              options: [
                {
                  value: 'sole',
                  label: '单独所有',
                },
                {
                  value: 'joint',
                  label: '共同共有',
                },
                {
                  value: 'shares',
                  label: '按份共有',
                },
              ],
            },
            {
              type: 'group',
              name: 'coOwners',
              label: '其他共有人',
              itemLabel: '共有人',
              repeat: {
                min: 0,
                max: 4,
              },
              visibleWhen: {
                not: {
                  field: 'shareMode',
                  op: 'eq',
                  value: 'sole',
                },
              },
              fields: [
                {
                  type: 'text',
                  name: 'coOwnerName',
                  label: '姓名',
                  required: true,
                  maxLength: 30,
                },
                {
                  type: 'idCard',
                  name: 'coOwnerIdCard',
                  label: '身份证号码',
                  required: true,
                },
                {
                  type: 'mobile',
                  name: 'coOwnerMobile',
                  label: '手机号码',
                  required: true,
                },
                {
                  type: 'number',
                  name: 'coOwnerShare',
                  label: '份额',
                  min: 0,
                  max: 100,
                  step: 0.01,
                  unit: '%',
                  visibleWhen: {
                    field: 'shareMode',
                    op: 'eq',
                    value: 'shares',
                  },
                },
              ],
            },
            {
              type: 'number',
              name: 'applicantShare',
              label: '申请人份额',
              min: 0,
              max: 100,
              step: 0.01,
              unit: '%',
              visibleWhen: {
                field: 'shareMode',
                op: 'eq',
                value: 'shares',
              },
            },
          ],
        },
      ],
    },
    {
      id: 'basis',
      title: '转移依据',
      sections: [
        {
          id: 'documents',
          title: '转移依据材料',
          fields: [
            {
              type: 'text',
              name: 'contractNumber',
              label: '存量房网签合同编号',
              required: true,
              visibleWhen: {
                field: 'reason',
                op: 'eq',
                value: 'sale',
              },
            },
            {
              type: 'number',
              name: 'price',
              label: '成交价格',
              required: true,
              min: 0,
              step: 0.01,
              unit: '万元',
              visibleWhen: {
                field: 'reason',
                op: 'eq',
                value: 'sale',
              },
            },
            {
              type: 'file',
              name: 'saleContract',
              label: '房屋买卖合同',
              hint: '网签合同自动调取的可不上传',
              materialId: 'sale-contract',
              accept: ['application/pdf'],
              maxSizeMb: 20,
              visibleWhen: {
                field: 'reason',
                op: 'eq',
                value: 'sale',
              },
            },
            {
              type: 'file',
              name: 'taxProof',
              label: '完税凭证',
              hint: '税务部门“一窗受理”信息共享，一般无需上传',
              materialId: 'tax-proof',
              accept: ['application/pdf', 'image/jpeg', 'image/png'],
              maxSizeMb: 10,
              visibleWhen: {
                any: [
                  {
                    field: 'reason',
                    op: 'eq',
                    value: 'sale',
                  },
                  {
                    field: 'reason',
                    op: 'eq',
                    value: 'gift',
                  },
                ],
              },
            },
            {
              type: 'file',
              name: 'giftContract',
              label: '经公证的赠与合同',
              materialId: 'gift-contract',
              accept: ['application/pdf', 'image/jpeg', 'image/png'],
              maxSizeMb: 20,
              required: true,
              visibleWhen: {
                field: 'reason',
                op: 'eq',
                value: 'gift',
              },
            },
            {
              type: 'file',
              name: 'inheritanceProof',
              label: '继承公证书、遗嘱或生效法律文书及死亡证明',
              materialId: 'inheritance-proof',
              accept: ['application/pdf', 'image/jpeg', 'image/png'],
              maxSizeMb: 30,
              maxFiles: 10,
              required: true,
              visibleWhen: {
                field: 'reason',
                op: 'eq',
                value: 'inherit',
              },
            },
            {
              type: 'file',
              name: 'divorceAgreement',
              label: '离婚协议书或生效的离婚判决书、调解书',
              materialId: 'divorce-agreement',
              accept: ['application/pdf', 'image/jpeg', 'image/png'],
              maxSizeMb: 20,
              required: true,
              visibleWhen: {
                field: 'reason',
                op: 'eq',
                value: 'divorce',
              },
            },
            {
              type: 'date',
              name: 'transferDate',
              label: '合同（协议）签订日期',
              max: 'today',
              visibleWhen: {
                not: {
                  field: 'reason',
                  op: 'eq',
                  value: 'inherit',
                },
              },
            },
          ],
        },
      ],
    },
    {
      id: 'confirm',
      title: '身份核验与声明',
      sections: [
        {
          id: 'confirm',
          title: '身份核验与声明',
          fields: [
            {
              type: 'license',
              name: 'applicantIdLicense',
              label: '申请人电子身份证',
              required: true,
              licenseType: 'id_card',
            },
            {
              type: 'textarea',
              name: 'notes',
              label: '其他需要说明的情况',
              maxLength: 500,
            },
            {
              type: 'checkbox',
              name: 'declaration',
              label: '申请人声明',
              required: true,
              options: [
                {
                  value: 'true',
                  label: '本人保证所提交的申请材料真实、合法、有效，如有虚假，愿承担由此产生的一切法律责任',
                },
              ],
            },
          ],
        },
      ],
    },
  ],
} satisfies FormSchema;
