// 教育局: teacher qualification, school enrolment, private schools, student aid.

import { jyj as dept } from '../department-defs.ts';
import { buildItems, cmat, common, mat, sit, special } from '../kit/index.ts';
import type { ItemSpec } from '../kit/index.ts';

const COMPULSORY = '《中华人民共和国义务教育法》';
const PRIVATE_LAW = '《中华人民共和国民办教育促进法》';

const specs: ItemSpec[] = [
  {
    n: 1,
    name: '教师资格认定',
    aud: 'p',
    kw: ['教师资格证', '教资认定', '教师证', '幼师证'],
    basis: ['《中华人民共和国教师法》第十条至第十三条', '《教师资格条例》', '《〈教师资格条例〉实施办法》'],
    cond: [
      '遵守宪法和法律，热爱教育事业，具有良好的思想品德',
      '具备规定的学历，通过中小学教师资格考试（或符合免考条件）',
      '普通话水平达到国家规定标准，身体条件符合要求',
    ],
    mats: [
      common.idCard(),
      mat('degree', '学历证书', { lic: 'degree_certificate', src: 'gov', from: '学信网学历信息在线核验' }),
      mat('mandarin', '普通话水平测试等级证书', { src: 'gov', from: '国家普通话水平测试信息在线核验' }),
      mat('exam-result', '中小学教师资格考试合格证明', { src: 'gov', from: '考试合格信息在线核验' }),
      mat('health', '县级以上医院出具的体检结论'),
      cmat('overseas-degree', '国（境）外学历学位认证报告'),
    ],
    sit: [
      sit('degree', '学历取得地', [
        ['domestic', '境内取得', []],
        ['overseas', '国（境）外取得', ['overseas-degree']],
      ]),
    ],
    legal: 30,
    promised: 20,
    result: ['教师资格证书', 'license', 'practice_certificate'],
  },
  {
    n: 2,
    name: '义务教育阶段新生入学登记',
    type: 'public_service',
    aud: 'p',
    kw: ['上学报名', '小学报名', '初中报名', '入学登记', '学区', '一年级报名', '随迁子女入学'],
    basis: [COMPULSORY + '第十二条'],
    cond: ['适龄儿童、少年在户籍所在地学校就近入学；在非户籍所在地工作或者居住的，其父母提供的证明符合条件的，在其工作或居住地接受义务教育'],
    mats: [
      common.householdRegister('学生', 'household-register'),
      cmat('property', '房屋产权证明', { lic: 'property_certificate', src: 'gov' }),
      cmat('residence-permit', '父母一方的居住证'),
      cmat('employment', '父母一方的务工就业证明（劳动合同或营业执照、社保缴费证明）', { lic: 'business_license' }),
    ],
    sit: [
      sit('type', '入学类型', [
        ['local', '本区户籍且有房产', ['property']],
        ['migrant', '进城务工人员随迁子女', ['residence-permit', 'employment']],
      ]),
    ],
    flow: 'service',
    legal: 20,
    promised: 15,
    result: ['入学登记结果（学校分配通知）', 'document'],
  },
  {
    n: 3,
    name: '适龄儿童、少年因身体状况需要延缓入学或者休学审批',
    aud: 'p',
    kw: ['延缓入学', '休学', '孩子休学', '缓学'],
    basis: [COMPULSORY + '第十一条'],
    cond: ['适龄儿童、少年因身体状况需要延缓入学或者休学的，其父母或者其他法定监护人提出申请'],
    mats: [common.application('延缓入学（休学）申请表'), common.idCard('监护人'), mat('medical-proof', '二级以上医院出具的诊断证明')],
    legal: 20,
    promised: 5,
    result: ['延缓入学（休学）审批决定', 'document'],
  },
  {
    n: 4,
    name: '民办幼儿园设立审批',
    aud: 'pe',
    kw: ['开幼儿园', '办幼儿园', '民办园', '托幼机构'],
    basis: [PRIVATE_LAW + '第十一条至第十七条', '《中华人民共和国民办教育促进法实施条例》（国务院令第741号）', '《幼儿园工作规程》'],
    cond: ['举办者具有政治权利和完全民事行为能力，有符合规定的园舍、场地、设施设备和师资', '园址安全，符合办园标准和布局规划'],
    mats: [
      common.application('申办报告'),
      mat('sponsor', '举办者的资格证明文件', { lic: 'id_card' }),
      mat('premises', '园舍产权或租赁证明、消防安全证明', { lic: 'property_certificate' }),
      mat('assets', '资产来源、资金数额及有效证明文件'),
      mat('staff', '园长、教师、保育员、卫生保健人员资格证明', { lic: 'practice_certificate' }),
      mat('articles', '幼儿园章程'),
    ],
    flow: 'inspect',
    special: [special.expertReview(20, '专家评议'), special.siteInspection(10, '实地考察')],
    legal: 90,
    promised: 30,
    result: ['办学许可证', 'license'],
  },
  {
    n: 5,
    name: '面向中小学生的校外培训机构设立审批',
    aud: 'e',
    kw: ['培训机构审批', '办培训班', '托管班', '课外辅导'],
    basis: [PRIVATE_LAW, '《国务院办公厅关于规范校外培训机构发展的意见》（国办发〔2018〕80号）'],
    cond: ['符合本地校外培训机构设置标准，有符合要求的场所、师资、培训内容和管理制度'],
    mats: [
      common.application('设立申请书'),
      mat('premises', '培训场所产权或租赁证明及消防安全证明', { lic: 'property_certificate' }),
      mat('teachers', '培训教师资格证明', { lic: 'practice_certificate' }),
      mat('rules', '章程及管理制度'),
    ],
    flow: 'inspect',
    special: [special.siteInspection(10, '实地核查')],
    legal: 60,
    promised: 20,
    result: ['办学许可证', 'license'],
  },
  {
    n: 6,
    name: '家庭经济困难学生认定与资助申请',
    type: 'public_service',
    aud: 'p',
    kw: ['助学金', '贫困生补助', '学生资助', '困难学生', '补助申请'],
    basis: ['《学生资助资金管理办法》（财教〔2021〕310号）'],
    cond: ['在校就读的家庭经济困难学生，优先保障脱贫家庭学生、低保家庭学生、特困供养学生、孤残学生等'],
    mats: [
      common.application('家庭经济困难学生认定申请表'),
      common.householdRegister('学生', 'household-register'),
      cmat('low-income-proof', '低保、特困、孤残等证明', { src: 'gov', from: '民政、残联信息共享核验' }),
    ],
    sit: [
      sit('special', '是否属于特殊困难群体？', [
        ['yes', '是（低保、特困、孤儿、残疾等）', ['low-income-proof']],
        ['no', '否', []],
      ]),
    ],
    special: [special.publicNotice(5, '学校（保护学生隐私，不公开敏感信息）')],
    flow: 'benefit',
    legal: 30,
    promised: 15,
    result: ['资助认定结果', 'document'],
  },
  {
    n: 7,
    name: '中小学生转学',
    type: 'public_service',
    aud: 'p',
    kw: ['转学', '学籍转出', '转学籍', '换学校'],
    basis: [COMPULSORY, '《中小学生学籍管理办法》'],
    cond: ['学生因户籍迁移、家庭住址变动等原因转学的，由转入学校同意后在全国中小学生学籍信息管理系统办理'],
    mats: [common.idCard('监护人'), mat('acceptance', '转入学校同意接收的证明'), mat('reason-proof', '转学原因证明（户籍迁移、住址变动等）', { lic: 'household_register' })],
    flow: 'service',
    legal: 15,
    promised: 5,
    result: ['转学完成告知', 'none'],
  },
];

export const jyjItems = buildItems(dept, specs);
