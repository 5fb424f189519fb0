// The compact per-item spec of the department files under items/, and the
// expanders that turn it into a full `ItemDetail` (guide included): channels,
// codes, places and steps are derived so a spec says only what is particular
// to its item.
import type { Audience, Channel, Guide, ItemDetail, ItemType, LicenseType, Material, ProcessStep, Situation } from '@yiwang/contract';
import type { Fee, Place, SpecialProcedure } from './types.ts';
import { DIVISION_CODE_12 } from './zone.ts';
import type { DepartmentDef } from './zone.ts';
import { flowSteps } from './steps.ts';
import type { Flow } from './steps.ts';

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
  /** Sequence number in the department: id `${dept}-${sequence:3}`. */
  sequence: number;
  name: string;
  /** Default `licensing`. */
  type?: ItemType;
  /** 自然人 (person), 法人 (enterprise) or both. */
  audiences: Audience[];
  /** Colloquial words citizens type. */
  keywords: string[];
  basis: string[];
  conditions: string[];
  materials: Material[];
  situations?: Situation[];
  /** Step template; default `standard` (`instant` when promisedLimitDays is 0). */
  flow?: Flow;
  /** Explicit steps instead of a template. */
  steps?: ProcessStep[];
  specialProcedures?: SpecialProcedure[];
  fees?: Fee[];
  legalLimitDays: number;
  promisedLimitDays: number;
  /** Default 0 (零跑动). */
  visitsRequired?: number;
  /** Default 4 for zero-visit items, 3 otherwise. */
  onlineDepth?: 1 | 2 | 3 | 4;
  /** Default derived from visits, result and agency. */
  channels?: Channel[];
  agencyAvailable?: boolean;
  formId?: string;
  /** The page of another platform that takes the application online (an item without a form here). */
  applyUrl?: string;
  /** 实名认证等级 an online applicant needs at least (e.g. `L3`). */
  minRealNameLevel?: string;
  /** [result name, result type, e-license issued]. */
  result: readonly [name: string, type: Guide['resultType'], license?: LicenseType];
  /** Sub-item code (the last five digits of the base code), default 00000. */
  subItemCode?: string;
  /** Extra places beyond the department's own. */
  places?: Place[];
  /** Places replacing the department's own. */
  onlyPlaces?: Place[];
  consultPhone?: string;
  complaintPhone?: string;
  updatedAt?: string;
}

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
  const id = itemId(dept.id, s.sequence);
  const type = s.type ?? 'licensing';
  const visits = s.visitsRequired ?? 0;
  const agency = s.agencyAvailable ?? false;
  const [resultName, resultType, resultLicense] = s.result;
  const flow = s.flow ?? 'standard';
  return {
    id,
    code: implementationCode(dept, type, s.sequence, s.subItemCode),
    name: s.name,
    departmentId: dept.id,
    departmentName: dept.name,
    audiences: s.audiences,
    type,
    channels: s.channels ?? defaultChannels(visits, resultType, agency),
    visitsRequired: visits,
    onlineDepth: s.onlineDepth ?? (visits === 0 ? 4 : 3),
    legalLimitDays: s.legalLimitDays,
    promisedLimitDays: s.promisedLimitDays,
    agencyAvailable: agency,
    formId: s.formId ?? null,
    keywords: s.keywords,
    ...(s.applyUrl ? { applyUrl: s.applyUrl } : {}),
    ...(s.minRealNameLevel ? { minRealNameLevel: s.minRealNameLevel } : {}),
    guide: {
      basis: s.basis,
      conditions: s.conditions,
      materials: s.materials,
      situations: s.situations ?? [],
      steps: s.steps ?? flowSteps(flow, s.promisedLimitDays, dept.shortName, resultType, type),
      specialProcedures: s.specialProcedures ?? [],
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
