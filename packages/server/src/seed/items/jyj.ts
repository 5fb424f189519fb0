// 教育局: teacher qualification, school enrolment, private schools, student aid.

import { jyj as dept } from '../department-defs.ts';
import { buildItems, common, conditionalMaterial, material, situation, special } from '../kit/index.ts';
import type { ItemSpec } from '../kit/index.ts';

const COMPULSORY = '《中华人民共和国义务教育法》';
const PRIVATE_LAW = '《中华人民共和国民办教育促进法》';

const specs: ItemSpec[] = [
  {
    sequence: 1,
    name: '教师资格认定',
    audiences: ['person'],
    keywords: ['教师资格证', '教资认定', '教师证', '幼师证'],
    basis: ['《中华人民共和国教师法》第十条至第十三条', '《教师资格条例》', '《〈教师资格条例〉实施办法》'],
    conditions: [
      '遵守宪法和法律，热爱教育事业，具有良好的思想品德',
      '具备规定的学历，通过中小学教师资格考试（或符合免考条件）',
      '普通话水平达到国家规定标准，身体条件符合要求',
    ],
    materials: [
      common.idCard(),
      material('degree', '学历证书', { licenseType: 'degree_certificate', source: 'government', sourceNote: '学信网学历信息在线核验' }),
      material('mandarin', '普通话水平测试等级证书', { source: 'government', sourceNote: '国家普通话水平测试信息在线核验' }),
      material('exam-result', '中小学教师资格考试合格证明', { source: 'government', sourceNote: '考试合格信息在线核验' }),
      material('health', '县级以上医院出具的体检结论'),
      conditionalMaterial('overseas-degree', '国（境）外学历学位认证报告'),
    ],
    situations: [
      situation('degree', '学历取得地', [
        ['domestic', '境内取得', []],
        ['overseas', '国（境）外取得', ['overseas-degree']],
      ]),
    ],
    legalLimitDays: 30,
    promisedLimitDays: 20,
    result: ['教师资格证书', 'license', 'practice_certificate'],
  },
  {
    sequence: 2,
    name: '义务教育阶段新生入学登记',
    type: 'public_service',
    audiences: ['person'],
    keywords: ['上学报名', '小学报名', '初中报名', '入学登记', '学区', '一年级报名', '随迁子女入学'],
    basis: [COMPULSORY + '第十二条'],
    conditions: [
      '适龄儿童、少年在户籍所在地学校就近入学；在非户籍所在地工作或者居住的，其父母提供的证明符合条件的，在其工作或居住地接受义务教育',
    ],
    materials: [
      common.householdRegister('学生', 'household-register'),
      conditionalMaterial('property', '房屋产权证明', { licenseType: 'property_certificate', source: 'government' }),
      conditionalMaterial('residence-permit', '父母一方的居住证'),
      conditionalMaterial('employment', '父母一方的务工就业证明（劳动合同或营业执照、社保缴费证明）', { licenseType: 'business_license' }),
    ],
    situations: [
      situation('type', '入学类型', [
        ['local', '本区户籍且有房产', ['property']],
        ['migrant', '进城务工人员随迁子女', ['residence-permit', 'employment']],
      ]),
    ],
    flow: 'service',
    legalLimitDays: 20,
    promisedLimitDays: 15,
    result: ['入学登记结果（学校分配通知）', 'document'],
  },
  {
    sequence: 3,
    name: '适龄儿童、少年因身体状况需要延缓入学或者休学审批',
    audiences: ['person'],
    keywords: ['延缓入学', '休学', '孩子休学', '缓学'],
    basis: [COMPULSORY + '第十一条'],
    conditions: ['适龄儿童、少年因身体状况需要延缓入学或者休学的，其父母或者其他法定监护人提出申请'],
    materials: [
      common.application('延缓入学（休学）申请表'),
      common.idCard('监护人'),
      material('medical-proof', '二级以上医院出具的诊断证明'),
    ],
    legalLimitDays: 20,
    promisedLimitDays: 5,
    result: ['延缓入学（休学）审批决定', 'document'],
  },
  {
    sequence: 4,
    name: '民办幼儿园设立审批',
    audiences: ['person', 'enterprise'],
    keywords: ['开幼儿园', '办幼儿园', '民办园', '托幼机构'],
    basis: [PRIVATE_LAW + '第十一条至第十七条', '《中华人民共和国民办教育促进法实施条例》（国务院令第741号）', '《幼儿园工作规程》'],
    conditions: ['举办者具有政治权利和完全民事行为能力，有符合规定的园舍、场地、设施设备和师资', '园址安全，符合办园标准和布局规划'],
    materials: [
      common.application('申办报告'),
      material('sponsor', '举办者的资格证明文件', { licenseType: 'id_card' }),
      material('premises', '园舍产权或租赁证明、消防安全证明', { licenseType: 'property_certificate' }),
      material('assets', '资产来源、资金数额及有效证明文件'),
      material('staff', '园长、教师、保育员、卫生保健人员资格证明', { licenseType: 'practice_certificate' }),
      material('articles', '幼儿园章程'),
    ],
    flow: 'inspect',
    specialProcedures: [special.expertReview(20, '专家评议'), special.siteInspection(10, '实地考察')],
    legalLimitDays: 90,
    promisedLimitDays: 30,
    result: ['办学许可证', 'license'],
  },
  {
    sequence: 5,
    name: '面向中小学生的校外培训机构设立审批',
    audiences: ['enterprise'],
    keywords: ['培训机构审批', '办培训班', '托管班', '课外辅导'],
    basis: [PRIVATE_LAW, '《国务院办公厅关于规范校外培训机构发展的意见》（国办发〔2018〕80号）'],
    conditions: ['符合本地校外培训机构设置标准，有符合要求的场所、师资、培训内容和管理制度'],
    materials: [
      common.application('设立申请书'),
      material('premises', '培训场所产权或租赁证明及消防安全证明', { licenseType: 'property_certificate' }),
      material('teachers', '培训教师资格证明', { licenseType: 'practice_certificate' }),
      material('rules', '章程及管理制度'),
    ],
    flow: 'inspect',
    specialProcedures: [special.siteInspection(10, '实地核查')],
    legalLimitDays: 60,
    promisedLimitDays: 20,
    result: ['办学许可证', 'license'],
  },
  {
    sequence: 6,
    name: '家庭经济困难学生认定与资助申请',
    type: 'public_service',
    audiences: ['person'],
    keywords: ['助学金', '贫困生补助', '学生资助', '困难学生', '补助申请'],
    basis: ['《学生资助资金管理办法》（财教〔2021〕310号）'],
    conditions: ['在校就读的家庭经济困难学生，优先保障脱贫家庭学生、低保家庭学生、特困供养学生、孤残学生等'],
    materials: [
      common.application('家庭经济困难学生认定申请表'),
      common.householdRegister('学生', 'household-register'),
      conditionalMaterial('low-income-proof', '低保、特困、孤残等证明', { source: 'government', sourceNote: '民政、残联信息共享核验' }),
    ],
    situations: [
      situation('special', '是否属于特殊困难群体？', [
        ['yes', '是（低保、特困、孤儿、残疾等）', ['low-income-proof']],
        ['no', '否', []],
      ]),
    ],
    specialProcedures: [special.publicNotice(5, '学校（保护学生隐私，不公开敏感信息）')],
    flow: 'benefit',
    legalLimitDays: 30,
    promisedLimitDays: 15,
    result: ['资助认定结果', 'document'],
  },
  {
    sequence: 7,
    name: '中小学生转学',
    type: 'public_service',
    audiences: ['person'],
    keywords: ['转学', '学籍转出', '转学籍', '换学校'],
    basis: [COMPULSORY, '《中小学生学籍管理办法》'],
    conditions: ['学生因户籍迁移、家庭住址变动等原因转学的，由转入学校同意后在全国中小学生学籍信息管理系统办理'],
    materials: [
      common.idCard('监护人'),
      material('acceptance', '转入学校同意接收的证明'),
      material('reason-proof', '转学原因证明（户籍迁移、住址变动等）', { licenseType: 'household_register' }),
    ],
    flow: 'service',
    legalLimitDays: 15,
    promisedLimitDays: 5,
    result: ['转学完成告知', 'none'],
  },
];

export const jyjItems = buildItems(dept, specs);
