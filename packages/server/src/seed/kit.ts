// Building blocks of the seed catalog: the zone's constants, the department
// definition type, and helpers that expand a compact per-item spec into a full
// `ItemDetail` (guide included). Department files under `items/` hold one spec
// per item; everything repetitive (channels, codes, places, process steps,
// common materials) is derived here so that each spec only says what is
// particular to its item.
//
// Pure data and functions: no I/O, usable in Node and in the browser.

import type {
  Audience,
  Channel,
  Guide,
  ItemDetail,
  ItemType,
  LicenseType,
  Material,
  ProcessStep,
  Situation,
} from '@yiwang/contract';

// The contract exports these as schemas only; their types are read off the guide.
export type SpecialProcedure = Guide['specialProcedures'][number];
export type Fee = Guide['fees'][number];
export type Place = Guide['places'][number];

// ---------------------------------------------------------------------------
// The zone

/**
 * Division code the seed catalog is published under (GB/T 2260 county level).
 * 新乡经济技术开发区 is 410772 in the 2023 statistical division codes (410771 is
 * 新乡高新技术产业开发区).
 */
export const DIVISION_CODE = '410772';
/** The 12-digit division segment of an implementation code (实施编码). */
export const DIVISION_CODE_12 = `${DIVISION_CODE}000000`;
export const ZONE_NAME = '新乡经济技术开发区';
export const CENTER_NAME = `${ZONE_NAME}政务服务中心`;
export const CENTER_ADDRESS = '河南省新乡市经济技术开发区新长南线与经八路交叉口东北角 政务服务中心';
export const CENTER_HOURS =
  '周一至周五 上午8:30—12:00，下午14:30—17:30（6月1日—9月30日下午15:00—18:00）；周六上午9:00—12:00延时服务；法定节假日除外';
/** 12345 政务服务便民热线, the usual complaint line. */
export const HOTLINE = '12345';
/** When the catalog was last reviewed; departments may override. */
export const DEFAULT_UPDATED_AT = '2026-10-01T09:00:00+08:00';

/** A department as the seed defines it; `itemCount` is derived from the items. */
export interface DepartmentDef {
  id: string;
  name: string;
  shortName: string;
  /** 咨询电话 of the department's window. */
  phone: string;
  /** 监督投诉电话; `12345` where the department has no own line. */
  complaintPhone: string;
  /** The department's own 统一社会信用代码 (a government body: 11…; an institution: 12…). */
  uscc: string;
  /** Two digits used in the department's item base codes. */
  catalogNo: string;
  /** Where its applications are received. */
  places: Place[];
  updatedAt: string;
}

/** A window of the zone's government-service center. */
export function centerWindow(window: string, phone: string): Place {
  return { name: `${CENTER_NAME} ${window}`, address: CENTER_ADDRESS, hours: CENTER_HOURS, phone };
}

// ---------------------------------------------------------------------------
// Materials

export interface MaterialOptions {
  /** Optional material (required: false). */
  opt?: boolean;
  /** 容缺受理: may follow after acceptance. */
  defer?: boolean;
  /** An e-license that replaces the material. */
  lic?: LicenseType;
  /** Who produces it: the applicant (default), a government body, an intermediary. */
  src?: 'gov' | 'agency';
  /** Where it comes from (来源说明). */
  from?: string;
  /** Paper is needed too (original shown for verification). */
  paper?: boolean;
  /** Paper only. */
  paperOnly?: boolean;
  originals?: number;
  copies?: number;
  /** Only asked for when a situation option lists it. */
  cond?: boolean;
  notes?: string;
}

/** One material of a guide; see `MaterialOptions` for the shorthand. */
export function mat(id: string, name: string, o: MaterialOptions = {}): Material {
  const m: Material = {
    id,
    name,
    required: !o.opt,
    deferrable: o.defer ?? false,
    forms: o.paperOnly ? ['paper'] : o.paper ? ['electronic', 'paper'] : ['electronic'],
    originals: o.originals ?? 1,
    copies: o.copies ?? 0,
    source: o.src === 'gov' ? 'government' : o.src === 'agency' ? 'intermediary' : 'applicant',
    licenseType: o.lic ?? null,
    conditional: o.cond ?? false,
  };
  if (o.from !== undefined) m.sourceNote = o.from;
  if (o.notes !== undefined) m.notes = o.notes;
  return m;
}

