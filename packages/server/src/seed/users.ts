// Demo users of the reference server: one citizen, one enterprise, each with
// e-licenses. All people, numbers and companies are fictitious; the identity
// numbers are synthetic but pass the GB 11643 / GB 32100 checks so that forms
// prefilled from them validate.

import { maskIdCard } from '@yiwang/contract';
import type { DEMO_USERS, License, StaffRole } from '@yiwang/contract';

/** A demo user as seeded: the profile's unmasked values plus the user's e-licenses. */
export interface SeedUser {
  id: (typeof DEMO_USERS)[number];
  kind: 'person' | 'enterprise';
  /** Display name: the person's name, or the enterprise's name. */
  name: string;
  /** 18-digit 居民身份证 number of the person who signs in (for an enterprise: its legal representative). */
  idCard?: string;
  mobile: string;
  email?: string;
  enterprise?: { name: string; uscc: string; legalPerson: string };
  /** A staff member's department (catalog id) and roles, as an identity provider's claims would give them. */
  staff?: { department: string; roles: StaffRole[] };
  /**
   * 实名认证等级 as the identity platform has it for the person (an enterprise:
   * its legal representative), so that demo sign-in meets items' levels as a
   * platform sign-in would. A platform sign-in replaces it with the platform's.
   */
  realNameLevel: string;
  licenses: License[];
}

// ---------------------------------------------------------------------------
// demo-person: 李文博, resident of 新乡县小冀镇 (next to the development zone)

const PERSON_ID = '410721199005122355';
const SPOUSE_ID = '410702198808160327';
const PERSON_ADDRESS = '河南省新乡市新乡县小冀镇京华社区幸福路18号3号楼2单元501室';

export const demoPerson: SeedUser = {
  id: 'demo-person',
  kind: 'person',
  name: '李文博',
  idCard: PERSON_ID,
  mobile: '13837351286',
  email: 'liwenbo.demo@example.com',
  realNameLevel: 'L3',
  licenses: [
    {
      id: 'lic-person-id-card',
      type: 'id_card',
      name: '中华人民共和国居民身份证',
      number: maskIdCard(PERSON_ID),
      holder: '李文博',
      issuer: '新乡县公安局',
      issuedOn: '2016-03-18',
      validUntil: '2036-03-18',
      status: 'valid',
      fields: {
        name: '李文博',
        gender: '男',
        ethnicity: '汉',
        birthDate: '1990-05-12',
        address: PERSON_ADDRESS,
      },
    },
    {
      id: 'lic-person-household',
      type: 'household_register',
      name: '居民户口簿',
      number: '410721012458',
      holder: '李文博',
      issuer: '新乡县公安局小冀派出所',
      issuedOn: '2018-11-06',
      validUntil: null,
      status: 'valid',
      fields: {
        householder: '李文博',
        relationToHouseholder: '户主',
        householdType: '家庭户',
        address: PERSON_ADDRESS,
        members: '李文博、王静、李沐阳',
      },
    },
    {
      id: 'lic-person-marriage',
      type: 'marriage_certificate',
      name: '结婚证',
      number: 'J410721-2018-001286',
      holder: '李文博',
      issuer: '新乡县民政局',
      issuedOn: '2018-10-08',
      validUntil: null,
      status: 'valid',
      fields: {
        holderName: '李文博',
        spouseName: '王静',
        spouseIdCard: SPOUSE_ID,
        registeredOn: '2018-10-08',
      },
    },
    {
      id: 'lic-person-driving',
      type: 'driving_license',
      name: '中华人民共和国机动车驾驶证',
      // The driving-license number is the holder's identity number.
      number: maskIdCard(PERSON_ID),
      holder: '李文博',
      issuer: '河南省新乡市公安局交通警察支队',
      issuedOn: '2018-07-20',
      validUntil: '2028-07-20',
      status: 'valid',
      fields: { name: '李文博', vehicleClass: 'C1', firstIssuedOn: '2012-07-20' },
    },
    {
      id: 'lic-person-social-security',
      type: 'social_security_card',
      name: '社会保障卡',
      // The social-security number is the holder's identity number.
      number: maskIdCard(PERSON_ID),
      holder: '李文博',
      issuer: '新乡市人力资源和社会保障局',
      issuedOn: '2021-04-12',
      validUntil: '2031-04-12',
      status: 'valid',
      fields: { name: '李文博', cardNumber: 'HA4871530', bank: '中国建设银行', generation: '第三代' },
    },
    {
      id: 'lic-person-property',
      type: 'property_certificate',
      name: '不动产权证书',
      number: '豫（2020）新乡县不动产权第0012458号',
      holder: '李文博',
      issuer: '新乡县自然资源局',
      issuedOn: '2020-06-30',
      validUntil: null,
      status: 'valid',
      fields: {
        owners: '李文博、王静',
        shareMode: '共同共有',
        location: PERSON_ADDRESS,
        usage: '城镇住宅用地/住宅',
        area: '118.56',
        landUseUntil: '2088-12-31',
      },
    },
  ],
};

// ---------------------------------------------------------------------------
// demo-enterprise: a machinery company in the zone

