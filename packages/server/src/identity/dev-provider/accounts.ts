// Accounts of the development identity provider: a citizen (the seeded demo
// user 李文博), the demo enterprise's 法人 and one of its 经办人, and staff of two
// departments with several roles (README: "Staff"). Fictitious people; the identity numbers are
// synthetic but pass the GB 11643 check. Claim names are the server's default
// claims mapping (identity/claims.ts).
import { demoEnterprise, demoPerson } from '../../seed/users.ts';

export interface DevAccount {
  id: string;
  /** What the sign-in page shows. */
  label: string;
  claims: Record<string, string | string[]>;
}

/** The demo enterprise as an identity provider names it in the claims of the people who act for it. */
const DEMO_ENTERPRISE_CLAIMS = {
  enterprise_name: demoEnterprise.enterprise!.name,
  enterprise_uscc: demoEnterprise.enterprise!.uscc,
  enterprise_legal_person: demoEnterprise.enterprise!.legalPerson,
};

export const DEV_ACCOUNTS: DevAccount[] = [
  {
    id: 'citizen-liwenbo',
    label: `${demoPerson.name}（个人，实名 L3）`,
    claims: {
      user_kind: 'person',
      name: demoPerson.name,
      id_number: demoPerson.idCard!,
      phone_number: demoPerson.mobile,
      email: demoPerson.email!,
      real_name_level: 'L3',
    },
  },
  {
    // The seeded enterprise's legal representative: acts for it as 法人 and grants or revokes its 经办人.
    id: 'agent-zhaozhigang',
    label: `${demoEnterprise.enterprise!.legalPerson}（${demoEnterprise.enterprise!.name} 法定代表人，实名 L3）`,
    claims: {
      user_kind: 'enterprise_agent',
      name: demoEnterprise.enterprise!.legalPerson,
      id_number: demoEnterprise.idCard!,
      real_name_level: 'L3',
      ...DEMO_ENTERPRISE_CLAIMS,
      enterprise_role: 'legal_person',
    },
  },
  {
    id: 'agent-sunlina',
    label: `孙丽娜（${demoEnterprise.enterprise!.name} 经办人，实名 L2）`,
    claims: {
      user_kind: 'enterprise_agent',
      name: '孙丽娜',
      id_number: '410721199203182842',
      phone_number: '13782590614',
      real_name_level: 'L2',
      ...DEMO_ENTERPRISE_CLAIMS,
    },
  },
  {
    id: 'staff-wangmin',
    label: '王敏（市场监督管理局 受理、审查）',
    claims: {
      user_kind: 'staff',
      name: '王敏',
      id_number: '410702198511091017',
      phone_number: '13603731258',
      real_name_level: 'L4',
      department: 'scjg',
      roles: ['intake', 'review'],
    },
  },
  {
    id: 'staff-zhaolei',
    label: '赵磊（市场监督管理局 制证、寄递）',
    claims: {
      user_kind: 'staff',
      name: '赵磊',
      id_number: '410702198907142538',
      phone_number: '13603734470',
      real_name_level: 'L4',
      department: 'scjg',
      roles: ['certificate', 'dispatch'],
    },
  },
  {
    id: 'staff-zhangwei',
    label: '张伟（市场监督管理局 部门管理员）',
    claims: {
      user_kind: 'staff',
      name: '张伟',
      id_number: '410702198203056519',
      phone_number: '13603736021',
      real_name_level: 'L4',
      department: 'scjg',
      roles: ['department_admin'],
    },
  },
  {
    id: 'staff-liuyang',
    label: '刘洋（公安局 受理）',
    claims: {
      user_kind: 'staff',
      name: '刘洋',
      id_number: '410702199106203315',
      phone_number: '13903734427',
      real_name_level: 'L4',
      department: 'gaj',
      roles: ['intake'],
    },
  },
  {
    id: 'staff-sunli',
    label: '孙丽（公安局 审查）',
    claims: {
      user_kind: 'staff',
      name: '孙丽',
      id_number: '410702199304184522',
      phone_number: '13903735182',
      real_name_level: 'L4',
      department: 'gaj',
      roles: ['review'],
    },
  },
  {
    id: 'staff-chenjing',
    label: '陈静（行政审批服务局 平台管理员）',
    claims: {
      user_kind: 'staff',
      name: '陈静',
      id_number: '410702198710251220',
      phone_number: '13603739085',
      real_name_level: 'L4',
      department: 'xzsp',
      roles: ['platform_admin'],
    },
  },
];