/** A conditional material: only needed when a situation option lists it. */
export function cmat(id: string, name: string, o: MaterialOptions = {}): Material {
  return mat(id, name, { ...o, cond: true });
}

/** Materials almost every guide has, with consistent wording. */
export const common = {
  /** The application form itself, generated from the online form. */
  application(name: string, notes = '网上申报时在线填写，系统自动生成，申请人电子签名确认，无需另行提交纸质件'): Material {
    return mat('application', name, { notes });
  },
  idCard(who = '申请人', id = 'id-card', o: MaterialOptions = {}): Material {
    return mat(id, `${who}居民身份证`, {
      lic: 'id_card',
      src: 'gov',
      from: '公安机关核发；已签发电子证照的，系统自动调用，免于提交',
      ...o,
    });
  },
  businessLicense(o: MaterialOptions = {}): Material {
    return mat('business-license', '营业执照', {
      lic: 'business_license',
      src: 'gov',
      from: '市场监督管理部门核发；系统自动调用电子营业执照，免于提交',
      ...o,
    });
  },
  householdRegister(who = '申请人', id = 'household-register', o: MaterialOptions = {}): Material {
    return mat(id, `${who}居民户口簿`, {
      lic: 'household_register',
      src: 'gov',
      from: '公安机关核发；可调用电子户口簿，免于提交',
      ...o,
    });
  },
  marriageCertificate(o: MaterialOptions = {}): Material {
    return mat('marriage-certificate', '结婚证', {
      lic: 'marriage_certificate',
      src: 'gov',
      from: '民政部门核发；可通过婚姻登记信息共享核验，免于提交',
      ...o,
    });
  },
  propertyCertificate(id = 'property-certificate', o: MaterialOptions = {}): Material {
    return mat(id, '不动产权证书（或房屋所有权证、土地使用权证）', {
      lic: 'property_certificate',
      src: 'gov',
      from: '不动产登记机构核发；可调用电子不动产权证书，免于提交',
      ...o,
    });
  },
  socialSecurityCard(o: MaterialOptions = {}): Material {
    return mat('social-security-card', '社会保障卡', {
      lic: 'social_security_card',
      src: 'gov',
      from: '人力资源社会保障部门发放；可使用电子社会保障卡',
      ...o,
    });
  },
  /** 授权委托书: only when someone else applies on the applicant's behalf. */
  agent(o: MaterialOptions = {}): Material {
    return mat('agent-authorization', '授权委托书及受托人居民身份证', {
      opt: true,
      notes: '委托他人代为办理的提交；委托书应载明委托事项、权限和期限',
      ...o,
    });
  },
  legalPersonId(o: MaterialOptions = {}): Material {
    return mat('legal-person-id', '法定代表人（负责人）居民身份证', {
      lic: 'id_card',
      src: 'gov',
      from: '公安机关核发；系统通过身份认证自动核验，免于提交',
      ...o,
    });
  },
  /** 承诺书 of 告知承诺制. */
  pledge(name = '告知承诺书'): Material {
    return mat('pledge', name, { notes: '实行告知承诺制，申请人在线签署承诺书后可免于提交相关证明材料' });
  },
  bankAccount(who = '申请人'): Material {
    return mat('bank-account', `${who}本人银行结算账户（社会保障卡金融账户）信息`, {
      notes: '优先使用社会保障卡金融账户，在线填写即可，无需提交存折复印件',
    });
  },
} as const;

// ---------------------------------------------------------------------------
// Situations (多情形)

/** A situation option: [id, label, material ids it adds]. */
export type OptionSpec = readonly [id: string, label: string, materialIds: readonly string[]];

