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