const ENTERPRISE_NAME = '新乡豫北智造装备科技有限公司';
const ENTERPRISE_USCC = '91410771MA9GK7E210';
const LEGAL_PERSON = '赵志刚';
const LEGAL_PERSON_ID = '410721196211034010';
const ENTERPRISE_ADDRESS = '河南省新乡市经济技术开发区经八路与纬五路交叉口智能装备产业园3号厂房';

export const demoEnterprise: SeedUser = {
  id: 'demo-enterprise',
  kind: 'enterprise',
  name: ENTERPRISE_NAME,
  idCard: LEGAL_PERSON_ID,
  mobile: '13903736618',
  email: 'office.demo@example.com',
  enterprise: { name: ENTERPRISE_NAME, uscc: ENTERPRISE_USCC, legalPerson: LEGAL_PERSON },
  realNameLevel: 'L4',
  licenses: [
    {
      id: 'lic-ent-business',
      type: 'business_license',
      name: '营业执照',
      // A USCC identifies an organisation, not a person: it is public and not masked.
      number: ENTERPRISE_USCC,
      holder: ENTERPRISE_NAME,
      issuer: '新乡经济技术开发区市场监督管理局',
      issuedOn: '2019-08-16',
      validUntil: null,
      status: 'valid',
      fields: {
        enterpriseName: ENTERPRISE_NAME,
        uscc: ENTERPRISE_USCC,
        legalPerson: LEGAL_PERSON,
        type: '有限责任公司（自然人投资或控股）',
        address: ENTERPRISE_ADDRESS,
        registeredCapital: '2000万元人民币',
        establishedOn: '2019-08-16',
        businessTerm: '长期',
        businessScope:
          '一般项目：智能基础制造装备制造；通用设备制造（不含特种设备制造）；物料搬运装备制造；机械设备研发；技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广；货物进出口（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）',
      },
    },
    {
      id: 'lic-ent-food',
      type: 'food_business_license',
      name: '食品经营许可证',
      number: 'JY34107710001286',
      holder: ENTERPRISE_NAME,
      issuer: '新乡经济技术开发区市场监督管理局',
      issuedOn: '2022-03-10',
      validUntil: '2027-03-09',
      status: 'valid',
      fields: {
        operatorName: ENTERPRISE_NAME,
        uscc: ENTERPRISE_USCC,
        legalPerson: LEGAL_PERSON,
        address: ENTERPRISE_ADDRESS,
        mainBusiness: '单位食堂',
        scope: '热食类食品制售',
      },
    },
    {
      id: 'lic-ent-project',
      type: 'project_filing',
      name: '河南省企业投资项目备案证明',
      number: '2409-410771-04-01-583261',
      holder: ENTERPRISE_NAME,
      issuer: '新乡经济技术开发区经济发展局',
      issuedOn: '2024-09-12',
      validUntil: null,
      status: 'valid',
      fields: {
        projectName: '年产2万台（套）智能仓储物流装备生产线建设项目',
        projectCode: '2409-410771-04-01-583261',
        enterpriseName: ENTERPRISE_NAME,
        uscc: ENTERPRISE_USCC,
        location: ENTERPRISE_ADDRESS,
        nature: '新建',
        totalInvestment: '15000万元',
        content: '新建生产厂房2.4万平方米，购置激光切割、机器人焊接、喷涂等设备186台（套），建成智能仓储物流装备生产线4条',
      },
    },
  ],
};

// ---------------------------------------------------------------------------
// Demo staff: a 受理 and 审查 clerk of the market-regulation bureau, and a 受理
// clerk of the public-security bureau (another department). Signed in with the
// demo sign-in, they stand for staff whose provider says department and roles.

export const demoStaff: SeedUser = {
  id: 'demo-staff',
  kind: 'person',
  name: '王敏',
  mobile: '13603731258',
  realNameLevel: 'L4',
  staff: { department: 'scjg', roles: ['intake', 'review'] },
  licenses: [],
};

export const demoStaffOtherDepartment: SeedUser = {
  id: 'demo-staff-gaj',
  kind: 'person',
  name: '刘洋',
  mobile: '13903734427',
  realNameLevel: 'L4',
  staff: { department: 'gaj', roles: ['intake'] },
  licenses: [],
};

/** 制证 and 寄递 of 市场监督管理局, for the actions after a decision. */
export const demoStaffOfficer: SeedUser = {
  id: 'demo-staff-certificate',
  kind: 'person',
  name: '赵磊',
  mobile: '13603734470',
  realNameLevel: 'L4',
  staff: { department: 'scjg', roles: ['certificate', 'dispatch'] },
  licenses: [],
};

/** A 公安局 reviewer, for a review track of a second department (并联审查). */
export const demoStaffOtherReviewer: SeedUser = {
  id: 'demo-staff-gaj-review',
  kind: 'person',
  name: '孙丽',
  mobile: '13903735182',
  realNameLevel: 'L4',
  staff: { department: 'gaj', roles: ['review'] },
  licenses: [],
};

export const seedUsers: SeedUser[] = [
  demoPerson,
  demoEnterprise,
  demoStaff,
  demoStaffOtherDepartment,
  demoStaffOfficer,
  demoStaffOtherReviewer,
];