export function sit(id: string, question: string, options: readonly OptionSpec[], multiple = false): Situation {
  return {
    id,
    question,
    multiple,
    options: options.map(([oid, label, materialIds]) => ({ id: oid, label, materialIds: [...materialIds] })),
  };
}

// ---------------------------------------------------------------------------
// Special procedures (特别程序, not counted toward the time limit)

export const special = {
  hearing(days = 20): SpecialProcedure {
    return {
      name: '听证',
      maxDays: days,
      description:
        '法律、法规、规章规定实施许可应当听证的事项，或者涉及申请人与他人之间重大利益关系的，依法组织听证；听证时间不计入办理时限',
    };
  },
  expertReview(days = 10, what = '专家评审'): SpecialProcedure {
    return { name: what, maxDays: days, description: `组织${what}，所需时间不计入办理时限，并书面告知申请人` };
  },
  siteInspection(days = 5, what = '现场勘验'): SpecialProcedure {
    return {
      name: what,
      maxDays: days,
      description: `需要对申请材料的实质内容进行核实的，指派两名以上工作人员进行${what}，时间不计入办理时限`,
    };
  },
  publicNotice(days = 7, where = '申请人所在村（社区）'): SpecialProcedure {
    return { name: '公示', maxDays: days, description: `在${where}公示${days}天，公示期不计入办理时限` };
  },
  testing(what = '检验检测'): SpecialProcedure {
    return { name: what, maxDays: null, description: `依法需要${what}的，所需时间不计入办理时限，由具备资质的机构出具报告` };
  },
  appraisal(days = 60, what = '劳动能力鉴定'): SpecialProcedure {
    return { name: what, maxDays: days, description: `需要进行${what}的，鉴定期间不计入办理时限` };
  },
} as const;

// ---------------------------------------------------------------------------
// Fees

export function fee(name: string, standard: string, basis?: string): Fee {
  return basis === undefined ? { name, standard } : { name, standard, basis };
}

// ---------------------------------------------------------------------------
// Process steps

/**
 * Step templates:
 * - `instant`  即办: accepted and finished on the spot;
 * - `standard` licensing: intake, review, decision, delivery;
 * - `inspect`  licensing with an on-site check of premises or equipment;
 * - `filing`   备案 and registrations that are confirmed on receipt of complete information;
 * - `benefit`  payments and eligibility checks: investigation, review, approval, then payment (or delivery);
 * - `service`  public services: intake, handling, completion;
 * - `register` registrations recorded in a register (不动产, 户籍…) then certified.
 */
export type Flow = 'instant' | 'standard' | 'inspect' | 'filing' | 'benefit' | 'service' | 'register';

const ACCEPT =
  '对申请材料进行预审：材料齐全、符合法定形式的当即受理并出具受理通知书；不齐全的一次性告知需补正的全部内容；容缺材料可先行受理';

function deliver(resultType: Guide['resultType']): ProcessStep {
  return {
    name: resultType === 'none' ? '办结告知' : '送达',
    description:
      resultType === 'none'
        ? '办理结果通过短信、网站“我的办件”同步告知申请人'
        : '电子结果即时推送至申请人“我的证照/我的文件”；纸质结果由EMS免费寄递，或由申请人到窗口领取',
    limitDays: null,
  };
}

