// Materials of a guide (申请材料), with consistent wording for the common ones.
import type { LicenseType, Material } from '@yiwang/contract';

/** What sets a material apart from the defaults (required, electronic, one original, from the applicant). */
export interface MaterialOptions {
  /** Not required (required: false). */
  optional?: boolean;
  /** 容缺受理: may follow after acceptance. */
  deferrable?: boolean;
  /** An e-license that replaces the material. */
  licenseType?: LicenseType;
  /** Who produces it; default the applicant. */
  source?: 'government' | 'intermediary';
  /** Where it comes from (来源说明). */
  sourceNote?: string;
  /** Paper is needed too (original shown for verification). */
  paper?: boolean;
  /** Paper only. */
  paperOnly?: boolean;
  originals?: number;
  copies?: number;
  /** Only asked for when a situation option lists it. */
  conditional?: boolean;
  notes?: string;
}

/** One material of a guide; see `MaterialOptions` for what differs from the defaults. */
export function material(id: string, name: string, o: MaterialOptions = {}): Material {
  const m: Material = {
    id,
    name,
    required: !o.optional,
    deferrable: o.deferrable ?? false,
    forms: o.paperOnly ? ['paper'] : o.paper ? ['electronic', 'paper'] : ['electronic'],
    originals: o.originals ?? 1,
    copies: o.copies ?? 0,
    source: o.source ?? 'applicant',
    licenseType: o.licenseType ?? null,
    conditional: o.conditional ?? false,
  };
  if (o.sourceNote !== undefined) m.sourceNote = o.sourceNote;
  if (o.notes !== undefined) m.notes = o.notes;
  return m;
}

/** A conditional material: only needed when a situation option lists it. */
export function conditionalMaterial(id: string, name: string, o: MaterialOptions = {}): Material {
  return material(id, name, { ...o, conditional: true });
}

/** Materials almost every guide has, with consistent wording. */
export const common = {
  /** The application form itself, generated from the online form. */
  application(name: string, notes = '网上申报时在线填写，系统自动生成，申请人电子签名确认，无需另行提交纸质件'): Material {
    return material('application', name, { notes });
  },
  idCard(who = '申请人', id = 'id-card', o: MaterialOptions = {}): Material {
    return material(id, `${who}居民身份证`, {
      licenseType: 'id_card',
      source: 'government',
      sourceNote: '公安机关核发；已签发电子证照的，系统自动调用，免于提交',
      ...o,
    });
  },
  businessLicense(o: MaterialOptions = {}): Material {
    return material('business-license', '营业执照', {
      licenseType: 'business_license',
      source: 'government',
      sourceNote: '市场监督管理部门核发；系统自动调用电子营业执照，免于提交',
      ...o,
    });
  },
  householdRegister(who = '申请人', id = 'household-register', o: MaterialOptions = {}): Material {
    return material(id, `${who}居民户口簿`, {
      licenseType: 'household_register',
      source: 'government',
      sourceNote: '公安机关核发；可调用电子户口簿，免于提交',
      ...o,
    });
  },
  marriageCertificate(o: MaterialOptions = {}): Material {
    return material('marriage-certificate', '结婚证', {
      licenseType: 'marriage_certificate',
      source: 'government',
      sourceNote: '民政部门核发；可通过婚姻登记信息共享核验，免于提交',
      ...o,
    });
  },
  propertyCertificate(id = 'property-certificate', o: MaterialOptions = {}): Material {
    return material(id, '不动产权证书（或房屋所有权证、土地使用权证）', {
      licenseType: 'property_certificate',
      source: 'government',
      sourceNote: '不动产登记机构核发；可调用电子不动产权证书，免于提交',
      ...o,
    });
  },
  socialSecurityCard(o: MaterialOptions = {}): Material {
    return material('social-security-card', '社会保障卡', {
      licenseType: 'social_security_card',
      source: 'government',
      sourceNote: '人力资源社会保障部门发放；可使用电子社会保障卡',
      ...o,
    });
  },
  /** 授权委托书: only when someone else applies on the applicant's behalf. */
  agent(o: MaterialOptions = {}): Material {
    return material('agent-authorization', '授权委托书及受托人居民身份证', {
      optional: true,
      notes: '委托他人代为办理的提交；委托书应载明委托事项、权限和期限',
      ...o,
    });
  },
  legalPersonId(o: MaterialOptions = {}): Material {
    return material('legal-person-id', '法定代表人（负责人）居民身份证', {
      licenseType: 'id_card',
      source: 'government',
      sourceNote: '公安机关核发；系统通过身份认证自动核验，免于提交',
      ...o,
    });
  },
  /** 承诺书 of 告知承诺制. */
  pledge(name = '告知承诺书'): Material {
    return material('pledge', name, { notes: '实行告知承诺制，申请人在线签署承诺书后可免于提交相关证明材料' });
  },
  bankAccount(who = '申请人'): Material {
    return material('bank-account', `${who}本人银行结算账户（社会保障卡金融账户）信息`, {
      notes: '优先使用社会保障卡金融账户，在线填写即可，无需提交存折复印件',
    });
  },
} as const;
