// Smaller guide parts: situations (多情形), special procedures (特别程序, not
// counted toward the time limit) and fees.
import type { Situation } from '@yiwang/contract';
import type { Fee, SpecialProcedure } from './types.ts';

// ---------------------------------------------------------------------------
// Situations

/** A situation option: [id, label, material ids it adds]. */
export type OptionSpec = readonly [id: string, label: string, materialIds: readonly string[]];

/** A situation (多情形) question whose options add materials. */
export function situation(id: string, question: string, options: readonly OptionSpec[], multiple = false): Situation {
  return {
    id,
    question,
    multiple,
    options: options.map(([oid, label, materialIds]) => ({ id: oid, label, materialIds: [...materialIds] })),
  };
}

// ---------------------------------------------------------------------------
// Special procedures

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