export function flowSteps(
  flow: Flow,
  promised: number,
  dept: string,
  resultType: Guide['resultType'],
  type: ItemType = 'licensing',
): ProcessStep[] {
  const apply: ProcessStep = {
    name: '申请',
    description: '申请人通过政务服务网、“豫事办”APP在线提交申请，或到政务服务中心窗口提交',
    limitDays: null,
  };
  if (flow === 'instant' || promised === 0) {
    return [
      apply,
      { name: '受理与办结', description: '材料齐全、符合条件的即时受理、当场办结', limitDays: 0, department: dept },
      deliver(resultType),
    ];
  }
  const decide = promised >= 3 ? 1 : 0;
  switch (flow) {
    case 'standard':
      return [
        apply,
        { name: '受理', description: ACCEPT, limitDays: 0, department: dept },
        { name: '审查', description: '对申请材料进行审查，必要时核实有关情况', limitDays: promised - decide, department: dept },
        {
          name: '决定',
          description: '作出准予或不予许可的决定；不予许可的书面说明理由，并告知申请人依法享有申请行政复议或提起行政诉讼的权利',
          limitDays: decide,
          department: dept,
        },
        deliver(resultType),
      ];
    case 'inspect': {
      const inspect = promised >= 5 ? 2 : promised >= 2 ? 1 : 0;
      return [
        apply,
        { name: '受理', description: ACCEPT, limitDays: 0, department: dept },
        {
          name: '现场核查',
          description: '指派两名以上工作人员按照核查标准对经营场所、设施设备等进行现场核查；符合条件的可实行告知承诺、先证后查',
          limitDays: inspect,
          department: dept,
        },
        { name: '审查', description: '对申请材料和现场核查结果进行审查', limitDays: promised - inspect - decide, department: dept },
        { name: '决定', description: '作出准予或不予许可的决定，准予许可的同步生成电子证照', limitDays: decide, department: dept },
        deliver(resultType),
      ];
    }
    case 'filing':
      return [
        apply,
        {
          name: '备案',
          description: '对备案信息的完整性进行核对，信息齐全的予以备案并出具备案证明；不齐全的一次性告知需补充的内容',
          limitDays: promised,
          department: dept,
        },
        deliver(resultType),
      ];
    case 'benefit': {
      const investigate = Math.max(0, Math.floor((promised - decide) / 2));
      return [
        apply,
        { name: '受理', description: ACCEPT, limitDays: 0, department: dept },
        {
          name: '调查核实',
          description: '通过部门间信息共享核对申请人参保缴费、收入、家庭状况等信息，必要时入户调查',
          limitDays: investigate,
          department: dept,
        },
        { name: '审核确认', description: '对调查结果进行审核，提出审核意见', limitDays: promised - investigate - decide, department: dept },
        { name: '审批', description: '作出审批决定；不予批准的书面说明理由', limitDays: decide, department: dept },
        type === 'payment'
          ? { name: '发放', description: '待遇按月或一次性发放至申请人社会保障卡金融账户（或本人银行账户）', limitDays: null, department: dept }
          : deliver(resultType),
      ];
    }
    case 'service':
      return [
        apply,
        { name: '受理', description: ACCEPT, limitDays: 0, department: dept },
        { name: '办理', description: '按照服务规范办理，办理过程全程留痕、可查询', limitDays: promised, department: dept },
        deliver(resultType),
      ];
    case 'register': {
      const record = promised >= 2 ? 1 : 0;
      return [
        apply,
        { name: '受理', description: ACCEPT, limitDays: 0, department: dept },
        { name: '审核', description: '查验申请材料和登记簿记载，必要时实地查看', limitDays: promised - record, department: dept },
        { name: '登簿', description: '将登记事项记载于登记簿', limitDays: record, department: dept },
        {
          name: '缮证发证',
          description: '同步生成电子证书（证明）；纸质证书由EMS免费寄递或窗口领取',
          limitDays: null,
          department: dept,
        },
      ];
    }
  }
}

// ---------------------------------------------------------------------------
// Items

/** Base-code class and letter per item type, as provincial catalogs number them. */
const CODE_PREFIX: Record<ItemType, string> = {
  licensing: '1A',
  payment: '1G',
  confirmation: '1F',
  reward: '1H',
  adjudication: '1E',
  other_power: '1Z',
  public_service: '2B',
};

/** Province prefix of Henan in base codes. */
const PROVINCE = '41';

