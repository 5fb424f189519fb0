import type { FormSchema } from '@yiwang/contract';

/** 生育登记 (wjw-001): the form document, as a department publishes it through `POST /forms/{id}/versions`. */
export default {
  id: 'form-wjw-001',
  itemId: 'wjw-001',
  title: '生育登记',
  version: 1,
  delivery: {
    express: false,
    pickup: true,
  },
  offlineAllowed: false,
  steps: [
    {
      id: 'couple',
      title: '夫妻信息',
      sections: [
        {
          id: 'applicant',
          title: '申请人',
          fields: [
            {
              type: 'text',
              name: 'applicantName',
              label: '姓名',
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
              label: '身份证号码',
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
              label: '手机号码',
              required: true,
              prefill: {
                source: 'profile',
                field: 'mobile',
              },
            },
            {
              type: 'email',
              name: 'applicantEmail',
              label: '电子邮箱',
              hint: '用于接收登记凭证（选填）',
              prefill: {
                source: 'profile',
                field: 'email',
              },
            },
            {
              type: 'radio',
              name: 'applicantRole',
              label: '申请人是',
              required: true,
              options: [
                {
                  value: 'husband',
                  label: '丈夫',
                },
                {
                  value: 'wife',
                  label: '妻子',
                },
              ],
            },
          ],
        },
        {
          id: 'spouse',
          title: '配偶',
          description: '信息取自电子结婚证，请核对',
          fields: [
            {
              type: 'group',
              name: 'spouse',
              label: '配偶信息',
              fields: [
                {
                  type: 'text',
                  name: 'spouseName',
                  label: '配偶姓名',
                  required: true,
                  prefill: {
                    source: 'license',
                    licenseType: 'marriage_certificate',
                    field: 'spouseName',
                  },
                },
                {
                  type: 'idCard',
                  name: 'spouseIdCard',
                  label: '配偶身份证号码',
                  required: true,
                  prefill: {
                    source: 'license',
                    licenseType: 'marriage_certificate',
                    field: 'spouseIdCard',
                  },
                },
                {
                  type: 'mobile',
                  name: 'spouseMobile',
                  label: '配偶手机号码',
                },
              ],
            },
            {
              type: 'file',
              name: 'marriageCertificate',
              label: '结婚证',
              materialId: 'marriage-certificate',
              licenseType: 'marriage_certificate',
              accept: ['image/jpeg', 'image/png'],
              maxSizeMb: 5,
              maxFiles: 2,
              required: true,
            },
            {
              type: 'date',
              name: 'marriageDate',
              label: '结婚登记日期',
              required: true,
              max: 'today',
              prefill: {
                source: 'license',
                licenseType: 'marriage_certificate',
                field: 'registeredOn',
              },
            },
            {
              type: 'radio',
              name: 'remarriage',
              situation: 'remarriage',
              label: '夫妻一方或双方是否为再婚',
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
              name: 'remarriageProof',
              label: '离婚证（或判决书、调解书）及现有子女情况说明',
              materialId: 'remarriage-proof',
              accept: ['application/pdf', 'image/jpeg', 'image/png'],
              maxSizeMb: 10,
              maxFiles: 5,
              required: true,
              visibleWhen: {
                field: 'remarriage',
                op: 'eq',
                value: 'yes',
              },
            },
          ],
        },
      ],
    },
    {
      id: 'residence',
      title: '户籍与居住',
      sections: [
        {
          id: 'residence',
          title: '户籍情况',
          fields: [
            {
              type: 'radio',
              name: 'residence',
              situation: 'residence',
              label: '户籍情况',
              required: true,
              options: [
                {
                  value: 'local',
                  label: '夫妻至少一方为本区户籍',
                },
                {
                  value: 'resident',
                  label: '双方均非本区户籍，在本区居住',
                },
              ],
            },
            {
              type: 'file',
              name: 'householdRegister',
              label: '本区户籍一方的户口簿',
              materialId: 'household-register',
              licenseType: 'household_register',
              accept: ['image/jpeg', 'image/png'],
              maxSizeMb: 5,
              maxFiles: 4,
              required: true,
              visibleWhen: {
                field: 'residence',
                op: 'eq',
                value: 'local',
              },
            },
            {
              type: 'file',
              name: 'residencePermit',
              label: '居住证或居住证明',
              materialId: 'residence-permit',
              accept: ['application/pdf', 'image/jpeg', 'image/png'],
              maxSizeMb: 5,
              required: true,
              visibleWhen: {
                field: 'residence',
                op: 'eq',
                value: 'resident',
              },
            },
            {
              type: 'address',
              name: 'currentAddress',
              label: '现居住地址',
              required: true,
            },
          ],
        },
      ],
    },
    {
      id: 'children',
      title: '生育情况',
      sections: [
        {
          id: 'children',
          title: '子女',
          fields: [
            {
              type: 'select',
              name: 'childOrder',
              situation: 'order',
              label: '本次登记的子女是第几孩',
              required: true,
              options: [
                {
                  value: 'first',
                  label: '一孩',
                },
                {
                  value: 'second',
                  label: '二孩',
                },
                {
                  value: 'third',
                  label: '三孩及以上',
                },
              ],
            },
            {
              type: 'group',
              name: 'existingChildren',
              label: '现有子女',
              itemLabel: '子女',
              repeat: {
                min: 1,
                max: 9,
              },
              visibleWhen: {
                not: {
                  field: 'childOrder',
                  op: 'eq',
                  value: 'first',
                },
              },
              fields: [
                {
                  type: 'text',
                  name: 'childName',
                  label: '姓名',
                  required: true,
                  maxLength: 30,
                },
                {
                  type: 'radio',
                  name: 'childGender',
                  label: '性别',
                  required: true,
                  options: [
                    {
                      value: 'male',
                      label: '男',
                    },
                    {
                      value: 'female',
                      label: '女',
                    },
                  ],
                },
                {
                  type: 'date',
                  name: 'childBirthDate',
                  label: '出生日期',
                  required: true,
                  max: 'today',
                },
                {
                  type: 'idCard',
                  name: 'childIdCard',
                  label: '身份证号码',
                  hint: '已办理的填写',
                },
              ],
            },
            {
              type: 'date',
              name: 'expectedDate',
              label: '预产期',
              min: 'today',
            },
            {
              type: 'text',
              name: 'hospital',
              label: '建档（拟分娩）医疗机构',
              maxLength: 100,
            },
            {
              type: 'file',
              name: 'pregnancyProof',
              label: '孕情证明',
              materialId: 'pregnancy-proof',
              accept: ['image/jpeg', 'image/png'],
              maxSizeMb: 5,
              maxFiles: 3,
              visibleWhen: {
                any: [
                  {
                    field: 'expectedDate',
                    op: 'notEmpty',
                  },
                  {
                    field: 'hospital',
                    op: 'notEmpty',
                  },
                ],
              },
            },
            {
              type: 'textarea',
              name: 'remarks',
              label: '备注',
              maxLength: 300,
            },
          ],
        },
      ],
    },
  ],
} satisfies FormSchema;
