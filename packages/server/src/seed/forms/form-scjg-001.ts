import type { FormSchema } from '@yiwang/contract';

/** 个体工商户设立登记 (scjg-001): the form document, as a department publishes it through `POST /forms/{id}/versions`. */
export default {
  id: 'form-scjg-001',
  itemId: 'scjg-001',
  title: '个体工商户设立登记申请',
  version: 1,
  delivery: {
    express: true,
    pickup: true,
  },
  offlineAllowed: true,
  steps: [
    {
      id: 'operator',
      title: '经营者信息',
      sections: [
        {
          id: 'operator',
          title: '经营者',
          description: '个体工商户的经营者为自然人；家庭经营的，参加经营的家庭成员一并登记',
          fields: [
            {
              type: 'text',
              name: 'operatorName',
              label: '经营者姓名',
              required: true,
              maxLength: 30,
              prefill: {
                source: 'profile',
                field: 'name',
              },
            },
            {
              type: 'idCard',
              name: 'operatorIdCard',
              label: '经营者身份证号码',
              required: true,
              prefill: {
                source: 'profile',
                field: 'idCard',
              },
            },
            {
              type: 'mobile',
              name: 'operatorMobile',
              label: '联系电话',
              required: true,
              prefill: {
                source: 'profile',
                field: 'mobile',
              },
            },
            {
              type: 'email',
              name: 'operatorEmail',
              label: '电子邮箱',
              hint: '用于接收电子营业执照下载通知（选填）',
              prefill: {
                source: 'profile',
                field: 'email',
              },
            },
            {
              type: 'license',
              name: 'operatorIdLicense',
              label: '经营者电子身份证',
              hint: '调用电子身份证即可，无需上传身份证照片',
              required: true,
              licenseType: 'id_card',
            },
            {
              type: 'radio',
              name: 'composition',
              situation: 'form',
              label: '组成形式',
              required: true,
              options: [
                {
                  value: 'individual',
                  label: '个人经营',
                },
                {
                  value: 'family',
                  label: '家庭经营',
                },
              ],
            },
            {
              type: 'group',
              name: 'familyMembers',
              label: '参加经营的家庭成员',
              itemLabel: '家庭成员',
              repeat: {
                min: 1,
                max: 10,
              },
              visibleWhen: {
                field: 'composition',
                op: 'eq',
                value: 'family',
              },
              fields: [
                {
                  type: 'text',
                  name: 'memberName',
                  label: '姓名',
                  required: true,
                  maxLength: 30,
                },
                {
                  type: 'idCard',
                  name: 'memberIdCard',
                  label: '身份证号码',
                  required: true,
                },
                {
                  type: 'select',
                  name: 'memberRelation',
                  label: '与经营者关系',
                  required: true,
                  options: [
                    {
                      value: 'spouse',
                      label: '配偶',
                    },
                    {
                      value: 'child',
                      label: '子女',
                    },
                    {
                      value: 'parent',
                      label: '父母',
                    },
                    {
                      value: 'sibling',
                      label: '兄弟姐妹',
                    },
                    {
                      value: 'other',
                      label: '其他共同生活的家庭成员',
                    },
                  ],
                },
              ],
            },
            {
              type: 'file',
              name: 'familyProof',
              label: '家庭成员关系证明',
              hint: '可直接调用电子户口簿',
              materialId: 'family-proof',
              licenseType: 'household_register',
              accept: ['application/pdf', 'image/jpeg', 'image/png'],
              maxSizeMb: 10,
              maxFiles: 3,
              required: true,
              visibleWhen: {
                field: 'composition',
                op: 'eq',
                value: 'family',
              },
            },
            {
              type: 'radio',
              name: 'submitter',
              label: '办理方式',
              required: true,
              options: [
                {
                  value: 'self',
                  label: '经营者本人办理',
                },
                {
                  value: 'agent',
                  label: '委托代理人办理',
                },
              ],
            },
            {
              type: 'group',
              name: 'agent',
              label: '代理人信息',
              visibleWhen: {
                field: 'submitter',
                op: 'eq',
                value: 'agent',
              },
              fields: [
                {
                  type: 'text',
                  name: 'agentName',
                  label: '代理人姓名',
                  required: true,
                  maxLength: 30,
                },
                {
                  type: 'idCard',
                  name: 'agentIdCard',
                  label: '代理人身份证号码',
                  required: true,
                },
                {
                  type: 'mobile',
                  name: 'agentMobile',
                  label: '代理人手机号码',
                  required: true,
                },
              ],
            },
            {
              type: 'file',
              name: 'agentAuthorization',
              label: '授权委托书及受托人身份证',
              materialId: 'agent-authorization',
              accept: ['application/pdf', 'image/jpeg', 'image/png'],
              maxSizeMb: 10,
              maxFiles: 4,
              required: true,
              visibleWhen: {
                field: 'submitter',
                op: 'eq',
                value: 'agent',
              },
            },
          ],
        },
      ],
    },
    {
      id: 'business',
      title: '经营信息',
      sections: [
        {
          id: 'basics',
          title: '名称与经营范围',
          fields: [
            {
              type: 'text',
              name: 'shopName',
              label: '个体工商户名称',
              hint: '可以不使用名称；使用名称的，由行政区划、字号、行业、组织形式依次组成，如“新乡经济技术开发区张记面馆”',
              placeholder: '新乡经济技术开发区××（字号）××（行业）店',
              maxLength: 50,
              pattern: {
                regex: '^[\\u4e00-\\u9fa5（）()·]{4,50}$',
                message: '名称应使用规范汉字，4—50个字',
              },
            },
            {
              type: 'select',
              name: 'industry',
              label: '行业类别',
              required: true,
              options: [
                {
                  value: 'retail',
                  label: '批发和零售业',
                },
                {
                  value: 'catering',
                  label: '住宿和餐饮业',
                },
                {
                  value: 'resident-service',
                  label: '居民服务、修理和其他服务业',
                },
                {
                  value: 'manufacturing',
                  label: '制造业',
                },
                {
                  value: 'transport',
                  label: '交通运输业',
                },
                {
                  value: 'culture',
                  label: '文化、体育和娱乐业',
                },
              ],
            },
            {
              type: 'checkbox',
              name: 'businessScope',
              label: '经营范围（规范表述）',
              hint: '按照《经营范围登记规范表述目录》勾选；涉及许可的，取得许可后方可开展经营',
              required: true,
              options: [
                {
                  value: 'food-retail',
                  label: '食品销售（许可项目）',
                },
                {
                  value: 'prepack-food',
                  label: '食品销售（仅销售预包装食品）',
                },
                {
                  value: 'catering',
                  label: '餐饮服务（许可项目）',
                },
                {
                  value: 'daily-goods',
                  label: '日用百货销售',
                },
                {
                  value: 'hairdressing',
                  label: '理发服务',
                },
                {
                  value: 'repair',
                  label: '家用电器修理',
                },
                {
                  value: 'phone',
                  label: '通讯设备销售',
                },
              ],
            },
            {
              type: 'textarea',
              name: 'scopeNote',
              label: '经营范围补充说明',
              maxLength: 500,
            },
            {
              type: 'number',
              name: 'employees',
              label: '从业人数',
              required: true,
              min: 1,
              max: 100,
              step: 1,
              unit: '人',
            },
            {
              type: 'number',
              name: 'capital',
              label: '资金数额',
              required: true,
              min: 0,
              max: 100000,
              step: 0.01,
              unit: '万元',
            },
            {
              type: 'date',
              name: 'openDate',
              label: '拟开业日期',
              min: 'today',
            },
          ],
        },
        {
          id: 'premises',
          title: '经营场所',
          fields: [
            {
              type: 'address',
              name: 'premisesAddress',
              label: '经营场所',
              required: true,
              hint: '具体到门牌号',
            },
            {
              type: 'radio',
              name: 'premisesType',
              situation: 'premises',
              label: '经营场所情况',
              required: true,
              options: [
                {
                  value: 'own',
                  label: '自有房产',
                },
                {
                  value: 'lease',
                  label: '租赁或借用',
                },
                {
                  value: 'pledge',
                  label: '无产权证明（园区统一提供等）',
                },
              ],
            },
            {
              type: 'file',
              name: 'premisesOwn',
              label: '经营场所产权证明',
              materialId: 'premises-own',
              licenseType: 'property_certificate',
              accept: ['application/pdf', 'image/jpeg', 'image/png'],
              maxSizeMb: 10,
              required: true,
              visibleWhen: {
                field: 'premisesType',
                op: 'eq',
                value: 'own',
              },
            },
            {
              type: 'file',
              name: 'premisesLease',
              label: '租赁合同及出租方产权证明',
              materialId: 'premises-lease',
              accept: ['application/pdf', 'image/jpeg', 'image/png'],
              maxSizeMb: 20,
              maxFiles: 10,
              required: true,
              visibleWhen: {
                field: 'premisesType',
                op: 'eq',
                value: 'lease',
              },
            },
            {
              type: 'file',
              name: 'premisesPledge',
              label: '住所（经营场所）申报承诺书',
              hint: '下载范本，签字后拍照上传',
              materialId: 'premises-pledge',
              accept: ['application/pdf', 'image/jpeg', 'image/png'],
              maxSizeMb: 10,
              required: true,
              visibleWhen: {
                field: 'premisesType',
                op: 'eq',
                value: 'pledge',
              },
            },
          ],
        },
        {
          id: 'food',
          title: '食品经营',
          description: '涉及食品经营的，登记与食品经营许可（备案）一次申请、同步办理',
          fields: [
            {
              type: 'radio',
              name: 'foodType',
              situation: 'food',
              label: '是否涉及食品经营',
              required: true,
              options: [
                {
                  value: 'none',
                  label: '不涉及',
                },
                {
                  value: 'prepack',
                  label: '仅销售预包装食品',
                },
                {
                  value: 'food',
                  label: '餐饮服务、散装食品销售等',
                },
              ],
            },
            {
              type: 'checkbox',
              name: 'foodItems',
              label: '食品经营项目',
              required: true,
              visibleWhen: {
                field: 'foodType',
                op: 'eq',
                value: 'food',
              },
              options: [
                {
                  value: 'bulk',
                  label: '散装食品销售',
                },
                {
                  value: 'hot',
                  label: '热食类食品制售',
                },
                {
                  value: 'cold',
                  label: '冷食类食品制售',
                },
                {
                  value: 'raw',
                  label: '生食类食品制售',
                },
                {
                  value: 'drink',
                  label: '自制饮品制售',
                },
              ],
            },
            {
              type: 'radio',
              name: 'foodOnline',
              label: '是否通过网络（外卖平台）经营',
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
              visibleWhen: {
                field: 'foodType',
                op: 'in',
                value: ['prepack', 'food'],
              },
            },
            {
              type: 'file',
              name: 'foodPrepackFiling',
              label: '仅销售预包装食品备案信息采集表',
              materialId: 'food-prepack-filing',
              accept: ['application/pdf', 'image/jpeg', 'image/png'],
              maxSizeMb: 10,
              required: true,
              visibleWhen: {
                field: 'foodType',
                op: 'eq',
                value: 'prepack',
              },
            },
            {
              type: 'file',
              name: 'foodLicenseApplication',
              label: '食品经营许可申请书',
              materialId: 'food-license-application',
              accept: ['application/pdf', 'image/jpeg', 'image/png'],
              maxSizeMb: 10,
              required: true,
              visibleWhen: {
                field: 'foodType',
                op: 'eq',
                value: 'food',
              },
            },
            {
              type: 'file',
              name: 'foodLayout',
              label: '设备设施布局、操作流程等文件',
              hint: '可容缺受理，许可决定前补齐',
              materialId: 'food-layout',
              accept: ['application/pdf', 'image/jpeg', 'image/png'],
              maxSizeMb: 20,
              maxFiles: 5,
              visibleWhen: {
                field: 'foodType',
                op: 'eq',
                value: 'food',
              },
            },
            {
              type: 'file',
              name: 'foodRules',
              label: '食品安全管理制度',
              materialId: 'food-safety-rules',
              accept: ['application/pdf', 'application/msword', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
              maxSizeMb: 10,
              visibleWhen: {
                all: [
                  {
                    field: 'foodType',
                    op: 'eq',
                    value: 'food',
                  },
                  {
                    not: {
                      field: 'foodItems',
                      op: 'empty',
                    },
                  },
                ],
              },
            },
          ],
        },
      ],
    },
    {
      id: 'confirm',
      title: '备注与承诺',
      sections: [
        {
          id: 'declaration',
          title: '承诺',
          fields: [
            {
              type: 'textarea',
              name: 'remarks',
              label: '备注',
              maxLength: 500,
            },
            {
              type: 'checkbox',
              name: 'declaration',
              label: '申请人承诺',
              required: true,
              options: [
                {
                  value: 'true',
                  label: '本人承诺所提交的材料真实有效，经营场所符合安全、消防等要求，如有不实愿承担相应法律责任',
                },
              ],
            },
          ],
        },
      ],
    },
  ],
} satisfies FormSchema;