/** The compact description of one item; `buildItems` expands it. */
export interface ItemSpec {
  /** Sequence number in the department: id `${dept}-${n:3}`. */
  n: number;
  name: string;
  /** Default `licensing`. */
  type?: ItemType;
  /** p 自然人, e 法人, pe both. */
  aud: 'p' | 'e' | 'pe';
  /** Colloquial words citizens type. */
  kw: string[];
  basis: string[];
  cond: string[];
  mats: Material[];
  sit?: Situation[];
  /** Step template; default `standard` (`instant` when promised is 0). */
  flow?: Flow;
  /** Explicit steps instead of a template. */
  steps?: ProcessStep[];
  special?: SpecialProcedure[];
  fees?: Fee[];
  legal: number;
  promised: number;
  /** Default 0 (零跑动). */
  visits?: number;
  /** Default 4 for zero-visit items, 3 otherwise. */
  depth?: 1 | 2 | 3 | 4;
  /** Default derived from visits, result and agency. */
  channels?: Channel[];
  agency?: boolean;
  formId?: string;
  /** [result name, result type, e-license issued]. */
  result: readonly [name: string, type: Guide['resultType'], license?: LicenseType];
  /** Sub-item code (the last five digits of the base code), default 00000. */
  sub?: string;
  /** Extra places beyond the department's own. */
  places?: Place[];
  /** Places replacing the department's own. */
  onlyPlaces?: Place[];
  consultPhone?: string;
  complaintPhone?: string;
  updatedAt?: string;
}

const AUDIENCES: Record<ItemSpec['aud'], Audience[]> = {
  p: ['person'],
  e: ['enterprise'],
  pe: ['person', 'enterprise'],
};

export function itemId(deptId: string, n: number): string {
  return `${deptId}-${String(n).padStart(3, '0')}`;
}

/** 实施编码: base code - division - 000 - department USCC - 1 - 00. */
export function implementationCode(dept: DepartmentDef, type: ItemType, n: number, sub = '00000'): string {
  const base = `${PROVINCE}${CODE_PREFIX[type]}${dept.catalogNo}${String(n).padStart(3, '0')}${sub}`;
  return `${base}-${DIVISION_CODE_12}-000-${dept.uscc}-1-00`;
}

function defaultChannels(visits: number, resultType: Guide['resultType'], agency: boolean): Channel[] {
  const channels: Channel[] = [];
  if (visits === 0) {
    channels.push('online');
    if (resultType !== 'none') channels.push('express');
  }
  if (agency) channels.push('agency');
  channels.push('offline');
  return channels;
}

export function buildItem(dept: DepartmentDef, s: ItemSpec): ItemDetail {
  const id = itemId(dept.id, s.n);
  const type = s.type ?? 'licensing';
  const visits = s.visits ?? 0;
  const agency = s.agency ?? false;
  const [resultName, resultType, resultLicense] = s.result;
  const flow = s.flow ?? 'standard';
  return {
    id,
    code: implementationCode(dept, type, s.n, s.sub),
    name: s.name,
    departmentId: dept.id,
    departmentName: dept.name,
    audiences: AUDIENCES[s.aud],
    type,
    channels: s.channels ?? defaultChannels(visits, resultType, agency),
    visitsRequired: visits,
    onlineDepth: s.depth ?? (visits === 0 ? 4 : 3),
    legalLimitDays: s.legal,
    promisedLimitDays: s.promised,
    agencyAvailable: agency,
    formId: s.formId ?? null,
    keywords: s.kw,
    guide: {
      basis: s.basis,
      conditions: s.cond,
      materials: s.mats,
      situations: s.sit ?? [],
      steps: s.steps ?? flowSteps(flow, s.promised, dept.shortName, resultType, type),
      specialProcedures: s.special ?? [],
      fees: s.fees ?? [],
      places: s.onlyPlaces ?? [...dept.places, ...(s.places ?? [])],
      consultPhone: s.consultPhone ?? dept.phone,
      complaintPhone: s.complaintPhone ?? dept.complaintPhone,
      resultName,
      resultType,
      resultLicenseType: resultLicense ?? null,
      updatedAt: s.updatedAt ?? dept.updatedAt,
    },
  };
}

export function buildItems(dept: DepartmentDef, specs: readonly ItemSpec[]): ItemDetail[] {
  return specs.map((s) => buildItem(dept, s));
}
